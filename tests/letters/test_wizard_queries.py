"""Every wizard request costs a fixed, small number of queries (at most 5).

A session write is three statements: BEGIN (or SAVEPOINT inside a test), UPDATE, COMMIT
(or RELEASE). GETs never write the session; the template version is fetched once per
request, whichever of the conditions, the facts form and the review asks first.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse
from django_webtest import DjangoTestApp

from letters.cases import get_case_type
from letters.selectors import forget_current_versions
from tests.helpers.browser import forget_session, post
from tests.helpers.wizard import BUYER, WHO, Wizard, asked_on, facts_for, plan_answers, step_url

SESSION_WRITE = 3
# A new session: BEGIN, a look for its fresh key, INSERT, COMMIT (SAVEPOINT/RELEASE in a test).
SESSION_CREATE = 4


@pytest.fixture
def wizard(seeded: None, app: DjangoTestApp) -> Wizard:
    # Nothing kept from an earlier test: the first review looks the directory up, the first
    # step of a case reads its versions.
    cache.clear()
    forget_current_versions()
    wizard = Wizard(app)
    wizard.start()
    return wizard


# JP has two Seller Performance addresses, DE one and MX none: the review costs the same.
@pytest.mark.parametrize("market", ["DE", "JP", "MX"])
def test_an_appeal_costs_at_most_five_queries_per_request(
    wizard: Wizard, django_assert_num_queries, market: str
) -> None:
    case = get_case_type("odr_deactivation")

    # A visitor who only looks has no session: nothing to read, nothing written.
    with django_assert_num_queries(0):
        wizard.open("case")
    # The digest of the case's versions, then (the first time in this process) the versions;
    # the first answer creates the session
    with django_assert_num_queries(2 + SESSION_CREATE):
        wizard.submit("case", {"case": case.key}, follow=False)
    with django_assert_num_queries(2):  # session, version
        wizard.open("who")
    with django_assert_num_queries(2 + SESSION_WRITE):  # session, version
        wizard.submit("who", {"marketplace": market, **WHO}, follow=False)
    with django_assert_num_queries(2):  # session, version
        wizard.open("facts")
    facts = facts_for(case)
    with django_assert_num_queries(2):  # session, version: an error costs no write
        wizard.submit("facts", {**facts, "odr_percent": "101"}, follow=False)
    with django_assert_num_queries(2 + SESSION_WRITE):  # session, version
        wizard.submit("facts", facts, follow=False)
    with django_assert_num_queries(2):  # session, version
        wizard.open("plan")
    with django_assert_num_queries(2 + SESSION_WRITE):  # session, version
        wizard.submit("plan", plan_answers(), follow=False)
    with django_assert_num_queries(2):  # the browser's back button: session, version
        wizard.open("facts")
    # session, version, the directory's digest of the rows destination_for reads, then destination_for
    # the first time: the purpose with its route and marketplace, addresses
    with django_assert_num_queries(5):
        wizard.open("review")
    # session, version, the digest: destination_for's answer is kept until those rows change
    with django_assert_num_queries(3):  # Check again writes nothing
        wizard.submit("review", {}, follow=False, action="check")
    with django_assert_num_queries(3):  # the same, for the To: header
        wizard.submit("review", {}, follow=False, action="download_eml")
    with django_assert_num_queries(2):  # session, version
        wizard.submit("review", {}, follow=False, action="download_txt")
    with django_assert_num_queries(2 + SESSION_WRITE):  # Back keeps the edits: session, version
        wizard.submit("review", {}, follow=False, wizard_goto_step="plan")
    # Finish, on the POST itself: session, version (every step re-validated), then the
    # answers are cleared. A GET of the done URL afterwards writes nothing.
    with django_assert_num_queries(2 + SESSION_WRITE):
        finish = wizard.submit("review", {}, follow=False)
        assert finish["Location"] == reverse("letters:wizard_letter")
    with django_assert_num_queries(2):  # session, then the directory's digest
        assert wizard.app.get(reverse("letters:wizard_letter")).status_code == 200
    with django_assert_num_queries(2):  # session, then the directory's digest
        wizard.app.get(reverse("letters:wizard_letter_download", args=["eml"]))


def test_changing_the_case_fetches_only_the_new_cases_template(
    wizard: Wizard, django_assert_num_queries
) -> None:
    wizard.submit("case", {"case": "odr_deactivation"})
    wizard.open("case")

    # The session, the digest of the new case's versions, its versions (nothing of the old).
    with django_assert_num_queries(3 + SESSION_WRITE):
        wizard.submit("case", {"case": "lost_parcel"}, follow=False)


@pytest.mark.parametrize(
    ("case_key", "queries"),
    [
        ("lost_parcel", 2),  # session, version: Buyer-Seller Messaging needs no directory
        ("cease_and_desist", 3),  # session, version, the report routes
    ],
)
def test_reviews_without_an_amazon_address_cost_less(
    wizard: Wizard, django_assert_num_queries, case_key: str, queries: int
) -> None:
    case = get_case_type(case_key)
    wizard.submit("case", {"case": case.key})
    wizard.submit("who", asked_on(wizard.page, "who", {"marketplace": "DE", **WHO, **BUYER}))
    wizard.submit("facts", facts_for(case))

    with django_assert_num_queries(queries):
        page = wizard.open("review")
    assert page.status_code == 200


def test_starting_over_and_an_expired_session_cost_little(
    wizard: Wizard, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):  # a visitor with no answers: nothing to clear
        wizard.app.get(reverse("letters:wizard") + "?reset")
    wizard.submit("case", {"case": "odr_deactivation"}, follow=False)
    with django_assert_num_queries(1 + SESSION_WRITE):  # session, cleared answers saved
        wizard.app.get(reverse("letters:wizard") + "?reset")
    forget_session(wizard.app)
    with django_assert_num_queries(0):  # no session cookie at all: nothing to read
        post(wizard.app, step_url("facts"), {"case_wizard_view-current_step": "facts"})
