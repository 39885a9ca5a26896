"""The review names the right Amazon addresses, written out by hand from the directory.

test_wizard_walk.py compares the review with what `destination_for` answers, the same code the
wizard calls; a wrong purpose on a case, or a wrong row in the directory, would pass there.
Here every expected address is copied from fixtures/amazon_contacts.csv for the purpose
letters/cases.py gives the case (and its overrides: the UK verification team for a
China-based seller, the US frozen-balance team).
"""

from __future__ import annotations

import pytest
from django_webtest import DjangoTestApp

from letters.cases import CASE_TYPES, Audience, get_case_type
from tests.helpers.wizard import Wizard, facts_for, mailto_addresses, walk_to_review

TICK, UNTICK = "on", None

# (case, marketplace, answers changed from the examples, the addresses the review offers)
EXPECTED = [
    ("suspension_verification", "DE", {}, {"verkaeufer-performance@amazon.de"}),
    # The example ticks "based in mainland China": in the UK that is the verification team.
    (
        "suspension_verification",
        "UK",
        {"based_in_china": TICK},
        {"cn-seller-verification-enquiry@amazon.co.uk"},
    ),
    (
        "suspension_verification",
        "UK",
        {"based_in_china": UNTICK},
        {"seller-performance@amazon.co.uk"},
    ),
    # Outside the UK the tick changes nothing.
    ("suspension_verification", "US", {"based_in_china": TICK}, {"seller-performance@amazon.com"}),
    ("suspension_hijacking", "FR", {}, {"performance-vendeur@amazon.fr"}),
    ("odr_deactivation", "DE", {}, {"verkaeufer-performance@amazon.de"}),
    # Japan has two seller-performance addresses; the review offers both.
    (
        "odr_deactivation",
        "JP",
        {},
        {"seller-performance-policy@amazon.co.jp", "alliance@amazon.co.jp"},
    ),
    ("inauthentic_complaint", "IT", {}, {"performance-venditore@amazon.it"}),
    ("inauthentic_complaint", "ES", {}, {"performance-vendedor@amazon.es"}),
    ("ip_complaint", "FR", {}, {"notification@amazon.fr"}),
    ("ip_complaint", "US", {}, {"notice@amazon.com"}),
    ("ip_complaint_dispute", "UK", {}, {"notice@amazon.co.uk"}),
    ("ip_retraction", "DE", {}, {"benachrichtigung@amazon.de"}),
    ("ip_retraction", "IN", {}, {"notice@amazon.in"}),
    (
        "product_quality",
        "IT",
        {},
        {"performance-venditore-politiche-di-condotta@amazon.it"},
    ),
    ("product_quality", "US", {}, {"seller-performance-policy@amazon.com"}),
    ("funds_release", "JP", {}, {"payments-investigate@amazon.co.jp"}),
    ("funds_release", "DE", {}, {"payments-nachforschungen@amazon.de"}),
    ("funds_release", "US", {"account_frozen": UNTICK}, {"merchant-reserve-inquiry@amazon.com"}),
    ("funds_release", "US", {"account_frozen": TICK}, {"payments-funds@amazon.com"}),
    # Only the US has a frozen-balance address: elsewhere the tick changes nothing.
    ("funds_release", "MX", {"account_frozen": TICK}, {"payments-funds@amazon.com.mx"}),
    ("fba_removal_locked", "US", {}, {"payments-investigate@amazon.com"}),
    ("abuse_report", "US", {}, {"investigate@amazon.com"}),
]


def _id(case_key: str, market: str, changes: dict[str, str | None], _addresses: set) -> str:
    ticks = [f"{name}-{'ticked' if value else 'unticked'}" for name, value in changes.items()]
    return "-".join([case_key, market, *ticks])


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


@pytest.mark.parametrize(
    ("case_key", "market", "changes", "addresses"),
    [pytest.param(*row, id=_id(*row)) for row in EXPECTED],
)
def test_the_review_offers_the_addresses_of_the_directory(
    site: None,
    app: DjangoTestApp,
    case_key: str,
    market: str,
    changes: dict[str, str | None],
    addresses: set[str],
) -> None:
    case = get_case_type(case_key)

    page = walk_to_review(Wizard(app), case, market, facts={**facts_for(case), **changes})

    assert mailto_addresses(page) == addresses
    assert "We know no e-mail address for" not in page.content.decode()


def test_every_case_to_amazon_has_a_written_out_address() -> None:
    # A new case to Amazon needs a row above, written from the directory by hand.
    amazon_cases = {case.key for case in CASE_TYPES if case.audience == Audience.AMAZON}
    assert {row[0] for row in EXPECTED} == amazon_cases
