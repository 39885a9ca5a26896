"""The wizard's "Add another" rows and "Copy letter", in Chromium."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import next_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_seller_adds_a_plan_row_and_copies_the_letter(open_page: Callable[..., Page]) -> None:
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    page.goto("/letters/new/")
    page.locator('input[name="case-case"][value="ip_complaint"]').check()
    next_step(page)
    page.get_by_label("Marketplace").select_option("DE")
    page.get_by_label("Store name").fill("Lumora Home EU")
    page.get_by_label("Your name").fill("Li Wei")
    page.get_by_label("Your role").fill("Owner")
    next_step(page)
    page.get_by_label("Notice date").fill("2026-10-12")
    page.get_by_label("Complaint id").fill("8812345671")
    page.get_by_label("Rights owner").fill("Nordlicht GmbH")
    page.get_by_label("ASINs").fill("b0c7m4qx2t")
    page.get_by_label("Infringing content").fill("Two product photos from their catalogue")
    next_step(page)

    causes = page.locator('[data-formset="plan-root_causes"]')
    assert causes.locator("textarea").count() == 3
    causes.get_by_role("button", name="Add another").click()
    fourth = page.locator('[name="plan-root_causes-3-cause"]')
    expect(fourth).to_be_focused()
    expect(page.locator('[name="plan-root_causes-TOTAL_FORMS"]')).to_have_value("4")
    fourth.fill("Nobody checked image rights before a listing went live")
    page.locator('[name="plan-corrective_actions-0-date"]').fill("2026-10-13")
    page.locator('[name="plan-corrective_actions-0-action"]').fill("Deleted both photos")
    page.locator('[name="plan-preventive_measures-0-measure"]').fill("Image rights check")
    page.locator('[name="plan-preventive_measures-0-owner"]').fill("the listing lead")
    page.locator('[name="plan-preventive_measures-0-frequency"]').fill("for every new image")
    next_step(page)

    letter = page.locator('[name="review-body"]')
    expect(letter).to_contain_text("- Nobody checked image rights before a listing went live")
    expect(letter).to_contain_text("B0C7M4QX2T")
    page.get_by_role("button", name="Copy letter").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == letter.input_value()
