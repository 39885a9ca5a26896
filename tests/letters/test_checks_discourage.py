"""Returns talked down (issue 9): keeping the item for part of the money "better", a return
reason steered away from "defective", returns said to hurt the seller's account. Offering
the buyer a fair choice is not."""

from __future__ import annotations

import pytest

from letters.checks import check_letter


def _rules(body: str) -> set[str]:
    return {finding.rule for finding in check_letter(case="return_reason", body=body)}


@pytest.mark.parametrize(
    "body",
    [
        "Hello, return postage is costly for you. Better to just keep the lamp and we send €6.",
        "Hi, it is easier if you keep it, we refund 15% today.",
        "Dear Sam, when you send it back please select 'changed my mind', not 'defective'.",
        "Hi, returns hurt our ranking a lot, so we hope you understand.",
        "Please open the return as too small, otherwise our shop gets a penalty from Amazon.",
    ],
)
def test_a_return_talked_down_is_an_error(body: str) -> None:
    assert "buyer.discourage_claim" in _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        "You can return the jacket for a full refund, or keep it and we will refund £5.",
        "Please choose the reason that fits best when you open the return.",
        "Returns are free: use the label on your Amazon orders page.",
        "If the item is defective, select 'defective' so Amazon pays the postage.",
    ],
)
def test_a_fair_choice_is_not(body: str) -> None:
    assert "buyer.discourage_claim" not in _rules(body)
