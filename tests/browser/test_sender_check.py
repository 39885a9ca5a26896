"""The sender check in Chromium, in English and Chinese: paste, upload, read the verdict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from drafts.models import TimelineEntry
from tests.browser.audit import Audit
from tests.browser.pages import log_in, odr_draft

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


def test_editor_saves_a_checked_mail_to_a_case_in_chinese_on_a_phone(
    open_page: Callable[..., Page], team: object, owner: object, editor: object
) -> None:
    draft = odr_draft(team=team, author=owner, subject="订单缺陷率申诉")
    odr_draft(team=team, author=owner, subject="另一个案件")
    page = open_page(language="zh-hans", viewport={"width": 390, "height": 844})
    log_in(page, "editor")
    page.goto("/check-sender/")
    raw = (CORPUS / "phishing_us_identity_digits_en_html.eml").read_text(encoding="utf-8")
    page.get_by_label("粘贴完整邮件").fill(raw)
    page.get_by_role("button", name="检查邮件").click()
    expect(page.locator("#sender-verdict")).to_be_visible()

    audit = Audit("zh-hans")
    audit(page, "sender-check-save")
    page.get_by_role("button", name="保存到 Lumora Home 的案件").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("把核查过的邮件保存到案件")
    audit(page, "sender-check-choose")
    page.get_by_label("哪个案件").select_option(str(draft.pk))
    page.get_by_role("button", name="保存到这个案件").click()

    expect(page.get_by_text("核查过的邮件已记在这个案件的时间线上。")).to_be_visible()
    entry = page.locator(".timeline-checked_mail")
    expect(entry.locator(".badge").first).to_have_text("钓鱼邮件")
    expect(entry.locator('[data-rule="from.lookalike.characters"] .badge')).to_have_text("钓鱼迹象")
    expect(entry.locator('[data-rule="from.lookalike.characters"]')).to_contain_text(
        "amaz0n-seller.com"
    )
    entry.get_by_text("核查时的邮件原文").click()
    expect(entry.locator(".checked-mail-text")).to_contain_text("<a href=3D")
    audit(page, "draft-checked-mail")
    audit.assert_clean()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert TimelineEntry.objects.filter(draft=draft, kind="checked_mail").count() == 1
