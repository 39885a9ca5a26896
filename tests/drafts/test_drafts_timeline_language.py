"""A team shares one timeline though its members read different languages."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from drafts.models import TimelineEntry
from drafts.services import draft_follow_up, draft_set_status
from tests.factories import as_user, new_draft, url


def test_status_changes_are_stored_in_english_and_read_in_each_language(
    team, owner, editor
) -> None:
    draft = new_draft(team, owner)
    with translation.override("zh-hans"):  # a Chinese-speaking owner moves the case on
        draft_set_status(draft=draft, user=owner, status="sent")
        draft_set_status(draft=draft, user=owner, status="resolved", outcome="accepted")

    texts = list(
        draft.timeline.filter(kind=TimelineEntry.Kind.STATUS_CHANGE).values_list("text", flat=True)
    )
    assert texts == ["Draft → Sent", "Sent → Resolved (Accepted)"]

    english = as_user(editor).get(url("drafts:detail", draft)).content.decode()
    chinese_client = as_user(editor)
    chinese_client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    chinese = chinese_client.get(url("drafts:detail", draft)).content.decode()

    assert "Sent → Resolved (Accepted)" in english
    with translation.override("zh-hans"):
        sent, resolved, accepted = (
            str(label)
            for label in (
                draft.Status.SENT.label,
                draft.Status.RESOLVED.label,
                draft.Outcome.ACCEPTED.label,
            )
        )
    assert f"{sent} → {resolved} ({accepted})" in chinese
    assert "Sent → Resolved (Accepted)" not in chinese


def test_a_follow_up_note_is_stored_in_english_and_shown_translated(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")
    with translation.override("zh-hans"):
        draft_follow_up(draft=draft, user=owner, amazon_reply="Please send the invoices.")
        note = translation.gettext("Follow-up letter started.")

    entry = draft.timeline.get(kind=TimelineEntry.Kind.FOLLOW_UP)
    assert entry.text == "Follow-up letter started."
    with translation.override("zh-hans"):
        assert entry.display_text == note != entry.text


def test_words_people_typed_are_shown_as_typed(team, owner) -> None:
    draft = new_draft(team, owner)
    entry = TimelineEntry.objects.create(
        draft=draft, kind=TimelineEntry.Kind.COMMENT, text="Draft → Sent {{ 7*7 }}", author=owner
    )

    with translation.override("zh-hans"):
        assert entry.display_text == "Draft → Sent {{ 7*7 }}"
