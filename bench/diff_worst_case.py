"""Time the revision diff on its worst cases: long letters changed throughout.

Run from the repository root: `make bench` or `.venv/bin/python bench/diff_worst_case.py`.
No database is needed. Each case is two revisions of a letter of the given size:
- "rewritten": every line different (the old word-level diff took ~15 s at 12 KB);
- "every line edited": one word changed in every line, so every line is compared word
  by word until the work cap;
- "lines moved": the same paragraphs in another order.
Target: every case well under 100 ms, so a draft page (which diffs its last two
revisions) opens in well under a second however long and many its revisions are.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    *("order", "refund", "parcel", "carrier", "delivery", "invoice", "supplier", "listing"),
    *("buyer", "account", "review", "warehouse", "label", "customs", "weekend", "answer"),
    *("message", "team", "process", "checked", "daily", "weekly", "the", "a", "we", "our"),
    *("your", "and", "with", "within", "hours", "days", "since", "because", "after", "every"),
]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sellerdesk.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def letter(size: int, seed: int) -> str:
    """About `size` characters of letter-like lines, paragraphs of four lines."""
    rng = random.Random(seed)
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + ".")
        if len(lines) % 5 == 4:
            lines.append("")
    return "\n".join(lines)[:size]


def every_line_edited(text: str) -> str:
    return "\n".join(
        line.replace(" the ", " one ", 1) + " Done." if line else line for line in text.split("\n")
    )


def lines_moved(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[1::2] + paragraphs[::2])


def timed(function: Callable[[], object], rounds: int, before: Callable[[], object]) -> list[float]:
    timings = []
    for _ in range(rounds):
        before()
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return sorted(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20, help="rounds per case")
    args = parser.parse_args()
    setup_django()
    from django.core.cache import cache

    from drafts.diff import diff_html

    for size in (20_000, 48_000):
        old = letter(size, seed=1)
        cases = {
            "rewritten": letter(size, seed=2),
            "every line edited": every_line_edited(old),
            "lines moved": lines_moved(old),
        }
        for name, new in cases.items():
            # diff_html keeps each result: forget it first, so every round computes the diff.
            timings = timed(lambda old=old, new=new: diff_html(old, new), args.n, cache.clear)
            print(
                f"diff of two {size // 1000} KB revisions, {name:<17}: "
                f"median {statistics.median(timings):7.1f} ms, max {timings[-1]:7.1f} ms"
            )


if __name__ == "__main__":
    main()
