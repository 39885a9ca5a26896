"""The excerpt a proposal came from: its line of the notice, shortened around the match."""

from __future__ import annotations

EXCERPT_MAX = 160


def excerpt_at(text: str, position: int) -> str:
    """The line around `position`, without quoting marks, at most EXCERPT_MAX characters;
    "…" marks where a longer line was cut."""
    # Bounded searches: a text without line breaks must not cost a full scan per excerpt.
    window_start = max(0, position - EXCERPT_MAX)
    newline = text.rfind("\n", window_start, position)
    start = newline + 1 if newline != -1 else window_start
    end = text.find("\n", position, position + EXCERPT_MAX)
    if end == -1:
        end = min(len(text), position + EXCERPT_MAX)
    cut_before = start > 0 and text[start - 1] != "\n"
    cut_after = end < len(text) and text[end] != "\n"
    if end - start > EXCERPT_MAX:
        new_start = max(start, position - EXCERPT_MAX // 2)
        cut_before = cut_before or new_start > start
        start = new_start
        new_end = min(end, start + EXCERPT_MAX)
        cut_after = cut_after or new_end < end
        end = new_end
    line = text[start:end].strip().lstrip("> ").strip()
    if cut_before and " " in line:
        line = "…" + line.split(" ", 1)[1]
    if cut_after and " " in line:
        line = line.rsplit(" ", 1)[0] + "…"
    return line
