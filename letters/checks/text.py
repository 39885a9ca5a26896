"""Text helpers the rules share: sentences with their offsets, word counts, similarity."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

import ahocorasick

# A sentence ends at . ! ? followed by space, at a Chinese full stop, or at a line break:
# headings, greetings and list items are sentences of their own. Linear on any input: a
# run of . ! ? is only tried from its first mark (the lookbehind), so 20,000 "!" cost one
# pass and not 20,000 (see tests/letters/test_checks_linear.py). Both branches start with a
# mark, so the engine skips straight to the marks (the lookbehind comes after the first one).
_SENTENCE_BREAK = re.compile(r"[。！？\n]\s*|[.!?](?<![.!?][.!?])[.!?]*[\"'”’)]*\s+")
# White space that `fold` would change inside a sentence: tabs, odd spaces, double spaces.
_ODD_SPACE = re.compile(r"[^\S\n\r ]|\r(?!\n)| {2}")
_ODD_SPACES = (
    "  ",
    *(chr(code) for code in range(0x3001) if chr(code).isspace() and chr(code) not in " \n\r"),
)

# A body this similar to a stock template or an earlier letter is "nearly identical".
NEAR_COPY_RATIO = 0.85


# Case-insensitive regexes lose the engine's fast literal search: a pattern compiled with
# re.I and no capital letter of its own is searched, without re.I, in the lower-cased text
# (same offsets whenever lower-casing keeps the length, see Text.lowered).
_TWINS: dict[re.Pattern[str], re.Pattern[str] | None] = {}
_ESCAPES = re.compile(r"\\.|\(\?P<\w+>|\(\?P=[^)]*\)")


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without re.I, for lower-cased text; None when it cannot be (or need not)."""
    try:
        return _TWINS[pattern]
    except KeyError:
        pass
    twin = None
    source = pattern.pattern
    if (
        pattern.flags & re.I
        and isinstance(source, str)
        and "(?-" not in source
        and not any(character.isupper() for character in _ESCAPES.sub("", source))
    ):
        twin = re.compile(source, pattern.flags & ~re.I)
    _TWINS[pattern] = twin
    return twin


def search_in(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, through the pattern's lower-case twin when it has one.

    For one-off texts (an excerpt, the words around a hit); a match's groups may be
    lower-cased. Text.search does the same for a letter's parts, lower-casing them once.
    """
    return Text(text).search(pattern)


def fold(text: str) -> str:
    """Lower-cased, with each run of white space collapsed to one space: what needles see."""
    return " ".join(text.lower().split())


class Text:
    """A text, split into sentences on first use, so a match can be shown in its sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._stripped: dict[int, str] = {}
        self._needle_sentences: dict[str, list[int]] = {}

    @cached_property
    def lowered(self) -> str | None:
        """The text lower-cased, when that keeps every offset (almost always)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def searchable(self, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], str]:
        """The fastest equivalent of (`pattern`, the text): see `lower_twin`."""
        if self.lowered is not None and (twin := lower_twin(pattern)) is not None:
            return twin, self.lowered
        return pattern, self.text

    def finditer(self, pattern: re.Pattern[str], *args: int) -> Iterator[re.Match[str]]:
        """`pattern.finditer` on the text (offsets and spans hold; groups may be lower-cased)."""
        pattern, text = self.searchable(pattern)
        return pattern.finditer(text, *args)

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        pattern, text = self.searchable(pattern)
        return pattern.search(text)

    def finditer_around(
        self, pattern: re.Pattern[str], needles: Sequence[str], before: int, after: int
    ) -> Iterator[re.Match[str]]:
        """Matches of `pattern` within `before` and `after` characters of each needle.

        For patterns that start at most `before` characters before a needle and end at most
        `after` characters after it: `finditer`'s matches, without scanning the whole text
        (a regex starting at a digit cannot use the engine's fast literal search). Linear:
        each window is bounded and windows are searched once.
        """
        lowered = self.lowered if self.lowered is not None else self.text.lower()
        positions = sorted(
            position for needle in needles for position in _positions(lowered, needle)
        )
        return self.finditer_at(pattern, positions, before, after)

    def finditer_at(
        self, pattern: re.Pattern[str], positions: Iterable[int], before: int, after: int
    ) -> Iterator[re.Match[str]]:
        """`finditer_around` with the `positions` (in order) given instead of needles.

        Windows that overlap or touch are searched as one: fewer searches, and no match is
        cut short at the edge of a window its neighbour continues.
        """
        pattern, text = self.searchable(pattern)
        size = len(text)
        low = high = 0
        for position in positions:
            start, end = max(position - before, 0), min(position + after, size)
            if start <= high and high > low:
                high = max(high, end)
                continue
            if high > low:
                yield from pattern.finditer(text, low, high)
            low, high = start, end
        if high > low:
            yield from pattern.finditer(text, low, high)

    def finditer_near(
        self, pattern: re.Pattern[str], needles: Sequence[str], *, neighbours: bool = True
    ) -> Iterator[re.Match[str]]:
        """Matches of `pattern` in the sentences holding one of `needles` and their neighbours.

        For patterns whose every match holds a needle and spans at most two sentences: the
        same matches as `finditer`, without scanning the sentences that cannot hold one.
        """
        spans = self._spans
        windows: list[list[int]] = []
        for index in self.sentences_with(needles):
            reach = 1 if neighbours else 0
            low = spans[max(index - reach, 0)][0]
            high = spans[min(index + reach, len(spans) - 1)][1]
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        for low, high in windows:
            yield from self.finditer(pattern, low, high)

    @cached_property
    def _plain(self) -> bool:
        """Whether the lower-cased text is what `fold` sees, offset for offset."""
        lowered = self.lowered
        if lowered is None:
            return False
        if "\r" in lowered:
            return not _ODD_SPACE.search(lowered)
        # A few substring scans (each white-space character other than space and line break,
        # and two spaces) instead of a regex tried at every character: the same answer.
        return not any(odd in lowered for odd in _ODD_SPACES)

    def sentences_with(self, needles: Sequence[str]) -> list[int]:
        """The indexes (into `sentence_spans`) of the sentences holding one of `needles`, in
        order."""
        if not self._plain:
            return [
                index
                for index, folded in enumerate(self._folded)
                if any(needle in folded for needle in needles)
            ]
        if len(needles) == 1:
            return self._sentences_with(needles[0])
        found: set[int] = set()
        for needle in needles:
            found.update(self._sentences_with(needle))
        return sorted(found)

    def _sentences_with(self, needle: str) -> list[int]:
        """The indexes of the sentences holding `needle`, found once per needle and text
        (rules share needles: "fault", "amazon", "responsible")."""
        try:
            return self._needle_sentences[needle]
        except KeyError:
            pass
        lowered, starts = self.lowered, self._starts
        assert lowered is not None
        found: list[int] = []
        position = lowered.find(needle)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            found.append(index)
            following = starts[index + 1] if index + 1 < len(starts) else len(lowered)
            position = lowered.find(needle, max(following, position + 1))
        self._needle_sentences[needle] = found
        return found

    @cached_property
    def _starts(self) -> list[int]:
        return [0, *(match.end() for match in _SENTENCE_BREAK.finditer(self.text))]

    @cached_property
    def _spans(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, [*self._starts[1:], len(self.text)], strict=True))

    @cached_property
    def _folded(self) -> list[str]:
        """Each sentence as `fold` sees it (a line break can only end a sentence)."""
        if self._plain:
            lowered = self.lowered
            assert lowered is not None
            return [lowered[start:end] for start, end in self._spans]
        return [fold(self.text[start:end]) for start, end in self._spans]

    def sentence_at(self, position: int) -> tuple[int, str]:
        """The start offset and the stripped text of the sentence holding `position`."""
        index = bisect_right(self._starts, position) - 1
        sentence = self._stripped.get(index)
        if sentence is None:
            # Once per sentence: many matches in one long sentence copy it only once.
            start, end = self._spans[index]
            sentence = self._stripped[index] = self.text[start:end].strip()
        return self._starts[index], sentence

    def sentence_end(self, position: int) -> int:
        """Where the sentence holding `position` ends."""
        return self._spans[bisect_right(self._starts, position) - 1][1]

    def sentence_spans(self) -> list[tuple[int, int]]:
        """Where each sentence starts and ends (blank ones included)."""
        return self._spans

    def sentences(self) -> Iterator[tuple[int, str]]:
        """Each non-blank sentence with its start offset."""
        for start, end in self._spans:
            sentence = self.text[start:end].strip()
            if sentence:
                yield start, sentence

    def sentences_matching(
        self,
        pattern: re.Pattern[str],
        *,
        needles: Sequence[str] = (),
        also: Sequence[str] = (),
    ) -> Iterator[tuple[int, str]]:
        """Each sentence with a match of `pattern`, once, in order.

        With `needles` (strings one of which every match holds, see `fold`), `pattern`
        searches only the sentences that hold one: much faster on long letters. With `also`
        (a second such set), only those of them that hold one of `also` too, or follow one
        that does.
        """
        if needles:
            # A match may start in the sentence before ("Happy with it? Leave a review!"),
            # so each sentence with a needle is searched from the previous one's start.
            pattern, text = self.searchable(pattern)
            spans = self._spans
            indexes = self.sentences_with(needles)
            if also:
                with_also = set(self.sentences_with(also))
                indexes = [i for i in indexes if i in with_also or i - 1 in with_also]
            for index in indexes:
                start, end = spans[index]
                previous = spans[index - 1][0] if index else 0
                if any(match.end() > start for match in pattern.finditer(text, previous, end)):
                    yield start, self.text[start:end].strip()
            return
        last_start = -1
        for match in self.finditer(pattern):
            start, sentence = self.sentence_at(match.start())
            if start != last_start:
                last_start = start
                yield start, sentence


class NeedleSet:
    """Which of many needles occur in a text, found in one pass instead of one per needle.

    An Aho-Corasick automaton (pyahocorasick, in C) reads the text once and reports every
    needle ending at each character, overlapping ones included: linear in the text plus
    the needles found, whatever the number of needles.
    """

    def __init__(self, needles: Iterable[str]) -> None:
        self.needles = frozenset(needle for needle in needles if needle)
        self._automaton = ahocorasick.Automaton()
        for needle in self.needles:
            self._automaton.add_word(needle, needle)
        if self.needles:
            self._automaton.make_automaton()

    def found_in(self, text: str) -> set[str]:
        """The needles that occur in `text`."""
        if not self.needles:
            return set()
        return {needle for _end, needle in self._automaton.iter(text)}


def _positions(text: str, needle: str) -> Iterator[int]:
    position = text.find(needle)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1)


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
