"""Rules for messages to buyers: each rule fires on its texts and stays quiet on near misses."""

from __future__ import annotations

import pytest

from letters.cases import get_case_type
from letters.checks import RULES, check_letter
from tests.helpers.check_examples.buyer import (
    CASE,
    NEAR_MISSES,
    ORDER,
    TRIGGERS,
)
from tests.helpers.checks import rule_ids


@pytest.mark.parametrize(("rule", "letter"), TRIGGERS)
def test_rule_fires(rule: str, letter: dict[str, str]) -> None:
    assert rule in rule_ids(letter)


@pytest.mark.parametrize(("rule", "letter"), NEAR_MISSES)
def test_rule_stays_quiet_on_near_miss(rule: str, letter: dict[str, str]) -> None:
    assert RULES[rule].applies_to(get_case_type(letter["case"]))
    assert rule not in rule_ids(letter)


def test_update_review_is_an_error_but_asking_about_the_replacement_is_fine() -> None:
    fine = check_letter(case=CASE, body=f"{ORDER} Please let us know if the replacement arrived.")
    wrong = check_letter(case=CASE, body=f"{ORDER} Could you update your review?")
    assert fine == []
    assert [(finding.rule, finding.severity) for finding in wrong] == [
        ("buyer.remove_or_cancel", "error")
    ]


def test_a_sentence_with_two_links_is_one_finding_with_that_sentence() -> None:
    body = f"{ORDER} Hello.\nSee example.com or www.example.org for more."
    findings = check_letter(case=CASE, body=body)
    assert [(finding.rule, finding.excerpt) for finding in findings] == [
        ("buyer.link", "See example.com or www.example.org for more.")
    ]


@pytest.mark.parametrize("case", ["lost_parcel", "how_to_use", "wrong_address"])
def test_buyer_rules_apply_to_every_buyer_case(case: str) -> None:
    findings = check_letter(case=case, body="Email us for help.")
    assert [finding.rule for finding in findings] == ["buyer.off_amazon", "buyer.no_order_id"]


def test_buyer_rules_do_not_apply_to_letters_to_amazon() -> None:
    findings = check_letter(case="funds_release", body="Please email us at li@example.com.")
    assert findings == []
