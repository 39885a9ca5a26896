"""Finding literal phrases fast: one alternation per list, word starts checked afterwards.

A pattern that starts with a lookbehind loses the regex engine's first-character filter
and costs a full attempt at every position; checking the character before a match in
Python keeps the scan cheap on the longest notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_LATIN_LETTER = re.compile(r"[a-zà-ÿ]", re.IGNORECASE)


def phrases_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Phrases in lower case, to run over lowered() text: case-insensitive matching would
    turn off the engine's first-character filter as well."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(f"(?:{alternatives})")


def lowered(text: str) -> str:
    """The text in lower case, every character kept in its place (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _letter_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and bool(_LATIN_LETTER.match(text[index]))


def phrase_matches(
    pattern: re.Pattern[str], text: str, *, whole_words: bool = False
) -> Iterator[re.Match[str]]:
    """Matches that do not start inside a word ("odr" in "codr"); CJK has no spaces.

    With whole_words, nor end inside one ("pin" in "pink"); without, a phrase may be the
    start of a word ("fattur" for fattura and fatture).
    """
    for match in pattern.finditer(lowered(text)):
        if _letter_at(text, match.start() - 1):
            continue
        if whole_words and _letter_at(text, match.end()):
            continue
        yield match


def first_phrase(
    pattern: re.Pattern[str], text: str, *, whole_words: bool = False
) -> re.Match[str] | None:
    return next(phrase_matches(pattern, text, whole_words=whole_words), None)
