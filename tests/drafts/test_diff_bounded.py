"""The revision diff does bounded work: lines first, words only inside changed lines."""

from __future__ import annotations

import html
import random
import re
import time

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from drafts import diff
from drafts.diff import diff_html
from drafts.models import Draft, DraftRevision
from drafts.services import LetterSpec, draft_create

WORDS = [
    "order",
    "refund",
    "parcel",
    "the",
    "a",
    "we",
    "our",
    "supplier",
    "listing",
    "checked",
    "daily",
    "weekly",
]


def letter(size: int, seed: int) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(" ".join(rng.choice(WORDS) for _ in range(12)) + ".")
        if len(lines) % 5 == 4:
            lines.append("")
    return "\n".join(lines)[:size]


def sides(rendered: str) -> tuple[str, str]:
    """The old and the new text back from the diff (no context shrinking)."""
    old = re.sub(r'<ins class="diff-ins">.*?</ins>', "", rendered, flags=re.S)
    new = re.sub(r'<del class="diff-del">.*?</del>', "", rendered, flags=re.S)
    strip = re.compile(r"</?(del|ins)[^>]*>")
    return html.unescape(strip.sub("", old)), html.unescape(strip.sub("", new))


@pytest.mark.parametrize(
    "new",
    [
        letter(20_000, seed=2),  # rewritten throughout
        letter(20_000, seed=1).replace(" the ", " one "),  # every line edited
        "Intro line.\n\n" + letter(20_000, seed=1),  # a paragraph added on top
    ],
)
def test_two_long_revisions_diff_quickly_and_show_both_texts_exactly(new: str) -> None:
    old = letter(20_000, seed=1)
    start = time.perf_counter()
    rendered = diff_html(old, new, context=None)
    elapsed = time.perf_counter() - start
    assert sides(rendered) == (old, new)
    assert elapsed < 0.5  # the word-level diff of the whole texts took ~15 s


def test_past_the_work_cap_changed_lines_are_shown_whole(monkeypatch) -> None:
    old = "one two three\nfour five six\n"
    new = "one 2 three\nfour 5 six\n"
    assert '<del class="diff-del">two</del>' in diff_html(old, new)
    monkeypatch.setattr(diff, "WORD_WORK_CAP", diff.STRETCH_COST + 5)
    cache.clear()  # diffs are cached by their texts; this one is computed again under the cap
    rendered = diff_html(old, new)
    assert '<del class="diff-del">two</del>' in rendered  # the first line within the cap
    assert '<del class="diff-del">four five six\n</del>' in rendered
    assert sides(diff_html(old, new, context=None)) == (old, new)


def test_an_unchanged_line_is_never_marked() -> None:
    old = "Dear team,\n\nWe checked every order.\n\nKind regards,\nLi Wei\n"
    new = "Dear team,\n\nWe checked every order twice.\n\nKind regards,\nLi Wei\n"
    rendered = diff_html(old, new)
    assert rendered.count("<ins") == 1 and "<del" not in rendered
    assert '<ins class="diff-ins"> twice</ins>' in rendered


@pytest.mark.django_db
def test_a_draft_with_200_long_revisions_opens_well_under_a_second(
    client: Client, team, owner, django_assert_max_num_queries
) -> None:
    draft = draft_create(
        team=team,
        author=owner,
        letter=LetterSpec(
            case_type="odr_deactivation",
            marketplace="UK",
            subject="Appeal",
            body=letter(20_000, seed=0),
            answers={},
            recipients=[],
            route_name="",
            route_where="",
            template_version=None,
        ),
    )
    DraftRevision.objects.bulk_create(
        DraftRevision(
            draft=draft, number=n, subject="Appeal", body=letter(20_000, seed=n), author=owner
        )
        for n in range(2, 201)
    )
    Draft.objects.filter(pk=draft.pk).update(body=letter(20_000, seed=200), version=200)
    client.force_login(owner)
    url = reverse("drafts:detail", kwargs={"team_slug": team.slug, "pk": draft.pk})
    client.get(url)  # warm: templates compiled, translations loaded

    start = time.perf_counter()
    with django_assert_max_num_queries(20):
        response = client.get(url)
    elapsed = time.perf_counter() - start

    assert response.status_code == 200
    assert "diff-ins" in response.content.decode()
    assert elapsed < 1.0
