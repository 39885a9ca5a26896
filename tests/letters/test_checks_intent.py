"""Buyer messages read by intent (issue 9): each category fires on the ways sellers really
write it, and stays quiet on the good letters a keyword rule would flag."""

from __future__ import annotations

import pytest

from tests.helpers.check_examples.intent import (
    NEAR_MISSES,
    TRIGGERS,
)
from tests.helpers.checks import rule_ids


@pytest.mark.parametrize(("rule", "letter"), TRIGGERS)
def test_rule_fires(rule: str, letter: dict[str, str]) -> None:
    assert rule in rule_ids(letter)


@pytest.mark.parametrize(("rule", "letter"), NEAR_MISSES)
def test_rule_stays_quiet_on_near_miss(rule: str, letter: dict[str, str]) -> None:
    assert rule not in rule_ids(letter)


GOOD = [
    "Order 112-3456789-0123456. The watch cannot make WhatsApp calls; we are sorry it was not "
    "clear on the listing. We can refund the order in full: start the return at "
    "https://www.amazon.com/returns and we will refund as soon as it is scanned.",
    "Order 112-3456789-0123456. The shirt is 100% linen, so it creases easily. If you have a "
    "problem with it, please contact us through Amazon messages.",
]


@pytest.mark.parametrize("body", GOOD)
def test_good_messages_get_no_error(body: str) -> None:
    assert rule_ids({"case": "how_to_use", "body": body, "subject": ""}) == []
