"""The wizard's error summary and a buyer message's ways out, in Chromium."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import next_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_plan_summary_links_move_focus_to_the_field(open_page: Callable[..., Page]) -> None:
    page = open_page()
    page.goto("/letters/new/")
    page.locator("#case-ip_complaint").check()
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

    page.locator('[name="plan-root_causes-0-cause"]').fill("Copied photos")
    next_step(page)  # no corrective action, no preventive measure

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Preventive measures").first.click()
    expect(page.locator("#id_plan-preventive_measures-0-measure")).to_be_focused()


def test_a_buyer_message_offers_no_eml_or_mailto(open_page: Callable[..., Page]) -> None:
    page = open_page()
    page.goto("/letters/new/")
    page.locator("#case-lost_parcel").check()
    next_step(page)
    page.get_by_label("Marketplace").select_option("DE")
    for name, value in {
        "who-store_name": "Lumora Home EU",
        "who-sender_name": "Li Wei",
        "who-sender_role": "Owner",
        "who-buyer_name": "Anna Schmidt",
        "who-order_id": "302-4417815-9920318",
    }.items():
        if page.locator(f'[name="{name}"]').count():  # a buyer message asks for no role
            page.locator(f'[name="{name}"]').fill(value)
    next_step(page)
    for _attempt in range(3):
        if "/review/" in page.url:
            break
        for field in page.locator(
            "#wizard-form input[type=text]:visible, #wizard-form textarea:visible"
        ).all():
            if not field.input_value():
                field.fill(field.get_attribute("placeholder") or "3")
        for field in page.locator("#wizard-form input[type=date]:visible").all():
            if not field.input_value():
                field.fill("2026-11-20")
        next_step(page)

    expect(page.get_by_role("button", name="Copy letter")).to_be_visible()
    expect(page.get_by_text("Download .eml")).to_have_count(0)
    expect(page.locator('a[href^="mailto:"]')).to_have_count(0)
    expect(page.locator("[data-buyer-messaging]")).to_contain_text("Contact buyer")
