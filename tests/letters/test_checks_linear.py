"""No super-linear work on any input (issue 16 item 2): each checker rule, the whole checker
and the renderer, fed 20,000-character pathological texts, take time that grows linearly.

One test per pathological text runs every rule of every case below on 20,000 characters of
it, alone (best of two, so a busy machine does not decide), and none may take a second (the
offenders before these tests took 3 to 14 seconds). A rule that takes more than a few
milliseconds also runs on 10,000 and 40,000 characters: four times the text may cost at most
eight times the time, plus 100 ms for the noise of a shared machine (a quadratic rule costs
sixteen times: the old offenders, seconds more). Below 10,000 characters the regex engine is
faster per character (caches), so it is not compared. Most rules take well under the noise
threshold on every text, so the file times each (rule, text) pair once or twice, not six
times: it used to be 1,200 separate cases and the slowest file of the suite.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from letters.cases import CASE_TYPES, get_case_type
from letters.checks import RULES, check_letter
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
    "a request's words repeated": "if you are happy review ",
    "one long line": "Please leave us a review if you are happy and contact us at our shop ",
    "a long plan line": "Root cause: we did not check because of the carrier and will be more careful ",
    "kana": "レビュー",
}
CASES = ("review_followup", "odr_deactivation", "cease_and_desist")
RULE_CASES = [
    (rule_id, case)
    for case in CASES
    for rule_id, rule in RULES.items()
    if rule.applies_to(get_case_type(case))
]


def _time(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _best_of_two(work: Callable[[], object], first: float | None = None) -> float:
    """The faster of two runs; `first` is a run already timed, so only one more is made."""
    return min(first if first is not None else _time(work), _time(work))


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


def _slow_or_superlinear(runner: Callable[[str], Callable[[], object]], unit: str) -> str | None:
    """Why `runner` is not linear on `unit`, or None if it is.

    One run at 20,000 characters; a second only if the first is above the noise (to take
    the better of two); the 10,000 / 40,000 comparison only if the best is still above it.
    """
    work = runner(_fill(unit, SIZE))
    seconds = _time(work)
    if seconds > NOISE_SECONDS:
        seconds = _best_of_two(work, seconds)
    if seconds >= MAX_SECONDS:
        return f"{seconds:.3f} s on {SIZE} characters"
    if seconds > NOISE_SECONDS:
        small_work, large_work = runner(_fill(unit, SMALL)), runner(_fill(unit, LARGE))
        small, large = _best_of_two(small_work), _best_of_two(large_work)
        if large >= MAX_RATIO * small + SLACK_SECONDS:
            # A busy machine can stall one run for a tenth of a second; a quadratic rule is
            # slow on every run, so a third run each tells the two apart.
            small = min(small, _time(small_work))
            large = min(large, _time(large_work))
        if large >= MAX_RATIO * small + SLACK_SECONDS:
            return f"{small:.3f} s on {SMALL} characters but {large:.3f} s on {LARGE}"
    return None


@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_every_rule_is_linear_on_pathological_text(unit: str) -> None:
    offenders = {
        f"{rule_id} ({case})": reason
        for rule_id, case in RULE_CASES
        if (
            reason := _slow_or_superlinear(
                lambda text, rule_id=rule_id, case=case: _rule_runner(rule_id, case, text), unit
            )
        )
    }
    assert offenders == {}


def _check(case: str) -> Callable[[str], Callable[[], object]]:
    """The whole checker, the trained second opinion included, on `text`."""
    return lambda text: lambda: check_letter(case=case, body=text, subject=text[:200])


@pytest.mark.parametrize("unit", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_the_whole_checker_is_linear_on_pathological_text(unit: str) -> None:
    offenders = {
        case: reason for case in CASES if (reason := _slow_or_superlinear(_check(case), unit))
    }
    assert offenders == {}


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


def test_the_renderer_is_linear_on_pathological_text() -> None:
    units = [*PATHOLOGICAL.values(), "{{", "{{ ", "}}"]
    offenders = {unit: reason for unit in units if (reason := _slow_or_superlinear(_render, unit))}
    assert offenders == {}


def test_every_case_is_covered_by_some_rule_run() -> None:
    # The cases above between them run every rule, so no rule escapes the test.
    covered = {rule_id for rule_id, _case in RULE_CASES}
    assert covered == set(RULES)
    assert {case.key for case in CASE_TYPES} >= set(CASES)
