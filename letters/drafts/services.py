"""Writes on drafts: create, edit with optimistic locking, status, timeline, follow-ups."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from letters.cases import CASE_TYPES_BY_KEY, Audience
from letters.drafts.models import (
    FOLLOW_UP_STARTED,
    Draft,
    DraftRevision,
    TimelineEntry,
    status_change_text,
)
from letters.notices.reader import NOTICE_MAX

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from letters.models import TemplateVersion
    from sellerdesk.models import Team

# Put at the top of a follow-up. It is written like a placeholder on purpose: the checker
# flags it ("common.unfilled_placeholder") until the seller replaces it.
FOLLOW_UP_NOTE = "[Answer here exactly what Amazon asked for, with new facts]"


class DraftError(Exception):
    """A change to a draft that is not allowed; the message is shown to the user."""


class StaleDraftError(DraftError):
    """Someone saved the draft after the editor opened it; `current` is what is saved now."""

    def __init__(self, current: Draft) -> None:
        super().__init__(_("Someone else saved this letter while you were editing it."))
        self.current = current


def _add_revision(*, draft: Draft, number: int, author: AbstractBaseUser | None) -> None:
    DraftRevision.objects.create(
        draft=draft, number=number, subject=draft.subject, body=draft.body, author=author
    )


@transaction.atomic
def draft_create(
    *,
    team: Team,
    author: AbstractBaseUser | None,
    case_type: str,
    marketplace: str,
    subject: str,
    body: str,
    answers: Mapping[str, object],
    recipients: Sequence[str],
    route_name: str,
    route_where: str,
    template_version: TemplateVersion | None,
    follow_up_of: Draft | None = None,
    language: str = "en",
    notice_text: str = "",
) -> Draft:
    """Save a new letter for a team, with its first revision. The wizard's last step."""
    if case_type not in CASE_TYPES_BY_KEY:
        raise DraftError(_("Unknown case type %(case)s.") % {"case": case_type})
    if follow_up_of is not None and follow_up_of.team_id != team.pk:
        raise DraftError(_("A follow-up belongs to the same team as the earlier letter."))
    if not body.strip():
        raise DraftError(_("The letter is empty."))
    if len(notice_text) > NOTICE_MAX:
        raise DraftError(
            _("Amazon's notice is at most %(max)s characters long.") % {"max": NOTICE_MAX}
        )
    draft = Draft.objects.create(
        team=team,
        author=author,
        case_type=case_type,
        marketplace=marketplace.upper(),
        subject=subject,
        body=body,
        answers=dict(answers),
        recipients=list(recipients),
        route_name=route_name,
        route_where=route_where,
        template_version=template_version,
        follow_up_of=follow_up_of,
        language=language,
        notice_text=notice_text,
    )
    _add_revision(draft=draft, number=1, author=author)
    return draft


@transaction.atomic
def draft_update(
    *, draft: Draft, editor: AbstractBaseUser, subject: str, body: str, expected_version: int
) -> Draft:
    """Save a new text if nobody saved since `expected_version`; else StaleDraftError.

    Saving the text that is already there changes nothing (and is never a conflict).
    """
    current = Draft.objects.select_for_update().get(pk=draft.pk)
    if (current.subject, current.body) == (subject, body):
        return current
    if current.version != expected_version:
        raise StaleDraftError(current)
    if not current.is_editable:
        raise DraftError(_("This letter was sent. To change it, make a copy or start a follow-up."))
    if not body.strip():
        raise DraftError(_("The letter is empty."))
    current.subject, current.body = subject, body
    current.version = F("version") + 1
    current.save(update_fields=["subject", "body", "version", "updated_at"])
    current.refresh_from_db(fields=["version"])
    last = current.revisions.order_by("-number").values_list("number", flat=True).first() or 0
    _add_revision(draft=current, number=last + 1, author=editor)
    return current


@transaction.atomic
def draft_duplicate(*, draft: Draft, user: AbstractBaseUser) -> Draft:
    """A fresh draft with the same case, route and text; its history starts again."""
    return draft_create(
        team=draft.team,
        author=user,
        case_type=draft.case_type,
        marketplace=draft.marketplace,
        subject=draft.subject,
        body=draft.body,
        answers=draft.answers,
        recipients=draft.recipients,
        route_name=draft.route_name,
        route_where=draft.route_where,
        template_version=draft.template_version,
        follow_up_of=draft.follow_up_of,
        language=draft.language,
        # The copy answers the same notice.
        notice_text=draft.notice_text,
    )


@transaction.atomic
def draft_delete(*, draft: Draft, user: AbstractBaseUser) -> None:
    # Follow-ups survive (their link to this letter is cleared by SET_NULL).
    draft.delete()


@transaction.atomic
def draft_set_status(
    *,
    draft: Draft,
    user: AbstractBaseUser,
    status: str,
    outcome: str = "",
    happened_on: datetime.date | None = None,
) -> Draft:
    """Move a draft on; the timeline records the change (and the date when it is sent)."""
    current = Draft.objects.select_for_update().get(pk=draft.pk)
    if status not in current.TRANSITIONS[current.status]:
        raise DraftError(
            _("A letter that is “%(old)s” cannot become “%(new)s”.")
            % {"old": current.get_status_display(), "new": Draft.Status(status).label}
            if status in Draft.Status.values
            else _("Unknown status.")
        )
    if status == Draft.Status.RESOLVED and outcome not in Draft.Outcome.values:
        raise DraftError(_("Say how the case ended: accepted, rejected or withdrawn."))
    if status != Draft.Status.RESOLVED:
        outcome = ""
    day = happened_on or timezone.localdate()
    old_status = current.status
    current.status, current.outcome = status, outcome
    current.save(update_fields=["status", "outcome", "updated_at"])
    text = status_change_text(old=old_status, new=status, outcome=outcome)
    TimelineEntry.objects.create(
        draft=current,
        kind=TimelineEntry.Kind.STATUS_CHANGE,
        text=text,
        happened_on=day,
        author=user,
    )
    if status == Draft.Status.SENT:
        TimelineEntry.objects.create(
            draft=current,
            kind=TimelineEntry.Kind.SENT,
            text=current.route_name,
            happened_on=day,
            author=user,
        )
    return current


def timeline_add(
    *,
    draft: Draft,
    user: AbstractBaseUser,
    kind: str,
    text: str,
    happened_on: datetime.date | None = None,
) -> TimelineEntry:
    if kind not in TimelineEntry.MANUAL_KINDS:
        raise DraftError(_("Status changes and follow-ups are recorded by themselves."))
    if kind != TimelineEntry.Kind.SENT and not text.strip():
        raise DraftError(_("Write the comment or paste Amazon's reply."))
    return TimelineEntry.objects.create(
        draft=draft,
        kind=kind,
        text=text,
        happened_on=happened_on or timezone.localdate(),
        author=user,
    )


@transaction.atomic
def draft_follow_up(
    *,
    draft: Draft,
    user: AbstractBaseUser,
    amazon_reply: str,
    happened_on: datetime.date | None = None,
) -> Draft:
    """Amazon asked for more: record its reply and start the next letter on the same case.

    The new draft starts from the earlier letter (its Plan of Action included) under a note
    the checker flags until the seller answers what Amazon asked.
    """
    if not amazon_reply.strip():
        raise DraftError(_("Paste Amazon's reply first."))
    current = Draft.objects.select_for_update().get(pk=draft.pk)
    if not current.can_follow_up:
        raise DraftError(
            _("Only letters to Amazon have follow-ups.")
            if current.case.audience != Audience.AMAZON
            else _("This letter has not been sent yet: mark it as sent, then start a follow-up.")
        )
    timeline_add(
        draft=current,
        user=user,
        kind=TimelineEntry.Kind.AMAZON_REPLY,
        text=amazon_reply,
        happened_on=happened_on,
    )
    if current.status == Draft.Status.SENT:
        draft_set_status(
            draft=current, user=user, status=Draft.Status.AWAITING_REPLY, happened_on=happened_on
        )
    follow_up = draft_create(
        team=current.team,
        author=user,
        case_type=current.case_type,
        marketplace=current.marketplace,
        subject=current.subject,
        body=f"{FOLLOW_UP_NOTE}\n\n{current.body}",
        answers=current.answers,
        recipients=current.recipients,
        route_name=current.route_name,
        route_where=current.route_where,
        template_version=current.template_version,
        follow_up_of=current,
        language=current.language,
        # Amazon's reply is the notice this follow-up answers.
        notice_text=amazon_reply,
    )
    TimelineEntry.objects.create(
        draft=current,
        kind=TimelineEntry.Kind.FOLLOW_UP,
        # Stored in English, like every text the services write; pages translate it.
        text=FOLLOW_UP_STARTED,
        author=user,
    )
    Draft.objects.filter(pk=current.pk).update(updated_at=timezone.now())
    return follow_up
