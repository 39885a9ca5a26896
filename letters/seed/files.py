"""Read the shipped letter templates from their files and check them.

Layout, one folder per case under templates/ (`<case_key>/`):
- `<lang>.txt` for each language the case is written in (`en.txt` always): a `name:` line,
  a `subject:` line, a line `---`, then the body exactly as rendered;
- `reading.zh.txt`: the Chinese reading of the English letter, in the same shape, for the
  seller's understanding (never sent; stored with every language's version as
  TemplateVersion.reading_zh_subject/reading_zh_body);
- `placeholders.json`: the placeholder declarations, as TemplateVersion.placeholders stores
  them, with English labels, help texts and examples;
- optional `examples.<lang>.json`: {placeholder name: example} for that language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError

from letters.cases import CASE_TYPES, Audience
from letters.models import Language
from letters.placeholders import (
    LIST_KINDS,
    PLAN_OF_ACTION_NAMES,
    parse_placeholders,
    used_names,
    validate_template_text,
)

SEED_DIR = Path(__file__).resolve().parent / "templates"
ENGLISH = Language.ENGLISH.value
LANGUAGES = tuple(language.value for language in Language)
READING = "reading.zh.txt"
PLACEHOLDERS = "placeholders.json"
TEXT_RE = re.compile(
    r"\Aname: (?P<name>[^\n]+)\nsubject: (?P<subject>[^\n]+)\n---\n(?P<body>.*)\Z", re.S
)
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")

# Names the wizard fills from its own steps, and the kind each must be declared with.
STANDARD_KINDS = {
    "store_name": "text",
    "marketplace": "text",
    "sender_name": "text",
    "sender_role": "text",
    "buyer_name": "text",
    "order_id": "order_id",
    "root_causes": "lines",
    "corrective_actions": "lines",
    "preventive_measures": "lines",
}
POA_HEADINGS = ("Root cause", "Corrective actions taken", "Preventive measures")
# Answers that choose a case's purpose (and so its recipients), which a case must declare
# (yes/no, optional) even though no text uses them.
PURPOSE_ANSWERS = {"suspension_verification": "based_in_china", "funds_release": "account_frozen"}


class SeedError(Exception):
    """The seed files cannot be read, or break the rules below; `problems` lists each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class SeedText:
    """One language version of a case's letter (or its Chinese reading)."""

    case: str
    language: str
    name: str
    subject: str
    body: str
    # The declarations with this language's examples.
    placeholders: list[dict] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return f"{self.case}-{self.language}"


@dataclass(frozen=True)
class SeedCase:
    case: str
    placeholders: list[dict]
    # By language, English first, then in Language order.
    texts: dict[str, SeedText]
    reading: SeedText | None = None


def _read_text(path: Path, *, case: str, language: str, placeholders: list[dict]) -> SeedText:
    raw = path.read_bytes().decode("utf-8")
    if "\r" in raw:
        raise SeedError([f"{path.name} ({case}): use LF line endings"])
    match = TEXT_RE.match(raw)
    if not match:
        raise SeedError(
            [f"{path.name} ({case}): expected 'name: …', 'subject: …', '---', then the body"]
        )
    return SeedText(
        case=case,
        language=language,
        name=match["name"].strip(),
        subject=match["subject"].strip(),
        body=match["body"],
        placeholders=placeholders,
    )


def _with_examples(placeholders: list[dict], path: Path, case: str) -> list[dict]:
    if not path.exists():
        return placeholders
    examples = json.loads(path.read_text(encoding="utf-8"))
    declared = {item["name"]: item for item in placeholders}
    problems = [
        f"{path.name} ({case}): {name} is not a declared placeholder"
        for name in examples
        if name not in declared
    ]
    for name, example in examples.items():
        if name in declared and isinstance(example, list) != isinstance(
            declared[name]["example"], list
        ):
            problems.append(f"{path.name} ({case}): the example for {name} must match its kind")
    if problems:
        raise SeedError(problems)
    return [
        {**item, "example": examples.get(item["name"], item["example"])} for item in placeholders
    ]


def load_case(folder: Path) -> SeedCase:
    case = folder.name
    placeholders = json.loads((folder / PLACEHOLDERS).read_text(encoding="utf-8"))
    expected = {PLACEHOLDERS, READING}
    for language in LANGUAGES:
        expected |= {f"{language}.txt", f"examples.{language}.json"}
    unknown = sorted(path.name for path in folder.iterdir() if path.name not in expected)
    if unknown:
        raise SeedError([f"{case}: unknown file(s) {', '.join(unknown)}"])
    texts = {}
    for language in LANGUAGES:
        path = folder / f"{language}.txt"
        if path.exists():
            own = _with_examples(placeholders, folder / f"examples.{language}.json", case)
            texts[language] = _read_text(path, case=case, language=language, placeholders=own)
    if ENGLISH not in texts:
        raise SeedError([f"{case}: en.txt is missing"])
    reading = None
    if (folder / READING).exists():
        reading = _read_text(
            folder / READING, case=case, language="zh-hans", placeholders=placeholders
        )
    return SeedCase(case=case, placeholders=placeholders, texts=texts, reading=reading)


def load_seed(root: Path = SEED_DIR) -> list[SeedCase]:
    """Every case's files, in the order of the case registry; SeedError if any is wrong."""
    order = {case.key: position for position, case in enumerate(CASE_TYPES)}
    folders = [path for path in root.iterdir() if path.is_dir() and path.name != "__pycache__"]
    unknown = sorted(path.name for path in folders if path.name not in order)
    if unknown:
        raise SeedError([f"{name}: not a case key in letters/cases.py" for name in unknown])
    problems: list[str] = []
    cases: list[SeedCase] = []
    for folder in sorted(folders, key=lambda path: order[path.name]):
        try:
            cases.append(load_case(folder))
        except (SeedError, json.JSONDecodeError, UnicodeDecodeError, OSError) as error:
            problems += getattr(error, "problems", [f"{folder.name}: {error}"])
    missing = sorted(set(order) - {case.case for case in cases} - {p.name for p in folders})
    problems += [f"{key}: no template" for key in missing]
    if problems:
        raise SeedError(problems)
    return cases


def paragraphs(body: str) -> list[str]:
    return [part for part in PARAGRAPH_BREAK_RE.split(body.strip("\n")) if part.strip()]


def _english_problems(text: SeedText) -> list[str]:
    """The house rules for a shipped English template, beyond what a saved version needs."""
    from letters.cases import get_case_type

    key = text.case
    case = get_case_type(key)
    placeholders = parse_placeholders(text.placeholders)
    problems: list[str] = []
    declared = {placeholder.name: placeholder for placeholder in placeholders}
    used = set(used_names(text.subject, text.body))
    for placeholder in placeholders:
        expected = STANDARD_KINDS.get(placeholder.name)
        if expected and placeholder.kind != expected:
            problems.append(f"{key}: {placeholder.name} must be kind {expected}")
        if placeholder.is_list != isinstance(placeholder.example, list):
            problems.append(f"{key}: {placeholder.name} example must match its kind")
        if not placeholder.example or not placeholder.help:
            problems.append(f"{key}: {placeholder.name} needs a help text and an example")
        if placeholder.name not in used and placeholder.name != PURPOSE_ANSWERS.get(key):
            problems.append(f"{key}: {placeholder.name} is declared but not used")
    purpose_answer = PURPOSE_ANSWERS.get(key)
    if purpose_answer and (
        purpose_answer not in declared
        or declared[purpose_answer].kind != "yesno"
        or declared[purpose_answer].required
    ):
        problems.append(f"{key}: declare {purpose_answer} as an optional yes/no answer")
    if case.plan_of_action:
        lines = text.body.splitlines()
        for heading, name in zip(POA_HEADINGS, PLAN_OF_ACTION_NAMES, strict=True):
            if heading not in lines:
                problems.append(f"{key}: the heading {heading!r} must be a line of its own")
            if name not in declared or not declared[name].required:
                problems.append(f"{key}: {name} must be declared and required")
    if case.audience == Audience.BUYER:
        for name in ("buyer_name", "order_id"):
            if name not in used:
                problems.append(f"{key}: a buyer message must use {name}")
    return problems


def _text_problems(text: SeedText, english: SeedText | None, where: str) -> list[str]:
    """What any language version (or reading) must satisfy; compared with English if given."""
    try:
        placeholders = parse_placeholders(text.placeholders)
        validate_template_text(subject=text.subject, body=text.body, placeholders=placeholders)
    except ValidationError as error:
        return [f"{where}: {message}" for message in error.messages]
    problems: list[str] = []
    body_lines = text.body.splitlines()
    for placeholder in placeholders:
        token = "{{ " + placeholder.name + " }}"
        # A list renders as "- item" lines, so it needs a line of its own.
        if placeholder.kind in LIST_KINDS and token in text.body and token not in body_lines:
            problems.append(f"{where}: put {token} on its own line")
    if english is not None:
        mine = set(used_names(text.subject, text.body))
        theirs = set(used_names(english.subject, english.body))
        if mine != theirs:
            problems.append(
                f"{where}: placeholders differ from en.txt"
                f" (missing: {sorted(theirs - mine)}, extra: {sorted(mine - theirs)})"
            )
        if len(paragraphs(text.body)) != len(paragraphs(english.body)):
            problems.append(
                f"{where}: {len(paragraphs(text.body))} paragraphs, en.txt has "
                f"{len(paragraphs(english.body))}"
            )
    return problems


def seed_problems(cases: list[SeedCase]) -> list[str]:
    """Everything wrong with the loaded files; an empty list means they may be built."""
    problems: list[str] = []
    for case in cases:
        english = case.texts[ENGLISH]
        own = _text_problems(english, None, f"{case.case}/en.txt")
        problems += own or _english_problems(english)
        for language, text in case.texts.items():
            if language != ENGLISH:
                problems += _text_problems(text, english, f"{case.case}/{language}.txt")
        if case.reading is not None:
            problems += _text_problems(case.reading, english, f"{case.case}/{READING}")
    return problems
