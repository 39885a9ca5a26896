"""Check a letter: run every rule that applies to its case and order the findings."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from letters.cases import get_case_type
from letters.checks import appeal, buyer, common, seller
from letters.checks.findings import Finding, Severity
from letters.checks.rule import Letter, Rule


def _registry(*books: Sequence[Rule]) -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    for rule in (rule for book in books for rule in book):
        if rule.id in registry:
            raise ValueError(f"Two rules have the id {rule.id!r}.")
        registry[rule.id] = rule
    return registry


RULES: dict[str, Rule] = _registry(buyer.RULES, appeal.RULES, seller.RULES, common.RULES)
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1}


@cache
def _rules_for(case: str) -> tuple[Rule, ...]:
    case_type = get_case_type(case)
    return tuple(rule for rule in RULES.values() if rule.applies_to(case_type))


def check_letter(
    *,
    case: str,
    body: str,
    subject: str = "",
    stock_texts: Sequence[str] = (),
    previous_texts: Sequence[str] = (),
) -> list[Finding]:
    """The findings on a letter: errors first, then warnings, each in order of the text."""
    rules = _rules_for(case)
    letter = Letter(
        case=get_case_type(case),
        body=body,
        subject=subject,
        stock_texts=stock_texts,
        previous_texts=previous_texts,
    )
    hits = [
        (rule, hit)
        for rule in rules
        # A rule whose needles are all absent cannot match: skip it (see Rule.needles).
        if not rule.needles or letter.present(rule.needles)
        for hit in rule.check(letter)
    ]
    # sorted() is stable: findings at the same place keep the order of RULES.
    hits.sort(key=lambda pair: (_SEVERITY_ORDER[pair[0].severity], pair[1].part, pair[1].start))
    return [Finding(rule.id, rule.severity, rule.message, hit.excerpt) for rule, hit in hits]
