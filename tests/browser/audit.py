"""axe-core and a label check on a page, collected page by page and asserted once.

axe-core ships inside axe-playwright-python; nothing is downloaded while the tests run.
"""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

SERIOUS = {"serious", "critical"}
AXE = Axe()

# Fields a person fills in (not buttons or hidden values) with no name a screen reader can read.
UNLABELLED_FIELDS = """() => [...document.querySelectorAll("input, select, textarea")]
  .filter((field) => !["hidden", "submit", "button", "reset", "image"].includes(field.type))
  .filter((field) => !field.closest("[aria-hidden=true]") && !field.classList.contains("sd-copy-buffer"))
  .filter((field) => field.labels.length === 0 && !field.getAttribute("aria-label")
    && !field.getAttribute("aria-labelledby"))
  .map((field) => field.outerHTML.slice(0, 160))"""


class Audit:
    """What axe and the label check found, page by page; asserted once at the end."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.problems: list[str] = []

    def __call__(self, page: Page, name: str) -> None:
        page.wait_for_load_state()
        results = AXE.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in SERIOUS:
                self.problems.append(f"{name} [{self.language}] {describe(violation)}")
        for field in page.evaluate(UNLABELLED_FIELDS):
            self.problems.append(f"{name} [{self.language}] field without a label: {field}")
        print(f"axe {name} [{self.language}]: {results.violations_count} violation(s) in all")

    def assert_clean(self) -> None:
        assert not self.problems, "Accessibility problems:\n" + "\n".join(self.problems)


def describe(violation: dict) -> str:
    lines = [f"{violation['impact']} {violation['id']}: {violation['help']}"]
    for node in violation["nodes"][:5]:
        target = " ".join(str(part) for part in node["target"])
        summary = " ".join(node.get("failureSummary", "").split())
        lines.append(f"    at {target}: {summary[:300]}")
    if len(violation["nodes"]) > 5:
        lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)
