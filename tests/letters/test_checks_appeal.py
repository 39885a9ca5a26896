"""Rules for appeals, the cease-and-desist and every letter: triggers and near misses."""

from __future__ import annotations

from typing import Any

import pytest

from letters.cases import get_case_type
from letters.checks import RULES, check_letter
from tests.helpers.check_examples.appeal import (
    CEASE,
    CEASE_BODY,
    NEAR_MISSES,
    TRIGGERS,
)
from tests.helpers.checks import APPEAL, CORRECTIVE, ROOT


def rule_ids(letter: dict[str, Any]) -> list[str]:
    return [finding.rule for finding in check_letter(**letter)]


@pytest.mark.parametrize(("rule", "letter"), TRIGGERS)
def test_rule_fires(rule: str, letter: dict[str, Any]) -> None:
    assert rule in rule_ids(letter)


@pytest.mark.parametrize(("rule", "letter"), NEAR_MISSES)
def test_rule_stays_quiet_on_near_miss(rule: str, letter: dict[str, Any]) -> None:
    assert RULES[rule].applies_to(get_case_type(letter["case"]))
    assert rule not in rule_ids(letter)


@pytest.mark.parametrize(
    "case", ["ip_retraction", "funds_release", "fba_removal_locked", "abuse_report"]
)
def test_other_letters_to_amazon_are_not_held_to_the_plan_of_action(case: str) -> None:
    body = "We attach the documents of 3 May 2025."
    assert check_letter(case=case, body=body, stock_texts=[body]) == []


@pytest.mark.parametrize(
    "case", ["ip_retraction", "funds_release", "fba_removal_locked", "abuse_report"]
)
def test_begging_and_blame_are_errors_in_every_letter_to_amazon(case: str) -> None:
    # Deliberately sharpened (issue 9): how a letter speaks matters beyond appeals.
    body = "We beg you!!! It was Amazon's mistake."
    assert {f.rule for f in check_letter(case=case, body=body)} == {
        "appeal.emotive",
        "appeal.blame",
    }


def test_every_plan_of_action_case_needs_the_three_parts() -> None:
    appeals = ["suspension_hijacking", "odr_deactivation"]
    appeals += ["inauthentic_complaint", "ip_complaint", "product_quality"]
    for case in appeals:
        assert rule_ids({"case": case, "body": "Please reinstate us."}) == [
            "appeal.missing_root_cause",
            "appeal.missing_corrective_actions",
            "appeal.missing_preventive_measures",
        ]


def test_a_verification_appeal_needs_documents_not_the_three_parts() -> None:
    body = (
        "We attach our business licence (registration 91440300MA5F1234XY) and a utility bill "
        "for our registered address dated 2 May 2026. Our director can join a video call."
    )
    assert not [
        rule
        for rule in rule_ids({"case": "suspension_verification", "body": body})
        if rule.startswith("appeal.missing_")
    ]
    assert "appeal.missing_root_cause" in rule_ids({"case": "odr_deactivation", "body": body})


def test_vague_part_quotes_the_part_it_means() -> None:
    body = ROOT + CORRECTIVE + "Preventive measures:\nWe will be more careful.\n\nSincerely,\nLi"
    findings = check_letter(case=APPEAL, body=body)
    assert [(finding.rule, finding.excerpt) for finding in findings] == [
        ("appeal.vague_part", "Preventive measures: We will be more careful."),
        ("appeal.vague_promise", "We will be more careful."),
    ]


def test_cease_and_desist_needs_nothing_of_an_appeal() -> None:
    assert check_letter(case=CEASE, body=CEASE_BODY) == []
