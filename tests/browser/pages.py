"""What a person does in the browser, in any language: log in, walk the wizard, make drafts.

Selectors use names and ids, not button wording, so the same walk works in Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from playwright.sync_api import Page, expect

from drafts.models import Draft
from letters.models import TemplateVersion
from letters.rendering import example_values, render_version
from tests.factories import PASSWORD, create_draft

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from sellerdesk.models import Team

SELLER_PERFORMANCE_DE = "verkaeufer-performance@amazon.de"

WHO_DE = {
    "who-store_name": "Lumora Home EU",
    "who-sender_name": "Li Wei",
    "who-sender_role": "Operations manager",
}
ODR_FACTS = {
    "facts-notice_date": "2026-10-16",
    "facts-odr_percent": "1.8",
    "facts-odr_target": "1",
    "facts-claim_count": "5",
    "facts-order_count": "280",
    "facts-order_ids": "302-4417815-9920318\n302-8830142-5561907",
    "facts-reply_hours": "12",
    "facts-refund_hours": "24",
}
ODR_PLAN = {
    "plan-root_causes-0-cause": "Nobody answered buyer messages during our office's holiday",
    "plan-corrective_actions-0-date": "2026-10-17",
    "plan-corrective_actions-0-action": "Answered every open message and refunded 5 orders",
    "plan-preventive_measures-0-measure": "Messages answered within 12 hours, every day",
    "plan-preventive_measures-0-owner": "the customer-service lead",
    "plan-preventive_measures-0-frequency": "checked daily",
}


def log_in(page: Page, username: str, password: str = PASSWORD) -> None:
    """Log in through the real login form, as a person would."""
    page.goto("/accounts/login/")
    form = page.locator("main form")
    form.locator('[name="username"]').fill(username)
    form.locator('[name="password"]').fill(password)
    form.locator('button[type="submit"]').click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def fill(page: Page, values: Mapping[str, str]) -> None:
    for name, value in values.items():
        page.locator(f'[name="{name}"]').fill(value)


def next_step(page: Page) -> None:
    """The wizard's primary button: "Next", or "Finish" on the review."""
    page.locator(".wizard-actions .btn-primary").click()
    page.wait_for_load_state()


def back_step(page: Page) -> None:
    page.locator('.wizard-actions [name="wizard_goto_step"]').click()
    page.wait_for_load_state()


def expect_step(page: Page, step: str) -> None:
    expect(page).to_have_url(f"{page.url.split('/letters/')[0]}/letters/new/{step}/")


def answer_odr(page: Page, step: str) -> None:
    if step == "who":
        page.select_option('[name="who-marketplace"]', "DE")
        fill(page, WHO_DE)
    elif step == "facts":
        fill(page, ODR_FACTS)
    elif step == "plan":
        fill(page, ODR_PLAN)


def walk_odr_to(page: Page, last: str) -> None:
    """An ODR deactivation in Germany, from a fresh start up to the step `last`."""
    page.goto("/letters/new/?reset")
    page.locator("#case-odr_deactivation").check()
    for step in ("who", "facts", "plan", "review"):
        next_step(page)
        expect_step(page, step)
        if step == last:
            return
        answer_odr(page, step)


def odr_draft(*, team: Team, author: AbstractBaseUser, **overrides: object) -> Draft:
    """A saved ODR appeal for Germany, written from the template's own examples."""
    version = TemplateVersion.objects.current_for("odr_deactivation")
    letter = render_version(version, example_values(version.placeholder_list))
    values = {
        "team": team,
        "author": author,
        "case_type": "odr_deactivation",
        "marketplace": "DE",
        "subject": letter.subject,
        "body": letter.body,
        "answers": {},
        "recipients": [SELLER_PERFORMANCE_DE],
        "route_name": "Account Health: appeal",
        "route_where": "sellercentral.amazon.de/performance/dashboard",
        "template_version": version,
        **overrides,
    }
    return create_draft(**values)
