"""Every case, in three marketplaces each, walked through the wizard to its review.

The letter must hold every fact the seller gave and no unfilled [marker]; the review must
name the directory's addresses for exactly that purpose and marketplace, or say plainly
that none is known and give the Seller Central route; buyer messages get no address.
"""

from __future__ import annotations

import datetime
from html import escape, unescape

import pytest
from django_webtest import DjangoTestApp

from contacts.destinations import destination_for
from letters.cases import CASE_TYPES, Audience, CaseType, get_case_type
from letters.channels import CANNOT_LOG_IN, NO_ADDRESS, NOT_THROUGH_SELLER_CENTRAL
from letters.models import TemplateVersion
from letters.placeholders import Kind
from letters.rendering import format_date
from letters.values import fact_placeholders
from sellerdesk.marketplaces import MARKETS_BY_CODE
from tests.helpers.wizard import (
    BUYER,
    PLAN_LINES,
    WHO,
    Wizard,
    example_answer,
    field_value,
    mailto_addresses,
    walk_to_review,
)

# Three marketplaces per case; the last is one where the directory has no address for the
# case's purpose wherever such a marketplace exists (funds_recovery is known everywhere).
MARKETS = {
    "suspension_verification": ("DE", "UK", "IN"),
    "suspension_hijacking": ("US", "FR", "MX"),
    "odr_deactivation": ("DE", "JP", "MX"),
    "inauthentic_complaint": ("UK", "IT", "IN"),
    "ip_complaint": ("US", "ES", "CA"),
    "ip_retraction": ("DE", "JP", "CA"),
    "product_quality": ("US", "FR", "CA"),
    "funds_release": ("US", "DE", "MX"),
    "fba_removal_locked": ("US", "DE", "JP"),
    "abuse_report": ("US", "UK", "DE"),
    "cease_and_desist": ("US", "DE", "JP"),
}
BUYER_MARKETS = ("US", "DE", "UK")
FALLBACK = "We know no e-mail address for"

WALKS = [
    pytest.param(case.key, market, id=f"{case.key}-{market}")
    for case in CASE_TYPES
    for market in MARKETS.get(case.key, BUYER_MARKETS)
]


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def letter_language(case: CaseType, market: str) -> str:
    """Buyer messages follow the marketplace's language; the rest are English."""
    return MARKETS_BY_CODE[market].language if case.audience == Audience.BUYER else "en"


def expected_texts(case: CaseType, version: TemplateVersion, market: str) -> list[str]:
    """The text of every answer given, as the letter writes it."""
    language = letter_language(case, market)
    declared = {p.name for p in version.placeholder_list}
    texts = [MARKETS_BY_CODE[market].in_letter] if "marketplace" in declared else []
    texts += [value for name, value in WHO.items() if name in declared]
    if case.audience == Audience.BUYER:
        texts += BUYER.values()
    if case.plan_of_action:
        texts += PLAN_LINES
    # The walk types the English examples (facts_for), whatever the letter's language.
    english = TemplateVersion.objects.current_for(case.key)
    for placeholder in fact_placeholders(case, english.placeholder_list):
        answer = example_answer(placeholder)
        if placeholder.kind == Kind.YESNO:
            continue  # a tick switches the purpose; checked through the recipients below
        if placeholder.kind == Kind.DATE:
            answer = format_date(datetime.datetime.strptime(answer, "%d %B %Y").date(), language)
        texts += [
            line.strip().upper() if placeholder.kind == Kind.ASINS else line.strip()
            for line in answer.splitlines()
            if line.strip()
        ]
    return texts


@pytest.mark.parametrize(("case_key", "market"), WALKS)
def test_every_case_reaches_a_complete_letter_and_the_right_recipient(
    site: None, app: DjangoTestApp, case_key: str, market: str
) -> None:
    case = get_case_type(case_key)
    version = TemplateVersion.objects.current_for(case_key, letter_language(case, market))

    page = walk_to_review(Wizard(app), case, market)

    letter = field_value(page, "review-body")
    for text in expected_texts(case, version, market):
        assert text in letter
    for placeholder in version.placeholder_list:
        assert placeholder.marker not in letter
    html = page.content.decode()
    shown = mailto_addresses(page)
    if case.audience == Audience.BUYER:
        assert "Send it through Buyer-Seller Messaging:" in unescape(html)
        assert shown == set()
        assert "@" not in html.split('id="delivery-title"')[1].split("</section>")[0]
    elif case.audience == Audience.SELLER:
        assert shown == set()
        for key in case.follow_up_routes:
            assert f">{route_name(key)}<" in html
    else:
        answers = {p.name: example_answer(p) for p in version.placeholder_list}
        destination = destination_for(purpose=case.purpose_for(market, answers), marketplace=market)
        if case.key in NOT_THROUGH_SELLER_CENTRAL or case.key in CANNOT_LOG_IN:
            # A retraction is sent by the rights owner itself, and a seller locked out of
            # Seller Central cannot open a case there: neither is offered a Seller Central page.
            assert escape(destination.route_where) not in html
        else:
            assert escape(destination.route_where) in html
        withheld = (case.key, market) in NO_ADDRESS
        assert shown == (set() if withheld else {r.email for r in destination.recipients})
        if case.key not in NOT_THROUGH_SELLER_CENTRAL and case.key not in CANNOT_LOG_IN:
            assert (FALLBACK in html) is destination.fallback


def route_name(key: str) -> str:
    from contacts.models import SellerCentralRoute

    return SellerCentralRoute.objects.get(key=key).name


def test_the_walk_includes_marketplaces_without_an_address(site: None) -> None:
    # The parametrisation above is only honest if some walks meet the fallback.
    fallbacks = {
        key
        for key, markets in MARKETS.items()
        if get_case_type(key).purpose
        and destination_for(purpose=get_case_type(key).purpose, marketplace=markets[-1]).fallback
    }
    assert fallbacks >= {"odr_deactivation", "ip_complaint", "abuse_report", "fba_removal_locked"}


def test_a_china_based_seller_in_the_uk_writes_to_seller_verification(
    site: None, app: DjangoTestApp
) -> None:
    case = get_case_type("suspension_verification")
    wizard = Wizard(app)
    page = walk_to_review(wizard, case, "UK")  # the example ticks "based in China"
    assert mailto_addresses(page) == {
        c.email for c in destination_for(purpose="seller_verification", marketplace="UK").recipients
    }

    facts = {
        p.name: example_answer(p)
        for p in fact_placeholders(
            case, TemplateVersion.objects.current_for(case.key).placeholder_list
        )
    }
    facts["based_in_china"] = None
    page = walk_to_review(wizard, case, "UK", facts=facts)
    performance = {
        c.email for c in destination_for(purpose="seller_performance", marketplace="UK").recipients
    }
    assert mailto_addresses(page) == performance
    assert performance.isdisjoint(
        c.email for c in destination_for(purpose="seller_verification", marketplace="UK").recipients
    )
