"""The review: an editable letter, checked again on request, downloaded as edited, finished."""

from __future__ import annotations

import email
import email.policy
from html import unescape
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from django_webtest import DjangoTestApp
from webtest import TestResponse

from contacts.destinations import destination_for
from letters.cases import CASE_TYPES, Audience, get_case_type
from letters.fields import EMAIL_NAMES, LAST_FOUR_NAMES
from letters.models import TemplateVersion
from letters.placeholders import Kind
from letters.values import fact_placeholders
from tests.helpers.wizard import (
    Wizard,
    facts_for,
    field_value,
    form_fields,
    mailto_addresses,
    walk_to_review,
)


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


@pytest.fixture
def wizard(site: None, app: DjangoTestApp) -> Wizard:
    return Wizard(app)


def odr_review(wizard: Wizard) -> TestResponse:
    return walk_to_review(wizard, get_case_type("odr_deactivation"), "DE")


def download(wizard: Wizard, kind: str, **answers: str) -> TestResponse:
    response = wizard.submit("review", answers, follow=False, action=f"download_{kind}")
    assert response.status_code == 200
    assert wizard.current() == "review"  # still on the review: nothing was lost
    return response


def test_the_eml_gives_back_the_recipients_subject_and_letter_on_the_page(
    wizard: Wizard,
) -> None:
    page = odr_review(wizard)
    subject, body = field_value(page, "review-subject"), field_value(page, "review-body")

    response = download(wizard, "eml")

    assert response["Content-Type"] == "message/rfc822"
    assert "sellerdesk-odr_deactivation-DE.eml" in response["Content-Disposition"]
    message = email.message_from_bytes(response.content, policy=email.policy.default)
    expected = [
        c.email for c in destination_for(purpose="seller_performance", marketplace="DE").recipients
    ]
    assert expected
    assert [a.addr_spec for a in message["To"].addresses] == expected
    assert message["Subject"] == subject
    assert message["Date"]
    assert message.get_content() == body
    assert message.get_content_charset() == "utf-8"


def test_the_txt_has_the_subject_and_the_letter(wizard: Wizard) -> None:
    page = odr_review(wizard)

    response = download(wizard, "txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        f"Subject: {field_value(page, 'review-subject')}\n\n{field_value(page, 'review-body')}"
    )


def test_a_buyer_message_offers_no_eml_or_mailto_but_buyer_seller_messaging(
    wizard: Wizard,
) -> None:
    page = walk_to_review(wizard, get_case_type("lost_parcel"), "DE")

    html = unescape(page.content.decode())
    assert 'value="download_eml"' not in html
    assert "mailto:" not in html
    assert "Manage Orders" in html and "Contact buyer" in html
    assert 'data-copy-target="#id_review-body"' in html
    refused = wizard.forge("review", action="download_eml")  # no such button: by hand
    assert refused.status_code == 404
    assert wizard.current() == "review"


def test_a_finished_buyer_message_has_no_eml_download(wizard: Wizard) -> None:
    walk_to_review(wizard, get_case_type("lost_parcel"), "DE")

    page = wizard.submit("review", {})

    html = unescape(page.content.decode())
    assert page.request.path_qs == reverse("letters:wizard_letter")
    assert "Download .eml" not in html and "letter.eml" not in html and "mailto:" not in html
    assert "Contact buyer" in html
    eml = wizard.app.get(reverse("letters:wizard_letter_download", args=["eml"]), status=404)
    assert eml.status_code == 404
    assert (
        wizard.app.get(reverse("letters:wizard_letter_download", args=["txt"])).status_code == 200
    )


def test_buyer_messaging_steps_speak_chinese(wizard: Wizard) -> None:
    walk_to_review(wizard, get_case_type("lost_parcel"), "DE")
    wizard.app.extra_environ["HTTP_ACCEPT_LANGUAGE"] = "zh-CN"

    html = unescape(wizard.open("review").content.decode())

    assert "买家与卖家消息" in html and "联系买家" in html


def test_the_edited_letter_is_what_gets_downloaded(wizard: Wizard) -> None:
    odr_review(wizard)
    subject = "Appeal for Lumora Home EU — 您好, our second request"
    body = "Dear Seller Performance team,\n\nWe rewrote this letter ourselves. 🙂\n\nLi Wei\n"

    txt = download(wizard, "txt", subject=subject, body=body)
    eml = download(wizard, "eml", subject=subject, body=body.replace("\n", "\r\n"))

    assert txt.content.decode() == f"Subject: {subject}\n\n{body}"
    message = email.message_from_bytes(eml.content, policy=email.policy.default)
    assert message["Subject"] == subject
    assert message.get_content() == body


def test_check_again_rechecks_the_edited_text_and_keeps_it(wizard: Wizard) -> None:
    page = walk_to_review(wizard, get_case_type("review_followup"), "US")
    assert "Contains a link" not in page.content.decode()
    body = field_value(page, "review-body") + "\nSee https://example.com for our other lamps.\n"

    page = wizard.submit("review", {"body": body}, action="check")

    assert wizard.current() == "review"
    html = page.content.decode()
    assert "Contains a link to a site that is not Amazon" in html
    error = html.split("Contains a link")[0].rsplit("<li", 1)[1]
    assert "alert-danger" in error
    assert "See https://example.com for our other lamps." in unescape(html)
    assert field_value(page, "review-body") == body


def test_the_findings_follow_every_edit_though_they_are_cached(wizard: Wizard) -> None:
    # The review's findings are cached by content: the same letter twice, then the link
    # taken out again, must each show what the text holds now.
    page = walk_to_review(wizard, get_case_type("review_followup"), "US")
    clean = field_value(page, "review-body")
    linked = clean + "\nSee https://example.com for our other lamps.\n"

    first = wizard.submit("review", {"body": linked}, action="check").content.decode()
    again = wizard.submit("review", {"body": linked}, action="check").content.decode()
    cleaned = wizard.submit("review", {"body": clean}, action="check").content.decode()

    assert "Contains a link to a site that is not Amazon" in first
    assert "Contains a link to a site that is not Amazon" in again
    assert "Contains a link" not in cleaned


def test_a_short_letter_with_an_address_gets_a_mailto_link(wizard: Wizard) -> None:
    odr_review(wizard)
    subject, body = "Appeal – Lumora Home EU & co", "Dear team,\n\n50% fixed? Yes: see below.\n"

    page = wizard.submit("review", {"subject": subject, "body": body}, action="check")

    links = [href for href in _hrefs(page) if href.startswith("mailto:") and "?" in href]
    assert len(links) == 1
    parts = urlsplit(links[0])
    assert set(unquote(parts.path).split(",")) == mailto_addresses(page)
    query = parse_qs(parts.query)
    assert query["subject"] == [subject]
    assert query["body"] == [body.replace("\n", "\r\n")]
    assert len(links[0]) <= 2000


def test_a_long_letter_is_offered_as_an_eml_instead_of_a_mailto_link(wizard: Wizard) -> None:
    page = odr_review(wizard)

    assert not [href for href in _hrefs(page) if href.startswith("mailto:") and "?" in href]
    assert "too long for a mailto link" in page.content.decode()


def test_finishing_shows_the_letter_with_its_route_and_starts_a_fresh_wizard(
    wizard: Wizard,
) -> None:
    odr_review(wizard)
    body = "Dear Seller Performance team,\n\nOur own final words.\n"

    # So short a Plan of Action has errors: finished on purpose (see test_must_fix.py).
    override = {"override": "on", "override_reason": "Only the finished page is tested here."}
    wizard.submit("review", {"body": body}, action="check")  # the box shows once checked
    page = wizard.submit("review", override)

    assert page.request.path_qs == reverse("letters:wizard_letter")
    assert "Your letter is ready" in page.content.decode()
    assert textarea_by_id(page, "letter-body") == body
    assert mailto_addresses(page) == {
        c.email for c in destination_for(purpose="seller_performance", marketplace="DE").recipients
    }
    eml = wizard.app.get(reverse("letters:wizard_letter_download", args=["eml"]))
    assert email.message_from_bytes(eml.content, policy=email.policy.default).get_content() == body
    txt = wizard.app.get(reverse("letters:wizard_letter_download", args=["txt"]))
    assert txt.content.decode().endswith(body)
    assert wizard.app.get(reverse("letters:wizard_letter")).status_code == 200  # reload

    fresh = wizard.app.get(reverse("letters:wizard"))
    assert fresh.status_code == 200
    assert "case-case" not in form_fields(fresh)  # no case chosen: a new letter


def test_the_letter_page_without_a_finished_letter_sends_you_to_the_wizard(
    site: None, app: DjangoTestApp
) -> None:
    response = app.get(reverse("letters:wizard_letter")).maybe_follow()

    assert response.request.path_qs == reverse("letters:wizard")
    assert "There is no finished letter yet." in response.content.decode()


def earlier_edits(page: TestResponse) -> str | None:
    """The edited letter kept beside the rebuilt one, or None when there is no choice."""
    shown = page.html.select_one("textarea#earlier-edits-body")
    return shown.get_text().removeprefix("\n") if shown else None


def test_edits_survive_going_back_with_unchanged_facts_and_no_choice_is_asked(
    wizard: Wizard,
) -> None:
    case = get_case_type("delivery_time")
    page = walk_to_review(wizard, case, "US")
    edited = field_value(page, "review-body").replace("Kind regards", "Warm regards")

    wizard.back("review", {"body": edited})
    page = wizard.submit("facts")  # unchanged facts

    assert field_value(page, "review-body") == edited
    assert earlier_edits(page) is None


def test_a_changed_fact_shows_the_edited_and_the_rebuilt_letter_side_by_side(
    wizard: Wizard,
) -> None:
    case = get_case_type("delivery_time")
    page = walk_to_review(wizard, case, "US")
    edited = field_value(page, "review-body").replace("Kind regards", "Warm regards")

    wizard.back("review", {"body": edited})
    page = wizard.submit("facts", {"transit_days": "9"})

    rebuilt = field_value(page, "review-body")
    assert "9" in rebuilt and "Warm regards" not in rebuilt
    assert earlier_edits(page).replace("\r\n", "\n") == edited.replace("\r\n", "\n")
    html = page.content.decode()
    assert 'value="use_edited"' in html and 'value="use_rebuilt"' in html
    assert wizard.open("review").content.decode().count('id="earlier-edits-body"') == 1  # kept


def test_choosing_the_edited_letter_puts_it_in_the_review(wizard: Wizard) -> None:
    case = get_case_type("delivery_time")
    page = walk_to_review(wizard, case, "US")
    edited = field_value(page, "review-body").replace("Kind regards", "Warm regards")
    wizard.back("review", {"body": edited})
    wizard.submit("facts", {"transit_days": "9"})

    page = wizard.submit("review", action="use_edited")

    assert "Warm regards" in field_value(page, "review-body")
    assert earlier_edits(page) is None
    assert "Warm regards" in field_value(wizard.open("review"), "review-body")  # saved


def test_choosing_the_rebuilt_letter_drops_the_choice(wizard: Wizard) -> None:
    case = get_case_type("delivery_time")
    page = walk_to_review(wizard, case, "US")
    edited = field_value(page, "review-body").replace("Kind regards", "Warm regards")
    wizard.back("review", {"body": edited})
    wizard.submit("facts", {"transit_days": "9"})

    page = wizard.submit("review", action="use_rebuilt")

    assert "Warm regards" not in field_value(page, "review-body")
    assert earlier_edits(page) is None
    assert earlier_edits(wizard.open("review")) is None


def test_going_back_twice_without_new_edits_keeps_the_earlier_edits(wizard: Wizard) -> None:
    case = get_case_type("delivery_time")
    page = walk_to_review(wizard, case, "US")
    edited = field_value(page, "review-body").replace("Kind regards", "Warm regards")
    wizard.back("review", {"body": edited})
    wizard.submit("facts", {"transit_days": "9"})

    wizard.back("review")  # the rebuilt letter, untouched
    page = wizard.submit("facts", {"transit_days": "11"})

    assert "Warm regards" in earlier_edits(page)


def test_the_choice_speaks_chinese(wizard: Wizard) -> None:
    case = get_case_type("delivery_time")
    page = walk_to_review(wizard, case, "US")
    edited = field_value(page, "review-body").replace("Kind regards", "Warm regards")
    wizard.back("review", {"body": edited})
    wizard.submit("facts", {"transit_days": "9"})
    wizard.app.extra_environ["HTTP_ACCEPT_LANGUAGE"] = "zh-CN"

    html = unescape(wizard.open("review").content.decode())

    assert "你在修改回答之前编辑过这封信" in html and "继续使用我编辑过的信件" in html


HOSTILE = "{{ settings.SECRET_KEY }} {% debug %} <script>alert(1)</script> 🙂📦 您好 مرحبا"
FREE_TEXT = (Kind.TEXT, Kind.TEXTAREA, Kind.LINES, Kind.MONEY)


@pytest.mark.parametrize("case_key", [case.key for case in CASE_TYPES])
def test_hostile_text_in_every_free_text_field_is_kept_literally(
    wizard: Wizard, case_key: str
) -> None:
    case = get_case_type(case_key)
    version = TemplateVersion.objects.current_for(case_key)
    facts = facts_for(case)
    # An e-mail address and the last four digits are refused at the field unless well formed
    # (tests/letters/test_wizard_refusals.py): no free text there.
    hostile_facts = [
        p.name
        for p in fact_placeholders(case, version.placeholder_list)
        if p.kind in FREE_TEXT and p.name not in EMAIL_NAMES | LAST_FOUR_NAMES
    ]
    facts.update(dict.fromkeys(hostile_facts, HOSTILE))
    who = {"store_name": HOSTILE, "sender_name": HOSTILE, "sender_role": HOSTILE}
    if case.audience == Audience.BUYER:
        who["buyer_name"] = HOSTILE

    page = walk_to_review(wizard, case, "DE", facts=facts, who=who)
    if case.plan_of_action:
        wizard.open("plan")
        page = wizard.submit(
            "plan", {"root_causes-0-cause": HOSTILE, "preventive_measures-0-owner": HOSTILE}
        )

    html = page.content.decode()
    assert page.status_code == 200
    letter = field_value(page, "review-body")
    used = [name for name in [*hostile_facts, *who] if "{{ " + name in version.body]
    assert letter.count(HOSTILE) >= len(used) > 0
    assert settings.SECRET_KEY not in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    kind = "txt" if case.audience == Audience.BUYER else "eml"
    downloaded = download(wizard, kind).content
    if kind == "eml":
        message = email.message_from_bytes(downloaded, policy=email.policy.default)
        assert message.get_content() == letter
    else:
        assert downloaded.decode().endswith(letter)


@pytest.mark.parametrize(
    ("step", "field", "limit"),
    [
        ("who", "store_name", 120),
        ("facts", "complaint_cause", 5000),
        ("plan", "root_causes-0-cause", 300),
    ],
)
def test_ten_thousand_characters_get_a_clear_message_and_are_kept(
    wizard: Wizard, step: str, field: str, limit: int
) -> None:
    case = get_case_type("inauthentic_complaint")
    walk_to_review(wizard, case, "UK")
    wizard.open(step)
    long = "長" * 10_000

    page = wizard.submit(step, {field: long})

    assert page.status_code == 200
    assert wizard.current() == step
    assert (
        f"Ensure this value has at most {limit} characters (it has 10000)." in page.content.decode()
    )
    assert form_fields(page)[f"{step}-{field}"] == long


def test_a_ten_thousand_character_letter_is_accepted_for_review(wizard: Wizard) -> None:
    odr_review(wizard)
    body = "Dear team,\n" + "x" * 10_000 + "\n"

    page = wizard.submit("review", {"body": body}, action="check")

    assert field_value(page, "review-body") == body
    assert "Ensure this value" not in page.content.decode()


def _hrefs(page: TestResponse) -> list[str]:
    return [link["href"] for link in page.html.select("[href]")]


def textarea_by_id(page: TestResponse, element_id: str) -> str:
    return page.html.select_one(f"textarea#{element_id}").get_text().removeprefix("\n")


@pytest.mark.parametrize("action", ["check", "download_txt", "download_eml"])
def test_a_review_action_after_starting_over_elsewhere_goes_back_to_the_start(
    wizard: Wizard, action: str
) -> None:
    review = odr_review(wizard)
    wizard.app.get(reverse("letters:wizard") + "?reset")  # "Start over" in another tab
    wizard.page = review

    response = wizard.submit("review", follow=False, action=action)

    assert response.status_code == 302
    assert response["Location"] == reverse("letters:wizard_step", args=["case"])
