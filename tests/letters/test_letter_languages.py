"""Letters in the buyer's language: conventions per language, the wizard's choice, drafts."""

from __future__ import annotations

import datetime
import decimal

import pytest
from django.test import Client
from django_webtest import DjangoTestApp

from drafts.models import Draft
from letters.cases import get_case_type
from letters.models import TemplateVersion
from letters.placeholders import Placeholder
from letters.rendering import format_date, format_number, join_inline, render_letter
from letters.services import template_version_create
from letters.wizard.forms import field_for
from sellerdesk.marketplaces import MARKETS_BY_CODE
from tests.helpers.browser import browser
from tests.helpers.wizard import Wizard, field_value, walk_to_review

OCT_9 = datetime.date(2026, 10, 9)


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "9 October 2026"),
        ("de", "9. Oktober 2026"),
        ("fr", "9 octobre 2026"),
        ("it", "9 ottobre 2026"),
        ("es", "9 de octubre de 2026"),
        ("ja", "2026年10月9日"),
        ("zh-hans", "2026年10月9日"),
    ],
)
def test_dates_are_written_the_way_the_letters_language_writes_them(
    language: str, expected: str
) -> None:
    assert format_date(OCT_9, language) == expected


def test_french_writes_the_first_of_the_month_as_premier() -> None:
    assert format_date(datetime.date(2026, 3, 1), "fr") == "1er mars 2026"


def test_numbers_use_the_languages_separators() -> None:
    assert format_number(12345, "en") == "12,345"
    assert format_number(12345, "de") == "12.345"
    assert format_number(12345, "fr") == "12\u202f345"
    assert format_number(decimal.Decimal("1.5"), "it") == "1,5"
    assert format_number(decimal.Decimal("1.5"), "ja") == "1.5"
    # Spanish leaves four digits ungrouped; small numbers stay as they are everywhere.
    assert format_number(2500, "es") == "2500"
    assert format_number(7, "de") == "7"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "red, blue and green"),
        ("de", "red, blue und green"),
        ("fr", "red, blue et green"),
        ("it", "red, blue e green"),
        ("es", "red, blue y green"),
        ("ja", "red、blueとgreen"),
    ],
)
def test_inline_lists_close_with_the_languages_and(language: str, expected: str) -> None:
    assert join_inline(["red", "blue", "green"], language) == expected


def test_spanish_and_becomes_e_before_an_i_sound() -> None:
    assert join_inline(["Francia", "Italia"], "es") == "Francia e Italia"
    assert join_inline(["Francia", "hielo"], "es") == "Francia y hielo"


def test_a_letter_renders_dates_yes_no_and_the_marketplace_in_its_language() -> None:
    placeholders = [
        Placeholder(name="shipped_on", label="shipped on", kind="date"),
        Placeholder(name="tracked", label="tracked", kind="yesno"),
        Placeholder(name="marketplace", label="marketplace"),
    ]
    letter = render_letter(
        subject="{{ marketplace }}",
        body="{{ shipped_on }} / {{ tracked }}",
        placeholders=placeholders,
        values={"shipped_on": OCT_9, "tracked": True, "marketplace": MARKETS_BY_CODE["DE"]},
        language="de",
    )
    assert letter.subject == "Deutschland (amazon.de)"
    assert letter.body == "9. Oktober 2026 / ja\n"


def test_typed_text_is_still_never_evaluated_in_another_language() -> None:
    placeholders = [Placeholder(name="note", label="note")]
    letter = render_letter(
        subject="x",
        body="{{ note }}",
        placeholders=placeholders,
        values={"note": "{{ settings.SECRET_KEY }} {% debug %}"},
        language="ja",
    )
    assert letter.body == "{{ settings.SECRET_KEY }} {% debug %}\n"


@pytest.mark.parametrize(
    ("market", "expected"),
    [
        ("US", "$8.00"),
        ("CA", "CA$8.00"),
        ("UK", "£8.00"),
        ("DE", "8,00\u00a0€"),
        ("JP", "800円"),
        ("MX", "$160.00\u00a0MXN"),
    ],
)
def test_money_examples_follow_the_chosen_marketplace(market: str, expected: str) -> None:
    refund = Placeholder(
        name="partial_refund",
        label="partial refund",
        kind="money",
        help="The amount you offer to refund, with the currency, e.g. €8.00.",
        example="€8.00",
    )
    field = field_for(refund, MARKETS_BY_CODE[market])
    assert field.widget.attrs["placeholder"].endswith(expected)
    assert expected in str(field.help_text)
    assert "€" not in str(field.help_text) or "€" in expected


def test_every_marketplace_names_the_language_buyers_are_written_to_in() -> None:
    languages = {code: market.language for code, market in MARKETS_BY_CODE.items()}
    assert languages == {
        "US": "en",
        "CA": "en",
        "UK": "en",
        "IN": "en",
        "DE": "de",
        "FR": "fr",
        "IT": "it",
        "ES": "es",
        "MX": "es",
        "JP": "ja",
    }


@pytest.mark.django_db
def test_a_buyer_message_on_amazon_de_is_written_in_german(site: None, app: DjangoTestApp) -> None:
    page = walk_to_review(Wizard(app), get_case_type("delivery_time"), "DE")
    body = field_value(page, "review-body")
    assert "Anna Schmidt" in body
    assert "Mit freundlichen Grüßen" in body or "Viele Grüße" in body
    # The Chinese reading of the same letter, with the seller's values, beside it.
    html = page.content.decode()
    assert 'data-testid="reading-zh"' in html
    assert "302-4417815-9920318 的送达时间" in html


@pytest.mark.django_db
def test_the_seller_can_write_to_a_buyer_in_their_own_language(
    site: None, app: DjangoTestApp
) -> None:
    page = walk_to_review(Wizard(app), get_case_type("delivery_time"), "US", who={"language": "ja"})
    assert "様" in field_value(page, "review-body")


@pytest.mark.django_db
def test_appeals_stay_in_english_on_a_german_marketplace(site: None, app: DjangoTestApp) -> None:
    page = walk_to_review(Wizard(app), get_case_type("funds_release"), "DE")
    body = field_value(page, "review-body")
    assert "Germany (amazon.de)" in body
    assert 'name="who-language"' not in page.content.decode()


@pytest.mark.django_db
def test_the_reading_is_never_part_of_the_letter_sent_or_downloaded(
    site: None, app: DjangoTestApp
) -> None:
    wizard = Wizard(app)
    page = walk_to_review(wizard, get_case_type("delivery_time"), "JP")
    body = field_value(page, "review-body")
    assert "様" in body and "送达时间" not in body
    assert "送达时间" in page.content.decode()
    response = wizard.submit("review", {}, follow=False, action="download_txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "様" in text
    assert "送达时间" not in text and "仅供" not in text
    # A buyer message never leaves as an e-mail (Buyer-Seller Messaging only).
    assert wizard.forge("review", action="download_eml").status_code == 404  # no such button


@pytest.mark.django_db
def test_a_saved_draft_records_its_language_and_shows_the_reading(site: None, editor) -> None:
    wizard = Wizard(browser(editor))
    walk_to_review(wizard, get_case_type("delivery_time"), "DE")
    page = wizard.submit("review", {})
    draft = Draft.objects.get()
    assert draft.language == "de"
    assert draft.template_version.template.language == "de"
    assert "送达时间" not in draft.body
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-testid="reading-zh"' in html
    assert "302-4417815-9920318 的送达时间" in html


@pytest.mark.django_db
def test_the_template_page_shows_the_reading_marked_as_not_sent(site: None, client: Client) -> None:
    page = client.get("/letters/templates/delivery_time-ja/")
    html = page.content.decode()
    assert "様" in html
    assert "For your understanding only — this Chinese text is not sent." in html
    zh = client.get("/letters/templates/delivery_time-ja/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert "仅供您理解内容——这段中文不会发送。" in zh.content.decode()


@pytest.mark.django_db
def test_every_shipped_version_carries_its_chinese_reading(site: None) -> None:
    versions = TemplateVersion.objects.select_related("template")
    assert versions.count() > 25
    for version in versions:
        assert version.has_reading, version
        assert version.reading_zh_subject


@pytest.mark.django_db
def test_a_changed_reading_is_a_new_version_and_an_unchanged_one_is_not(site: None) -> None:
    current = TemplateVersion.objects.current_for("delivery_time", "de")
    same = {
        "template": current.template,
        "subject": current.subject,
        "body": current.body,
        "placeholders": current.placeholders,
        "reading_zh_subject": current.reading_zh_subject,
    }
    unchanged = template_version_create(**same, reading_zh_body=current.reading_zh_body)
    assert unchanged.pk == current.pk
    changed = template_version_create(**same, reading_zh_body=current.reading_zh_body + "再见")
    assert changed.number == current.number + 1
    assert changed.reading_zh_body.endswith("再见")
