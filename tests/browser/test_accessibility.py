"""axe-core on every main page, in English and in Chinese: no serious or critical violation,
and no form field without a label.

axe-core ships inside axe-playwright-python; nothing is downloaded while the tests run.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from drafts.services import draft_follow_up, draft_set_status
from sellerdesk.models import Membership, Team
from tests.browser.audit import Audit
from tests.browser.pages import answer_odr, log_in, next_step, odr_draft, walk_odr_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "zh-hans"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages(open_page: Callable[..., Page], language: str) -> None:
    audit = Audit(language)
    page = open_page(language=language)
    for name, url in (
        ("home", "/"),
        ("directory", "/directory/"),
        ("directory-de", "/directory/DE/"),
        ("library", "/letters/"),
        ("template-detail", "/letters/templates/odr_deactivation-en/"),
        ("login", "/accounts/login/"),
    ):
        page.goto(url)
        audit(page, name)
    response = page.goto("/no-such-page/")
    assert response.status == 404
    audit(page, "404")
    audit.assert_clean()


@pytest.mark.parametrize("language", LANGUAGES)
def test_wizard_pages(open_page: Callable[..., Page], language: str) -> None:
    audit = Audit(language)
    page = open_page(language=language)
    page.goto("/letters/new/?reset")
    audit(page, "wizard-case")
    next_step(page)
    audit(page, "wizard-case-error")
    walk_odr_to(page, "who")
    audit(page, "wizard-who")
    answer_odr(page, "who")
    next_step(page)
    audit(page, "wizard-facts")
    answer_odr(page, "facts")
    page.locator('[name="facts-odr_percent"]').fill("101")
    next_step(page)
    audit(page, "wizard-facts-error")
    page.locator('[name="facts-odr_percent"]').fill("1.8")
    next_step(page)
    audit(page, "wizard-plan")
    answer_odr(page, "plan")
    page.locator('[data-formset="plan-root_causes"] [data-formset-add]').click()
    audit(page, "wizard-plan-added-row")
    next_step(page)
    audit(page, "wizard-review")
    next_step(page)
    expect(page).to_have_url(f"{page.url.split('/letters/')[0]}/letters/new/letter/")
    audit(page, "wizard-letter")
    audit.assert_clean()


@pytest.mark.parametrize("language", LANGUAGES)
def test_team_pages(
    open_page: Callable[..., Page], language: str, team, owner, editor, viewer
) -> None:
    draft = odr_draft(team=team, author=editor)
    sent = odr_draft(team=team, author=editor, subject="Appeal already sent")
    draft_set_status(draft=sent, user=owner, status="sent")
    follow_up = draft_follow_up(draft=sent, user=owner, amazon_reply="Send the invoices.")
    empty = Team.objects.create(name="Empty Shop", slug="empty-shop")
    Membership.objects.create(team=empty, user=owner, role=Membership.Role.OWNER)
    drafts = f"/teams/{team.slug}/drafts/"

    audit = Audit(language)
    page = open_page(language=language)
    log_in(page, "owner")
    for name, url in (
        ("teams", "/teams/"),
        ("team", f"/teams/{team.slug}/"),
        ("drafts", drafts),
        ("drafts-empty", f"/teams/{empty.slug}/drafts/"),
        ("drafts-filtered-empty", f"{drafts}?q=nothing-matches-this"),
        ("draft-detail", f"{drafts}{draft.pk}/"),
        ("draft-detail-sent", f"{drafts}{sent.pk}/"),
        ("draft-edit", f"{drafts}{draft.pk}/edit/"),
        ("draft-follow-up-edit", f"{drafts}{follow_up.pk}/edit/"),
    ):
        page.goto(url)
        audit(page, name)

    # A conflict: the editor saves while the owner has the same draft open.
    page.goto(f"{drafts}{draft.pk}/edit/")
    other = open_page(language=language)
    log_in(other, "editor")
    other.goto(f"{drafts}{draft.pk}/edit/")
    other.locator('textarea[name="body"]').fill("The editor's text.\n")
    other.locator('main form button[type="submit"]').click()
    other.wait_for_load_state()
    page.locator('textarea[name="body"]').fill("The owner's text.\n")
    page.locator('main form button[type="submit"]').click()
    expect(page.locator("#theirs-heading")).to_be_visible()
    audit(page, "draft-conflict")

    reader = open_page(language=language)
    log_in(reader, "viewer")
    response = reader.goto(f"{drafts}{draft.pk}/edit/")
    assert response.status == 403
    audit(reader, "403")
    audit.assert_clean()
