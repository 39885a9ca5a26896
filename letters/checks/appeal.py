"""Rules for appeals: a Plan of Action in three concrete, accountable parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.findings import Severity
from letters.checks.rule import BODY, MISSING, Check, Hit, Letter, RuleBook
from letters.checks.text import nearly_identical, shorten

ERROR, WARNING = Severity.ERROR, Severity.WARNING

book = RuleBook(Audience.AMAZON, appeals_only=True)

# A heading starts a line: "Root cause", "1. Root causes:", "## ROOT CAUSE", "**B) Corrective
# actions taken**", "What corrective actions have you taken?" (Amazon's own wording).
_HEADING_START = (
    r"^[ \t]*(?:#{1,6}[ \t]*)?[*_]{0,2}"
    r"(?:(?:\d{1,2}|[a-c]|[ivx]{1,4})[.):][ \t]*|(?:part|step|section)[ \t]+\d{1,2}[.:)]?[ \t]*)?"
    r"[*_]{0,2}(?:(?:the|our|what(?:[ \t]+(?:is|was|are|were|have|has))?(?:[ \t]+the)?)[ \t]+)?"
)
_HEADING_END = r"\b[^\n:?!]{0,40}?[ \t]*(?::|\?|[—–-][ \t]|$)"
HEADINGS = {
    name: re.compile(_HEADING_START + heading + _HEADING_END, re.I | re.M)
    for name, heading in (
        ("root_cause", r"root[ \t-]+causes?"),
        ("corrective_actions", r"corrective[ \t]+(?:actions?|measures?|steps?)"),
        ("preventive_measures", r"prevent(?:at)?ive[ \t]+(?:measures?|actions?|steps?)"),
    )
}
# The last part runs to the sign-off or to the next markdown heading.
SECTION_END = re.compile(
    r"^[ \t]*(?:#|(?:sincerely|respectfully|yours[ \t]+(?:truly|faithfully|sincerely)"
    r"|(?:best|kind|warm)?[ \t]*regards|thank[ \t]+you[ \t]+for[ \t]+(?:your[ \t]+)?"
    r"(?:time|consideration|review\w*))\b)",
    re.I | re.M,
)
# Dates, numbers and IDs all carry a digit (a promised "100%" is no detail); the words
# name a process, a tool or a role.
CONCRETE = re.compile(
    r"(?<!\d)(?!100\s*%|100\s+per\s*cent)\d"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|dozen"
    r"|checklists?|sops?|standard\s+operating\s+procedures?|software|spreadsheets?|databases?"
    r"|training|trained|manager|supervisor|officer|auditor|inspector|inspections?|inspect\w*"
    r"|audits?|audited|daily|weekly|monthly|quarterly|every\s+(?:day|week|month|order|shipment)"
    r"|invoices?|receipts?|licen[cs]es?|certificates?|test\s+reports?|brand\s+registry"
    r"|seller\s+central|account\s+health)\b",
    re.I,
)

BLAME = re.compile(
    r"\b(?:buyer|customer|purchaser|client)s?(?:'s|’s|s'|s’)?\s+(?:\w+\s+){0,2}?"
    r"(?:lied|lies|lying|fault|scam\w*|cheat\w*|fraud\w*|misused?|abused?|made\s+(?:it|this)\s+up)\b"
    r"|\bamazon(?:'s|’s)?\s+(?:\w+\s+){0,2}?"
    r"(?:mistake|error|fault|wrong(?:ly)?|unfair(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?)\b"
    r"|\bcompetitors?(?:'s|’s|s'|s’)?\s+(?:\w+\s+){0,3}?"
    r"(?:attack\w*|sabotag\w*|fram\w*|target\w*|lied|fake\w*|false\w*|malicious\w*)"
    r"|\b(?:malicious|fake|false|fraudulent)\s+(?:buyers?|customers?|competitors?|complaints?"
    r"|reports?|claims?|accusations?)\b"
    r"|\bnot\s+(?:our|my)\s+(?:own\s+)?fault\b|\bno\s+fault\s+of\s+(?:our|my)\b"
    r"|\b(?:their|his|her)\s+(?:own\s+)?fault\b|\bwe\s+did\s+(?:nothing|not\s+do\s+anything)\s+wrong\b",
    re.I,
)
BLAME_NEEDLES = (
    *("lie", "lying", "fault", "scam", "cheat", "fraud", "misuse", "abuse", "made it up"),
    *("made this up", "mistake", "error", "wrong", "unfair", "incorrect", "competitor"),
    *("malicious", "fake", "false"),
)
EMOTIVE = re.compile(
    r"\bplease[,.!]?\s*please\b|\b(?:i|we)\s+(?:am\s+|are\s+)?beg(?:ging)?\b|\bbeg\s+(?:you|amazon)\b"
    r"|\bdesperat\w*|\bstarv\w*|\bmy\s+family\s+(?:will|would|is|has|depends)\b|!{2,}"
    r"|\b(?:we\s+are|i\s+am|we're|i'm)\s+(?:completely\s+|totally\s+|100%\s+)?innocent\b"
    r"|\bunfair(?:ly)?\b|\bunjust(?:ly)?\b|\bheart\s*broken\b|\bdevastat\w*|\bmercy\b"
    r"|\blast\s+hope\b|\bbankrupt\w*",
    re.I,
)
EMOTIVE_NEEDLES = (
    *(f"please{mark}{space}please" for mark in ("", ",", ".", "!") for space in ("", " ")),
    *("beg", "desperat", "starv", "my family", "!!", "innocent", "unfair", "unjust", "heart"),
    *("devastat", "mercy", "last hope", "bankrupt"),
)
PERFECTION = re.compile(
    r"\bguarantee\w*|\bnever\s+again\b|\bnever\s+(?:happen|occur|recur)\w*"
    r"|\bwill\s+never\s+(?:be\s+)?repeat\w*|\b100\s*%|\b(?:100|one\s+hundred)\s+per\s*cent\b"
    r"|\bzero\s+(?:defects?|errors?|mistakes?|complaints?|issues?|problems?|risk)\b"
    r"|\bflawless(?:ly)?\b",
    re.I,
)
PERFECTION_NEEDLES = (
    *("guarantee", "never again", "never happen", "never occur", "never recur"),
    *("never repeat", "never be repeat", "100", "one hundred", "zero", "flawless"),
)


class Part(NamedTuple):
    start: int  # where the heading starts
    text_start: int  # where the text after the heading starts
    end: int


@lru_cache(maxsize=32)
def plan_parts(body: str) -> dict[str, Part]:
    """The Plan-of-Action parts in `body`, each running to the next part or the sign-off."""
    found = {name: match for name, pattern in HEADINGS.items() if (match := pattern.search(body))}
    bounds = sorted(
        [match.start() for match in found.values()]
        + [match.start() for match in SECTION_END.finditer(body)]
    )
    parts = {}
    for name, match in found.items():
        end = next((bound for bound in bounds if bound > match.start()), len(body))
        parts[name] = Part(match.start(), match.end(), max(end, match.end()))
    return parts


def _missing(part: str) -> Check:
    def check(letter: Letter) -> Iterator[Hit]:
        if part not in plan_parts(letter.body.text):
            yield MISSING

    return check


book.rule(
    "appeal.missing_root_cause",
    ERROR,
    _('No "Root cause" part. Say plainly what went wrong and why.'),
)(_missing("root_cause"))
book.rule(
    "appeal.missing_corrective_actions",
    ERROR,
    _('No "Corrective actions taken" part. Say what you have already done to fix it.'),
)(_missing("corrective_actions"))
book.rule(
    "appeal.missing_preventive_measures",
    ERROR,
    _('No "Preventive measures" part. Say what you changed so it cannot happen again.'),
)(_missing("preventive_measures"))


@book.rule(
    "appeal.vague_part",
    WARNING,
    _(
        "This part has no concrete detail. Add dates, numbers, ASINs or order IDs, and name "
        "the process, tool or person responsible."
    ),
)
def vague_part(letter: Letter) -> Iterator[Hit]:
    body = letter.body.text
    for part in sorted(plan_parts(body).values()):
        if not CONCRETE.search(body, part.text_start, part.end):
            yield Hit(BODY, part.start, shorten(body[part.start : part.end]))


book.pattern(
    "appeal.blame",
    WARNING,
    _(
        "Blames the buyer, Amazon or a competitor. Amazon wants you to own the problem: "
        "say what you did wrong and what you changed."
    ),
    BLAME,
    needles=BLAME_NEEDLES,
)
book.pattern(
    "appeal.emotive",
    WARNING,
    _("Emotional or pleading language. Keep to the facts: they persuade Amazon, pleas do not."),
    EMOTIVE,
    needles=EMOTIVE_NEEDLES,
)
book.pattern(
    "appeal.promises_perfection",
    WARNING,
    _(
        "Promises perfection. Amazon does not believe guarantees: describe the checks that "
        "make a repeat unlikely."
    ),
    PERFECTION,
    needles=PERFECTION_NEEDLES,
)


@book.rule(
    "appeal.copies_template",
    WARNING,
    _(
        "Nearly identical to the stock template. Amazon rejects copied appeals: make it your "
        "own with the facts of your case."
    ),
)
def copies_template(letter: Letter) -> Iterator[Hit]:
    if any(nearly_identical(letter.body.text, text) for text in letter.stock_texts):
        yield MISSING


RULES = book.rules
