"""The text helpers behind the rules: sentences, needles, similarity."""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from letters.checks import check_letter
from letters.checks.appeal_tone import ALSO_NEEDED
from letters.checks.text import (
    NEAR_COPY_RATIO,
    Text,
    fold,
    nearly_identical,
    sentence_words,
    similarity,
)
from tests.helpers.checks import GOOD_APPEAL

ORDER = "Order 112-3456789-0123456."
CORPUS = Path(__file__).resolve().parents[2] / "tests" / "checker_corpus"


def sentences_with(text: str, pattern: str, needles: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    return list(Text(text).sentences_matching(re.compile(pattern), needles=needles))


@pytest.mark.parametrize("needles", [(), ("x",)], ids=["scan", "needles"])
def test_sentences_come_with_their_offsets(needles: tuple[str, ...]) -> None:
    text = "One box. Two x boxes!  Three x\nFour x。五 x？ Six x"
    assert sentences_with(text, r"\bx\b", needles) == [
        (9, "Two x boxes!"),
        (23, "Three x"),
        (31, "Four x。"),
        (38, "五 x？"),
        (43, "Six x"),
    ]


def test_dots_inside_words_and_numbers_do_not_end_a_sentence() -> None:
    text = "See amazon.com for order 2.5 of B0ABCDEFGH. Next x."
    assert sentences_with(text, "amazon") == [(0, "See amazon.com for order 2.5 of B0ABCDEFGH.")]


@pytest.mark.parametrize(
    "body",
    [
        "Follow  us on the shop page.",
        "Follow\tus on the shop page.",
        "Follow\u00a0us on the shop page.",
        "FOLLOW US ON THE SHOP PAGE.",
        "Hello.\r\nFollow us on the shop page.\r\n",
    ],
    ids=["double-space", "tab", "no-break-space", "upper-case", "crlf"],
)
def test_odd_white_space_and_case_do_not_hide_a_phrase(body: str) -> None:
    findings = check_letter(case="lost_parcel", body=f"{ORDER} {body}")
    assert [finding.rule for finding in findings] == ["buyer.marketing"]


def test_a_phrase_broken_by_a_line_break_is_two_sentences() -> None:
    # Known limit: a line break ends a sentence, so hard-wrapped lines are checked apart.
    findings = check_letter(case="lost_parcel", body=f"{ORDER} Please follow\nus on the shop page.")
    assert findings == []


def test_needles_skip_sentences_but_find_every_match() -> None:
    text = "A review here. Nothing there. Another review!"
    assert sentences_with(text, r"review", ("review",)) == sentences_with(text, r"review")


def test_a_second_needle_skips_sentences_without_it_but_not_a_match_begun_before() -> None:
    text = "The buyer is fine. They lied. The buyer did. The buyer lied. The buyer was kind."
    pattern = re.compile(r"lied\.?\s+(?:the\s+)?buyer|buyer\s+lied", re.I)
    found = list(Text(text).sentences_matching(pattern, needles=("buyer",), also=("lied",)))
    # "They lied. The buyer did." matches from the sentence before the one with "buyer".
    assert [sentence for _start, sentence in found] == ["The buyer did.", "The buyer lied."]
    assert found == list(Text(text).sentences_matching(pattern, needles=("buyer",)))


def test_every_blame_match_holds_one_of_its_second_needles() -> None:
    """ALSO_NEEDED only lets a sentence go unsearched when no match could be in it."""
    assert len(ALSO_NEEDED) >= 4
    letters = [
        json.loads(line)
        for path in sorted(CORPUS.glob("*/*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    matched = 0
    for pattern, also in ALSO_NEEDED.items():
        for letter in letters:
            for match in pattern.finditer(letter["body"]):
                matched += 1
                assert any(word in fold(match.group()) for word in also), match.group()
    assert matched > 30


def flat_ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower().split(), b.lower().split(), autojunk=False).ratio()


def edited(text: str, every: int, word: str = "changed") -> str:
    words = text.split(" ")
    return " ".join(word if index % every == 0 else w for index, w in enumerate(words))


@pytest.mark.parametrize("every", [3, 5, 11, 40])
def test_similarity_is_close_to_a_flat_word_diff(every: int) -> None:
    other = edited(GOOD_APPEAL, every)
    ours = similarity(sentence_words(GOOD_APPEAL), sentence_words(other))
    assert ours == pytest.approx(flat_ratio(GOOD_APPEAL, other), abs=0.02)


def test_nearly_identical_at_the_threshold() -> None:
    assert nearly_identical(GOOD_APPEAL, GOOD_APPEAL)
    assert nearly_identical(GOOD_APPEAL, edited(GOOD_APPEAL, 40))
    assert flat_ratio(GOOD_APPEAL, edited(GOOD_APPEAL, 5)) < NEAR_COPY_RATIO
    assert not nearly_identical(GOOD_APPEAL, edited(GOOD_APPEAL, 5))
    assert not nearly_identical(GOOD_APPEAL, GOOD_APPEAL[:400])
    assert not nearly_identical("", "")
