"""Appeals, round 5 (issue 9): parts found by meaning, a vague plan that also lacks a part,
stock text in other words, and facts in the letter's text that cannot all be true.

Each category has triggers and near-misses, both ways."""

from __future__ import annotations

import pytest

from letters.checks import check_letter
from letters.checks.text import NeedleSet, Text

MISSING = {
    "appeal.missing_root_cause",
    "appeal.missing_corrective_actions",
    "appeal.missing_preventive_measures",
}


def _rules(body: str, case: str = "odr_deactivation", **kwargs: object) -> set[str]:
    return {finding.rule for finding in check_letter(case=case, body=body, **kwargs)}


def _missing(body: str, case: str = "odr_deactivation") -> set[str]:
    return _rules(body, case) & MISSING


# --- A vague plan no longer hides a missing part -------------------------------------------


def test_a_vague_plan_that_lacks_parts_is_told_both() -> None:
    body = (
        "Dear Team,\nWe have deleted the listing. We will respect intellectual property and "
        "avoid such problems in future by being more careful.\nRegards"
    )
    rules = _rules(body, "ip_complaint")
    assert "appeal.vague_promise" in rules
    assert rules & MISSING == {"appeal.missing_root_cause"}


def test_a_part_that_says_none_is_missing_not_vague() -> None:
    body = (
        "Root cause: the lid seal of batch 2609 was a softer silicone, so 11 bottles leaked.\n"
        "Corrective actions: on 18 Nov we removed the 420 units of batch 2609 from FBA and "
        "refunded the 11 buyers.\nPreventive measures: N/A, the batch is gone.\n"
    )
    rules = _rules(body, "product_quality")
    assert rules & MISSING == {"appeal.missing_preventive_measures"}
    assert "appeal.vague_part" not in rules


def test_a_part_that_starts_with_a_word_like_none_is_not_empty() -> None:
    body = (
        "Root cause: the lid seal of batch 2609 was a softer silicone, so 11 bottles leaked.\n"
        "Corrective actions: on 18 Nov we removed the 420 units from FBA.\n"
        "Preventive measures: nonetheless our QC lead Ana now tests 5 seals of every batch.\n"
    )
    assert _missing(body, "product_quality") == set()


# --- Parts found under more headings and in more prose -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # Short headings: "Why", "Done".
        "Why: our listing said 'induction ready', but the September pans have no steel plate; "
        "6 buyers returned them.\nDone: on 15 November we removed 'induction ready' and "
        "refunded the 6 buyers.\nFrom now on: our quality lead tests one pan of every batch "
        "on an induction hob.",
        # Full-width colons, as Chinese and Japanese sellers write them.
        "原因：10月の連休中に出荷担当者が1名のみで、9件が遅れました。\n"
        "是正措置：11月6日に9名のお客様へ返金しました。\n"
        "再発防止策：毎朝9時に未出荷注文を確認します。",
        # A cause told as what nobody checked, a fix by a named role, a control that "now needs".
        "Complaint 7781200453 concerns the word 'Thermacell' in our title. Nobody on our team "
        "had checked whether the word was a registered trademark. Our listing editor, Mara "
        "Quinn, removed the word from the title on 20 November 2026. Every new title now needs "
        "a search of the USPTO register before it is published.",
        # What went wrong told as it was done ("had copied"), a mistaken belief.
        "Our designer had copied the brand's photo from its website. We replaced the image "
        "with our own studio photo on 14 November. Our listing manager now checks every image "
        "against our photo library before upload.",
    ],
)
def test_parts_found_under_any_heading_or_in_prose(body: str) -> None:
    assert _missing(body, "ip_complaint") == set()


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # Claiming an investigation names no cause.
        (
            "Dear Team,\nAfter a thorough investigation we identified the root cause. We "
            "refunded the 5 buyers on 3 May. Our manager now checks every order each morning.",
            "appeal.missing_root_cause",
        ),
        # "We will never have this problem again" is no failure that happened.
        (
            "Dear Team,\nWe will never have this problem again. We refunded the 5 buyers on "
            "3 May. Our manager now checks every order each morning.",
            "appeal.missing_root_cause",
        ),
    ],
)
def test_a_part_only_claimed_is_still_missing(body: str, absent: str) -> None:
    assert absent in _missing(body)


# --- Stock text in other words -------------------------------------------------------------


def test_boilerplate_in_new_words_is_stock_text() -> None:
    body = (
        "Dear Seller Performance,\nWe respect the intellectual property of all brands and we "
        "strictly follow Amazon's policies. We have reviewed our supply chain and taken the "
        "necessary steps to prevent recurrence.\nRegards"
    )
    assert "appeal.stock_text" in _rules(body, "inauthentic_complaint")


def test_one_common_phrase_in_a_specific_plan_is_not_stock_text() -> None:
    body = (
        "Root cause: 7 parcels to Alaska went by Ground Advantage, 14 days; we promised 5.\n"
        "Corrective actions: the 7 buyers were refunded on 10 November.\n"
        "Preventive measures: our operations manager checks the shipping templates on the "
        "first Monday of every month. Delivery promises we can keep are a top priority."
    )
    assert "appeal.stock_text" not in _rules(body)


def test_stock_entries_in_other_languages_match_accented_words() -> None:
    body = (
        "Estimado equipo:\nHemos tomado las medidas necesarias. Nos aseguraremos de que no "
        "vuelva a ocurrir.\nAtentamente"
    )
    assert "appeal.stock_text" in _rules(body, "ip_complaint", language="es")


# --- Facts in the text that cannot all be true ----------------------------------------------

PLAN = (
    "\nRoot cause: 4 claims came from orders shipped late during our move on 20-24 October."
    "\nCorrective actions: the 4 buyers were refunded on 13 November."
    "\nPreventive measures: our manager Leo sets the handling time to 5 days before any move."
)
FACTS = "common.inconsistent_facts"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our ODR of 0.6% exceeded Amazon's 1% target.",
        "Our support now works 25 hours a day.",
        "Our packers work 8 days a week in the busy season.",
        "Our ODR was 1.3% on 4 November. We will bring our ODR of 3.1% back under the target.",
        "Our warehouse closed on 20 October for a stock count until 12 October.",
        "The replacement will arrive on June 31.",
        "We packed 12 of your 5 packs.",
        "We will refund 150% of the price.",
    ],
)
def test_facts_the_text_contradicts(sentence: str) -> None:
    assert FACTS in _rules(sentence + PLAN)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our ODR of 1.6% exceeded Amazon's 1% target.",
        "Our ODR of 0.6% is within Amazon's 1% target again.",
        "The inbox is now monitored 24 hours a day, 7 days a week.",
        "Our team works 40 hours a week.",
        "Our ODR was 2.1% on 1 November; it is now 0.7% after the refunds.",
        "Our warehouse closed from 12 October until 20 October for a stock count.",
        "The replacement will arrive on June 30.",
        "We packed 5 of your 12 packs.",
    ],
)
def test_facts_that_can_all_be_true(sentence: str) -> None:
    assert FACTS not in _rules(sentence + PLAN)


def test_an_action_after_the_notice_dated_before_it() -> None:
    body = (
        "We received your notice of 12 November 2026.\nCorrective actions: after receiving "
        "the notice, on 3 November 2026 we replaced the photo." + PLAN
    )
    assert FACTS in _rules(body, "ip_complaint")
    later = body.replace("on 3 November 2026", "on 14 November 2026")
    assert FACTS not in _rules(later, "ip_complaint")


def test_a_document_older_than_the_period_it_is_said_to_fall_within() -> None:
    body = "We uploaded a gas bill dated 2 February 2025, which is within the last 180 days."
    facts = {"notice_date": "2026-11-18"}
    assert FACTS in _rules(body, "suspension_verification", facts=facts)
    recent = body.replace("2 February 2025", "2 October 2026")
    assert FACTS not in _rules(recent, "suspension_verification", facts=facts)


def test_answers_that_contradict_each_other() -> None:
    assert FACTS in _rules(
        "Hello.", "lost_parcel", facts={"delivered": "2026-11-12", "last_scan": "2026-11-18"}
    )
    assert FACTS not in _rules(
        "Hello.", "lost_parcel", facts={"delivered": "2026-11-18", "last_scan": "2026-11-12"}
    )
    assert FACTS in _rules("Hello.", "return_reason", facts={"partial_refund": "150%"})
    assert FACTS not in _rules("Hello.", "return_reason", facts={"partial_refund": "50%"})


# --- Speed helpers keep their answers -------------------------------------------------------


def test_the_needle_set_finds_overlapping_and_nested_needles() -> None:
    needles = NeedleSet(("fault", "default", "of amazon", "amazon", "resp", "responsible"))
    found = needles.found_in("not the default of amazon, responsible")
    assert found == {"fault", "default", "of amazon", "amazon", "resp", "responsible"}
    assert needles.found_in("nothing here") == set()


def test_a_text_with_odd_white_space_is_not_plain() -> None:
    assert Text("One line.\nTwo lines.")._plain
    for odd in ("two  spaces", "a\ttab", "a\u00a0no-break space", "a\u3000wide space", "a\rb"):
        assert not Text(odd)._plain
