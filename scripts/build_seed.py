"""Build everything generated from the seed data: `make seed`.

Run from the repository root: DEBUG=true .venv/bin/python scripts/build_seed.py
- fixtures/letter_templates.json from the template files in letters/seed/templates/
  (checked first: nothing is written if any file breaks the rules in letters/seed/files.py);
- fixtures/directory.json from the reference CSVs (scripts/build_directory_fixture.py);
- letters/placeholder_strings.py and contacts/directory_strings.py, the gettext_noop
  modules makemessages reads (scripts/build_placeholder_strings.py).
With --check it writes nothing and exits 1 if any generated file differs from its build.
tests/letters/test_seed_files.py fails the same way, so a drift cannot be merged.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
LETTERS_FIXTURE = ROOT / "fixtures" / "letter_templates.json"
DIRECTORY_FIXTURE = ROOT / "fixtures" / "directory.json"
# A fixed date, so that rebuilding unchanged files changes nothing.
CREATED_AT = "2026-11-01T00:00:00Z"


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sellerdesk.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_rows(cases: list) -> list[dict]:
    """The fixture for the loaded seed: each language version a template at version 1."""
    rows: list[dict] = []
    for case in cases:
        for text in case.texts.values():
            rows.append(
                {
                    "model": "letters.lettertemplate",
                    "fields": {
                        "slug": text.slug,
                        "case_type": text.case,
                        "language": text.language,
                        "name": text.name,
                        "active": True,
                        "created_at": CREATED_AT,
                    },
                }
            )
            rows.append(
                {
                    "model": "letters.templateversion",
                    "fields": {
                        "template": [text.slug],
                        "number": 1,
                        "subject": text.subject,
                        "body": text.body,
                        "placeholders": text.placeholders,
                        "note": "First version",
                        # One Chinese reading per case, beside every language's text: each
                        # has the same placeholders and paragraphs (seed_problems checks).
                        "reading_zh_subject": case.reading.subject if case.reading else "",
                        "reading_zh_body": case.reading.body if case.reading else "",
                        "created_at": CREATED_AT,
                        "created_by": None,
                    },
                }
            )
    return rows


def letters_rows() -> list[dict]:
    """The letter-templates fixture the seed files give; SeedError if they break a rule."""
    from letters.seed.files import SeedError, load_seed, seed_problems

    cases = load_seed()
    problems = seed_problems(cases)
    if problems:
        raise SeedError(problems)
    return fixture_rows(cases)


def outputs() -> dict[Path, str]:
    """Every generated file and the text it should have."""
    fixtures = {
        LETTERS_FIXTURE: (letters_rows(), 2),
        DIRECTORY_FIXTURE: (_script("build_directory_fixture").build(), 1),
    }
    built = {
        path: json.dumps(rows, indent=indent, ensure_ascii=False) + "\n"
        for path, (rows, indent) in fixtures.items()
    }
    strings = _script("build_placeholder_strings")
    built.update(strings.modules({path: rows for path, (rows, _indent) in fixtures.items()}))
    return built


def main(argv: list[str]) -> int:
    setup_django()
    from letters.seed.files import SeedError

    try:
        built = outputs()
    except SeedError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return 1
    stale = [path for path, text in built.items() if _read(path) != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run make seed", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.write_text(built[path], encoding="utf-8")
    for path in built:
        state = "rebuilt" if path in stale else "unchanged"
        print(f"{path.relative_to(ROOT)}: {state}")
    return 0


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
