"""Starting the wizard from Amazon's notice: paste, confirm each proposal beside its
excerpt, and the case, the marketplace and the facts arrive filled and marked."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django_webtest import DjangoTestApp
from webtest import TestResponse

from drafts.models import Draft
from drafts.services import draft_set_status
from letters.notices.reader import NOTICE_MAX
from tests.factories import new_draft, url
from tests.helpers.browser import browser, form_with
from tests.helpers.wizard import (
    WHO,
    Wizard,
    errors,
    field_value,
    plan_answers,
    step_url,
    wizard_form,
)

CORPUS = Path(__file__).parent / "notice_corpus"
GERMAN_IP = (CORPUS / "ip_03_de_email.txt").read_text(encoding="utf-8")
PASTE = reverse("letters:wizard_notice")
CONFIRM = reverse("letters:wizard_notice_confirm")


@pytest.fixture
def templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def paste(app: DjangoTestApp, text: str) -> TestResponse:
    """Paste the notice into the paste page's box and send it."""
    form = form_with(app.get(PASTE), "notice")
    form["notice"] = text
    return form.submit().maybe_follow()


def confirm(app: DjangoTestApp, **changes: str) -> TestResponse:
    """Confirm the reading as the page shows it, with the seller's changes."""
    form = wizard_form(app.get(CONFIRM))
    for name, value in changes.items():
        form[name] = value
    return form.submit().maybe_follow()


def test_the_paste_page_is_there_in_both_languages(db: None) -> None:
    client = Client()
    english = client.get(PASTE)
    chinese = client.get(PASTE, HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert english.status_code == chinese.status_code == 200
    assert "Start from Amazon's notice" in english.content.decode()
    assert "从亚马逊的通知开始" in chinese.content.decode()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste Amazon&#x27;s notice first"),
        ("   \n  ", "Paste Amazon&#x27;s notice first"),
        ("x" * (NOTICE_MAX + 1), "This is longer than any notice"),
    ],
)
def test_an_empty_or_huge_paste_gets_a_message_not_an_error(
    db: None, text: str, message: str
) -> None:
    page = paste(browser(), text)
    assert page.status_code == 200
    assert message in page.content.decode()


def test_confirmation_without_a_notice_goes_back_to_the_paste_page(db: None) -> None:
    response = Client().get(CONFIRM)
    assert response.status_code == 302
    assert response["Location"] == PASTE


def test_each_proposal_is_shown_beside_its_excerpt(templates) -> None:
    client = browser()
    page = paste(client, GERMAN_IP)
    html = page.content.decode()
    assert page.request.path_qs == CONFIRM
    assert field_value(page, "complaint_id") == "1234567890"
    assert field_value(page, "rights_owner") == "Lumex GmbH"
    assert field_value(page, "notice_date") == "2026-10-09"
    assert field_value(page, "due_date") == "2026-11-12"
    assert field_value(page, "asins") == "B0C4XK7Q2M\nB0D1MN8PQR"
    assert 'value="ip_complaint" selected' in html
    assert 'value="DE" selected' in html
    assert "Reklamations-ID: 1234567890" in html
    assert "Rechteinhaber: Lumex GmbH" in html
    assert html.count("From the notice") >= 8
    # Nothing is in the wizard before the seller confirms.
    assert client.get(step_url("who")).status_code == 302


def test_confirmed_values_fill_the_wizard_and_are_marked(templates) -> None:
    client = browser()
    paste(client, GERMAN_IP)

    who = confirm(client)

    assert who.request.path_qs == step_url("who")
    assert 'value="DE" selected' in who.content.decode()
    assert 'class="small mb-1 from-notice" data-field="marketplace"' in who.content.decode()
    wizard = Wizard(client)
    wizard.page = who
    facts = wizard.submit("who", {"marketplace": "DE", **WHO})
    html = facts.content.decode()
    assert wizard.current() == "facts"
    assert field_value(facts, "facts-complaint_id") == "1234567890"
    assert field_value(facts, "facts-rights_owner") == "Lumex GmbH"
    assert field_value(facts, "facts-notice_date") == "2026-10-09"
    assert field_value(facts, "facts-asins") == "B0C4XK7Q2M\nB0D1MN8PQR"
    for name in ("complaint_id", "rights_owner", "notice_date", "asins"):
        assert f'data-field="{name}"' in html, name
    assert "Amazon's deadline, as the notice states it: 12 Nov 2026." in html


def test_a_corrected_value_is_the_one_that_fills_the_wizard(templates) -> None:
    client = browser()
    paste(client, GERMAN_IP)
    confirm(client, complaint_id="1234567899", rights_owner="")
    wizard = Wizard(client)
    facts = wizard.submit("who", {"marketplace": "DE", **WHO})
    assert field_value(facts, "facts-complaint_id") == "1234567899"
    # Cleared: not filled, not marked.
    assert 'data-field="rights_owner"' not in facts.content.decode()
    assert 'name="facts-rights_owner"' in facts.content.decode()


def test_a_wrong_correction_gets_a_message(templates) -> None:
    client = browser()
    paste(client, GERMAN_IP)
    page = confirm(client, asins="B0C4XK7Q2M\nnot-an-asin", notice_date="2099-01-01")
    assert page.status_code == 200
    found = " ".join(errors(page))
    assert "not-an-asin" in found
    assert "future" in found


def test_a_notice_that_fits_no_case_says_so_and_keeps_what_was_read(templates) -> None:
    client = browser()
    page = paste(client, "Date: 9 October 2026\nASIN: B0C4XK7Q2M\nMarketplace: amazon.fr")
    assert 'id="notice-unsure"' in page.content.decode()
    assert "We could not tell which case" in page.content.decode()

    case_page = confirm(client)

    assert case_page.request.path_qs == step_url("case")
    wizard = Wizard(client)
    wizard.page = case_page
    who = wizard.submit("case", {"case": "product_quality"})
    assert 'value="FR" selected' in who.content.decode()
    facts = wizard.submit("who", {"marketplace": "FR", **WHO})
    assert field_value(facts, "facts-asins") == "B0C4XK7Q2M"


def test_a_notice_that_fits_several_cases_lists_them_first(templates) -> None:
    client = browser()
    page = paste(client, (CORPUS / "unsure_02_several_en.txt").read_text(encoding="utf-8"))
    html = page.content.decode()
    assert "This notice fits more than one case" in html
    options = html[html.index('name="case"') :]
    first = options.index("Inauthentic or counterfeit complaints · ")
    assert first < options.index("Account suspended: identity or verification")


def test_a_notice_asking_for_a_password_is_flagged(db: None) -> None:
    page = paste(
        browser(),
        "Your account is suspended. Click here to log in and verify your account: "
        "http://amazon-seller-verify.example/login and enter your password.",
    )
    html = page.content.decode()
    assert 'id="notice-phishing"' in html
    assert "amazon-seller-verify.example" in html
    assert "It asks for a password" in html
    # The warning sends the seller to the sender check.
    warning = html[html.index('id="notice-phishing"') :]
    warning = warning[: warning.index("</div>")]
    assert 'href="/check-sender/"' in warning


def test_the_notice_is_kept_with_the_team_draft(templates, team, editor, outsider) -> None:
    client = browser(editor)
    paste(client, GERMAN_IP)
    confirm(client)
    wizard = Wizard(client)
    wizard.submit("who", {"marketplace": "DE", **WHO})
    facts = {
        "infringing_content": "A photo",
        "rights_owner_agreement": "We wrote to them",
    }
    wizard.submit("facts", facts)
    assert wizard.current() == "plan", errors(wizard.page)
    wizard.submit("plan", plan_answers())
    assert wizard.current() == "review", errors(wizard.page)
    done = wizard.submit("review", {})

    draft = Draft.objects.get()
    assert draft.notice_text == GERMAN_IP.replace("\r\n", "\n")
    assert draft.answers["facts"]["complaint_id"] == "1234567890"
    html = done.content.decode()
    assert 'id="notice"' in html
    assert "Reklamations-ID: 1234567890" in html
    assert "12 Nov 2026" in html
    outsider_client = Client()
    outsider_client.force_login(outsider)
    assert outsider_client.get(draft.get_absolute_url()).status_code == 404


def test_amazon_s_next_reply_is_kept_as_the_follow_up_s_notice(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(
        draft=draft, user=owner, status=Draft.Status.SENT, happened_on=datetime.date(2026, 11, 19)
    )
    client = Client()
    client.force_login(owner)
    reply = "Date: 20 November 2026\nPlease send invoices by 27 November 2026."

    client.post(
        url("drafts:follow_up", draft), {"amazon_reply": reply, "happened_on": "2026-11-20"}
    )

    follow_up = Draft.objects.get(follow_up_of=draft)
    assert follow_up.notice_text == reply
    page = client.get(follow_up.get_absolute_url()).content.decode()
    assert "Amazon's reply this follow-up answers" in page
    assert "27 Nov 2026" in page
    assert "Invoices" in page


def test_a_reply_longer_than_a_notice_is_refused_with_a_message(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status=Draft.Status.SENT)
    client = Client()
    client.force_login(owner)
    page = client.post(
        url("drafts:follow_up", draft),
        {"amazon_reply": "x" * (NOTICE_MAX + 1), "happened_on": "2026-11-20"},
        follow=True,
    )
    assert page.status_code == 200
    assert not Draft.objects.filter(follow_up_of=draft).exists()


def test_the_wizard_s_front_door_offers_the_notice_first(templates) -> None:
    page = Client().get(reverse("letters:wizard"))
    html = page.content.decode()
    assert page.status_code == 200
    assert html.index('id="notice-start"') < html.index('name="case-case"')


def test_the_home_page_box_posts_into_the_first_step(db: None) -> None:
    html = Client().get("/").content.decode()
    assert f'action="{PASTE}"' in html
    assert 'name="notice"' in html


def test_the_facts_step_from_a_notice_keeps_its_query_budget(
    templates, django_assert_max_num_queries
) -> None:
    client = browser()
    paste(client, GERMAN_IP)
    confirm(client)
    wizard = Wizard(client)
    wizard.submit("who", {"marketplace": "DE", **WHO})
    # The session and the case's current template version, as on every wizard step.
    with django_assert_max_num_queries(5):
        assert client.get(step_url("facts")).status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get(CONFIRM).status_code == 302  # the notice moved into the wizard


def test_a_copy_of_a_draft_keeps_its_notice(team, owner) -> None:
    draft = new_draft(team, owner, notice_text=GERMAN_IP)
    client = Client()
    client.force_login(owner)
    client.post(url("drafts:duplicate", draft))
    copy = Draft.objects.exclude(pk=draft.pk).get()
    assert copy.notice_text == GERMAN_IP
