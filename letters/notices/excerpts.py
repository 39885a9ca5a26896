"""The excerpt a proposal came from: its line of the notice, shortened around the match."""

from __future__ import annotations

EXCERPT_MAX = 160


def excerpt_at(text: str, position: int) -> str:
    """The line around `position`, without quoting marks, at most EXCERPT_MAX characters."""
    # Bounded searches: a text without line breaks must not cost a full scan per excerpt.
    start = text.rfind("\n", max(0, position - EXCERPT_MAX), position) + 1
    end = text.find("\n", position, position + EXCERPT_MAX)
    if end == -1:
        end = min(len(text), position + EXCERPT_MAX)
    if end - start > EXCERPT_MAX:
        start = max(start, position - EXCERPT_MAX // 2)
        end = min(end, start + EXCERPT_MAX)
    line = text[start:end].strip()
    return line.lstrip("> ").strip()
