"""Every free-text field of the drafts pages has a length limit, in the page and on the server."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from drafts.models import Draft, TimelineEntry
from drafts.services import (
    DraftError,
    LetterSpec,
    draft_create,
    draft_set_status,
    draft_update,
)
from letters.limits import LETTER_MAX_CHARS, NOTE_MAX_CHARS
from tests.factories import PLAN

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(team, owner) -> Draft:
    return draft_create(
        team=team,
        author=owner,
        letter=LetterSpec(
            case_type="odr_deactivation",
            marketplace="UK",
            subject="Appeal",
            body=PLAN,  # a complete Plan of Action: nothing blocks "Mark as sent"
            answers={},
            recipients=[],
            route_name="Account Health appeal",
            route_where="",
            template_version=None,
        ),
    )


def url(name: str, draft: Draft) -> str:
    return reverse(f"drafts:{name}", kwargs={"team_slug": draft.team.slug, "pk": draft.pk})


def test_the_pages_tell_the_browser_each_limit(client: Client, owner, draft: Draft) -> None:
    client.force_login(owner)
    edit = client.get(url("edit", draft)).content.decode()
    assert f'maxlength="{LETTER_MAX_CHARS}"' in edit
    assert 'maxlength="300"' in edit
    draft_set_status(draft=draft, user=owner, status=Draft.Status.SENT)
    detail = client.get(url("detail", draft)).content.decode()
    assert detail.count(f'maxlength="{NOTE_MAX_CHARS}"') == 2  # comment and Amazon's reply


def test_a_letter_over_the_limit_is_refused_with_a_message(
    client: Client, owner, draft: Draft
) -> None:
    client.force_login(owner)
    # Line breaks count once, as the browser counts them, though they arrive as CRLF.
    fits = "a\r\n" * (LETTER_MAX_CHARS // 2)
    saved = client.post(url("edit", draft), {"subject": "A", "body": fits, "version": 1})
    assert saved.status_code == 302
    too_long = client.post(
        url("edit", draft), {"subject": "A", "body": "a" * (LETTER_MAX_CHARS + 1), "version": 2}
    )
    assert too_long.status_code == 400
    # Django's message: "Ensure this value has at most 30,000 characters (it has 30,001)."
    assert str(LETTER_MAX_CHARS) in too_long.content.decode().replace(",", "")
    draft.refresh_from_db()
    assert draft.version == 2


def test_a_comment_or_reply_over_the_limit_adds_nothing(
    client: Client, owner, draft: Draft
) -> None:
    client.force_login(owner)
    today = timezone.localdate().isoformat()
    client.post(
        url("timeline_add", draft),
        {"kind": "comment", "text": "x" * (NOTE_MAX_CHARS + 1), "happened_on": today},
    )
    draft_set_status(draft=draft, user=owner, status=Draft.Status.SENT)
    response = client.post(
        url("follow_up", draft),
        {"amazon_reply": "x" * (NOTE_MAX_CHARS + 1), "happened_on": today},
        follow=True,
    )
    assert str(NOTE_MAX_CHARS) in response.content.decode().replace(",", "")
    assert not draft.timeline.filter(kind=TimelineEntry.Kind.COMMENT).exists()
    assert not draft.timeline.filter(kind=TimelineEntry.Kind.AMAZON_REPLY).exists()
    assert not Draft.objects.filter(follow_up_of=draft).exists()


def test_the_services_refuse_an_overlong_letter_whatever_calls_them(owner, draft: Draft) -> None:
    with pytest.raises(DraftError, match="longer than"):
        draft_update(
            draft=draft,
            editor=owner,
            subject="A",
            body="a" * (LETTER_MAX_CHARS + 1),
            expected_version=1,
        )
