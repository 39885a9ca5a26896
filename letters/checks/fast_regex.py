"""Rule regexes rewritten into equivalents Python's engine runs faster on long text.

The rules' patterns are long alternations of phrases with bounded gaps between words. Two
shapes cost Python's backtracking engine far more than they need to:

- **Branches starting with `\\b`.** The engine tries an alternation's branches one by one at
  every position. A branch that starts with a literal is rejected by a one-character look;
  one that starts with `\\b` is not, so sixty `\\b…` branches cost sixty steps at every
  character, most of them inside a word. `\\ba…|\\bb…` becomes `\\b(?:a…|b…)`: the boundary
  is tested once.
- **A lazy gap before a word**, as in `review[^.!?\\n]{0,120}?\\bask`. The engine steps the
  gap one character at a time and tries the rest of the pattern at each: 120 attempts per
  "review". A look-ahead `(?=[^.!?\\n]{0,120}ask)` put before the gap fails first whenever
  the word is not within reach; the engine runs it as a tight scan for one character.

Both rewrites keep every match: the order of the alternatives is unchanged, and the
look-ahead only states a condition the gap already needs (it neither consumes nor captures).
`tests/letters/test_fast_regex.py` compares every rule pattern against its original on the
corpus and on pathological text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BOUNDARY = "\\b"
# How a group opens: capturing, (?:, look-arounds, flags, named, back-reference, comment.
_GROUP_OPENING = re.compile(r"\((?:\?(?:P<\w+>|[=!]|<[=!]|[a-zA-Z-]*:|P=\w+\)|#[^)]*\)))?")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d+(?:,\d*)?\}|\{,\d+\})[?+]?")
# A lazy gap of one character class: `[^.!?\n]{0,120}?` (its class and its maximum).
_LAZY_GAP = re.compile(r"\{0,(\d+)\}\?")
# Characters that stand for themselves in a pattern (outside a class).
_PLAIN = re.compile(r"[\w :,'’\"“”‘-]")
# Look-aheads are added only for words of at least this many characters (or one
# punctuation mark): a single common letter would not make the scan any more selective. A gap
# before a choice of words, `(?:contact|tell)`, gets none: one scan per word costs about what
# the gap's own steps cost (measured on the review lexicon).
_MIN_WORD = 2


@dataclass
class _Group:
    opening: str
    branches: list[list[_Token]] = field(default_factory=list)


_Token = str | _Group


def fast_source(source: str) -> str:
    """`source` rewritten as the module's doc explains; `source` itself when it cannot be."""
    branches, end = _parse_alternation(source, 0)
    if end != len(source):  # an unbalanced ")": leave it for re.compile to report
        return source
    return _render_alternation(branches)


# Every pattern compiled through `compile_rule`, with the source it was written as: the test
# compares each against its original.
ORIGINALS: dict[re.Pattern[str], str] = {}


def compile_rule(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` of `source` rewritten by `fast_source`."""
    pattern = re.compile(fast_source(source), flags)
    ORIGINALS[pattern] = source
    return pattern


# Parsing: a pattern as alternatives of tokens (atoms, classes, quantifiers and groups).


def _parse_alternation(source: str, index: int) -> tuple[list[list[_Token]], int]:
    """The alternatives starting at `index`, and the index of the ")" that ends them."""
    branches: list[list[_Token]] = [[]]
    while index < len(source) and source[index] != ")":
        character = source[index]
        if character == "|":
            branches.append([])
            index += 1
            continue
        if character == "\\":
            token: _Token = source[index : index + 2]
            index += 2
        elif character == "[":
            end = _class_end(source, index)
            token, index = source[index:end], end
        elif character == "(":
            token, index = _parse_group(source, index)
        elif quantifier := _QUANTIFIER.match(source, index):
            token, index = quantifier.group(), quantifier.end()
        else:
            token, index = character, index + 1
        branches[-1].append(token)
    return branches, index


def _parse_group(source: str, index: int) -> tuple[_Token, int]:
    opening = _GROUP_OPENING.match(source, index)
    assert opening is not None  # "(" alone matches
    if opening.group().endswith(")"):  # (?P=name) and (?#comment) hold no alternation
        return opening.group(), opening.end()
    branches, end = _parse_alternation(source, opening.end())
    return _Group(opening.group(), branches), end + 1


def _class_end(source: str, index: int) -> int:
    """The index just after the character class opening at `index`."""
    index += 1
    if index < len(source) and source[index] == "^":
        index += 1
    if index < len(source) and source[index] == "]":  # a "]" first is a literal
        index += 1
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index + 1


# Rendering, with the two rewrites.


def _render_alternation(branches: list[list[_Token]]) -> str:
    rendered: list[str] = []
    run: list[str] = []  # adjacent alternatives that start with \b, without it
    for branch in branches:
        text = _render_branch(branch)
        if branch and branch[0] == _BOUNDARY:
            run.append(text[len(_BOUNDARY) :])
            continue
        rendered.extend(_boundary_run(run))
        run = []
        rendered.append(text)
    rendered.extend(_boundary_run(run))
    return "|".join(rendered)


def _boundary_run(run: list[str]) -> list[str]:
    if len(run) < 2:
        return [_BOUNDARY + text for text in run]
    return [f"{_BOUNDARY}(?:{'|'.join(run)})"]


def _render_branch(branch: list[_Token]) -> str:
    parts: list[str] = []
    for index, token in enumerate(branch):
        if isinstance(token, _Group):
            parts.append(f"{token.opening}{_render_alternation(token.branches)})")
            continue
        gap = _LAZY_GAP.fullmatch(token)
        if gap and index and _is_class(branch[index - 1]):
            word = _word_after(branch, index + 1)
            if word:
                # Before the class: `(?=[^…]{0,N}word)[^…]{0,N}?`.
                parts.insert(len(parts) - 1, f"(?={branch[index - 1]}{{0,{gap.group(1)}}}{word})")
        parts.append(token)
    return "".join(parts)


def _is_class(token: _Token) -> bool:
    return isinstance(token, str) and token.startswith("[")


def _word_after(branch: list[_Token], index: int) -> str:
    """The word that must come right after the gap ending at `index`, or "".

    Read from a `\\b` (skipped): a run of plain characters, cut before a character a
    quantifier makes optional.
    """
    if index < len(branch) and branch[index] == _BOUNDARY:
        index += 1
    word = _plain_prefix(branch, index)
    return word if len(word) >= _MIN_WORD or (len(word) == 1 and not word.isalnum()) else ""


def _plain_prefix(branch: list[_Token], index: int) -> str:
    word = []
    while index < len(branch):
        token = branch[index]
        if not isinstance(token, str) or len(token) != 1 or not _PLAIN.fullmatch(token):
            break
        following = branch[index + 1] if index + 1 < len(branch) else ""
        if isinstance(following, str) and _QUANTIFIER.fullmatch(following):
            break
        word.append(token)
        index += 1
    return "".join(word)
