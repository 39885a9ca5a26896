"""Where a case goes, as a list of channels in the order a seller should try them.

The directory (contacts/) knows routes and addresses; this module knows what a case adds to
them: that a seller locked out of Seller Central cannot use a page behind its login, that a
retraction is sent by the rights owner and has no address in some marketplaces, that an
appeal sent by e-mail may get Amazon's automatic "not the right channel" answer. A case
with no usable channel says so, with what to do instead (`dead_end`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from contacts.models import DOMAIN_PLACEHOLDER, Channel, SellerCentralRoute, is_web_address
from letters.cases import Audience, CaseType
from letters.delivery import Delivery

EMAIL_APPEAL_WARNING = _(
    "Amazon's automatic reply to appeals sent by e-mail may say this address is not the right "
    "channel and point to Account Health: appeal in Seller Central first."
)

# Cases whose seller cannot log in to Seller Central: pages behind the login are no use.
CANNOT_LOG_IN = frozenset({"fba_removal_locked"})
# Cases sent by someone else: the seller's own Seller Central pages are not their channel.
NOT_THROUGH_SELLER_CENTRAL = frozenset({"ip_retraction"})
# Further routes a case needs beside its purpose's route, after it.
EXTRA_ROUTES: dict[str, tuple[str, ...]] = {
    "odr_deactivation": ("atoz_claims",),
    "product_quality": ("atoz_claims",),
}
# (case, marketplace): no address is listed for this there, whatever the purpose has.
NO_ADDRESS: dict[tuple[str, str], object] = {
    ("ip_retraction", "JP"): _(
        "No retraction address is listed for Japan: Amazon.co.jp's IP address takes "
        "complaints, not their retraction."
    ),
}
DEAD_ENDS: dict[str, object] = {
    "fba_removal_locked": _(
        "No channel that works without a Seller Central login is known for this marketplace. "
        'Regain access first (the Seller Central sign-in page: "Forgot your password?" or the '
        "two-step verification recovery), then create a removal order under Inventory > Manage "
        "FBA Inventory. Do not borrow another marketplace's address."
    ),
    "ip_retraction": _(
        "Ask the rights owner to withdraw the complaint through the channel they filed it with "
        "(Amazon's Report Infringement form or Brand Registry), naming the complaint ID and ASINs."
    ),
}
CASE_NOTES: dict[str, object] = {
    "ip_retraction": _(
        "The rights owner sends this retraction itself, from the e-mail address that filed the "
        "complaint: Amazon does not accept a retraction the seller forwards."
    ),
}


@dataclass(frozen=True)
class ChannelOption:
    name: str
    channel: str
    where: str
    status: str
    source: str = ""
    last_checked: datetime.date | None = None
    note: str = ""
    warning: str = ""
    # For an e-mail address: its trust status in words (contacts.Contact.Status).
    status_label: str = ""

    @property
    def href(self) -> str:
        if self.channel == Channel.EMAIL:
            return f"mailto:{self.where}"
        if is_web_address(self.where):
            return self.where if "://" in self.where else f"https://{self.where}"
        return ""

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "channel": self.channel,
            "where": self.where,
            "status": self.status,
            "source": self.source,
            "last_checked": self.last_checked.isoformat() if self.last_checked else None,
        }


@dataclass(frozen=True)
class CaseChannels:
    routes: tuple[ChannelOption, ...]
    dead_end: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def has_email(self) -> bool:
        return any(route.channel == Channel.EMAIL for route in self.routes)


def _seller_central_option(route: SellerCentralRoute, tld: str) -> ChannelOption:
    return ChannelOption(
        name=route.name,
        channel=route.channel,
        where=route.where.replace(DOMAIN_PLACEHOLDER, tld),
        status="checked" if route.last_checked else "unchecked",
        source=route.source,
        last_checked=route.last_checked,
        note=route.note,
    )


def channels_for(*, case: CaseType, delivery: Delivery, extra_routes: bool = True) -> CaseChannels:
    """The routes of `delivery` in the order to try them, or the dead end and what to do.

    At most one query, for routes the directory's answer did not already load; none without
    `extra_routes` for a letter to Amazon.
    """
    tld = delivery.market.tld
    market = delivery.market.code
    if case.audience == Audience.BUYER:
        bsm = ChannelOption(
            name="Buyer-Seller Messaging",
            channel=Channel.SELLER_CENTRAL,
            where=f"sellercentral.amazon.{tld} > Orders > Manage orders > Contact buyer",
            status="checked",
        )
        return CaseChannels(routes=(bsm,))
    keys: list[str] = list(case.follow_up_routes) if case.audience == Audience.SELLER else []
    destination = delivery.destination
    found: dict[str, SellerCentralRoute] = {}
    if destination is not None and case.key not in NOT_THROUGH_SELLER_CENTRAL:
        # Loaded with the purpose by destination_for: no query.
        found[destination.purpose.route.key] = destination.purpose.route
        keys.insert(0, destination.purpose.route.key)
    if extra_routes:
        keys.extend(EXTRA_ROUTES.get(case.key, ()))
    missing = [key for key in keys if key not in found]
    if missing:
        found.update((r.key, r) for r in SellerCentralRoute.objects.filter(key__in=missing))
    locked_out = case.key in CANNOT_LOG_IN
    notes = [str(CASE_NOTES[case.key])] if case.key in CASE_NOTES else []
    routes: list[ChannelOption] = []
    for key in dict.fromkeys(keys):
        route = found.get(key)
        if route is None or (locked_out and route.needs_login):
            continue
        routes.append(_seller_central_option(route, tld))
    withheld = NO_ADDRESS.get((case.key, market))
    if withheld is not None:
        notes.append(str(withheld))
    elif destination is not None:
        for recipient in destination.recipients:
            routes.append(
                ChannelOption(
                    name=destination.purpose.name,
                    channel=Channel.EMAIL,
                    where=recipient.email,
                    # How far the address can be trusted (in use, reported by sellers, …).
                    status=recipient.status,
                    status_label=str(recipient.status_label),
                    source=recipient.source,
                    last_checked=recipient.last_verified,
                    note=recipient.note,
                    warning=str(EMAIL_APPEAL_WARNING) if case.plan_of_action else "",
                )
            )
    # Seller Central first, then web forms, then e-mail; a stable sort keeps each group's order.
    order = {channel: position for position, channel in enumerate(Channel.values)}
    routes.sort(key=lambda option: order.get(option.channel, len(order)))
    dead_end = ""
    if not routes:
        dead_end = str(
            DEAD_ENDS.get(
                case.key,
                _(
                    "No channel is known for this case in this marketplace. Open Account Health "
                    "in Seller Central and follow the notice's own instructions."
                ),
            )
        )
    return CaseChannels(routes=tuple(routes), dead_end=dead_end, notes=tuple(notes))
