"""Whatever a seller types or pastes is stored as typed and shown as text, never run."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from drafts.models import Draft
from drafts.services import draft_set_status
from tests.factories import (
    PLAN,
    as_user,
    new_draft,
    url,
)

HOSTILE = {
    "html": "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "template_variable": "{{ settings.SECRET_KEY }}",
    "template_tag": "{% debug %}{% csrf_token %}",
    "chinese": "您好，我们已在三月十日前为全部十一位买家办理退款。",
    "emoji": "Refunds sent 🙏✅ — thank you 😊",
}


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_stored_verbatim_and_shown_escaped(team, owner, value: str) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")
    client = as_user(owner)
    # Subject and body through the edit form of a fresh copy (a sent letter is not edited).
    client.post(url("drafts:duplicate", draft))
    copy = Draft.objects.exclude(pk=draft.pk).get()
    client.post(
        url("drafts:edit", copy),
        {"subject": f"Appeal {value}", "body": f"{value}\n\n{PLAN}", "version": copy.version},
    )
    client.post(
        url("drafts:timeline_add", draft),
        {"kind": "comment", "happened_on": "2025-03-01", "text": f"Comment {value}"},
    )
    client.post(
        url("drafts:follow_up", draft),
        {"amazon_reply": f"Amazon: {value}", "happened_on": timezone.localdate()},
    )

    copy.refresh_from_db()
    assert copy.subject == f"Appeal {value}"
    assert copy.body == f"{value}\n\n{PLAN}"
    assert draft.timeline.get(kind="comment").text == f"Comment {value}"
    assert draft.timeline.get(kind="amazon_reply").text == f"Amazon: {value}"
    follow_up = Draft.objects.get(follow_up_of=draft)
    pages = [
        client.get(url("drafts:detail", copy)).content.decode(),
        client.get(url("drafts:edit", copy)).content.decode(),
        client.get(url("drafts:detail", draft)).content.decode(),
        client.get(url("drafts:edit", follow_up)).content.decode(),  # shows Amazon's reply
        client.get(reverse("drafts:list", kwargs={"team_slug": team.slug})).content.decode(),
    ]
    for page in pages[:2]:
        assert escape(f"Appeal {value}") in page
        assert escape(value) in page
    assert escape(f"Comment {value}") in pages[2]
    assert escape(f"Amazon: {value}") in pages[3]
    assert escape(f"Appeal {value}") in pages[4]
    for page in pages:
        assert "<script>alert(1)" not in page
        assert "onerror=alert(2)>" not in page
        assert settings.SECRET_KEY not in page
        # {% debug %} would dump the template context; {% csrf_token %} an input.
        assert "sql_queries" not in page


def test_ten_thousand_characters_are_kept_whole(team, owner) -> None:
    draft = new_draft(team, owner)
    long_text = ("Ab3 " * 2500)[:10_000]
    assert len(long_text) == 10_000
    client = as_user(owner)

    client.post(
        url("drafts:edit", draft),
        {"subject": draft.subject, "body": long_text, "version": 1},
    )
    client.post(
        url("drafts:timeline_add", draft),
        {"kind": "comment", "happened_on": "2025-03-01", "text": long_text},
    )

    draft.refresh_from_db()
    assert draft.body == long_text
    assert draft.timeline.get().text == long_text
    assert client.get(url("drafts:detail", draft)).status_code == 200


def test_hostile_subject_cannot_add_mail_headers(team, owner) -> None:
    import email
    import email.policy

    draft = new_draft(team, owner)
    Draft.objects.filter(pk=draft.pk).update(subject="Hi\r\nBcc: thief@example.com")

    response = as_user(owner).get(url("drafts:download", draft, fmt="eml"))

    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert message["Bcc"] is None
    assert message["Subject"] == "Hi Bcc: thief@example.com"
