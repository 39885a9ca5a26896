"""The copy button in a real browser: sellerdesk.js, the clipboard and the live region."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

CHROMIUM = "/usr/bin/chromium"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_copy_button_copies_the_address_and_announces_it(live_server: LiveServer) -> None:
    from django.core.management import call_command

    call_command("loaddata", "directory", verbosity=0)
    # Playwright runs an event loop in this thread; no database access from here on.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
        page = context.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on(
            "console",
            lambda message: (
                problems.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        page.goto(f"{live_server.url}/directory/JP/?q=alliance")

        button = page.get_by_role("button", name="Copy alliance@amazon.co.jp")
        button.click()

        expect(button).to_have_text("Copied")
        expect(page.get_by_role("status")).to_have_text(
            "Copied alliance@amazon.co.jp to the clipboard."
        )
        assert page.evaluate("navigator.clipboard.readText()") == "alliance@amazon.co.jp"
        expect(button).to_have_text("Copy", timeout=5000)
        browser.close()
    assert problems == []
