"""The dependency rule: contacts ← letters (core) ← drafts ← wizard, and nothing imports the
wizard but the URLs.

Read from the source (every import statement, including those inside functions), so a new
import that breaks the rule fails here before it becomes a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("sellerdesk", "senders", "contacts", "letters", "drafts")

# Lower layers first; a module may import its own layer and any lower one, never a higher one.
#   base: settings-independent shared parts of the project (marketplaces, teams, models).
#   senders: the sender check, which needs only the marketplaces.
#   project: the site's wiring (URLs, start page, commands that touch everything). letters/urls.py
#   is wiring too: the /letters/ pages keep their letters: names while the library (which
#   counts drafts) and the calendar feed live in drafts and the wizard above it.
LAYERS = ("base", "senders", "contacts", "letters", "drafts", "wizard", "project")
PROJECT_MODULES = ("sellerdesk.urls", "sellerdesk.views", "sellerdesk.management", "letters.urls")


def layer(module: str) -> str:
    if module.startswith(PROJECT_MODULES):
        return "project"
    if module.startswith("letters.wizard"):
        return "wizard"
    top = module.split(".")[0]
    if top == "sellerdesk":
        return "base"
    return top


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def project_imports() -> Iterator[tuple[str, str]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            importer = module_name(path)
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                else:
                    continue
                for name in names:
                    if name.split(".")[0] in PACKAGES:
                        yield importer, name


IMPORTS = list(project_imports())


def test_the_scan_sees_the_imports_it_judges() -> None:
    # A scan that read nothing would pass every rule below.
    assert ("drafts.library", "letters.selectors") in IMPORTS
    assert ("letters.urls", "drafts") in IMPORTS
    assert len(IMPORTS) > 300


def test_no_module_imports_a_higher_layer() -> None:
    rank = {name: index for index, name in enumerate(LAYERS)}
    upward = sorted(
        f"{importer} -> {imported}"
        for importer, imported in IMPORTS
        if rank[layer(imported)] > rank[layer(importer)]
    )
    assert upward == []


def test_letters_never_imports_drafts() -> None:
    # The core knows nothing of the drafts built on it: no model import to make Django find
    # them (drafts is its own app), no outcome counts in the library's reads (drafts.library).
    from_core = sorted(
        f"{importer} -> {imported}"
        for importer, imported in IMPORTS
        if layer(importer) == "letters" and layer(imported) == "drafts"
    )
    assert from_core == []


def test_nothing_imports_the_wizard_but_its_urls() -> None:
    outside = sorted(
        f"{importer} -> {imported}"
        for importer, imported in IMPORTS
        if imported.startswith("letters.wizard")
        and not importer.startswith("letters.wizard")
        and importer != "letters.urls"
    )
    assert outside == []


def test_team_access_is_read_only_through_the_team_door() -> None:
    # Who may see or write a team's data is decided in sellerdesk/teams.py (and the team
    # services and pages of sellerdesk itself); a query on memberships anywhere else is a
    # side door the permission matrix cannot see.
    side_doors = sorted(
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("letters", "drafts", "contacts", "senders")
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if "Membership.objects" in line or "memberships__" in line or "role__in" in line
    )
    assert side_doors == []


def test_no_test_module_imports_another_test_module() -> None:
    # Shared data and helpers live in tests/helpers, tests/factories.py and the browser's
    # pages.py; a test module imported elsewhere would run its tests twice or break quietly.
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            if any(
                name.startswith("tests.") and name.rsplit(".", 1)[-1].startswith("test_")
                for name in names
            ):
                offenders.append(f"{path.relative_to(ROOT)}: {names[0]}")
    assert offenders == []
