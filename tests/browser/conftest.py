"""Browser tests: one Chromium for the package, a fresh context (own cookies) per person.

Every test here runs against pytest-django's live server, marked
`@pytest.mark.django_db(transaction=True)` so the server thread sees the data, and
`@pytest.mark.browser`. Page errors and Content-Security-Policy violations fail the test;
a failed test leaves a screenshot in test-results/<test name>.png.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API keeps an event loop in the test thread, and Django refuses database
# calls from a thread with a running loop. Nothing else uses that loop, so it is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RESULTS = Path(__file__).resolve().parents[2] / "test-results"
# The language cookie Django's set_language view writes; zh-hans is the Chinese interface.
LANGUAGE_COOKIE = "django_language"
BROWSER_LOCALES = {"en": "en-US", "zh-hans": "zh-CN"}
TIMEOUT_MS = 10_000

expect.set_options(timeout=TIMEOUT_MS)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> pytest.TestReport:
    # Kept on the item so fixtures can tell, at teardown, whether the test failed.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> object:
    result = yield
    problems = getattr(item, "browser_problems", [])
    if problems:
        pytest.fail("The browser reported:\n  " + "\n  ".join(problems), pytrace=False)
    return result


# One Chromium for this package, not the session: Playwright's loop must be stopped before
# other packages' browser tests start their own sync_playwright() in the same thread.
@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def site(live_server: LiveServer, transactional_db: None, seeded: None) -> str:
    """The live server's URL, with the directory and the letter templates loaded."""
    return live_server.url


def _watch(page: Page, problems: list[str]) -> None:
    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            problems.append(f"CSP violation on {page.url}: {message.text}")

    page.on("pageerror", lambda error: problems.append(f"Page error on {page.url}: {error}"))
    page.on("console", on_console)


@pytest.fixture
def open_page(request: pytest.FixtureRequest, browser: Browser, site: str) -> Iterator[Callable]:
    """Open a page in a new context: one per person, so each has their own session.

    `open_page(language="zh-hans")` shows the Chinese interface (the language cookie, and
    the browser's locale for dates); other keyword arguments go to `browser.new_context`.
    """
    problems: list[str] = []
    request.node.browser_problems = problems
    pages: list[Page] = []

    def open_(*, language: str = "en", **options: object) -> Page:
        options.setdefault("viewport", {"width": 1280, "height": 800})
        context = browser.new_context(base_url=site, locale=BROWSER_LOCALES[language], **options)
        context.add_cookies([{"name": LANGUAGE_COOKIE, "value": language, "url": site}])
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        _watch(page, problems)
        pages.append(page)
        return page

    yield open_
    report = getattr(request.node, "rep_call", None)
    for number, page in enumerate(pages, start=1):
        if report is not None and report.failed:
            _screenshot(page, request.node.name, number if len(pages) > 1 else None)
        page.context.close()


def _screenshot(page: Page, test_name: str, number: int | None) -> None:
    RESULTS.mkdir(exist_ok=True)
    stem = re.sub(r"[^\w.-]+", "-", test_name).strip("-")
    path = RESULTS / (f"{stem}-{number}.png" if number else f"{stem}.png")
    try:
        page.screenshot(path=str(path), full_page=True)
    except Error as error:  # a closed or crashed page: the test's own error says more
        print(f"No screenshot for {test_name}: {error}")
    else:
        print(f"Screenshot of the failed test: {path}")


@pytest.fixture
def page(open_page: Callable[..., Page]) -> Page:
    return open_page()
