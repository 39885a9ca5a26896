"""The trained second opinion: it reads what the rules miss, stays quiet on good letters, and
ships the weights the corpus trains. Letters here are written fresh, not taken from the corpus.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from letters.checks import RULES, Severity, check_letter
from letters.checks.second_opinion import FAMILY_RULES, WEIGHTS, models

ROOT = Path(__file__).resolve().parent.parent.parent

GATED_PRAISE = (
    "Dear Helen,\n\nThank you for choosing our bamboo cutting board, order 114-5566771-2233445. "
    "We are a small family shop and every buyer's voice on the product page helps us grow. If "
    "the board makes your cooking easier, we would be grateful to see your words there.\n\n"
    "Warm regards,\nBambooNest"
)


def _errors(case: str, body: str, **extra: object) -> list[tuple[str, str]]:
    return [
        (finding.rule, finding.excerpt)
        for finding in check_letter(case=case, body=body, **extra)
        if finding.severity == Severity.ERROR
    ]


def test_a_review_request_without_the_rules_words_is_an_error_quoting_its_sentence() -> None:
    assert _errors("review_followup", GATED_PRAISE, second_opinion=False) == []
    assert _errors("review_followup", GATED_PRAISE) == [
        (
            "buyer.review_solicitation",
            "If the board makes your cooking easier, we would be grateful to see your words there.",
        )
    ]


@pytest.mark.parametrize(
    ("case", "body"),
    [
        pytest.param(
            "lost_parcel",
            "Dear Mr. Lee,\n\nWe are sorry the parcel for order 112-7766554-3322110 is late. We "
            "checked with the carrier and it is moving again. You will have it by Friday, and if "
            "not, reply here and we send a new one at once.\n\nBest regards,\nHomeLite",
            id="late-parcel",
        ),
        pytest.param(
            "how_to_use",
            "Hello Sara,\n\nThank you for order 205-3322114-5566778. The camera works with the "
            "free app; you can share clips to WhatsApp or Instagram from the app's gallery. Night "
            "mode turns on by itself below 10 lux.\n\nBest,\nSecureCam",
            id="apps-as-features",
        ),
        pytest.param(
            "odr_deactivation",
            "Dear Seller Performance Team,\n\nRoot cause: our new packer used the wrong box size "
            "for 30 orders between 1 and 10 October and the items were crushed. We did not train "
            "him, which was our failure.\nCorrective actions: all 30 buyers were refunded on 12 "
            "October.\nPreventive measures: a box-size chart is posted at the packing table and "
            "the shift lead checks every 20th parcel; we review damage returns every Monday.\n\n"
            "Regards,\nCraftBox",
            id="owned-plan",
        ),
    ],
)
def test_good_letters_get_no_second_opinion(case: str, body: str) -> None:
    assert _errors(case, body) == []


def test_a_letter_too_short_to_judge_is_left_to_the_rules() -> None:
    assert _errors("review_followup", "Would be grateful to see your words there.") == []


def test_no_second_opinion_where_the_rules_already_found_an_error() -> None:
    body = GATED_PRAISE.replace("Warm regards", "Write to help@bamboonest.com. Warm regards")
    assert [rule for rule, _excerpt in _errors("review_followup", body)] == ["buyer.email_address"]


def test_every_family_reports_under_an_existing_error_rule() -> None:
    for audience, families in FAMILY_RULES.items():
        for family, rule_id in families.items():
            assert RULES[rule_id].severity == Severity.ERROR, (audience, family)
        assert set(models()[audience].families) <= set(families)


def test_the_shipped_weights_are_what_the_corpus_trains() -> None:
    # A corpus change without `make checker-model` would ship a model of another corpus.
    path = ROOT / "scripts" / "train_checker_model.py"
    spec = importlib.util.spec_from_file_location("train_checker_model", path)
    assert spec and spec.loader
    sys.path.insert(0, str(path.parent))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    items = module.checker_eval.load_items("dev")  # heldout is never trained on
    trained = module.build(
        [*module.corpus_examples(items), *module.template_examples()], module.THRESHOLDS
    )
    assert trained == json.loads(WEIGHTS.read_text(encoding="utf-8"))
