"""Finishing a letter with errors marked "Must fix": refused, then overridden with a reason."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from drafts.models import Draft, TimelineEntry
from tests.browser.pages import expect_step, log_in, next_step, walk_odr_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOLLOW = "Dear Seller Performance team,\n\nPlease reinstate our account.\n"
REASON = "Our account manager asked for this short version on the phone."


def test_finish_with_errors_is_refused_until_overridden_with_a_reason(
    open_page: Callable[..., Page], team: object, editor: object
) -> None:
    page = open_page()
    log_in(page, "editor")
    walk_odr_to(page, "review")

    # The seller cuts the Plan of Action down to one line and checks it again.
    page.locator('[name="review-body"]').fill(HOLLOW)
    page.locator(".wizard-findings").get_by_role("button", name="Check again").click()
    expect(page.locator(".wizard-findings .alert-danger").first).to_contain_text("Must fix:")
    override = page.locator("#override")
    expect(override).to_be_visible()

    # Finish is refused: the errors are listed at the top and nothing is saved.
    next_step(page)
    expect_step(page, "review")
    alert = page.locator("#must-fix-alert")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("Fix them and check again")
    expect(alert.locator("li").first).to_be_visible()
    assert Draft.objects.count() == 0

    # Ticking the box is not enough: the reason is required.
    page.get_by_label("Finish anyway: I have read the errors and send it on purpose").check()
    next_step(page)
    expect_step(page, "review")
    expect(page.get_by_role("alert")).to_contain_text("Why you send it with these errors")
    assert Draft.objects.count() == 0

    # With the box ticked and a reason, the letter becomes the team's draft, and the
    # timeline says it was finished with errors, which ones and why.
    page.get_by_label("Finish anyway: I have read the errors and send it on purpose").check()
    page.get_by_label("Why you send it with these errors").fill(REASON)
    next_step(page)
    expect(page).to_have_url(re.compile(rf"/teams/{team.slug}/drafts/\d+/$"))
    timeline = page.locator("#timeline")
    expect(timeline).to_contain_text("Finished despite errors marked “Must fix”:")
    expect(timeline).to_contain_text(REASON)
    draft = Draft.objects.get()
    assert draft.body == HOLLOW
    assert draft.timeline.filter(kind=TimelineEntry.Kind.OVERRIDE).count() == 1
