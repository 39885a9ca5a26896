"""The wizard and drafts papercuts (issue 15) as a seller meets them, in Chromium: the
review's edits kept across a changed fact, the team's own stores, the error summary and a
buyer message's ways out."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from drafts.models import Draft
from tests.browser.pages import (
    ODR_FACTS,
    back_step,
    expect_step,
    fill,
    log_in,
    next_step,
    odr_draft,
    walk_odr_to,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The summary's heading in each interface language (the catalogue's translation).
SUMMARY_HEADING = {
    "en": "Please correct the fields marked below:",
    "zh-hans": "请修改下面标出的字段：",
}
# A missing part, named with the language's own colon before its message.
SUMMARY_MISSING_PART = {"en": "Preventive measures: Name at least", "zh-hans": "预防措施：请至少"}
SIGN_OFF_EDIT = "Li Wei, who answers for every one of these changes"


def edit_the_review_and_go_back_to_the_facts(page: Page) -> str:
    """On the review: the seller rewrites the signature, then goes Back twice to the facts."""
    letter = page.locator('[name="review-body"]')
    edited = letter.input_value().rstrip() + f"\n{SIGN_OFF_EDIT}\n"
    letter.fill(edited)
    back_step(page)
    expect_step(page, "plan")
    back_step(page)
    expect_step(page, "facts")
    return edited


def test_changing_a_fact_after_editing_the_review_offers_both_letters_and_saves_the_choice(
    open_page: Callable[..., Page], team: object, editor: object
) -> None:
    page = open_page()
    log_in(page, "editor")
    walk_odr_to(page, "review")
    edit_the_review_and_go_back_to_the_facts(page)

    page.locator('[name="facts-claim_count"]').fill("7")  # was 5: the letter is rebuilt
    next_step(page)
    next_step(page)
    expect_step(page, "review")

    choice = page.locator("[data-earlier-edits]")
    expect(choice).to_be_visible()
    expect(choice.locator("#earlier-edits-body")).to_have_value(re.compile(SIGN_OFF_EDIT))
    rebuilt = page.locator('[name="review-body"]')
    expect(rebuilt).not_to_have_value(re.compile(SIGN_OFF_EDIT))
    expect(rebuilt).to_have_value(re.compile(r"\b7\b"))

    choice.locator('button[value="use_edited"]').click()
    expect(page.locator("[data-earlier-edits]")).to_have_count(0)
    expect(page.locator('[name="review-body"]')).to_have_value(re.compile(SIGN_OFF_EDIT))

    next_step(page)  # "Save to team drafts"
    expect(page).to_have_url(re.compile(r"/drafts/\d+/$"))
    assert SIGN_OFF_EDIT in Draft.objects.get().body


def test_choosing_the_rebuilt_letter_saves_the_new_facts_without_the_old_edits(
    open_page: Callable[..., Page], team: object, editor: object
) -> None:
    page = open_page()
    log_in(page, "editor")
    walk_odr_to(page, "review")
    edit_the_review_and_go_back_to_the_facts(page)
    page.locator('[name="facts-claim_count"]').fill("7")
    next_step(page)
    next_step(page)

    page.locator('[data-earlier-edits] button[value="use_rebuilt"]').click()
    expect(page.locator("[data-earlier-edits]")).to_have_count(0)
    next_step(page)

    expect(page).to_have_url(re.compile(r"/drafts/\d+/$"))
    saved = Draft.objects.get().body
    assert SIGN_OFF_EDIT not in saved
    assert re.search(r"\b7\b", saved)


def test_going_back_without_changing_a_fact_keeps_the_edited_letter(
    open_page: Callable[..., Page],
) -> None:
    page = open_page()
    walk_odr_to(page, "review")
    edited = edit_the_review_and_go_back_to_the_facts(page)
    expect(page.locator('[name="facts-claim_count"]')).to_have_value(ODR_FACTS["facts-claim_count"])

    next_step(page)
    next_step(page)
    expect_step(page, "review")
    expect(page.locator('[name="review-body"]')).to_have_value(edited)
    expect(page.locator("[data-earlier-edits]")).to_have_count(0)  # nothing to choose


def who_draft(*, team: object, author: object, marketplace: str, store: str) -> Draft:
    who = {
        "marketplace": marketplace,
        "store_name": store,
        "sender_name": f"{author.username} at {store}",
        "sender_role": "Owner",
    }
    return odr_draft(team=team, author=author, marketplace=marketplace, answers={"who": who})


def open_who_step(page: Page, team_slug: str) -> None:
    page.goto(f"/teams/{team_slug}/")  # the team page makes it the current team
    page.goto("/letters/new/?reset")
    page.locator("#case-odr_deactivation").check()
    next_step(page)
    expect_step(page, "who")


def test_a_seller_in_two_teams_is_offered_only_the_current_teams_stores(
    open_page: Callable[..., Page], team: object, other_team: object, editor: object, owner
) -> None:
    from sellerdesk.models import Membership

    Membership.objects.create(team=other_team, user=editor, role=Membership.Role.EDITOR)
    who_draft(team=team, author=editor, marketplace="DE", store="Lumora Home EU")
    who_draft(team=team, author=owner, marketplace="US", store="Lumora Home US")
    who_draft(team=other_team, author=editor, marketplace="UK", store="Other Shop UK")
    page = open_page()
    log_in(page, "editor")

    open_who_step(page, team.slug)
    stores = page.locator("#team-stores-help")
    expect(stores.locator("button[data-store-name]")).to_have_text(
        ["Lumora Home US (US)", "Lumora Home EU (DE)"]  # newest first
    )
    expect(page.locator("main")).not_to_contain_text("Other Shop UK")
    # Prefilled from the seller's own last letter in this team.
    expect(page.locator('[name="who-store_name"]')).to_have_value("Lumora Home EU")
    expect(page.locator('[name="who-marketplace"]')).to_have_value("DE")

    # Choosing a store the team used before fills its name and its marketplace.
    stores.get_by_role("button", name="Lumora Home US (US)").click()
    expect(page.locator('[name="who-store_name"]')).to_have_value("Lumora Home US")
    expect(page.locator('[name="who-marketplace"]')).to_have_value("US")

    # In the other team: only that team's store, never team A's.
    open_who_step(page, other_team.slug)
    expect(page.locator("#team-stores-help button[data-store-name]")).to_have_text(
        ["Other Shop UK (UK)"]
    )
    expect(page.locator("main")).not_to_contain_text("Lumora Home")
    expect(page.locator('[name="who-store_name"]')).to_have_value("Other Shop UK")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_plan_summary_links_move_focus_to_the_field(
    open_page: Callable[..., Page], language: str
) -> None:
    page = open_page(language=language)
    page.goto("/letters/new/")
    page.locator("#case-ip_complaint").check()
    next_step(page)
    page.locator('[name="who-marketplace"]').select_option("DE")
    fill(
        page,
        {
            "who-store_name": "Lumora Home EU",
            "who-sender_name": "Li Wei",
            "who-sender_role": "Owner",
        },
    )
    next_step(page)
    fill(
        page,
        {
            "facts-notice_date": "2026-10-12",
            "facts-complaint_id": "8812345671",
            "facts-rights_owner": "Nordlicht GmbH",
            "facts-asins": "b0c7m4qx2t",
            "facts-infringing_content": "Two product photos from their catalogue",
        },
    )
    next_step(page)

    page.locator('[name="plan-root_causes-0-cause"]').fill("Copied photos")
    next_step(page)  # no corrective action, no preventive measure

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text(SUMMARY_HEADING[language])
    expect(summary).to_contain_text(SUMMARY_MISSING_PART[language])
    summary.locator('a[data-error-link="id_plan-preventive_measures-0-measure"]').first.click()
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
