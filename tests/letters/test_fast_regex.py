"""The rule regexes' faster rewrite (letters/checks/fast_regex.py) finds exactly what the
patterns as written find: on the shapes it rewrites, and for every rule pattern of the
checker on corpus letters and on pathological text."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from letters.checks import lexicon
from letters.checks import run as _registers_every_rule  # noqa: F401 (compiles the rules)
from letters.checks.fast_regex import ORIGINALS, compile_rule, fast_source

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "checker_corpus"


@pytest.mark.parametrize(
    ("source", "rewritten"),
    [
        # Adjacent \b alternatives share one \b; the others keep their place.
        (r"\bask|\bbeg|please|\bcry", r"\b(?:ask|beg)|please|\bcry"),
        (r"(?:\bx|\by)z", r"(?:\b(?:x|y))z"),
        (r"(?P<n>\ba|\bb)(?P=n)", r"(?P<n>\b(?:a|b))(?P=n)"),
        (r"(?i:\bfoo|\bbar)", r"(?i:\b(?:foo|bar))"),
        # A lazy gap before a word gets a look-ahead for the word.
        (
            r"review[^.!?\n]{0,120}?\bask\w*",
            r"review(?=[^.!?\n]{0,120}ask)[^.!?\n]{0,120}?\bask\w*",
        ),
        (r"x[^.]{0,30}?:\s*y", r"x(?=[^.]{0,30}:)[^.]{0,30}?:\s*y"),
        # A word is cut before a letter a quantifier makes optional.
        (r"a[^.]{0,9}?\bask?", r"a(?=[^.]{0,9}as)[^.]{0,9}?\bask?"),
    ],
)
def test_the_rewrites(source: str, rewritten: str) -> None:
    assert fast_source(source) == rewritten


@pytest.mark.parametrize(
    "source",
    [
        r"[\b|]\ba|\bq",  # "|" and "\b" inside a class are not an alternation
        r"\(\ba|\bb\)",  # escaped parentheses are not a group
        r"a[^.]{0,9}?\b[xy]z",  # no word after the gap: no look-ahead
        r"a[^.]{0,9}?\bx",  # a one-letter word would not make the scan more selective
        r"a\w{0,9}?\bxyz",  # only gaps of one character class are looked ahead
        # Several words after the gap: a look-ahead for each would cost what it saves.
        r"x[^.]{0,80}?\b(?:contact|tell)\s+us",
    ],
)
def test_what_is_left_as_it_is(source: str) -> None:
    assert fast_source(source) == source


def test_an_unbalanced_pattern_is_left_for_re_to_report() -> None:
    assert fast_source(r"a)|\bb|\bc") == r"a)|\bb|\bc"
    with pytest.raises(re.error):
        compile_rule(r"a)|\bb")


@cache
def _sample_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*/*.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        for line in lines[::15]:
            item = json.loads(line)
            texts.append(f"{item['subject']}\n{item['body']}")
    units = ["review ", "if you are happy review ", "[a", "!", "a@", "1% ", "レビュー"]
    texts += [(unit * 1500)[:1500] for unit in units]
    return texts


def _lexicon_sources() -> list[str]:
    return [
        source
        for entry in vars(lexicon).values()
        if isinstance(entry, dict) and "en" in entry
        for source in entry.values()
        if isinstance(source, str) and source
    ]


def _rule_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each rule pattern the checker compiles, with the source it was written as.

    A lexicon is compiled per language as English joined with that language: each
    language's source is checked on its own instead of in every combination.
    """
    joined = {f"(?:{source})" for source in _lexicon_sources()}
    patterns = [
        (pattern, source)
        for pattern, source in ORIGINALS.items()
        if not source.startswith(tuple(joined))
    ]
    patterns += [(compile_rule(source, re.I), source) for source in set(_lexicon_sources())]
    return [(pattern, source) for pattern, source in patterns if pattern.pattern != source]


RULE_PATTERNS = _rule_patterns()


def test_most_rule_patterns_are_rewritten() -> None:
    assert len(RULE_PATTERNS) > 80


@pytest.mark.parametrize("index", range(0, len(RULE_PATTERNS), 10))
def test_every_rule_pattern_finds_what_it_was_written_to_find(index: int) -> None:
    texts = _sample_texts()
    assert len(texts) > 160
    for pattern, source in RULE_PATTERNS[index : index + 10]:
        original = re.compile(source, pattern.flags)
        for text in texts:
            expected = [match.span() for match in original.finditer(text)]
            assert [match.span() for match in pattern.finditer(text)] == expected, source[:80]
