"""The flows a person clicks through, end to end in Chromium against the live server."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from contacts.models import Contact
from drafts.services import FOLLOW_UP_NOTE
from tests.browser.pages import (
    ODR_FACTS,
    ODR_PLAN,
    SELLER_PERFORMANCE_DE,
    back_step,
    expect_step,
    fill,
    log_in,
    next_step,
    odr_draft,
    walk_odr_to,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AMAZON_REPLY = (
    "Hello,\n\nWe reviewed your appeal. Please send more information: the invoices for the "
    "five refunded orders and the name of the new agent.\n\nSeller Performance"
)


def test_seller_writes_an_odr_appeal_copies_it_and_saves_the_draft(
    open_page: Callable[..., Page], team: object, editor: object
) -> None:
    page = open_page(permissions=["clipboard-read", "clipboard-write"])
    log_in(page, "editor")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Start a case").click()
    page.get_by_label("Deactivated for Order Defect Rate").check()
    next_step(page)

    page.get_by_label("Marketplace").select_option("DE")
    page.get_by_label("Store name").fill("Lumora Home EU")
    page.get_by_label("Your name").fill("Li Wei")
    page.get_by_label("Your role").fill("Operations manager")
    next_step(page)

    # A typo in the ODR figure: the step says what is wrong and keeps what was typed.
    fill(page, {**ODR_FACTS, "facts-odr_percent": "101"})
    next_step(page)
    expect_step(page, "facts")
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Please correct the fields marked below")
    expect(summary).to_contain_text("A percentage is at most 100.")
    odr = page.locator('[name="facts-odr_percent"]')
    expect(odr).to_have_value("101")
    expect(page.locator('[name="facts-notice_date"]')).to_have_value("2026-10-16")
    expect(page.locator('[name="facts-order_ids"]')).to_have_value(ODR_FACTS["facts-order_ids"])
    odr.fill("1.8")
    next_step(page)
    expect_step(page, "plan")

    # Two corrective actions: the second in a row that "Add another" appends and focuses.
    fill(page, ODR_PLAN)
    actions = page.locator('[data-formset="plan-corrective_actions"]')
    actions.get_by_role("button", name="Add another").click()
    added = page.locator('[name="plan-corrective_actions-3-date"]')
    expect(added).to_be_focused()
    added.fill("2026-10-20")
    page.locator('[name="plan-corrective_actions-3-action"]').fill("Hired a weekend agent")
    next_step(page)
    expect_step(page, "review")
    letter = page.locator('[name="review-body"]')
    expect(letter).to_contain_text("17 October 2026: Answered every open message")
    expect(letter).to_contain_text("20 October 2026: Hired a weekend agent")

    # Back a step and forward again: every answer is still there.
    back_step(page)
    expect_step(page, "plan")
    expect(page.locator('[name="plan-corrective_actions-3-action"]')).to_have_value(
        "Hired a weekend agent"
    )
    expect(page.locator('[name="plan-root_causes-0-cause"]')).to_have_value(
        ODR_PLAN["plan-root_causes-0-cause"]
    )
    next_step(page)
    expect_step(page, "review")
    expect(letter).to_contain_text("20 October 2026: Hired a weekend agent")
    expect(page.locator(".wizard-delivery")).to_contain_text(SELLER_PERFORMANCE_DE)

    page.get_by_role("button", name="Copy letter").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == letter.input_value()

    next_step(page)  # Finish: the letter becomes the team's draft
    expect(page).to_have_url(re.compile(rf"/teams/{team.slug}/drafts/\d+/$"))
    expect(page.locator(".alert-success")).to_be_visible()
    expect(page.locator("#letter-body")).to_contain_text("20 October 2026: Hired a weekend agent")
    expect(page.locator("#send-to-heading").locator("..")).to_contain_text(SELLER_PERFORMANCE_DE)


def test_teammate_marks_the_draft_sent_and_starts_a_follow_up(
    page: Page, team: object, owner: object, editor: object
) -> None:
    draft = odr_draft(team=team, author=editor)
    root_cause = next(line for line in draft.body.splitlines() if line.startswith("- "))

    log_in(page, "owner")
    page.get_by_role("link", name=team.name, exact=True).click()
    page.get_by_role("link", name="Open the team's drafts").click()
    page.get_by_role("table").get_by_role("link", name=draft.subject).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(draft.subject)

    page.get_by_label("Sent through").select_option("seller_central")
    page.get_by_role("button", name="Mark as sent").click()
    expect(page.locator(".alert-success")).to_have_text("Status: Sent.")

    page.get_by_role("textbox", name="Amazon's reply").fill(AMAZON_REPLY)
    page.get_by_role("button", name="Save the reply").click()
    expect(page).to_have_url(re.compile(rf"/teams/{team.slug}/drafts/\d+/edit/$"))
    assert f"/drafts/{draft.pk}/" not in page.url

    earlier = page.locator('section[aria-labelledby="earlier-heading"]')
    expect(earlier).to_contain_text("Seller Performance")  # Amazon's reply, above the letter
    expect(earlier.locator("#earlier-body")).to_contain_text(root_cause.removeprefix("- "))
    follow_up = page.locator('textarea[name="body"]').input_value()
    assert follow_up.startswith(FOLLOW_UP_NOTE)
    assert root_cause in follow_up  # the Plan of Action carries over
    assert draft.body.strip() in follow_up


def test_staff_changes_an_address_and_the_next_letter_uses_it(page: Page, make_user) -> None:
    make_user("staff", is_staff=True, is_superuser=True)
    contact = Contact.objects.get(email=SELLER_PERFORMANCE_DE)
    new_address = "seller-performance-de@amazon.de"

    log_in(page, "staff")
    page.goto(f"/admin/contacts/contact/{contact.pk}/change/")
    page.locator("#id_email").fill(new_address)
    page.locator('[name="_save"]').click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    walk_odr_to(page, "review")
    delivery = page.locator(".wizard-delivery")
    expect(delivery.get_by_role("link", name=new_address)).to_be_visible()
    expect(delivery).not_to_contain_text(SELLER_PERFORMANCE_DE)


def test_viewer_cannot_edit_and_outsider_gets_404(
    open_page: Callable[..., Page], team: object, owner: object, viewer: object, outsider: object
) -> None:
    draft = odr_draft(team=team, author=owner)
    detail = f"/teams/{team.slug}/drafts/{draft.pk}/"

    page = open_page()
    log_in(page, "viewer")
    page.goto(detail)
    expect(page.get_by_role("heading", level=1)).to_have_text(draft.subject)
    main = page.get_by_role("main")
    for name in ("Edit", "Duplicate", "Delete", "Mark as sent", "Ask a teammate to check"):
        expect(main.get_by_role("link", name=name, exact=True)).to_have_count(0)
        expect(main.get_by_role("button", name=name, exact=True)).to_have_count(0)
    expect(main.locator("form")).to_have_count(0)
    expect(main.locator("textarea")).to_have_count(0)

    response = page.goto(f"{detail}edit/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("You cannot do that here")
    expect(main).to_contain_text("Ask a team owner to make you an editor.")

    stranger = open_page()
    log_in(stranger, "outsider")
    response = stranger.goto(detail)
    assert response.status == 404
    expect(stranger.get_by_role("heading", level=1)).to_have_text("We could not find that page")


def test_wizard_works_with_the_keyboard_alone(page: Page) -> None:
    """A buyer message from the first step to the review without touching the mouse."""
    keyboard = page.keyboard
    page.goto("/letters/new/?reset")
    keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    keyboard.press("Enter")

    # The case cards are one radio group: Tab enters it, the arrow keys choose.
    tab_to(page, '[name="case-case"]')
    for _ in range(30):
        if focused(page, "#case-lost_parcel"):
            break
        keyboard.press("ArrowDown")
    expect(page.locator("#case-lost_parcel")).to_be_checked()
    press_next(page)
    expect_step(page, "who")

    tab_to(page, '[name="who-marketplace"]')
    keyboard.type("Germany")
    expect(page.locator('[name="who-marketplace"]')).to_have_value("DE")
    for name, text in (
        ("who-store_name", "Lumora Home EU"),
        ("who-sender_name", "Li Wei"),
        ("who-buyer_name", "Anna Schmidt"),
        ("who-order_id", "302-4417815-9920318"),
    ):
        tab_to(page, f'[name="{name}"]')
        keyboard.type(text)
    press_next(page)
    expect_step(page, "facts")

    tab_to(page, '[name="facts-carrier"]')
    keyboard.type("DHL")
    tab_to(page, '[name="facts-tracking_number"]')
    keyboard.type("00340434161234567890")
    tab_to(page, '[name="facts-last_update_date"]')
    keyboard.type("10142026")  # the date field's month, day and year, as typed in en-US
    expect(page.locator('[name="facts-last_update_date"]')).to_have_value("2026-10-14")
    press_next(page)
    expect_step(page, "review")

    letter = page.locator('[name="review-body"]')
    expect(letter).to_contain_text("Anna Schmidt")
    expect(letter).to_contain_text("00340434161234567890")
    expect(page.locator(".wizard-delivery")).to_contain_text("Buyer-Seller Messaging")


def focused(page: Page, selector: str) -> bool:
    return page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector)


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        if focused(page, selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{limit} presses of Tab never reached {selector}")


def press_next(page: Page) -> None:
    tab_to(page, ".wizard-actions .btn-primary")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
