"""Where a letter goes: Amazon's addresses and routes, the other seller, or the buyer."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_noop

from contacts.destinations import Destination, cached_destination_for
from contacts.models import DOMAIN_PLACEHOLDER, SellerCentralRoute, is_web_address
from letters.cases import Audience, CaseType
from sellerdesk.marketplaces import Market


@dataclass(frozen=True)
class Route:
    name: str
    where: str
    note: str = ""

    @property
    def href(self) -> str:
        """A link for web addresses; "" for a menu path such as "Seller Central > Help"."""
        if is_web_address(self.where):
            return self.where if "://" in self.where else f"https://{self.where}"
        return ""


@dataclass(frozen=True)
class Delivery:
    case: CaseType
    market: Market
    purpose: str | None
    # Amazon letters: the directory's answer; None when the directory cannot answer.
    destination: Destination | None = None
    # A cease-and-desist: Amazon's report routes for when the other seller does not stop.
    follow_ups: tuple[Route, ...] = ()

    @property
    def to_buyer(self) -> bool:
        return self.case.audience == Audience.BUYER

    @property
    def to_seller(self) -> bool:
        return self.case.audience == Audience.SELLER

    @property
    def recipients(self) -> list[str]:
        # Imported here: letters.channels reads a Delivery.
        from letters.channels import NO_ADDRESS

        if self.destination is None or (self.case.key, self.market.code) in NO_ADDRESS:
            return []
        return [recipient.email for recipient in self.destination.recipients]

    @property
    def route(self) -> Route | None:
        if self.destination is None:
            return None
        return Route(self.destination.route_name, self.destination.route_where)

    @property
    def primary_route(self) -> Route | None:
        """The one route a saved draft records; kept in English like the letters."""
        if self.to_buyer:
            return BUYER_SELLER_MESSAGING
        if self.to_seller:
            return self.follow_ups[0] if self.follow_ups else None
        return self.route


# Saved on drafts in English; pages translate the name when they show it.
BUYER_SELLER_MESSAGING = Route(
    gettext_noop("Buyer-Seller Messaging"),
    "Seller Central > Orders > Manage orders > Contact buyer",
)


def delivery_for(*, case: CaseType, market: Market, purpose: str | None) -> Delivery:
    """Where the letter goes; `purpose` is case.purpose_for(...) of the seller's answers.

    Amazon letters cost one query (cached_destination_for), a cease-and-desist one, buyer messages
    none.
    """
    if case.audience == Audience.BUYER:
        return Delivery(case=case, market=market, purpose=None)
    if case.audience == Audience.SELLER:
        found = SellerCentralRoute.objects.filter(key__in=case.follow_up_routes)
        routes = {route.key: route for route in found}
        follow_ups = tuple(
            Route(
                routes[key].name,
                routes[key].where.replace(DOMAIN_PLACEHOLDER, market.tld),
                routes[key].note,
            )
            for key in case.follow_up_routes
            if key in routes
        )
        return Delivery(case=case, market=market, purpose=None, follow_ups=follow_ups)
    try:
        destination = (
            cached_destination_for(purpose=purpose, marketplace=market.code) if purpose else None
        )
    except LookupError:
        # A directory without this purpose or marketplace: say no address is known.
        destination = None
    return Delivery(case=case, market=market, purpose=purpose, destination=destination)
