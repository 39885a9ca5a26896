"""A word-level diff of two letter texts as escaped HTML with <del> and <ins>."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Words, runs of whitespace (line breaks kept) and single other characters: a changed word
# is marked on its own, not its whole paragraph.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_html(old: str, new: str) -> SafeString:
    """`new` compared with `old`: removed text in <del>, added text in <ins>.

    Every piece of text is escaped before it is wrapped, so a letter containing HTML or
    template syntax shows as typed.
    """
    a, b = _tokens(old), _tokens(new)
    parts: list[str] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[a1:a2])))
            continue
        if op in ("delete", "replace"):
            parts.append(f'<del class="diff-del">{escape("".join(a[a1:a2]))}</del>')
        if op in ("insert", "replace"):
            parts.append(f'<ins class="diff-ins">{escape("".join(b[b1:b2]))}</ins>')
    return mark_safe("".join(parts))  # noqa: S308 - every text part is escaped above
