"""A word-level diff of two letter texts as escaped HTML with <del> and <ins>."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext

# Words, runs of whitespace and single other characters: a changed word is marked on its
# own, not its whole paragraph.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
# An unchanged run this short between two changes ("a", ": ", a space) is folded into
# them, so a rewritten sentence reads as one removal and one addition, not word salad.
_GLUE_CHARS = 3


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


def diff_html(old: str, new: str, *, context: int | None = 2) -> SafeString:
    """`new` compared with `old`: removed text in <del>, added text in <ins>.

    With `context`, long unchanged stretches shrink to that many lines around each change.
    Every piece of text is escaped before it is wrapped, so a letter containing HTML or
    template syntax shows as typed.
    """
    a, b = _tokens(old), _tokens(new)
    codes = _opcodes(a, b)
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
