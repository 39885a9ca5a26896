"""A buyer message in the buyer's language, with the Chinese reading beside it, in Chromium.

With SCREENSHOTS=1 the review is also saved to docs/screenshots/ in both interface
languages at 1280 and 390 pixels (review-language-<market>-<ui>-<width>.png).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import next_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def walk_delivery_time(page: Page, market: str) -> None:
    page.goto("/letters/new/")
    page.locator('[name="case-case"][value="delivery_time"]').check()
    next_step(page)
    page.locator('[name="who-marketplace"]').select_option(market)
    page.locator('[name="who-store_name"]').fill("Lumora Home")
    page.locator('[name="who-sender_name"]').fill("Li Wei")
    page.locator('[name="who-buyer_name"]').fill("Anna Schmidt" if market == "DE" else "佐藤 花子")
    order = "302-4417815-9920318" if market == "DE" else "503-2749186-4410263"
    page.locator('[name="who-order_id"]').fill(order)
    next_step(page)
    page.locator('[name="facts-transit_days"]').fill("3")
    next_step(page)


@pytest.mark.parametrize(
    ("market", "letter_says", "reading_says"),
    [
        ("DE", "Mit freundlichen Grüßen", "302-4417815-9920318 的送达时间"),
        ("JP", "佐藤 花子様", "503-2749186-4410263 的送达时间"),
    ],
)
@pytest.mark.parametrize("ui", ["en", "zh-hans"])
def test_a_buyer_message_is_in_the_marketplaces_language_with_the_chinese_reading(
    open_page: Callable[..., Page], market: str, letter_says: str, reading_says: str, ui: str
) -> None:
    page = open_page(language=ui)
    walk_delivery_time(page, market)

    letter = page.locator('[name="review-body"]')
    expect(letter).to_contain_text(letter_says)
    assert "送达时间" not in letter.input_value()
    reading = page.get_by_test_id("reading-zh")
    if ui == "en":
        # Collapsed on English pages: one click opens it.
        page.locator('[data-testid="reading-zh"] summary').click()
    expect(reading).to_contain_text(reading_says)
    expect(reading).to_contain_text("不会发送")

    if os.environ.get("SCREENSHOTS") == "1":
        short = "zh" if ui == "zh-hans" else "en"
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            reading.scroll_into_view_if_needed()
            name = f"review-language-{market.lower()}-{short}-{width}.png"
            page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
