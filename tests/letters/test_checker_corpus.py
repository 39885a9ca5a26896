"""The checker's labelled corpus is well formed, and the evaluation counts what it says.

No thresholds on the checker's score here: those are decided elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from letters.cases import CASE_TYPES_BY_KEY, Audience
from letters.checks.findings import Finding, Severity

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests" / "checker_corpus"
LANGUAGES = {"en", "de", "fr", "it", "es", "ja"}
KEYS = {"id", "case", "language", "subject", "body", "families", "note"}


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("checker_eval", ROOT / "scripts/checker_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


checker_eval = _load_eval()


def _raw(split: str) -> list[dict[str, Any]]:
    rows = []
    for path in sorted((CORPUS / split).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rows.append(json.loads(line))
    return rows


ALL = {split: _raw(split) for split in checker_eval.SPLITS}


def test_corpus_keeps_at_least_300_blind_letters_aside_and_most_for_tuning() -> None:
    # Each blind set measures one round and then joins dev, so dev grows round by round;
    # what must hold is a held-out part big enough to measure every family on.
    dev, heldout = len(ALL["dev"]), len(ALL["heldout"])
    assert heldout >= 300
    assert dev / (dev + heldout) >= 0.6


@pytest.mark.parametrize("split", checker_eval.SPLITS)
def test_every_line_has_exactly_the_agreed_fields(split: str) -> None:
    for row in ALL[split]:
        assert KEYS <= set(row) <= KEYS | {"facts"}, row.get("id")
        assert isinstance(row["body"], str) and row["body"].strip(), row["id"]
        assert isinstance(row["subject"], str) and isinstance(row["note"], str), row["id"]
        assert row["note"].strip(), f"{row['id']} says nothing about why it is labelled so"
        assert isinstance(row["families"], list), row["id"]
        assert isinstance(row.get("facts", {}), dict), row["id"]


def test_ids_are_unique_across_both_splits() -> None:
    ids = Counter(row["id"] for split in ALL.values() for row in split)
    assert [key for key, count in ids.items() if count > 1] == []


def test_no_letter_is_in_both_splits() -> None:
    dev_bodies = {row["body"] for row in ALL["dev"]}
    assert [row["id"] for row in ALL["heldout"] if row["body"] in dev_bodies] == []


@pytest.mark.parametrize("split", checker_eval.SPLITS)
def test_cases_exist_and_families_are_known(split: str) -> None:
    known = set(checker_eval.FAMILIES)
    for row in ALL[split]:
        assert row["case"] in CASE_TYPES_BY_KEY, row["id"]
        assert set(row["families"]) <= known, row["id"]
        assert len(set(row["families"])) == len(row["families"]), row["id"]
        assert row["language"] in LANGUAGES, row["id"]


@pytest.mark.parametrize("split", checker_eval.SPLITS)
def test_buyer_families_only_on_buyer_letters_and_appeal_families_only_on_plans(
    split: str,
) -> None:
    for row in ALL[split]:
        case = CASE_TYPES_BY_KEY[row["case"]]
        families = set(row["families"])
        if families & set(checker_eval.APPEAL_FAMILIES):
            # Begging and threats of lawyers are findings on any letter to Amazon or a seller.
            assert case.audience != Audience.BUYER, row["id"]
        if families & set(checker_eval.BUYER_FAMILIES) - {"threat"}:
            assert case.audience == Audience.BUYER, row["id"]


@pytest.mark.parametrize("split", checker_eval.SPLITS)
def test_each_split_covers_every_family_and_language(split: str) -> None:
    families = {family for row in ALL[split] for family in row["families"]}
    assert set(checker_eval.FAMILIES) - families == set()
    assert LANGUAGES - {row["language"] for row in ALL[split]} == set()


def test_at_least_12_letters_in_each_language_other_than_english() -> None:
    counts = Counter(row["language"] for split in ALL.values() for row in split)
    assert {lang: n for lang, n in counts.items() if n < 12} == {}


@pytest.mark.parametrize("split", checker_eval.SPLITS)
def test_both_good_and_unsafe_letters_for_buyers_and_for_appeals(split: str) -> None:
    seen = Counter(
        (CASE_TYPES_BY_KEY[row["case"]].audience == Audience.BUYER, bool(row["families"]))
        for row in ALL[split]
    )
    # (buyer?, unsafe?): each of the four combinations holds at least a tenth of the split.
    assert all(seen[key] >= len(ALL[split]) // 10 for key in [(1, 0), (1, 1), (0, 0), (0, 1)])


def test_good_letters_are_about_45_percent() -> None:
    rows = [row for split in ALL.values() for row in split]
    share = sum(1 for row in rows if not row["families"]) / len(rows)
    assert 0.35 <= share <= 0.55


def test_the_loader_reads_every_line_as_an_item() -> None:
    for split in checker_eval.SPLITS:
        items = checker_eval.load_items(split)
        assert [item.id for item in items] == [row["id"] for row in ALL[split]]
        assert all(isinstance(item.families, frozenset) for item in items)


# The evaluation's arithmetic, with a checker whose answers are known.


def _item(id: str, families: set[str]) -> Any:
    return checker_eval.Item(
        id=id,
        case="review_followup",
        language="en",
        subject="",
        body=id,
        families=frozenset(families),
        note="",
    )


def _finding(rule: str, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule=rule, severity=severity, message="", excerpt="")


ANSWERS = {
    "hit": [_finding("buyer.link")],
    "wrong_family": [_finding("buyer.marketing")],
    "warning_only": [_finding("buyer.link", Severity.WARNING)],
    "clean": [],
    "false_alarm": [_finding("buyer.link")],
    "outside_families": [_finding("buyer.too_long"), _finding("buyer.new_rule")],
}


def _check(*, case: str, body: str, subject: str) -> list[Finding]:
    return ANSWERS[body]


ITEMS = [
    _item("hit", {"link"}),
    _item("wrong_family", {"link"}),
    _item("warning_only", {"link"}),
    _item("clean", set()),
    _item("false_alarm", set()),
    _item("outside_families", set()),
]


def test_a_family_counts_errors_only_and_only_of_its_own_rules() -> None:
    outcomes = checker_eval.run_checker(ITEMS, _check)
    link = checker_eval.family_score(outcomes, "link")
    assert (link.tp, link.fp, link.fn) == (1, 1, 2)
    assert link.precision == 0.5 and link.recall == pytest.approx(1 / 3)
    promotion = checker_eval.family_score(outcomes, "promotion")
    assert (promotion.tp, promotion.fp, promotion.fn, promotion.precision) == (0, 1, 0, 0.0)


def test_an_item_is_flagged_by_any_error_even_outside_the_families() -> None:
    outcomes = checker_eval.run_checker(ITEMS, _check)
    total = checker_eval.item_score(outcomes)
    # Unsafe: hit, wrong_family, warning_only; flagged: all but warning_only and clean.
    assert (total.tp, total.fp, total.fn) == (2, 2, 1)


def test_the_report_names_unmapped_rules_and_lists_dev_misses_by_id_only() -> None:
    outcomes = checker_eval.run_checker(ITEMS, _check)
    lines = checker_eval.report("dev", outcomes, verbose=True)
    assert "error rule ids missing from RULE_FAMILIES: buyer.new_rule" in lines
    assert "  false negative warning_only: link" in lines
    assert "  false positive false_alarm: link" in lines
    assert "  false positive outside_families: (error outside the families)" in lines
    heldout = checker_eval.report("heldout", outcomes, verbose=True)
    assert not any("false" in line for line in heldout)


def test_language_and_facts_are_passed_only_to_a_checker_that_takes_them() -> None:
    seen: dict[str, Any] = {}

    def check(*, case: str, body: str, subject: str, language: str, facts: dict) -> list:
        seen.update(language=language, facts=facts)
        return []

    item = checker_eval.Item(
        id="x",
        case="odr_deactivation",
        language="de",
        subject="",
        body="x",
        families=frozenset(),
        note="",
        facts={"odr_percent": "0.8"},
    )
    checker_eval.run_checker([item], check)
    assert seen == {"language": "de", "facts": {"odr_percent": "0.8"}}
    # A checker without those parameters is called without them (no TypeError).
    assert checker_eval.run_checker([item], _check_without_extras)[0].flagged is False


def _check_without_extras(*, case: str, body: str, subject: str) -> list:
    return []
