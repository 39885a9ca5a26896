"""Moving through the wizard: steps that apply, going back, errors, an expired session."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse
from django_webtest import DjangoTestApp

from letters.cases import CASE_TYPES, get_case_type
from tests.helpers.wizard import (
    WHO,
    Wizard,
    facts_for,
    field_value,
    form_fields,
    plan_answers,
    step_url,
    walk_to_review,
)

EXPIRED = "Your session expired, so we could not keep your answers. Please start again."


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


@pytest.fixture
def wizard(site: None, app: DjangoTestApp) -> Wizard:
    wizard = Wizard(app)
    wizard.start()
    return wizard


def progress(page) -> str:
    match = re.search(r'id="wizard-progress-label">\s*(.*?)\s*</p>', page.content.decode(), re.S)
    return unescape(match.group(1))


def to_facts(wizard: Wizard, case_key: str, market: str = "DE") -> None:
    wizard.submit("case", {"case": case_key})
    wizard.submit("who", {"marketplace": market, **WHO})
    assert wizard.current() == "facts"


def test_the_wizard_opens_on_the_case_step_and_later_resumes_where_you_were(
    site: None, app: DjangoTestApp
) -> None:
    page = app.get(reverse("letters:wizard"))
    assert page.status_code == 200
    # Before a case is chosen the plan still counts, marked as for appeals only.
    assert progress(page) == "Step 1 of 5 · Your case"
    assert "Plan of action (appeals only)" in page.content.decode()

    wizard = Wizard(app)
    wizard.submit("case", {"case": "odr_deactivation"})
    response = app.get(reverse("letters:wizard"))

    assert response.status_code == 302
    assert response["Location"] == step_url("who")


def test_cases_are_radio_buttons_grouped_by_audience(wizard: Wizard) -> None:
    html = wizard.page.content.decode()

    assert re.findall(r"<legend[^>]*>(.*?)</legend>", html) == [
        "Letters to Amazon",
        "Letters to another seller",
        "Messages to a buyer",
    ]
    assert len(re.findall(r'type="radio" name="case-case"', html)) == len(CASE_TYPES) == 26
    for case in CASE_TYPES:
        assert unescape(str(case.description)) in unescape(html)


def test_a_case_in_the_address_is_preselected(site: None, app: DjangoTestApp) -> None:
    page = app.get(reverse("letters:wizard") + "?case=lost_parcel").maybe_follow()

    assert page.request.path_qs.startswith(step_url("case"))
    assert form_fields(page)["case-case"] == "lost_parcel"


def test_choosing_nothing_says_what_to_do(wizard: Wizard) -> None:
    page = wizard.submit("case", {})

    assert wizard.current() == "case"
    assert "Choose the case that is closest to yours." in page.content.decode()


def test_progress_counts_only_the_steps_that_apply(wizard: Wizard) -> None:
    wizard.submit("case", {"case": "odr_deactivation"})
    assert progress(wizard.page) == "Step 2 of 5 · Your store"
    assert "Plan of action" in wizard.page.content.decode()

    wizard.start()
    wizard.submit("case", {"case": "lost_parcel"})
    assert progress(wizard.page) == "Step 2 of 4 · Your store"
    assert "Plan of action" not in wizard.page.content.decode()


def test_buyer_name_and_order_id_are_asked_only_for_buyer_messages(wizard: Wizard) -> None:
    wizard.submit("case", {"case": "odr_deactivation"})
    assert "who-buyer_name" not in form_fields(wizard.page)

    wizard.start()
    wizard.submit("case", {"case": "lost_parcel"})
    seller = {name: value for name, value in WHO.items() if name != "sender_role"}
    page = wizard.submit("who", {"marketplace": "US", **seller})  # no role asked of a buyer

    assert wizard.current() == "who"
    html = unescape(page.content.decode())
    assert "Buyer's name</a>: This field is required." in html
    assert "Order ID</a>: This field is required." in html
    assert html.count("This field is required.") == 4  # summary, and under each field
    assert field_value(page, "who-store_name") == WHO["store_name"]


def test_back_from_the_facts_keeps_what_was_typed_on_both_steps(wizard: Wizard) -> None:
    to_facts(wizard, "suspension_hijacking")
    typed = {"goods_description": "Genuine lamps bought from the brand's distributor"}

    page = wizard.back("facts", typed)
    assert wizard.current() == "who"
    assert field_value(page, "who-store_name") == WHO["store_name"]
    assert form_fields(page)["who-marketplace"] == "DE"

    page = wizard.submit("who")
    assert wizard.current() == "facts"
    assert field_value(page, "facts-goods_description") == typed["goods_description"]


def test_the_browser_back_button_shows_every_answer_again(wizard: Wizard) -> None:
    case = get_case_type("odr_deactivation")
    to_facts(wizard, case.key)
    facts = facts_for(case)
    wizard.submit("facts", facts)
    assert wizard.current() == "plan"

    page = wizard.open("facts")  # what the back button (or a reload) asks for

    assert wizard.current() == "facts"
    assert field_value(page, "facts-odr_percent") == facts["odr_percent"]
    assert field_value(page, "facts-order_ids").split() == facts["order_ids"].split()
    page = wizard.open("who")
    assert field_value(page, "who-sender_name") == WHO["sender_name"]


def test_submitting_an_earlier_page_again_continues_from_there(wizard: Wizard) -> None:
    case = get_case_type("odr_deactivation")
    to_facts(wizard, case.key)
    wizard.submit("facts", facts_for(case))

    wizard.open("who")
    wizard.submit("who", {"store_name": "Lumora Home DE"})

    assert wizard.current() == "facts"
    assert field_value(wizard.page, "facts-claim_count") == facts_for(case)["claim_count"]


@pytest.mark.parametrize(
    ("case_key", "name", "bad", "message"),
    [
        (
            "suspension_hijacking",
            "asins",
            "B0C7M4QX2T\nB0XYZ",
            "'B0XYZ' is not an ASIN: an ASIN has 10 characters and starts with B0, "
            "or is a 10-digit ISBN.",
        ),
        (
            "odr_deactivation",
            "order_ids",
            "302-4417815-9920318, 302-44178",
            "'302-44178' is not an Amazon order ID: order IDs look like 123-1234567-1234567.",
        ),
        (
            "suspension_hijacking",
            "notice_date",
            "2099-01-31",
            "2099-01-31 is in the future; give the date it happened (today or earlier).",
        ),
        ("odr_deactivation", "odr_percent", "101", "A percentage is at most 100."),
        (
            "odr_deactivation",
            "claim_count",
            "-3",
            "Ensure this value is greater than or equal to 0.",
        ),
    ],
)
def test_a_bad_fact_is_named_and_everything_typed_is_kept(
    wizard: Wizard, case_key: str, name: str, bad: str, message: str
) -> None:
    case = get_case_type(case_key)
    to_facts(wizard, case_key)
    facts = {**facts_for(case), name: bad}

    page = wizard.submit("facts", facts)

    assert wizard.current() == "facts"
    html = unescape(page.content.decode())
    assert html.count(message) == 2  # in the summary at the top and under the field
    shown = form_fields(page)
    for field, value in facts.items():
        if value is not None:
            assert shown[f"facts-{field}"].replace("\r\n", "\n") == value


def test_a_case_must_be_answered_before_a_later_step_opens(wizard: Wizard) -> None:
    response = wizard.app.get(step_url("review"))

    assert response.status_code == 302
    assert response["Location"] == step_url("case")


def test_changing_the_case_keeps_the_store_answers_and_asks_the_new_questions(
    wizard: Wizard,
) -> None:
    to_facts(wizard, "odr_deactivation")
    wizard.open("case")

    page = wizard.submit("case", {"case": "lost_parcel"})

    assert wizard.current() == "who"
    assert field_value(page, "who-store_name") == WHO["store_name"]
    assert form_fields(page)["who-buyer_name"] == ""
    assert "This field is required." not in page.content.decode()


def test_the_plan_needs_one_of_each_and_keeps_the_rows_typed(wizard: Wizard) -> None:
    case = get_case_type("ip_complaint")
    to_facts(wizard, case.key)
    wizard.submit("facts", facts_for(case))
    cause = "Our new assistant copied the brand's photos from its website"

    page = wizard.submit("plan", {"root_causes-1-cause": cause})

    assert wizard.current() == "plan"
    html = unescape(page.content.decode())
    assert "Name at least one corrective action you have already taken." in html
    assert "Name at least one preventive measure." in html
    assert "Name at least one root cause." not in html
    assert form_fields(page)["plan-root_causes-1-cause"] == cause


def test_the_plan_always_offers_blank_rows(wizard: Wizard) -> None:
    case = get_case_type("ip_complaint")
    to_facts(wizard, case.key)
    wizard.submit("facts", facts_for(case))
    answers = plan_answers()
    answers.update({f"root_causes-{n}-cause": f"Cause number {n}" for n in range(3)})
    wizard.submit("plan", answers)
    assert wizard.current() == "review"

    page = wizard.open("plan")

    fields = form_fields(page)
    assert fields["plan-root_causes-TOTAL_FORMS"] == "5"
    assert fields["plan-root_causes-2-cause"] == "Cause number 2"
    assert fields["plan-root_causes-4-cause"] == ""
    assert fields["plan-preventive_measures-TOTAL_FORMS"] == "3"
    assert "data-formset-template" in page.content.decode()


def test_an_expired_session_mid_way_starts_again_with_a_message(wizard: Wizard) -> None:
    to_facts(wizard, "odr_deactivation")
    page_before = wizard.page
    Session.objects.all().delete()

    response = wizard.app.get(step_url("facts")).maybe_follow()

    assert response.request.path_qs == step_url("case")
    assert EXPIRED in response.content.decode()

    Session.objects.all().delete()
    wizard.page = page_before
    response = wizard.submit("facts", facts_for(get_case_type("odr_deactivation")))

    assert response.status_code == 200
    assert response.request.path_qs == step_url("case")
    assert EXPIRED in response.content.decode()


def test_start_over_clears_every_answer(wizard: Wizard) -> None:
    to_facts(wizard, "odr_deactivation")

    page = wizard.start()

    assert page.request.path_qs == step_url("case")
    assert "case-case" not in form_fields(page)
    assert wizard.app.get(step_url("who")).status_code == 302


STEP_PAGES = ["case", "who", "facts", "plan", "review"]


def test_no_page_needs_inline_script_or_style(wizard: Wizard) -> None:
    pages = [wizard.page]
    case = get_case_type("ip_complaint")
    walk_to_review(wizard, case, "DE")
    pages += [wizard.open(step) for step in STEP_PAGES]
    pages.append(wizard.submit("facts", {"asins": "B0XYZ", "rights_owner": ""}))
    assert "is-invalid" in pages[-1].content.decode()
    for page in pages:
        html = page.content.decode()
        assert page.status_code == 200
        assert " style=" not in html
        assert not re.search(r"<script(?![^>]*\ssrc=)", html)
        assert not re.search(r"\son[a-z]+=", html)
        assert "js/wizard.js" in html and "css/wizard.css" in html


def summary_links(page) -> list[tuple[str, str]]:
    """(href, text) of each link in the error summary at the top of the step."""
    html = page.content.decode()
    match = re.search(r"<div[^>]*data-error-summary[^>]*>(.*?)</div>", html, re.S)
    assert match, "no error summary"
    return [
        (href, unescape(re.sub(r"<[^>]+>", "", text)).strip())
        for href, text in re.findall(r'<a[^>]*href="(#[^"]+)"[^>]*>(.*?)</a>', match.group(1), re.S)
    ]


def ids(page) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', page.content.decode()))


def test_the_plan_summarises_every_section_and_row_error_at_the_top(wizard: Wizard) -> None:
    case = get_case_type("ip_complaint")
    to_facts(wizard, case.key)
    wizard.submit("facts", facts_for(case))

    page = wizard.submit(
        "plan",
        {"root_causes-0-cause": "Copied photos", "corrective_actions-0-action": "Removed them"},
    )

    links = summary_links(page)
    assert (
        "#id_plan-corrective_actions-0-date",
        "Corrective actions already taken 1, Date",
    ) in links
    assert any(href == "#id_plan-preventive_measures-0-measure" for href, _ in links)
    assert all(href.removeprefix("#") in ids(page) for href, _ in links)
    html = unescape(page.content.decode())
    assert (
        "Name at least one preventive measure."
        in html.split('id="wizard-form"')[1].split("</ul>")[0]
    )


def test_the_case_step_summary_links_to_the_first_case(wizard: Wizard) -> None:
    page = wizard.submit("case", {})

    [(href, text)] = summary_links(page)
    assert text == "What happened?"
    assert "What happened?</a>: Choose the case that is closest to yours." in page.content.decode()
    assert href.removeprefix("#") in ids(page)


def test_the_who_step_summary_links_each_missing_field(wizard: Wizard) -> None:
    wizard.submit("case", {"case": "odr_deactivation"})

    page = wizard.submit("who", {"marketplace": "DE", "store_name": "Lumora"})

    links = summary_links(page)
    assert [href for href, _ in links] == ["#id_who-sender_name", "#id_who-sender_role"]
    assert all(href.removeprefix("#") in ids(page) for href, _ in links)


def test_the_summary_speaks_chinese(wizard: Wizard) -> None:
    wizard.submit("case", {"case": "odr_deactivation"})
    wizard.app.extra_environ["HTTP_ACCEPT_LANGUAGE"] = "zh-CN"

    page = wizard.submit("who", {"marketplace": "DE", "store_name": "Lumora"})

    html = unescape(page.content.decode())
    assert "请修改下面标出的字段" in html.split("data-error-summary")[1].split("</p>")[0]


def test_a_step_without_errors_has_no_summary(wizard: Wizard) -> None:
    page = wizard.submit("case", {"case": "odr_deactivation"})

    assert "data-error-summary" not in page.content.decode()
