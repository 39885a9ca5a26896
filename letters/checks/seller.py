"""Rules for the cease-and-desist to another seller: a deadline and the listings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.fast_regex import compile_rule
from letters.checks.findings import Severity
from letters.checks.rule import MISSING, Hit, Letter, RuleBook

book = RuleBook(Audience.SELLER)

ASIN = compile_rule(r"\bB0[0-9A-Z]{8}\b")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|twenty-four|forty-eight|seventy-two)"
# "within 48 hours", "seven (7) days", "by 2025-03-01", "by 1 March 2025", "March 1, 2025".
DEADLINE = compile_rule(
    rf"\b{_COUNT}(?:\s*\(\d{{1,3}}\))?[\s-]*(?:business\s+|working\s+|calendar\s+)?"
    r"(?:hours?|hrs?|days?)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.I,
)


@book.rule(
    "seller.no_deadline",
    Severity.ERROR,
    _("No deadline. Give a number of hours or days, or a date, by which the offers must go."),
)
def no_deadline(letter: Letter) -> Iterator[Hit]:
    if not letter.contains(DEADLINE):
        yield MISSING


@book.rule(
    "seller.no_asin",
    Severity.ERROR,
    _("No ASIN. List the listings the other seller must leave, by ASIN (B0…)."),
)
def no_asin(letter: Letter) -> Iterator[Hit]:
    if not letter.contains(ASIN):
        yield MISSING


RULES = book.rules
