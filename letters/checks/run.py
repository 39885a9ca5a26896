"""Check a letter: run every rule that applies to its case and order the findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from letters.cases import get_case_type
from letters.checks import (
    appeal,
    appeal_tone,
    buyer,
    buyer_intent,
    common,
    facts,
    language,
    seller,
)
from letters.checks import second_opinion as second_opinion_model
from letters.checks.findings import Finding, Severity
from letters.checks.language import LANGUAGES
from letters.checks.rule import Hit, Letter, Rule


def _registry(*books: Sequence[Rule]) -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    for rule in (rule for book in books for rule in book):
        if rule.id in registry:
            raise ValueError(f"Two rules have the id {rule.id!r}.")
        registry[rule.id] = rule
    return registry


RULES: dict[str, Rule] = _registry(
    buyer.RULES,
    buyer_intent.RULES,
    appeal.RULES,
    appeal_tone.RULES,
    seller.RULES,
    common.RULES,
    language.RULES,
    facts.RULES,
)
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
    language: str = "en",
    facts: Mapping[str, object] | None = None,
    second_opinion: bool = True,
) -> list[Finding]:
    """The findings on a letter: errors first, then warnings, each in order of the text.

    `language` is the language the letter is meant to be in (a letter in another one is a
    finding); `facts` are the wizard's answers, checked against each other and the text.
    """
    rules = _rules_for(case)
    letter = Letter(
        case=get_case_type(case),
        body=body,
        subject=subject,
        stock_texts=stock_texts,
        previous_texts=previous_texts,
        language=language if language in LANGUAGES else "en",
        facts=facts,
    )
    hits: list[tuple[Rule, Hit]] = [
        (rule, hit)
        for rule in rules
        # A rule whose needles are all absent cannot match: skip it (see Rule.needles).
        if not rule.needles or letter.present(rule.needles)
        for hit in rule.check(letter)
    ]
    if second_opinion and not any(rule.severity == Severity.ERROR for rule, _hit in hits):
        hits.extend(_second_opinion(letter, rules))
    # sorted() is stable: findings at the same place keep the order of RULES.
    hits.sort(key=lambda pair: (_SEVERITY_ORDER[pair[0].severity], pair[1].part, pair[1].start))
    return [Finding(rule.id, rule.severity, rule.message, hit.excerpt) for rule, hit in hits]


def _second_opinion(letter: Letter, rules: tuple[Rule, ...]) -> list[tuple[Rule, Hit]]:
    applicable = {rule.id: rule for rule in rules}
    opinion = second_opinion_model.second_opinion(letter, applicable.keys())
    return [(applicable[opinion[0]], opinion[1])] if opinion else []
