"""Screenshots of SellerDesk's main pages in English and Chinese, on a laptop and a phone.

Writes docs/screenshots/<page>-<lang>-<width>.png (lang en or zh, width 1280 or 390) for
the public pages, the wizard's steps, the finished letter, and a demo team's pages, as its
owner (liwei), editor (chenjing) and viewer (zhangmin) see them; and starting a case from
Amazon's notice (`--only notice` takes just those, and needs no demo team).

Start a server on a database of its own, so nothing else is touched. It runs with DEBUG
off, so the 404 page is SellerDesk's and not Django's debug page; the other variables let
that run on plain http on this machine only:

    rm -f var/screens.sqlite3
    export DATABASE_URL=sqlite:///var/screens.sqlite3
    DEBUG=true .venv/bin/python manage.py migrate -v0
    DEBUG=true .venv/bin/python manage.py syncseed
    DEBUG=false SECRET_KEY=screenshots-only EMAIL_HOST=localhost ALLOWED_HOSTS=127.0.0.1 \
      SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 PLAIN_STATIC_STORAGE=true \
      .venv/bin/python manage.py runserver 127.0.0.1:8013 --noreload &

then, in the same shell (the script runs `manage.py demo_data` on the same DATABASE_URL):

    .venv/bin/python scripts/screenshots.py [--base-url http://127.0.0.1:8013] \
      [--lang en|zh] [--width 1280|390]

`demo_data` (DEBUG only) makes the demo team and its drafts afresh before each language and
width, so every set of screenshots shows the same drafts. Needs Debian's /usr/bin/chromium.
The script fails if a page scrolls sideways, throws a script error or breaks the CSP.
Screenshots are of the whole page, cut at MAX_HEIGHT pixels.
"""

from __future__ import annotations

import argparse
import datetime
import os
import secrets
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LANGUAGES = {"en": ("en", "en-US"), "zh": ("zh-hans", "zh-CN")}
VIEWPORTS = {1280: {"width": 1280, "height": 800}, 390: {"width": 390, "height": 844}}
MAX_HEIGHT = 3000
NOTICE = ROOT / "tests" / "letters" / "notice_corpus" / "ip_03_de_email.txt"
# Elements sticking out past the right edge: a page a phone has to scroll sideways.
OVERFLOW = """() => document.documentElement.scrollWidth <= window.innerWidth ? [] :
  [...document.querySelectorAll("body *")]
  .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
  .map((element) => element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
    + (element.className ? "." + String(element.className).split(" ").join(".") : ""))
  .slice(-5)"""
TEAM = "lumora-home"
EMPTY_TEAM = "nordlicht"

WHO = {
    "who-store_name": "Lumora Home EU",
    "who-sender_name": "Li Wei",
    "who-sender_role": "Operations manager",
}
FACTS = {
    "facts-notice_date": "2026-10-16",
    # Yesterday: the review shows the A-to-z claim's 72 hours running.
    "facts-atoz_claim_date": (datetime.date.today() - datetime.timedelta(days=1)).isoformat(),
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
}


class Shooter:
    """One language at one width: a fresh context per person, screenshots named alike."""

    def __init__(self, browser: Browser, base_url: str, lang: str, width: int) -> None:
        self.browser, self.base_url, self.lang, self.width = browser, base_url, lang, width
        self.errors: list[str] = []
        self.written: list[str] = []

    def person(self, username: str | None = None, password: str = "") -> Page:
        code, locale = LANGUAGES[self.lang]
        context = self.browser.new_context(
            base_url=self.base_url, viewport=VIEWPORTS[self.width], locale=locale
        )
        context.add_cookies([{"name": "django_language", "value": code, "url": self.base_url}])
        page = context.new_page()
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        page.on(
            "console",
            lambda message: (
                self.errors.append(f"{page.url}: {message.text}")
                if "Content Security Policy" in message.text
                else None
            ),
        )
        if username:
            page.goto("/accounts/login/")
            page.locator('main [name="username"]').fill(username)
            page.locator('main [name="password"]').fill(password)
            page.locator('main button[type="submit"]').click()
            page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    def shoot(self, page: Page, name: str) -> None:
        page.wait_for_load_state()
        path = OUT / f"{name}-{self.lang}-{self.width}.png"
        height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
        clip = {"x": 0, "y": 0, "width": self.width, "height": height}
        page.screenshot(path=str(path), full_page=True, clip=clip)
        self.written.append(str(path.relative_to(ROOT)))
        wide = page.evaluate(OVERFLOW)
        if wide:
            self.errors.append(f"{path.name}: wider than the screen: {', '.join(wide)}")

    def shoot_part(self, page: Page, name: str, top: str, bottom: str) -> None:
        """From the element `top` to the end of `bottom`: a part further down a long page."""
        page.wait_for_load_state()
        path = OUT / f"{name}-{self.lang}-{self.width}.png"
        box = page.evaluate(
            """([top, bottom]) => {
              const first = document.querySelector(top).getBoundingClientRect();
              const last = document.querySelector(bottom).getBoundingClientRect();
              return {y: first.top + window.scrollY - 16, end: last.bottom + window.scrollY + 16};
            }""",
            [top, bottom],
        )
        height = min(box["end"] - box["y"], MAX_HEIGHT)
        clip = {"x": 0, "y": max(box["y"], 0), "width": self.width, "height": height}
        page.screenshot(path=str(path), full_page=True, clip=clip)
        self.written.append(str(path.relative_to(ROOT)))
        wide = page.evaluate(OVERFLOW)
        if wide:
            self.errors.append(f"{path.name}: wider than the screen: {', '.join(wide)}")

    def visit(self, page: Page, name: str, url: str) -> None:
        page.goto(url)
        self.shoot(page, name)


HOLLOW_APPEAL = (
    "Dear Seller Performance team,\n\nWe are very sorry. Our products are the best and we "
    "will pay more attention in future. 请尽快恢复我们的账户。\n\nLumora Home EU"
)


def draft_url(page: Page, query: str, suffix: str = "") -> str:
    """The first draft the team's list shows for a filter: the demo's pks change each run."""
    page.goto(f"/teams/{TEAM}/drafts/?{query}")
    href = page.locator("table.draft-table tbody a").first.get_attribute("href")
    return f"{href}{suffix}"


def next_step(page: Page) -> None:
    page.locator(".wizard-actions .btn-primary").click()
    page.wait_for_load_state()


def fill(page: Page, values: dict[str, str]) -> None:
    for name, value in values.items():
        page.locator(f'[name="{name}"]').fill(value)


def walk_wizard(page: Page, shoot: Callable[[str], None]) -> None:
    page.goto("/letters/new/?reset")
    page.locator("#case-odr_deactivation").check()
    page.evaluate("window.scrollTo(0, 0)")
    shoot("wizard-case")
    next_step(page)
    page.select_option('[name="who-marketplace"]', "DE")
    fill(page, WHO)
    shoot("wizard-who")
    next_step(page)
    fill(page, {**FACTS, "facts-odr_percent": "101"})
    page.locator('[name="facts-evidence"][value="order_ids"]').check()
    next_step(page)
    shoot("wizard-facts-error")
    page.locator('[name="facts-odr_percent"]').fill(FACTS["facts-odr_percent"])
    next_step(page)
    fill(page, PLAN)
    shoot("wizard-plan")
    next_step(page)
    expect(page.locator("#findings-title")).to_be_visible()
    shoot("wizard-review")
    # Finish refused: a hollow Plan of Action, its errors listed first, the override below.
    letter = page.locator('[name="review-body"]')
    written = letter.input_value()
    letter.fill(HOLLOW_APPEAL)
    next_step(page)
    expect(page.locator("#must-fix-alert")).to_be_visible()
    shoot("wizard-review-errors")
    page.locator('[name="review-body"]').fill(written)
    next_step(page)


def shoot_sender_check(shot: Shooter) -> None:
    """The sender check, empty and with a phishing mail checked, and the directory's warning."""
    guest = shot.person()
    shot.visit(guest, "directory", "/directory/")
    shot.visit(guest, "directory-lookalike", "/directory/?q=amazon.de.verify-account.co")
    shot.visit(guest, "sender-check", "/check-sender/")
    phishing = ROOT / "tests" / "senders" / "corpus" / "phishing_us_identity_digits_en_html.eml"
    guest.locator("#id_message").fill(phishing.read_text(encoding="utf-8"))
    guest.locator('main form button[type="submit"]').click()
    expect(guest.locator("#sender-verdict")).to_be_visible()
    shot.shoot(guest, "sender-check-phishing")


def shoot_checked_mail(shot: Shooter, password: str) -> None:
    """A team owner saves a checked phishing mail to the ODR case: the result with the save
    buttons, the choice of the case, and the draft's timeline with the mail on it."""
    owner = shot.person("liwei", password)
    odr = draft_url(owner, "case_type=odr_deactivation")
    owner.goto("/check-sender/")
    phishing = ROOT / "tests" / "senders" / "corpus" / "phishing_us_identity_digits_en_html.eml"
    owner.locator("#id_message").fill(phishing.read_text(encoding="utf-8"))
    owner.locator('main form button[type="submit"]').click()
    expect(owner.locator("#save-checked-mail")).to_be_visible()
    shot.shoot(owner, "sender-check-save")
    owner.locator(f'#save-checked-mail button[formaction*="/teams/{TEAM}/"]').click()
    expect(owner.locator("#checked-mail-draft")).to_be_visible()
    draft_pk = odr.rstrip("/").rsplit("/", 1)[1]
    owner.select_option("#checked-mail-draft", draft_pk)
    shot.shoot(owner, "sender-check-choose")
    owner.locator('main form button[type="submit"]').click()
    entry = owner.locator(".timeline-checked_mail").last
    expect(entry).to_be_visible()
    entry.locator("summary").click()
    shot.shoot_part(owner, "sender-check-timeline", "#timeline", "#timeline")


def walk_notice(page: Page, shoot: Callable[[str], None]) -> None:
    """Start from Amazon's notice: a German IP complaint, confirmed, reaching the facts."""
    page.goto("/letters/new/notice/")
    page.locator('[name="notice"]').fill(NOTICE.read_text(encoding="utf-8"))
    shoot("notice-paste")
    page.locator("main form button[type=submit]").click()
    expect(page.locator('[name="complaint_id"]')).to_have_value("1234567890")
    shoot("notice-confirm")
    page.locator("#wizard-form button[type=submit].btn-primary").click()
    fill(page, WHO)
    next_step(page)
    expect(page.locator('[name="facts-complaint_id"]')).to_have_value("1234567890")
    shoot("notice-facts")


def shoot_notice(shot: Shooter) -> None:
    guest = shot.person()
    walk_notice(guest, lambda name: shot.shoot(guest, name))


def shoot_batch(shot: Shooter, password: str) -> None:
    shoot_sender_check(shot)
    guest = shot.person()
    for name, url in (
        ("home", "/"),
        ("library", "/letters/"),
        ("template", "/letters/templates/odr_deactivation-en/"),
        ("login", "/accounts/login/"),
        ("404", "/no-such-page/"),
    ):
        shot.visit(guest, name, url)
    # A seller who is not logged in: the finished letter stays in the session.
    walk_wizard(guest, lambda _: None)
    shot.shoot(guest, "wizard-letter")

    owner = shot.person("liwei", password)
    odr = draft_url(owner, "case_type=odr_deactivation")
    follow_up = draft_url(owner, "case_type=ip_complaint&status=draft")
    sent = draft_url(owner, "case_type=ip_complaint&status=awaiting_reply")
    for name, url in (
        ("teams", "/teams/"),
        ("team", f"/teams/{TEAM}/"),
        ("drafts", f"/teams/{TEAM}/drafts/"),
        ("drafts-empty", f"/teams/{EMPTY_TEAM}/drafts/"),
        ("due-soon", f"/teams/{TEAM}/drafts/due/"),
        ("draft", odr),
        ("draft-sent", sent),
        ("draft-edit", f"{odr}edit/"),
        ("follow-up-edit", f"{follow_up}edit/"),
    ):
        shot.visit(owner, name, url)

    # The conflict page: the editor saves while the owner has the letter open.
    owner.goto(f"{odr}edit/")
    editor = shot.person("chenjing", password)
    editor.goto(f"{odr}edit/")
    body = editor.locator('textarea[name="body"]')
    body.fill(body.input_value().replace("Dear Seller Performance team,", "Dear Sir or Madam,"))
    editor.locator('main form button[type="submit"]').click()
    editor.wait_for_load_state()
    mine = owner.locator('textarea[name="body"]')
    mine.fill(mine.input_value().replace("as set out below.", "as set out in detail below."))
    owner.locator('main form button[type="submit"]').click()
    expect(owner.locator("#theirs-heading")).to_be_visible()
    shot.shoot(owner, "draft-conflict")

    shoot_checked_mail(shot, password)

    viewer = shot.person("zhangmin", password)
    shot.visit(viewer, "403", f"{odr}edit/")

    # Last, as it adds a draft: the wizard as the team's owner, finished into a draft.
    walk_wizard(owner, lambda name: shot.shoot(owner, name))
    expect(owner.locator(".alert-success")).to_be_visible()
    shot.shoot(owner, "wizard-done")


BUYER_WHO = {
    "who-store_name": "Lumora Home EU",
    "who-sender_name": "Li Wei",
    "who-buyer_name": "Anna Schmidt",
    "who-order_id": "302-4417815-9920318",
}
BUYER_FACTS = {
    "facts-carrier": "DHL",
    "facts-tracking_number": "00340434161234567890",
    "facts-last_update_date": (datetime.date.today() - datetime.timedelta(days=6)).isoformat(),
}


def walk_to_plan(page: Page) -> None:
    """An ODR appeal for Germany up to its Plan of Action, every earlier answer given."""
    page.goto("/letters/new/?reset")
    page.locator("#case-odr_deactivation").check()
    next_step(page)
    page.select_option('[name="who-marketplace"]', "DE")
    fill(page, WHO)
    next_step(page)
    fill(page, FACTS)
    next_step(page)
    expect(page.locator('[name="plan-root_causes-0-cause"]')).to_be_visible()


def shoot_papercuts(shot: Shooter, password: str) -> None:
    """Issue 15's pages: the error summary, a buyer message's ways out, the library without
    counts, the landing after login, the timeline with one reply form, the team's stores and
    the choice between the edited and the rebuilt letter."""
    guest = shot.person()
    shot.visit(guest, "library-public", "/letters/")
    guest.goto("/letters/templates/odr_deactivation-en/")
    outcomes = '[aria-labelledby="outcomes-heading"]'
    shot.shoot_part(guest, "template-outcomes-public", outcomes, outcomes)
    walk_to_plan(guest)
    guest.locator('[name="plan-root_causes-0-cause"]').fill(PLAN["plan-root_causes-0-cause"])
    next_step(guest)  # no corrective action, no preventive measure
    expect(guest.locator("[data-error-summary]")).to_be_visible()
    shot.shoot(guest, "wizard-plan-error")

    guest.goto("/letters/new/?reset")
    guest.locator("#case-lost_parcel").check()
    next_step(guest)
    guest.select_option('[name="who-marketplace"]', "DE")
    fill(guest, BUYER_WHO)
    next_step(guest)
    fill(guest, BUYER_FACTS)
    next_step(guest)
    expect(guest.locator("[data-buyer-messaging]")).to_be_visible()
    guest.evaluate("window.scrollTo(0, 0)")
    shot.shoot(guest, "wizard-buyer-ways-out")

    owner = shot.person("liwei", password)  # lands on the team's drafts
    shot.shoot(owner, "landing")
    owner.goto(draft_url(owner, "case_type=ip_complaint&status=awaiting_reply"))
    shot.shoot_part(owner, "draft-timeline", "#timeline", "#follow-up")

    owner.goto("/letters/new/?reset")
    owner.locator("#case-odr_deactivation").check()
    next_step(owner)
    expect(owner.locator("#team-stores-help")).to_be_visible()
    shot.shoot(owner, "wizard-who-stores")

    # Edit the review, go Back to the facts, change one: both letters, the seller chooses.
    walk_to_plan(owner)
    fill(owner, PLAN)
    next_step(owner)
    letter = owner.locator('[name="review-body"]')
    letter.fill(letter.input_value().replace("Yours sincerely", "With thanks for your time"))
    for _step in ("plan", "facts"):
        owner.locator('.wizard-actions [name="wizard_goto_step"]').click()
        owner.wait_for_load_state()
    owner.locator('[name="facts-claim_count"]').fill("6")
    next_step(owner)
    next_step(owner)
    expect(owner.locator("[data-earlier-edits]")).to_be_visible()
    shot.shoot(owner, "wizard-review-choice")


def demo_data(password: str) -> None:
    subprocess.run(  # noqa: S603 - our own manage.py, arguments as a list, no shell
        [sys.executable, str(ROOT / "manage.py"), "demo_data", f"--password={password}"],
        check=True,
        cwd=ROOT,
        env={**os.environ, "DEBUG": "true"},
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8013")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), action="append")
    parser.add_argument("--width", type=int, choices=sorted(VIEWPORTS), action="append")
    parser.add_argument(
        "--only",
        choices=["notice", "sender-check", "papercuts", "checked-mail"],
        help="Only these pages (notice: starting from Amazon's notice; sender-check: the sender "
        "check and the directory; papercuts: issue 15's pages, with the demo team; checked-mail: "
        "saving a checked e-mail to the demo team's case).",
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for lang in args.lang or LANGUAGES:
            for width in args.width or VIEWPORTS:
                shot = Shooter(browser, args.base_url.rstrip("/"), lang, width)
                if args.only == "notice":
                    shoot_notice(shot)
                elif args.only == "sender-check":
                    shoot_sender_check(shot)
                elif args.only == "papercuts":
                    demo_data(password)
                    shoot_papercuts(shot, password)
                elif args.only == "checked-mail":
                    demo_data(password)
                    shoot_checked_mail(shot, password)
                else:
                    demo_data(password)
                    shoot_batch(shot, password)
                    shoot_notice(shot)
                    shoot_sender_check(shot)
                    demo_data(password)  # afresh: the batch added a draft
                    shoot_papercuts(shot, password)
                for context in browser.contexts:
                    context.close()
                print("\n".join(shot.written))
                errors += shot.errors
        browser.close()
    if errors:
        raise SystemExit("Page errors or CSP violations:\n" + "\n".join(errors))


if __name__ == "__main__":
    main()
