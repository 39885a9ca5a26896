"""Text helpers the rules share: sentences with their offsets, word counts, similarity."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

# A sentence ends at . ! ? followed by space, at a Chinese full stop, or at a line break:
# headings, greetings and list items are sentences of their own. Linear on any input: a
# run of . ! ? is only tried from its first mark (the lookbehind), so 20,000 "!" cost one
# pass and not 20,000 (see tests/letters/test_checks_linear.py).
_SENTENCE_BREAK = re.compile(r"[。！？\n]\s*|(?<![.!?])[.!?]+[\"'”’)]*\s+")
# White space that `fold` would change inside a sentence: tabs, odd spaces, double spaces.
_ODD_SPACE = re.compile(r"[^\S\n\r ]|\r(?!\n)| {2}")

# A body this similar to a stock template or an earlier letter is "nearly identical".
NEAR_COPY_RATIO = 0.85


def fold(text: str) -> str:
    """Lower-cased, with each run of white space collapsed to one space: what needles see."""
    return " ".join(text.lower().split())


class Text:
    """A text, split into sentences on first use, so a match can be shown in its sentence."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _starts(self) -> list[int]:
        return [0, *(match.end() for match in _SENTENCE_BREAK.finditer(self.text))]

    @cached_property
    def _spans(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, [*self._starts[1:], len(self.text)], strict=True))

    @cached_property
    def _folded(self) -> list[str]:
        """Each sentence as `fold` sees it (a line break can only end a sentence)."""
        lowered = self.text.lower()
        if len(lowered) == len(self.text) and not _ODD_SPACE.search(lowered):
            return [lowered[start:end] for start, end in self._spans]
        return [fold(self.text[start:end]) for start, end in self._spans]

    def sentence_at(self, position: int) -> tuple[int, str]:
        """The start offset and the stripped text of the sentence holding `position`."""
        start, end = self._spans[bisect_right(self._starts, position) - 1]
        return start, self.text[start:end].strip()

    def sentences(self) -> Iterator[tuple[int, str]]:
        """Each non-blank sentence with its start offset."""
        for start, end in self._spans:
            sentence = self.text[start:end].strip()
            if sentence:
                yield start, sentence

    def sentences_matching(
        self, pattern: re.Pattern[str], *, needles: Sequence[str] = ()
    ) -> Iterator[tuple[int, str]]:
        """Each sentence with a match of `pattern`, once, in order.

        With `needles` (strings one of which every match holds, see `fold`), `pattern`
        searches only the sentences that hold one: much faster on long letters.
        """
        if needles:
            # A match may start in the sentence before ("Happy with it? Leave a review!"),
            # so each sentence with a needle is searched from the previous one's start.
            previous = 0
            for (start, end), folded in zip(self._spans, self._folded, strict=True):
                if any(needle in folded for needle in needles) and any(
                    match.end() > start for match in pattern.finditer(self.text, previous, end)
                ):
                    yield start, self.text[start:end].strip()
                previous = start
            return
        last_start = -1
        for match in pattern.finditer(self.text):
            start, sentence = self.sentence_at(match.start())
            if start != last_start:
                last_start = start
                yield start, sentence


def count_words(text: str) -> int:
    """Words as a word processor counts them: runs of non-space characters."""
    return len(text.split())


@lru_cache(maxsize=64)
def sentence_words(text: str) -> tuple[tuple[str, ...], ...]:
    """The lower-cased words of each sentence of `text` (cached: stock texts come back)."""
    return tuple(
        words for chunk in _SENTENCE_BREAK.split(text.lower()) if (words := tuple(chunk.split()))
    )


def similarity(a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...]) -> float:
    """difflib's word-level ratio of two texts given as `sentence_words`.

    Sentences are matched first, then words inside the sentences that differ: on letters
    this gives the figure of one flat word diff at a fraction of its cost.
    """
    total = sum(map(len, a)) + sum(map(len, b))
    if a == b:
        return 1.0 if total else 0.0
    matched = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            matched += sum(map(len, a[i1:i2]))
        elif tag == "replace":
            a_words = [word for sentence in a[i1:i2] for word in sentence]
            b_words = [word for sentence in b[j1:j2] for word in sentence]
            blocks = SequenceMatcher(None, a_words, b_words, autojunk=False).get_matching_blocks()
            matched += sum(block.size for block in blocks)
    return 2 * matched / total if total else 0.0


def nearly_identical(a: str, b: str, threshold: float = NEAR_COPY_RATIO) -> bool:
    a_words, b_words = sentence_words(a), sentence_words(b)
    n, m = sum(map(len, a_words)), sum(map(len, b_words))
    # Texts of very different lengths cannot reach the threshold: skip the diff.
    if not n or not m or 2 * min(n, m) / (n + m) < threshold:
        return False
    return similarity(a_words, b_words) >= threshold


def shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
