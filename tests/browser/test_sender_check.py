"""The sender check in Chromium, in English and Chinese: paste, upload, read the verdict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CORPUS = Path(__file__).resolve().parents[1] / "senders" / "corpus"


def test_pasted_phishing_mail_is_called_phishing_with_its_reasons(
    open_page: Callable[..., Page],
) -> None:
    page = open_page()
    page.goto("/")
    page.get_by_role("link", name="Is this really Amazon?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Is this e-mail really from Amazon?")

    raw = (CORPUS / "phishing_us_identity_digits_en_html.eml").read_text(encoding="utf-8")
    page.get_by_label("Paste the whole e-mail").fill(raw)
    page.get_by_role("button", name="Check the e-mail").click()

    expect(page.locator("#sender-verdict")).to_have_text(
        "Phishing: this e-mail only pretends to come from Amazon."
    )
    expect(page.locator('[data-rule="from.lookalike.characters"]')).to_contain_text(
        "amaz0n-seller.com imitates “amazon”"
    )
    expect(page.locator('[data-rule="links.text_mismatch"]')).to_contain_text(
        "sellercentral.amazon.com → amaz0n-seller.com"
    )
    expect(page.get_by_role("heading", name="What to do")).to_be_visible()
    expect(page.get_by_text("stop-spoofing@amazon.com")).to_be_visible()


def test_uploaded_genuine_mail_in_chinese_on_a_phone(open_page: Callable[..., Page]) -> None:
    page = open_page(language="zh-hans", viewport={"width": 390, "height": 844})
    page.goto("/check-sender/")
    expect(page.get_by_role("heading", level=1)).to_have_text("这封邮件真的来自亚马逊吗？")

    page.get_by_label("或上传 .eml 文件").set_input_files(
        str(CORPUS / "genuine_jp_performance_ja_html.eml")
    )
    page.get_by_role("button", name="检查邮件").click()

    expect(page.locator("#sender-verdict")).to_have_text("真实：这封邮件来自亚马逊。")
    expect(page.locator('[data-rule="auth.pass"]')).to_contain_text("SPF、DKIM 和 DMARC")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_empty_form_in_chinese_says_what_is_missing(open_page: Callable[..., Page]) -> None:
    page = open_page(language="zh-hans")
    page.goto("/check-sender/")

    page.get_by_role("button", name="检查邮件").click()

    expect(page.get_by_role("alert")).to_have_text("请粘贴一封邮件，或选择一个 .eml 文件。")
    expect(page.locator("#sender-verdict")).to_have_count(0)


def test_directory_search_for_a_lookalike_leads_to_the_sender_check(
    open_page: Callable[..., Page],
) -> None:
    page = open_page()
    page.goto("/directory/")

    page.get_by_label("Search", exact=True).fill("amazon.de.verify-account.co")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("[data-sender-warning]")).to_contain_text(
        "amazon.de.verify-account.co is not an Amazon domain"
    )
    page.get_by_role("link", name="Open the sender check").click()

    expect(page).to_have_url("/check-sender/")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_sender_check_and_directory_warning_pass_the_accessibility_audit(
    open_page: Callable[..., Page], language: str
) -> None:
    from tests.browser.test_accessibility import Audit

    audit = Audit(language)
    page = open_page(language=language)
    page.goto("/check-sender/")
    audit(page, "sender-check")
    raw = (CORPUS / "phishing_de_epr_fee_de_plain.eml").read_text(encoding="utf-8")
    page.locator("#id_message").fill(raw)
    page.locator('main form button[type="submit"]').click()
    expect(page.locator("#sender-verdict")).to_be_visible()
    audit(page, "sender-check-phishing")
    page.goto("/directory/?q=amaz0n-seller.com")
    audit(page, "directory-lookalike")
    page.goto("/directory/US/")
    audit(page, "directory-us-statuses")
    audit.assert_clean()
