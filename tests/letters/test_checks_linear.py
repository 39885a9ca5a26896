"""No super-linear work on any input (issue 16 item 2): each checker rule and the renderer,
fed 20,000-character pathological texts, take time that grows linearly with the text.

Each rule runs alone on 20,000 characters of each text (best of two, so a busy machine does
not decide) and may not take a second (the offenders before this test took 3 to 14 seconds).
One that takes more than a few milliseconds also runs on 10,000 and 40,000 characters: four
times the text may cost at most eight times the time, plus 100 ms for the noise of a shared
machine (a quadratic rule costs sixteen times: the old offenders, seconds more). Below
10,000 characters the regex engine is faster per character (caches), so it is not compared.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from letters.cases import CASE_TYPES, get_case_type
from letters.checks import RULES
from letters.checks.rule import Letter
from letters.placeholders import Placeholder
from letters.rendering import render_letter

SIZE, SMALL, LARGE = 20_000, 10_000, 40_000
MAX_RATIO = 8.0
MAX_SECONDS = 1.0
# Below this a timing is noise, whatever its ratio.
NOISE_SECONDS = 0.010
SLACK_SECONDS = 0.100


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


PATHOLOGICAL = {
    "exclamation marks": "!",
    "full stops": ".",
    "question marks": "?",
    "full stop and space": ". ",
    "open brackets": "[",
    "close brackets": "]",
    "open braces": "{",
    "bracket and letter": "[a",
    "parentheses": "(",
    "spaces": " ",
    "tabs": "\t",
    "line breaks": "\n",
    "hyphens": "-",
    "digits": "1",
    "digit and space": "1 ",
    "percent": "1% ",
    "at signs": "a@",
    "plus and digit": "+1 ",
    "colons": ":",
    "one word repeated": "review ",
    "one long line": "Please leave us a review if you are happy and contact us at our shop ",
    "a long plan line": "Root cause: we did not check because of the carrier and will be more careful ",
    "kana": "レビュー",
}
CASES = ("review_followup", "odr_deactivation", "cease_and_desist")


def _best_of_two(work: Callable[[], object]) -> float:
    timings = []
    for _ in range(2):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def _rule_runner(rule_id: str, case: str, text: str) -> Callable[[], object]:
    rule = RULES[rule_id]

    def run() -> object:
        letter = Letter(
            case=get_case_type(case),
            body=text,
            subject=text[:200],
            stock_texts=(text,),
            previous_texts=(),
        )
        return list(rule.check(letter))

    return run


def _assert_linear(runner: Callable[[str], Callable[[], object]], unit: str) -> None:
    assert _best_of_two(runner(_fill(unit, SIZE))) < MAX_SECONDS
    if _best_of_two(runner(_fill(unit, SIZE))) > NOISE_SECONDS:
        small = _best_of_two(runner(_fill(unit, SMALL)))
        assert _best_of_two(runner(_fill(unit, LARGE))) < MAX_RATIO * small + SLACK_SECONDS


RULE_CASES = [
    pytest.param(rule_id, case, id=f"{rule_id}-{case}")
    for case in CASES
    for rule_id, rule in RULES.items()
    if rule.applies_to(get_case_type(case))
]


@pytest.mark.parametrize(("rule_id", "case"), RULE_CASES)
@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_each_rule_is_linear_on_pathological_text(rule_id: str, case: str, unit: str) -> None:
    _assert_linear(lambda text: _rule_runner(rule_id, case, text), unit)


PLACEHOLDERS = [Placeholder(name="problem", label="Problem", kind="textarea", example="x")]


def _render(text: str) -> Callable[[], object]:
    def run() -> object:
        return render_letter(
            subject=text[:200],
            body=text + " {{ problem }} {{ problem|inline }} " + text,
            placeholders=PLACEHOLDERS,
            values={"problem": text},
        )

    return run


@pytest.mark.parametrize("unit", [*PATHOLOGICAL.values(), "{{", "{{ ", "}}"])
def test_the_renderer_is_linear_on_pathological_text(unit: str) -> None:
    _assert_linear(_render, unit)


def test_every_case_is_covered_by_some_rule_run() -> None:
    # The cases above between them run every rule, so no rule escapes the test.
    covered = {rule_id for rule_id, _case in (param.values for param in RULE_CASES)}
    assert covered == set(RULES)
    assert {case.key for case in CASE_TYPES} >= set(CASES)
