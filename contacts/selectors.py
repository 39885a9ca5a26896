"""Reads of the directory that span relations: the public directory page and CSV export."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.db.models import Q, QuerySet
from django.utils import translation

from contacts.directory_strings import STRINGS
from contacts.models import DOMAIN_PLACEHOLDER, Contact, Marketplace, Purpose

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


def directory_sections(
    *, marketplaces: list[Marketplace], marketplace: Marketplace | None, query: str
) -> list[PurposeSection]:
    """Active addresses grouped by purpose, then marketplace, in two queries.

    Without a search every purpose is listed, even one with no address, because its
    Seller Central route is still the answer. With a search only purposes with a match are.
    `marketplaces` is the list the caller already loaded, so grouping needs no query.
    """
    purposes = list(Purpose.objects.select_related("route"))
    contacts = Contact.objects.active()
    if marketplace is not None:
        contacts = contacts.filter(marketplace=marketplace)
    if query:
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
        contacts = contacts.filter(match)
    by_slot: dict[tuple[int, int], list[Contact]] = {}
    for contact in contacts.order_by("email"):
        by_slot.setdefault((contact.purpose_id, contact.marketplace_id), []).append(contact)

    shown = [marketplace] if marketplace is not None else marketplaces
    sections = []
    for purpose in purposes:
        groups = [
            MarketplaceAddresses(market, by_slot[(purpose.pk, market.pk)])
            for market in shown
            if (purpose.pk, market.pk) in by_slot
        ]
        if query and not groups:
            continue
        route = purpose.route
        where = route.where_for(marketplace) if marketplace else route.where
        sections.append(
            PurposeSection(
                purpose=purpose,
                route_where=where,
                route_is_link=route.is_link and DOMAIN_PLACEHOLDER not in where,
                marketplaces=groups,
            )
        )
    return sections
