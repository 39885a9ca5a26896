"""The appeal pack, downloaded in Chromium from the review and from a draft, read back."""

from __future__ import annotations

import io
from collections.abc import Callable

import docx
import pypdf
import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import (
    ODR_FACTS,
    ODR_PLAN,
    expect_step,
    fill,
    log_in,
    next_step,
    odr_draft,
    walk_odr_to,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STORE = "深圳市鲁莫拉家居有限公司"


def pdf_pages(data: bytes) -> list[str]:
    # pypdf reads fpdf2's CJK (CFF) subset with a NUL before each character.
    return [p.extract_text().replace("\x00", "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def download(page: Page, click: Callable[[], None]) -> tuple[str, bytes]:
    # Embedding the CJK font takes seconds on a busy machine: more than a click's usual wait.
    with page.expect_download(timeout=120_000) as info:
        click()
    download = info.value
    return download.suggested_filename, download.path().read_bytes()


def test_the_review_downloads_the_pack_as_pdf_and_word(open_page: Callable[..., Page]) -> None:
    page = open_page()
    walk_odr_to(page, "facts")
    page.locator('[name="facts-evidence"][value="order_ids"]').check()
    fill(page, ODR_FACTS)
    next_step(page)
    expect_step(page, "plan")
    fill(page, ODR_PLAN)
    next_step(page)
    expect_step(page, "review")
    body = page.locator('[name="review-body"]')
    body.fill(body.input_value().replace("Dear", f"For {STORE}:\n\nDear", 1))

    name, pdf = download(
        page, lambda: page.get_by_role("button", name="Appeal pack (PDF)").click(timeout=120_000)
    )
    assert name == "sellerdesk-odr_deactivation-DE.pdf"
    letter, checklist = pdf_pages(pdf)
    assert f"For {STORE}:" in letter
    assert "Attached to this letter:" in letter
    assert "[x] Order IDs concerned" in checklist
    assert "[ ] Amazon's deactivation notice" in checklist

    name, word = download(
        page, lambda: page.get_by_role("button", name="Appeal pack (Word)").click()
    )
    assert name == "sellerdesk-odr_deactivation-DE.docx"
    text = docx_text(word)
    assert f"For {STORE}:" in text
    assert text.index("Root cause") < text.index("Evidence checklist")
    assert "[x] Order IDs concerned" in text
    expect(page.locator("#deadlines-title")).to_be_visible()


def test_a_draft_downloads_its_pack(open_page: Callable[..., Page], team, editor) -> None:
    draft = odr_draft(team=team, author=editor, evidence=["deactivation_notice"])
    page = open_page()
    log_in(page, "editor")
    page.goto(draft.get_absolute_url())
    _, pdf = download(
        page, lambda: page.get_by_role("link", name="Appeal pack (PDF)").click(timeout=120_000)
    )
    # The letter may take more than a page; the checklist starts a page of its own.
    *letter, checklist = pdf_pages(pdf)
    assert "Order Defect Rate" in letter[0]
    assert "Evidence checklist" not in "".join(letter)
    assert "[x] Amazon's deactivation notice" in checklist
    _, word = download(
        page, lambda: page.get_by_role("link", name="Appeal pack (Word)").click(timeout=120_000)
    )
    assert "[x] Amazon's deactivation notice" in docx_text(word)
