"""Starting from Amazon's notice, in Chromium: a German IP complaint pasted on the first
page reaches the facts step with its values filled in and marked with their source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.audit import Audit
from tests.browser.pages import WHO_DE, next_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GERMAN_IP = (
    Path(__file__).resolve().parents[1] / "letters" / "notice_corpus" / "ip_03_de_email.txt"
).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_pasted_german_ip_complaint_fills_the_facts_step(
    open_page: Callable[..., Page], language: str
) -> None:
    page = open_page(language=language)
    page.goto("/letters/new/")
    page.locator("#notice-start summary").click()
    page.locator("#notice-start-text").fill(GERMAN_IP)
    page.locator("#notice-start button[type=submit]").click()

    # The confirmation: each proposal beside the words it came from.
    expect(page.locator('[name="case"]')).to_have_value("ip_complaint")
    expect(page.locator('[name="marketplace"]')).to_have_value("DE")
    expect(page.locator('[name="complaint_id"]')).to_have_value("1234567890")
    expect(page.locator('[data-field="complaint_id"] q')).to_have_text(
        "Reklamations-ID: 1234567890"
    )
    expect(page.locator('[data-field="rights_owner"] q')).to_have_text("Rechteinhaber: Lumex GmbH")
    page.locator("#wizard-form button[type=submit].btn-primary").click()

    # The marketplace comes from the notice, marked so; the store is the seller's own.
    expect(page.locator('[name="who-marketplace"]')).to_have_value("DE")
    expect(page.locator('.from-notice[data-field="marketplace"]')).to_be_visible()
    for name, value in WHO_DE.items():
        page.locator(f'[name="{name}"]').fill(value)
    next_step(page)

    expect(page.locator('[name="facts-complaint_id"]')).to_have_value("1234567890")
    expect(page.locator('[name="facts-rights_owner"]')).to_have_value("Lumex GmbH")
    expect(page.locator('[name="facts-notice_date"]')).to_have_value("2026-10-09")
    expect(page.locator('[name="facts-asins"]')).to_have_value("B0C4XK7Q2M\nB0D1MN8PQR")
    for name in ("complaint_id", "rights_owner", "notice_date", "asins"):
        expect(page.locator(f'.from-notice[data-field="{name}"] .badge')).to_be_visible()
    # What the seller did not get from the notice is not marked.
    expect(page.locator('.from-notice[data-field="goods_description"]')).to_have_count(0)
    expect(page.locator("#from-notice")).to_contain_text("2026")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_notice_pages_pass_the_accessibility_audit(
    open_page: Callable[..., Page], language: str
) -> None:
    audit = Audit(language)
    page = open_page(language=language)
    page.goto("/letters/new/notice/")
    audit(page, "notice-paste")
    page.locator("main form button[type=submit]").click()
    audit(page, "notice-paste-error")
    # A notice that fits no case and asks for a password: both warnings on one page.
    page.locator('[name="notice"]').fill("Please confirm your password. ASIN: B0C4XK7Q2M")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#notice-phishing")).to_be_visible()
    expect(page.locator("#notice-unsure")).to_be_visible()
    audit(page, "notice-confirm")
    page.locator('[name="asins"]').fill("not-an-asin")
    page.locator("#wizard-form button[type=submit].btn-primary").click()
    expect(page.locator(".alert-danger")).to_be_visible()
    audit(page, "notice-confirm-error")
    audit.assert_clean()
