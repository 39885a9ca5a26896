"""Where a letter goes: the directory's answer for one purpose in one marketplace."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from django.core.cache import cache
from django.db import connection
from django.db.models import Subquery

from contacts.models import Contact, Marketplace, Purpose, SellerCentralRoute

# A letter goes to a handful of addresses at most: however many the directory holds for one
# purpose and marketplace, the review, the mailto link and the draft name the first few.
MAX_RECIPIENTS = 5


class UnknownMarketplace(LookupError):
    pass


class UnknownPurpose(LookupError):
    pass


@dataclass(frozen=True)
class Recipient:
    email: str
    note: str
    last_verified: datetime.date | None
    status: str = Contact.Status.REPORTED
    source: str = ""

    @property
    def status_label(self) -> str:
        return str(Contact.Status(self.status).label)


@dataclass(frozen=True)
class Destination:
    marketplace: Marketplace
    purpose: Purpose
    recipients: tuple[Recipient, ...]
    route_name: str
    route_where: str
    # The database's digest of the rows this was read from (see cached_destination_for):
    # what a page draws from it can be cached under it. "" when it was read without one.
    stamp: str = ""

    @property
    def fallback(self) -> bool:
        """True when no address is known and the Seller Central route is all there is."""
        return not self.recipients

    def as_dict(self) -> dict:
        return {
            "marketplace": self.marketplace.code,
            "purpose": self.purpose.key,
            "recipients": [
                {
                    "email": recipient.email,
                    "note": recipient.note,
                    "last_verified": (
                        recipient.last_verified.isoformat() if recipient.last_verified else None
                    ),
                    "status": recipient.status,
                    "source": recipient.source,
                }
                for recipient in self.recipients
            ],
            "route": {"name": self.route_name, "where": self.route_where},
            "fallback": self.fallback,
        }


def destination_for(*, purpose: str, marketplace: str) -> Destination:
    """The active addresses of exactly this purpose and marketplace, and the route to use.

    Never borrows another marketplace's or purpose's address: an empty answer is honest,
    and the Seller Central route is always given. Addresses of a closed programme or that
    are not a support channel are never offered, and at most MAX_RECIPIENTS are.
    """
    code = marketplace.upper()
    # One query for the purpose, its route and the marketplace (as subqueries), one for the
    # addresses: the wizard's review step has a budget of five queries in all.
    in_market = Marketplace.objects.filter(code=code)
    purpose_obj = (
        Purpose.objects.select_related("route")
        .annotate(
            market_pk=Subquery(in_market.values("pk")[:1]),
            market_name=Subquery(in_market.values("name")[:1]),
            market_domain=Subquery(in_market.values("domain")[:1]),
            market_seller_central=Subquery(in_market.values("seller_central_domain")[:1]),
        )
        .filter(key=purpose)
        .first()
    )
    if purpose_obj is None:
        if not Marketplace.objects.filter(code=code).exists():
            raise UnknownMarketplace(f"Unknown marketplace {marketplace!r}.")
        raise UnknownPurpose(f"Unknown purpose {purpose!r}.")
    if purpose_obj.market_pk is None:
        raise UnknownMarketplace(f"Unknown marketplace {marketplace!r}.")
    market = Marketplace(
        pk=purpose_obj.market_pk,
        code=code,
        name=purpose_obj.market_name,
        domain=purpose_obj.market_domain,
        seller_central_domain=purpose_obj.market_seller_central,
    )
    contacts = Contact.objects.for_letters().filter(marketplace=market, purpose=purpose_obj)
    recipients = tuple(
        Recipient(
            email=c.email,
            note=c.note,
            last_verified=c.last_verified,
            status=c.status,
            source=c.source,
        )
        for c in contacts.order_by("pk")[:MAX_RECIPIENTS]
    )
    return Destination(
        marketplace=market,
        purpose=purpose_obj,
        recipients=recipients,
        route_name=purpose_obj.route.name,
        route_where=purpose_obj.route.where_for(market),
    )


# The directory rows destination_for reads for one purpose and marketplace (the addresses, the
# purpose, its route, the marketplace), digested by the database itself: one short query
# whose answer changes with any edit of those rows, however it was made.
_DIRECTORY_DIGEST_SQL = f"""
SELECT md5(concat_ws('|',
    (SELECT string_agg(c::text, ',' ORDER BY c.id) FROM {Contact._meta.db_table} c
      WHERE c.marketplace_id = (SELECT id FROM {Marketplace._meta.db_table} WHERE code = %s)
        AND c.purpose_id = (SELECT id FROM {Purpose._meta.db_table} WHERE key = %s)),
    (SELECT p::text FROM {Purpose._meta.db_table} p WHERE p.key = %s),
    (SELECT r::text FROM {SellerCentralRoute._meta.db_table} r
      JOIN {Purpose._meta.db_table} p ON p.route_id = r.id WHERE p.key = %s),
    (SELECT m::text FROM {Marketplace._meta.db_table} m WHERE m.code = %s)
))
"""  # noqa: S608 (table names from the models; the values are parameters)
DESTINATION_CACHE_SECONDS = 24 * 60 * 60


def cached_destination_for(*, purpose: str, marketplace: str) -> Destination:
    """destination_for, kept per process under a digest of the rows it reads: one query instead of
    two and no ORM work when nothing changed (the wizard's review asks on every request)."""
    code = marketplace.upper()
    if connection.vendor != "postgresql":
        # The digest is PostgreSQL's; elsewhere (a SQLite checkout) the directory is read.
        return destination_for(purpose=purpose, marketplace=code)
    with connection.cursor() as cursor:
        cursor.execute(_DIRECTORY_DIGEST_SQL, [code, purpose, purpose, purpose, code])
        (digest,) = cursor.fetchone()
    key = f"contacts.destinations:{purpose}:{code}:{digest}"
    destination = cache.get(key)
    if destination is None:
        destination = replace(destination_for(purpose=purpose, marketplace=code), stamp=key)
        cache.set(key, destination, DESTINATION_CACHE_SECONDS)
    return destination
