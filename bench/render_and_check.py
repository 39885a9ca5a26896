"""Time one realistic appeal letter: render it from its template and run the checker.

Run from the repository root: `make bench` or `.venv/bin/python bench/render_and_check.py`.
No database is needed: the template version is built in memory from the shipped fixture.
Target: a median under 2 ms per render + check.

Then the same letter grown to 1 KB, 10 KB and 100 KB (the time must grow linearly: the
"per KB" column stays flat), and 20,000-character pathological texts (runs of punctuation,
brackets, braces, spaces, one word repeated, one long line) through the whole checker, as a
buyer message and as an appeal: each must stay far under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASE = "odr_deactivation"


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sellerdesk.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def appeal_fields() -> dict:
    """The English ODR appeal's current text as it ships in fixtures/letter_templates.json."""
    records = json.loads((ROOT / "fixtures" / "letter_templates.json").read_text())
    slugs = {
        record["fields"]["slug"]
        for record in records
        if record["model"] == "letters.lettertemplate"
        and record["fields"]["case_type"] == CASE
        and record["fields"]["language"] == "en"
    }
    versions = [
        record["fields"]
        for record in records
        if record["model"] == "letters.templateversion" and record["fields"]["template"][0] in slugs
    ]
    if not versions:
        sys.exit(f"No {CASE} template in fixtures/letter_templates.json.")
    return max(versions, key=lambda fields: fields["number"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="how many render + check rounds")
    args = parser.parse_args()

    setup_django()
    from letters.checks import check_letter
    from letters.models import LetterTemplate, TemplateVersion
    from letters.rendering import example_values, render_version

    fields = appeal_fields()
    version = TemplateVersion(
        template=LetterTemplate(case_type=CASE, language="en"),
        number=fields["number"],
        subject=fields["subject"],
        body=fields["body"],
        placeholders=fields["placeholders"],
    )
    stock = render_version(version, example_values(version.placeholder_list))
    # A seller's own facts: the examples with a different store, figures and order list.
    values = example_values(version.placeholder_list) | {
        "store_name": "Happy Otter Trading",
        "odr_percent": "2.3",
        "claim_count": 14,
        "order_ids": ["302-1234567-1234567", "302-7654321-7654321", "302-1111111-2222222"],
    }

    def once() -> int:
        letter = render_version(version, values)
        findings = check_letter(
            case=CASE, subject=letter.subject, body=letter.body, stock_texts=(stock.body,)
        )
        return len(findings)

    for _ in range(50):  # warm caches (compiled patterns, rules per case) before timing
        findings = once()
    timings = []
    for _ in range(args.n):
        start = time.perf_counter()
        once()
        timings.append((time.perf_counter() - start) * 1000)

    timings.sort()
    print(f"{args.n} renders + checks of the {CASE} appeal ({len(version.body)} chars template)")
    print(f"findings per letter: {findings}")
    print(f"median {statistics.median(timings):.3f} ms")
    print(f"p95    {timings[int(len(timings) * 0.95)]:.3f} ms")
    print(f"max    {timings[-1]:.3f} ms")

    letter = render_version(version, values).body
    print("\nGrowth with the text (the rendered letter repeated to each size, checked):")
    for size, rounds in ((1_000, 500), (10_000, 50), (100_000, 5)):
        body = (letter * (size // len(letter) + 1))[:size]
        median = _median_ms(lambda body=body: check_letter(case=CASE, body=body), rounds)
        print(
            f"  {size // 1000:>4} KB  median {median:8.3f} ms  {median / (size / 1000):.4f} ms per KB"
        )

    print("\nPathological texts of 20,000 characters (whole checker, median of 3):")
    for name, unit in PATHOLOGICAL:
        text = (unit * (20_000 // len(unit) + 1))[:20_000]
        buyer = _median_ms(lambda text=text: check_letter(case="review_followup", body=text), 3)
        appeal = _median_ms(lambda text=text: check_letter(case=CASE, body=text), 3)
        print(f"  {name:<24} buyer message {buyer:7.1f} ms   appeal {appeal:7.1f} ms")


PATHOLOGICAL = (
    ("exclamation marks", "!"),
    ("full stops", "."),
    ("question marks", "?"),
    ("open brackets", "["),
    ("close brackets", "]"),
    ("open braces", "{"),
    ("bracket and letter", "[a"),
    ("spaces", " "),
    ("line breaks", "\n"),
    ("digits", "1"),
    ("at signs", "a@"),
    ("one word repeated", "review "),
    ("a request's words repeated", "if you are happy review "),
    ("one long line", "Please leave us a review if you are happy and contact us at our shop "),
)


def _median_ms(work: Callable[[], object], rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


if __name__ == "__main__":
    main()
