"""How good is the checker: precision and recall on the labelled corpus.

Run from the repository root: `make checker-eval` or `.venv/bin/python scripts/checker_eval.py`
(`--verbose` also lists the dev split's misses and false alarms by id). No database is needed.

The corpus (`tests/checker_corpus/{dev,heldout}/*.jsonl`) holds letters written the way sellers
write them, each labelled with the set of rule families a correct checker must report as an
ERROR; an empty set is a good letter that must get no error. Warnings are not counted. Each
error finding's rule id is mapped to a family by RULE_FAMILIES. Tune on dev only: heldout is
kept aside to measure letters the checker has never seen, so its texts are never printed.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "checker_corpus"
SPLITS = ("dev", "heldout")

# The families a labelled item may name, agreed between the checker and the corpus.
BUYER_FAMILIES = (
    "review_solicitation",
    "incentive",
    "promotion",
    "link",
    "off_amazon_contact",
    "emoji_media",
    "remove_or_cancel",
    "discourage_claim",
    "threat",
    "important_misuse",
    "attachment",
    "language_mismatch",
)
APPEAL_FAMILIES = (
    "poa_missing",
    "poa_vague",
    "blame",
    "legal_threat",
    "boast",
    "stock_text",
    "begging",
)
COMMON_FAMILIES = ("cjk_in_english", "inconsistent_facts")
FAMILIES = BUYER_FAMILIES + APPEAL_FAMILIES + COMMON_FAMILIES

# Rule id -> family; None for a rule that is in no family (it still counts at item level).
# The checker's engineer keeps this table in step with the rule ids they create.
RULE_FAMILIES: dict[str, str | None] = {
    "buyer.review_request": "review_solicitation",
    "buyer.review_incentive": "incentive",
    "buyer.marketing": "promotion",
    "buyer.link": "link",
    "buyer.email_address": "off_amazon_contact",
    "buyer.phone_number": "off_amazon_contact",
    "buyer.messenger": "off_amazon_contact",
    "buyer.off_amazon": "off_amazon_contact",
    "buyer.important_subject": "important_misuse",
    "buyer.no_order_id": None,
    "buyer.too_long": None,
    "appeal.missing_root_cause": "poa_missing",
    "appeal.missing_corrective_actions": "poa_missing",
    "appeal.missing_preventive_measures": "poa_missing",
    "appeal.verification_unexplained": "poa_missing",
    "appeal.vague_part": "poa_vague",
    "appeal.blame": "blame",
    "appeal.emotive": "begging",
    "appeal.copies_template": "stock_text",
    "appeal.promises_perfection": None,
    "common.repeats_previous": None,
    "common.unfilled_placeholder": None,
    "seller.no_asin": None,
    "seller.no_deadline": None,
    "buyer.review_solicitation": "review_solicitation",
    "buyer.remove_or_cancel": "remove_or_cancel",
    "buyer.promotion": "promotion",
    "buyer.off_amazon_contact": "off_amazon_contact",
    "buyer.emoji_media": "emoji_media",
    "buyer.discourage_claim": "discourage_claim",
    "buyer.threat": "threat",
    "buyer.attachment": "attachment",
    "buyer.important_misuse": "important_misuse",
    "appeal.vague_promise": "poa_vague",
    "appeal.legal_threat": "legal_threat",
    "appeal.boast": "boast",
    "appeal.stock_text": "stock_text",
    "common.cjk_in_english": "cjk_in_english",
    "common.language_mismatch": "language_mismatch",
    "common.inconsistent_facts": "inconsistent_facts",
    "common.threat": "threat",
}


@dataclass(frozen=True)
class Item:
    id: str
    case: str
    language: str
    subject: str
    body: str
    families: frozenset[str]
    note: str
    facts: dict[str, Any] = field(default_factory=dict)


def load_items(split: str, corpus: Path = CORPUS) -> list[Item]:
    """Every item of one split, in file order (files sorted by name)."""
    items = []
    for path in sorted((corpus / split).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path.name} line {number}: {error}") from error
            items.append(
                Item(
                    id=raw["id"],
                    case=raw["case"],
                    language=raw["language"],
                    subject=raw.get("subject", ""),
                    body=raw["body"],
                    families=frozenset(raw["families"]),
                    note=raw.get("note", ""),
                    facts=raw.get("facts", {}),
                )
            )
    return items


@dataclass
class Outcome:
    item: Item
    # The families of the error findings, and error rule ids that have no entry in RULE_FAMILIES.
    found: frozenset[str]
    flagged: bool
    unmapped: frozenset[str]


def run_checker(items: Iterable[Item], check: Callable[..., Sequence[Any]]) -> list[Outcome]:
    """Check every item, passing language= and facts= only if the checker accepts them."""
    accepted = inspect.signature(check).parameters
    outcomes = []
    for item in items:
        kwargs: dict[str, Any] = {"case": item.case, "body": item.body, "subject": item.subject}
        if "language" in accepted:
            kwargs["language"] = item.language
        if "facts" in accepted:
            kwargs["facts"] = item.facts
        errors = [f for f in check(**kwargs) if str(f.severity) == "error"]
        found = {RULE_FAMILIES.get(f.rule) for f in errors}
        outcomes.append(
            Outcome(
                item=item,
                found=frozenset(family for family in found if family),
                flagged=bool(errors),
                unmapped=frozenset(f.rule for f in errors if f.rule not in RULE_FAMILIES),
            )
        )
    return outcomes


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None


def family_score(outcomes: Sequence[Outcome], family: str) -> Score:
    tp = sum(1 for o in outcomes if family in o.item.families and family in o.found)
    fp = sum(1 for o in outcomes if family not in o.item.families and family in o.found)
    fn = sum(1 for o in outcomes if family in o.item.families and family not in o.found)
    return Score(tp, fp, fn)


def item_score(outcomes: Sequence[Outcome]) -> Score:
    """Unsafe = labelled with any family; flagged = at least one error finding."""
    tp = sum(1 for o in outcomes if o.item.families and o.flagged)
    fp = sum(1 for o in outcomes if not o.item.families and o.flagged)
    fn = sum(1 for o in outcomes if o.item.families and not o.flagged)
    return Score(tp, fp, fn)


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{value * 100:5.1f}"


def report(split: str, outcomes: Sequence[Outcome], *, verbose: bool) -> list[str]:
    good = sum(1 for o in outcomes if not o.item.families)
    lines = [
        f"== {split}: {len(outcomes)} letters ({good} good, {len(outcomes) - good} unsafe)",
        f"{'family':<22}{'precision':>10}{'recall':>8}{'support':>9}{'tp':>5}{'fp':>5}{'fn':>5}",
    ]
    for family in FAMILIES:
        s = family_score(outcomes, family)
        lines.append(
            f"{family:<22}{_pct(s.precision):>10}{_pct(s.recall):>8}"
            f"{s.support:>9}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
        )
    total = item_score(outcomes)
    lines.append(
        f"{'OVERALL (item level)':<22}{_pct(total.precision):>10}{_pct(total.recall):>8}"
        f"{total.support:>9}{total.tp:>5}{total.fp:>5}{total.fn:>5}"
    )
    lines.append(f"good letters wrongly flagged: {total.fp} of {good}")
    unmapped = sorted({rule for o in outcomes for rule in o.unmapped})
    if unmapped:
        lines.append(f"error rule ids missing from RULE_FAMILIES: {', '.join(unmapped)}")
    if verbose and split == "dev":
        for o in outcomes:
            missed = sorted(o.item.families - o.found)
            extra = sorted(o.found - o.item.families)
            if not o.item.families and o.flagged and not extra:
                extra = ["(error outside the families)"]
            if missed:
                lines.append(f"  false negative {o.item.id}: {', '.join(missed)}")
            if extra:
                lines.append(f"  false positive {o.item.id}: {', '.join(extra)}")
    return lines


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sellerdesk.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list the dev split's misses by id and family"
    )
    args = parser.parse_args(argv)
    setup_django()
    from letters.checks import check_letter

    for split in SPLITS:
        outcomes = run_checker(load_items(split), check_letter)
        print("\n".join(report(split, outcomes, verbose=args.verbose)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
