"""Reads of the directory that span relations: the public directory page and CSV export."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, cached_property

from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.utils import translation

from contacts.directory_strings import STRINGS
from contacts.models import (
    DOMAIN_PLACEHOLDER,
    Contact,
    Marketplace,
    Purpose,
    SellerCentralRoute,
)

# The directory's stored text is English; its pages show Chinese too, so search both.
SEARCH_LANGUAGES = ("zh-hans",)


@cache
def _translations(language: str) -> tuple[tuple[str, str], ...]:
    """(English, translation) for every shipped directory string the catalogue knows."""
    with translation.override(language):
        pairs = ((english, translation.gettext(english)) for english in STRINGS)
        return tuple((english, text) for english, text in pairs if text != english)


def english_matches(query: str) -> list[str]:
    """The stored English strings whose Chinese (as the pages show it) contains `query`.

    No query: the catalogue is in memory. So 德国 finds Germany and 资金 the funds team.
    """
    folded = query.casefold()
    return sorted(
        {
            english
            for language in SEARCH_LANGUAGES
            for english, text in _translations(language)
            if folded in text.casefold()
        }
    )


@dataclass(frozen=True)
class MarketplaceAddresses:
    marketplace: Marketplace
    contacts: list[Contact]


@dataclass(frozen=True)
class PurposeSection:
    purpose: Purpose
    route_where: str
    route_is_link: bool
    marketplaces: list[MarketplaceAddresses]
    # Every matching address of this purpose, on this page or another, and the page
    # where they start (0: none).
    address_count: int = 0
    first_page: int = 0

    @property
    def route_needs_marketplace(self) -> bool:
        """The route is still the pattern with <domain> in it: no marketplace chosen."""
        return DOMAIN_PLACEHOLDER in self.route_where


def contact_list_for_export(*, contacts: QuerySet[Contact] | None = None) -> QuerySet[Contact]:
    """Every contact (or the given ones), in directory order, ready for the CSV writer."""
    contacts = Contact.objects.all() if contacts is None else contacts
    return contacts.select_related("marketplace", "purpose").order_by(
        "purpose__position", "purpose__key", "marketplace__code", "email"
    )


# One page of addresses: the shipped directory (under 50) fits on the first; thousands of
# addresses cost what fifty do, because a person reads a page, not the whole table.
DIRECTORY_PAGE_SIZE = 50


@dataclass(frozen=True)
class DirectoryPage:
    sections: list[PurposeSection]
    number: int
    page_count: int
    address_count: int

    @property
    def fingerprint(self) -> str:
        """A digest of everything the page's sections show: the key of their cached HTML.

        Rendering fifty addresses is most of the page's time, and their HTML is a pure
        function of these values (and the page's language and query string, which the
        template adds to the key): an edited, added or deactivated address is another key.
        """
        digest = hashlib.sha256(repr((self.number, self.page_count)).encode())
        for section in self.sections:
            purpose = section.purpose
            digest.update(
                repr(
                    (
                        purpose.key,
                        purpose.name,
                        purpose.description,
                        purpose.route.name,
                        section.route_where,
                        section.route_is_link,
                        section.address_count,
                        section.first_page,
                    )
                ).encode()
            )
            for group in section.marketplaces:
                digest.update(repr((group.marketplace.code, group.marketplace.name)).encode())
                for contact in group.contacts:
                    digest.update(
                        repr(
                            (
                                contact.pk,
                                contact.email,
                                contact.note,
                                contact.status,
                                contact.last_verified,
                                contact.source,
                            )
                        ).encode()
                    )
        return digest.hexdigest()

    @property
    def size(self) -> int:
        return DIRECTORY_PAGE_SIZE

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.page_count


def _page_number(requested: str | None, page_count: int) -> int:
    """The page asked for, or the nearest one: a bad or stale page number is not an error."""
    try:
        number = int(requested or 1)
    except ValueError:
        number = 1
    return min(max(number, 1), page_count)


def directory_page(
    *,
    marketplaces: list[Marketplace],
    marketplace: Marketplace | None,
    query: str,
    page: str | None = None,
) -> DirectoryPage:
    """One page of active addresses, grouped by purpose, then marketplace, in three queries.

    Without a search every purpose is listed, even one with no address, because its
    Seller Central route is still the answer; a purpose whose addresses are on other pages
    says on which. With a search only purposes with a match are.
    `marketplaces` is the list the caller already loaded, so grouping needs no query.
    """
    purposes = sorted(
        Purpose.objects.select_related("route"),
        key=lambda purpose: (purpose.position, purpose.name, purpose.pk),
    )
    contacts = _matching_contacts(
        marketplace_code=marketplace.code if marketplace else "", query=query
    )
    per_purpose = dict(
        contacts.order_by()
        .values_list("purpose_id")
        .annotate(count=Count("pk"))
        .values_list("purpose_id", "count")
    )
    address_count = sum(per_purpose.values())
    page_count = max(1, -(-address_count // DIRECTORY_PAGE_SIZE))
    number = _page_number(page, page_count)
    # The pages follow the purposes in the order they are shown, so each purpose's
    # addresses start at a known place: a section without rows here can say where they are.
    first_page: dict[int, int] = {}
    offset = 0
    for purpose in purposes:
        if per_purpose.get(purpose.pk):
            first_page[purpose.pk] = offset // DIRECTORY_PAGE_SIZE + 1
            offset += per_purpose[purpose.pk]

    start = (number - 1) * DIRECTORY_PAGE_SIZE
    rows = contacts.order_by(
        "purpose__position", "purpose__name", "purpose_id", "marketplace__code", "email", "pk"
    )[start : start + DIRECTORY_PAGE_SIZE]
    by_slot: dict[tuple[int, int], list[Contact]] = {}
    for contact in rows:
        by_slot.setdefault((contact.purpose_id, contact.marketplace_id), []).append(contact)

    shown = [marketplace] if marketplace is not None else marketplaces
    sections = []
    for purpose in purposes:
        groups = [
            MarketplaceAddresses(market, by_slot[(purpose.pk, market.pk)])
            for market in shown
            if (purpose.pk, market.pk) in by_slot
        ]
        if query and not per_purpose.get(purpose.pk):
            continue
        route = purpose.route
        where = route.where_for(marketplace) if marketplace else route.where
        sections.append(
            PurposeSection(
                purpose=purpose,
                route_where=where,
                route_is_link=route.is_link and DOMAIN_PLACEHOLDER not in where,
                marketplaces=groups,
                address_count=per_purpose.get(purpose.pk, 0),
                first_page=first_page.get(purpose.pk, 0),
            )
        )
    return DirectoryPage(
        sections=sections, number=number, page_count=page_count, address_count=address_count
    )


def _matching_contacts(*, marketplace_code: str, query: str) -> QuerySet[Contact]:
    """The active addresses the directory shows for this marketplace ("": all) and search."""
    contacts = Contact.objects.active()
    if marketplace_code:
        contacts = contacts.filter(marketplace__code=marketplace_code)
    if not query:
        return contacts
    match = (
        Q(email__icontains=query)
        | Q(note__icontains=query)
        | Q(purpose__name__icontains=query)
        | Q(purpose__description__icontains=query)
        | Q(marketplace__name__icontains=query)
        | Q(marketplace__code__iexact=query)
    )
    english = english_matches(query)
    if english:
        match |= (
            Q(note__in=english)
            | Q(purpose__name__in=english)
            | Q(purpose__description__in=english)
            | Q(purpose__route__name__in=english)
            | Q(marketplace__name__in=english)
        )
    return contacts.filter(match)


# The directory page, digested by the database itself: the purposes with their routes, the
# marketplaces, how many of the shown addresses each purpose has, the page number (clamped,
# as _page_number does) and the page's own rows (their order follows from them). Which
# addresses are shown is the ORM's own filter (_matching_contacts), compiled into the query:
# one short query whose answer changes with any edit that would change the page, however
# it was made, at a fraction of the cost of reading the rows through the ORM.
_CONTACT = Contact._meta.db_table
_PURPOSE = Purpose._meta.db_table
_MARKETPLACE = Marketplace._meta.db_table
_ROUTE = SellerCentralRoute._meta.db_table
_PAGE_DIGEST_SQL = f"""
WITH shown AS MATERIALIZED ({{shown}}),
counts AS (SELECT purpose_id, count(*) AS n FROM shown GROUP BY purpose_id),
number AS (
    SELECT LEAST(GREATEST(%s, 1), GREATEST(1, CEIL(COALESCE(sum(n), 0) / %s::numeric)))::int AS n
    FROM counts
)
SELECT (SELECT count(*) FROM {_MARKETPLACE} WHERE code = %s), md5(concat_ws('|',
    (SELECT string_agg(p::text || r::text, ',' ORDER BY p.id)
       FROM {_PURPOSE} p JOIN {_ROUTE} r ON r.id = p.route_id),
    (SELECT string_agg(m::text, ',' ORDER BY m.id) FROM {_MARKETPLACE} m),
    (SELECT string_agg(purpose_id || ':' || n, ',' ORDER BY purpose_id) FROM counts),
    (SELECT n FROM number),
    (SELECT string_agg(c::text, ',' ORDER BY c.id) FROM {_CONTACT} c WHERE c.id IN (
        SELECT s.id FROM shown s
          JOIN {_PURPOSE} p ON p.id = s.purpose_id
          JOIN {_MARKETPLACE} m ON m.id = s.marketplace_id
         ORDER BY p.position, p.name, p.id, m.code, s.email, s.id
         LIMIT %s OFFSET ((SELECT n FROM number) - 1) * %s))
))
"""  # noqa: S608 (table names from the models, the filter compiled by the ORM; values are parameters)

_LONGEST_CODE = Marketplace._meta.get_field("code").max_length or 0
# A page number beyond any directory: keeps a silly ?page= inside PostgreSQL's integer.
_LAST_PAGE_ASKED = 1_000_000


class DirectoryListing:
    """The directory page's data, read only when its cached HTML is missing.

    `stamp` names everything the page shows: the database's digest (one query, no rows read
    into Python), so a warm page costs that query and no more. Elsewhere than PostgreSQL
    (a SQLite checkout) the page is read first and what was read is digested.
    """

    def __init__(self, *, code: str, query: str, page: str | None) -> None:
        self.code = code.strip().upper()
        self.query = query
        self.requested_page = page

    @cached_property
    def _database_digest(self) -> tuple[bool, str] | None:
        if connection.vendor != "postgresql":
            return None
        shown = _matching_contacts(marketplace_code=self.code, query=self.query)
        columns = shown.order_by().values("id", "purpose_id", "marketplace_id", "email")
        shown_sql, shown_params = columns.query.sql_with_params()
        number = _page_number(self.requested_page, _LAST_PAGE_ASKED)
        size = DIRECTORY_PAGE_SIZE
        with connection.cursor() as cursor:
            cursor.execute(
                _PAGE_DIGEST_SQL.format(shown=shown_sql),
                [*shown_params, number, size, self.code, size, size],
            )
            chosen, digest = cursor.fetchone()
        return bool(chosen), digest

    @property
    def exists(self) -> bool:
        """No marketplace asked for, or one that exists."""
        if not self.code:
            return True
        if not self.code.isalnum() or len(self.code) > _LONGEST_CODE:
            return False  # not a code at all (NUL, a path, a paragraph): no query for it
        if self._database_digest is not None:
            return self._database_digest[0]
        return self.selected is not None

    @property
    def stamp(self) -> str:
        if self._database_digest is not None:
            return self._database_digest[1]
        # The title and an empty search's words name the marketplace too.
        selected = (self.selected.code, self.selected.name) if self.selected else None
        return hashlib.sha256(repr((self.page.fingerprint, selected)).encode()).hexdigest()

    @cached_property
    def marketplaces(self) -> list[Marketplace]:
        return list(Marketplace.objects.all())

    @cached_property
    def selected(self) -> Marketplace | None:
        if not self.code:
            return None
        return next((m for m in self.marketplaces if m.code == self.code), None)

    @cached_property
    def page(self) -> DirectoryPage:
        return directory_page(
            marketplaces=self.marketplaces,
            marketplace=self.selected,
            query=self.query,
            page=self.requested_page,
        )
