"""Screenshots of the case wizard, walked as a seller would: an ODR deactivation in Germany.

Start a server first (its own database, so nothing else is touched):

    rm -f var/screens.sqlite3
    export DEBUG=true DATABASE_URL=sqlite:///var/screens.sqlite3
    .venv/bin/python manage.py migrate -v0
    .venv/bin/python manage.py loaddata directory letter_templates
    .venv/bin/python manage.py runserver 127.0.0.1:8013

then: .venv/bin/python scripts/wizard_screenshots.py [--base-url http://127.0.0.1:8013]
Writes docs/screenshots/wizard-1-case.png … wizard-5-review.png and wizard-done.png.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

FACTS = {
    "facts-notice_date": "2026-10-16",
    "facts-odr_percent": "1.8",
    "facts-odr_target": "1",
    "facts-claim_count": "5",
    "facts-order_count": "280",
    "facts-order_ids": "302-4417815-9920318\n302-8830142-5561907\n302-1958264-3307745",
    "facts-reply_hours": "12",
    "facts-refund_hours": "24",
}
PLAN = {
    "plan-root_causes-0-cause": "Our office closed from 1 to 7 October 2026 for the National Day "
    "holiday and nobody answered buyer messages; 3 buyers opened A-to-z claims",
    "plan-root_causes-1-cause": "Refunds were approved only once a week, so buyers waited up "
    "to 9 days",
    "plan-corrective_actions-0-date": "2026-10-17",
    "plan-corrective_actions-0-action": "Answered all open buyer messages and refunded the 5 "
    "orders concerned in full",
    "plan-corrective_actions-1-date": "2026-10-20",
    "plan-corrective_actions-1-action": "Hired a second customer-service agent to cover weekends",
    "plan-preventive_measures-0-measure": "Buyer messages answered within 12 hours, every day",
    "plan-preventive_measures-0-owner": "the customer-service lead",
    "plan-preventive_measures-0-frequency": "checked daily",
    "plan-preventive_measures-1-measure": "Refunds processed every working day",
    "plan-preventive_measures-1-owner": "the finance assistant",
    "plan-preventive_measures-1-frequency": "every working day",
}


def fill(page: Page, values: dict[str, str]) -> None:
    for name, value in values.items():
        page.locator(f'[name="{name}"]').fill(value)


def shoot(page: Page, name: str) -> None:
    page.screenshot(path=str(OUT / f"wizard-{name}.png"))
    print(f"docs/screenshots/wizard-{name}.png")


def next_step(page: Page, label: str = "Next") -> None:
    page.locator(".wizard-actions").get_by_role("button", name=label).click()
    page.wait_for_load_state()


def walk(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/letters/new/?reset")
    page.locator("#case-odr_deactivation").check()
    page.evaluate("window.scrollTo(0, 0)")
    shoot(page, "1-case")
    next_step(page)

    page.select_option('[name="who-marketplace"]', "DE")
    fill(
        page,
        {
            "who-store_name": "Lumora Home EU",
            "who-sender_name": "Li Wei",
            "who-sender_role": "Operations manager",
        },
    )
    shoot(page, "2-who")
    next_step(page)

    fill(page, FACTS)
    page.evaluate("window.scrollTo(0, 0)")
    shoot(page, "3-facts")
    next_step(page)

    fill(page, PLAN)
    # "Add another" is JavaScript: a fourth root-cause row appears, focused.
    page.locator('[data-formset="plan-root_causes"] [data-formset-add]').click()
    expect(page.locator('[name="plan-root_causes-3-cause"]')).to_be_focused()
    page.evaluate("window.scrollTo(0, 0)")
    shoot(page, "4-plan")
    next_step(page)

    expect(page.locator("#findings-title")).to_be_visible()
    shoot(page, "5-review")
    next_step(page, "Finish")

    expect(page.get_by_role("heading", name="Your letter is ready")).to_be_visible()
    shoot(page, "done")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8013")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        errors: list[str] = []
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        walk(page, args.base_url.rstrip("/"))
        browser.close()
    if errors:
        raise SystemExit("Browser console errors (a CSP violation?):\n" + "\n".join(errors))


if __name__ == "__main__":
    main()
