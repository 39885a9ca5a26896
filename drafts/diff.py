"""A diff of two letter texts as escaped HTML with <del> and <ins>, bounded in its work.

Lines are compared first; words are compared only inside the lines that changed. Both
steps cost up to the product of their lengths, so each has a cap: past it, a changed
stretch is shown as whole lines removed and added instead of word by word. Two
20,000-character letters rewritten throughout cost milliseconds, not the seconds a word
diff of the whole texts took (see bench/diff_worst_case.py).
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
# Past this many line pairs, lines are matched only at the start and end of the texts.
LINE_WORK_CAP = 1_000_000
# The word-by-word work one diff may do in all, and on one changed stretch of lines: the
# word pairs compared, plus a fixed cost per stretch for setting up the comparison.
WORD_WORK_CAP = 150_000
BLOCK_WORK_CAP = 50_000
STRETCH_COST = 200
CACHE_SECONDS = 24 * 60 * 60


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    merged: list[list] = []
    codes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
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


def _common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many items a and b share at the start, and then at the end."""
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _blank(line: str) -> bool:
    return not line.strip()


def _line_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    head, tail = _common_ends(a, b)
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if len(middle_a) * len(middle_b) <= LINE_WORK_CAP:
        # Blank lines repeat in every letter; matching on them costs the most, tells least.
        inner = SequenceMatcher(_blank, middle_a, middle_b, autojunk=False).get_opcodes()
    else:
        inner = [("replace", 0, len(middle_a), 0, len(middle_b))]
    codes = [("equal", 0, head, 0, head)] if head else []
    codes += [(op, a1 + head, a2 + head, b1 + head, b2 + head) for op, a1, a2, b1, b2 in inner]
    if tail:
        codes.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return codes


class _Budget:
    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, cost: int) -> bool:
        """Take `cost` from what is left, or refuse (and take nothing) if it is too much."""
        if cost > BLOCK_WORK_CAP or cost > self.left:
            return False
        self.left -= cost
        return True


def _word_pieces(old: str, new: str, budget: _Budget) -> list[list[str]]:
    """The changed lines `old` → `new` as ["equal", text] and ["change", old, new] pieces."""
    if budget.left <= STRETCH_COST:
        return [["change", old, new]]  # the work is spent: whole lines from here on
    a, b = _tokens(old), _tokens(new)
    head, tail = _common_ends(a, b)
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    pieces: list[list[str]] = [["equal", "".join(a[:head])]] if head else []
    if middle_a and middle_b and budget.spend(len(middle_a) * len(middle_b) + STRETCH_COST):
        for op, a1, a2, b1, b2 in _opcodes(middle_a, middle_b):
            if op == "equal":
                pieces.append(["equal", "".join(middle_a[a1:a2])])
            else:
                pieces.append(["change", "".join(middle_a[a1:a2]), "".join(middle_b[b1:b2])])
    else:
        pieces.append(["change", "".join(middle_a), "".join(middle_b)])
    if tail:
        pieces.append(["equal", "".join(a[len(a) - tail :])])
    return pieces


def _pieces(old: str, new: str) -> list[list[str]]:
    """Equal and changed pieces, adjacent ones of a kind merged."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    budget = _Budget(WORD_WORK_CAP)
    raw: list[list[str]] = []
    for op, a1, a2, b1, b2 in _line_opcodes(a, b):
        if op == "equal":
            raw.append(["equal", "".join(a[a1:a2])])
        elif a2 - a1 == b2 - b1:
            # Lines edited in place: compare each with its counterpart, not the whole block.
            for old_line, new_line in zip(a[a1:a2], b[b1:b2], strict=True):
                raw.extend(_word_pieces(old_line, new_line, budget))
        else:
            raw.extend(_word_pieces("".join(a[a1:a2]), "".join(b[b1:b2]), budget))
    merged: list[list[str]] = []
    for piece in raw:
        if merged and merged[-1][0] == piece[0]:
            for index in range(1, len(piece)):
                merged[-1][index] += piece[index]
        elif piece[1:] != [""] * (len(piece) - 1):
            merged.append(list(piece))
    return merged


def diff_html(old: str, new: str, *, context: int | None = 2) -> SafeString:
    """`new` compared with `old`: removed text in <del>, added text in <ins>.

    With `context`, long unchanged stretches shrink to that many lines around each change.
    Every piece of text is escaped before it is wrapped, so a letter containing HTML or
    template syntax shows as typed. A result is cached by the two texts (and the language
    of its "unchanged lines" markers), so a revision's diff is computed once, not per view.
    """
    digest = hashlib.sha256(f"{len(old)}:{old}{new}".encode()).hexdigest()
    key = f"drafts.diff:{digest}:{context}:{get_language()}"
    cached = cache.get(key)
    if cached is None:
        cached = str(_diff_html(old, new, context=context))
        cache.set(key, cached, CACHE_SECONDS)
    return mark_safe(cached)  # noqa: S308 - built by _diff_html, where every text is escaped


def _diff_html(old: str, new: str, *, context: int | None) -> SafeString:
    pieces = _pieces(old, new)
    parts: list[str] = []
    for index, piece in enumerate(pieces):
        if piece[0] == "equal":
            first, last = index == 0, index == len(pieces) - 1
            parts.append(_unchanged(piece[1], first=first, last=last, context=context))
            continue
        removed, added = piece[1], piece[2]
        if removed:
            parts.append(f'<del class="diff-del">{escape(removed)}</del>')
        if added:
            parts.append(f'<ins class="diff-ins">{escape(added)}</ins>')
    return mark_safe("".join(parts))  # noqa: S308 - every text part is escaped above
