"""Query budgets: the drafts list and a draft's page cost the same however much there is."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from drafts.models import Draft, DraftRevision, TimelineEntry
from drafts.selectors import REVISIONS_SHOWN
from tests.factories import (
    as_user,
    new_draft,
)

# Every team page pays these: the session, the user, the membership with its team (the
# door). The session is not written: the current team was recorded on the first visit.
DOOR = 3
# The list: distinct marketplaces and team members (filter choices), count, page of rows.
LIST_QUERIES = DOOR + 4
# A draft: the draft (author, template version, earlier letter joined), the newest two
# revisions with texts, all revisions without texts, the timeline, the follow-ups.
DETAIL_QUERIES = DOOR + 5


def _bulk_drafts(team, authors, count: int) -> None:
    Draft.objects.bulk_create(
        Draft(
            team=team,
            author=authors[n % len(authors)],
            case_type=("odr_deactivation", "shipping_status")[n % 2],
            marketplace=("UK", "DE", "US")[n % 3],
            subject=f"Appeal {n}",
            body="We refunded every buyer.",
            status=Draft.Status.DRAFT,
        )
        for n in range(count)
    )


@pytest.mark.parametrize("count", [2, 1000])
@pytest.mark.parametrize("params", [{}, {"q": "appeal", "status": "draft", "page": 2}])
def test_drafts_list_costs_the_same_for_2_and_1000_drafts(
    team, owner, editor, django_assert_num_queries, count: int, params: dict
) -> None:
    _bulk_drafts(team, [owner, editor], count)
    client = as_user(owner)
    url = reverse("drafts:list", kwargs={"team_slug": team.slug})
    client.get(url)  # the session exists before counting

    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(url, params)

    assert response.status_code == 200
    # The rows on the page, newest first: the drafts were created in order, Appeal 0 first.
    page = int(params.get("page", 1)) if count > 25 else 1
    newest = count - 1 - 25 * (page - 1)
    shown = re.findall(
        r'<td class="draft-subject">\s*<a href="[^"]+">([^<]+)</a>', response.content.decode()
    )
    assert shown == [f"Appeal {n}" for n in range(newest, max(newest - 25, -1), -1)]


@pytest.mark.parametrize("entries", [1, 50])
def test_draft_page_does_not_grow_with_revisions_or_timeline(
    team, owner, editor, django_assert_num_queries, entries: int
) -> None:
    earlier = new_draft(team, owner)
    draft = new_draft(team, owner, follow_up_of=earlier)
    new_draft(team, editor, follow_up_of=draft)
    DraftRevision.objects.bulk_create(
        DraftRevision(draft=draft, number=n, subject="s", body=f"Text {n}", author=editor)
        for n in range(2, entries + 1)
    )
    TimelineEntry.objects.bulk_create(
        TimelineEntry(
            draft=draft,
            kind=TimelineEntry.Kind.COMMENT,
            text=f"Note {n}",
            happened_on=datetime.date(2025, 3, 1),
            author=(owner, editor)[n % 2],
        )
        for n in range(entries)
    )
    client = as_user(owner)
    url = reverse("drafts:detail", kwargs={"team_slug": team.slug, "pk": draft.pk})
    client.get(url)

    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(url)

    # The newest revisions are listed, the rest counted; the compare form reaches any.
    history = response.context["history"]
    assert [r.number for r in history.revisions] == list(
        range(entries, max(entries - REVISIONS_SHOWN, 0), -1)
    )
    assert history.revision_count == entries
    page = response.content.decode()
    assert f'max="{entries}"' in page if entries > 1 else 'name="old"' not in page
    if entries > REVISIONS_SHOWN:
        assert f"{entries - REVISIONS_SHOWN} earlier revisions are not listed" in page
    assert f"Note {entries - 1}" in response.content.decode()


def test_diff_page_asks_for_numbers_instead_of_listing_every_revision(team, owner) -> None:
    draft = new_draft(team, owner)
    DraftRevision.objects.bulk_create(
        DraftRevision(draft=draft, number=n, subject=draft.subject, body=f"Text {n}")
        for n in range(2, 201)
    )
    url = reverse("drafts:revision_diff", kwargs={"team_slug": team.slug, "pk": draft.pk})

    content = as_user(owner).get(url, {"old": 3, "new": 200}).content.decode()

    assert '<option value="150"' not in content
    assert 'id="diff-old" name="old" min="1" max="200" value="3"' in content
    assert 'id="diff-new" name="new" min="1" max="200" value="200"' in content
