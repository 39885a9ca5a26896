"""The directory's copy button in Chromium: sellerdesk.js, the clipboard and the live region."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_copy_button_copies_the_address_and_announces_it(open_page: Callable[..., Page]) -> None:
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto("/directory/JP/?q=alliance")

    button = page.get_by_role("button", name="Copy alliance@amazon.co.jp")
    button.click()

    expect(button).to_have_text("Copied")
    expect(page.get_by_role("status")).to_have_text(
        "Copied alliance@amazon.co.jp to the clipboard."
    )
    assert page.evaluate("navigator.clipboard.readText()") == "alliance@amazon.co.jp"
    expect(button).to_have_text("Copy", timeout=5000)
