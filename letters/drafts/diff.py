"""A word-level diff of two letter texts as escaped HTML with <del> and <ins>.

Bounded work whatever the texts: lines are matched first (a letter has a few hundred), and
words are compared only inside the lines that changed, and only when that block is small
enough (MAX_WORD_CELLS); a larger changed block shows as removed and added as a whole.
A result is cached by the two texts, so a revision's diff is computed once.
"""

from __future__ import annotations

import hashlib
import re
from difflib import SequenceMatcher

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext

# Words, runs of whitespace and single other characters: a changed word is marked on its
# own, not its whole paragraph.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# An unchanged run this short between two changes ("a", ": ", a space) is folded into
# them, so a rewritten sentence reads as one removal and one addition, not word salad.
_GLUE_CHARS = 3


# A changed block of lines is compared word by word only if (words before) × (words after)
# stays under this: SequenceMatcher's work grows with that product.
MAX_WORD_CELLS = 40_000
CACHE_SECONDS = 24 * 60 * 60


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _line_tokens(text: str) -> tuple[list[str], list[int]]:
    """The words of `text`, line by line, and where each line's words start."""
    tokens: list[str] = []
    starts = [0]
    for line in text.splitlines(keepends=True):
        tokens.extend(_tokens(line))
        starts.append(len(tokens))
    return tokens, starts


def _raw_opcodes(
    old: str, new: str
) -> tuple[list[str], list[str], list[tuple[str, int, int, int, int]]]:
    """Word opcodes of `new` against `old`, found within changed lines only."""
    lines_a, lines_b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    a, starts_a = _line_tokens(old)
    b, starts_b = _line_tokens(new)
    codes: list[tuple[str, int, int, int, int]] = []
    # autojunk: a line repeated everywhere (a blank line) does not make the match quadratic.
    for op, i1, i2, j1, j2 in SequenceMatcher(None, lines_a, lines_b).get_opcodes():
        a1, a2, b1, b2 = starts_a[i1], starts_a[i2], starts_b[j1], starts_b[j2]
        if op == "equal" or a1 == a2 or b1 == b2:
            codes.append((op if op == "equal" else "replace", a1, a2, b1, b2))
        elif (a2 - a1) * (b2 - b1) > MAX_WORD_CELLS:
            codes.append(("replace", a1, a2, b1, b2))
        else:
            words = SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=False)
            codes.extend(
                (wop, a1 + x1, a1 + x2, b1 + y1, b1 + y2)
                for wop, x1, x2, y1, y2 in words.get_opcodes()
            )
    # Equal runs side by side (the end of one block, the next unchanged lines) are one run,
    # as a single pass over the words would have found them.
    merged: list[tuple[str, int, int, int, int]] = []
    for code in codes:
        if merged and code[0] == "equal" and merged[-1][0] == "equal":
            merged[-1] = ("equal", merged[-1][1], code[2], merged[-1][3], code[4])
        elif code[1] != code[2] or code[3] != code[4]:
            merged.append(code)
    return a, b, merged


def _opcodes(
    a: list[str], codes: list[tuple[str, int, int, int, int]]
) -> list[tuple[str, int, int, int, int]]:
    merged: list[list] = []
    for index, (op, a1, a2, b1, b2) in enumerate(codes):
        between_changes = 0 < index < len(codes) - 1
        glue = op == "equal" and between_changes and len("".join(a[a1:a2]).strip()) < _GLUE_CHARS
        if (op != "equal" or glue) and merged and merged[-1][0] == "replace":
            merged[-1][2], merged[-1][4] = a2, b2
        elif op != "equal" or glue:
            merged.append(["replace", a1, a2, b1, b2])
        else:
            merged.append([op, a1, a2, b1, b2])
    return [tuple(code) for code in merged]


def _unchanged(text: str, *, first: bool, last: bool, context: int | None) -> str:
    """Unchanged text, escaped; a long stretch keeps `context` lines next to each change."""
    lines = text.split("\n")
    if context is None or len(lines) <= 2 * context + 2:
        return escape(text)
    head = [] if first else lines[: context + 1]
    tail = [] if last else lines[-(context + 1) :]
    skipped = len(lines) - len(head) - len(tail)
    marker = ngettext("… %(n)s unchanged line …", "… %(n)s unchanged lines …", skipped) % {
        "n": skipped
    }
    # The marker is a block of its own (drafts.css): no line breaks around it.
    return (
        escape("\n".join(head))
        + f'<span class="diff-skip">{escape(marker)}</span>'
        + escape("\n".join(tail))
    )


def diff_html(old: str, new: str, *, context: int | None = 2) -> SafeString:
    """`new` compared with `old`: removed text in <del>, added text in <ins>.

    With `context`, long unchanged stretches shrink to that many lines around each change.
    Every piece of text is escaped before it is wrapped, so a letter containing HTML or
    template syntax shows as typed.
    """
    digest = hashlib.sha256(f"{len(old)}:{old}{new}".encode()).hexdigest()
    key = f"drafts.diff:{digest}:{context}:{get_language()}"
    cached = cache.get(key)
    if cached is None:
        cached = _diff_html(old, new, context=context)
        cache.set(key, str(cached), CACHE_SECONDS)
    return mark_safe(cached)  # noqa: S308 - built by _diff_html, where every text is escaped


def _diff_html(old: str, new: str, *, context: int | None) -> SafeString:
    a, b, raw = _raw_opcodes(old, new)
    codes = _opcodes(a, raw)
    parts: list[str] = []
    for index, (op, a1, a2, b1, b2) in enumerate(codes):
        if op == "equal":
            text = "".join(a[a1:a2])
            first, last = index == 0, index == len(codes) - 1
            parts.append(_unchanged(text, first=first, last=last, context=context))
            continue
        if a1 < a2:
            parts.append(f'<del class="diff-del">{escape("".join(a[a1:a2]))}</del>')
        if b1 < b2:
            parts.append(f'<ins class="diff-ins">{escape("".join(b[b1:b2]))}</ins>')
    return mark_safe("".join(parts))  # noqa: S308 - every text part is escaped above
