"""Writes on drafts: create, edit with optimistic locking, status, timeline, follow-ups."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from drafts.models import (
    FOLLOW_UP_STARTED,
    OVERRIDE_FINISHED,
    OVERRIDE_REASON_MAX,
    OVERRIDE_SENT,
    SENT_TEXTS,
    Draft,
    DraftRevision,
    SentChannel,
    TimelineEntry,
    override_text,
    status_change_text,
)
from drafts.selectors import draft_findings
from letters.cases import CASE_TYPES_BY_KEY, Audience
from letters.checks.findings import Finding, Severity
from letters.deadlines import deadlines_for, due_sort_key
from letters.evidence import items_for
from letters.limits import LETTER_MAX_CHARS, NOTE_MAX_CHARS, SUBJECT_MAX_CHARS
from letters.notices.reader import NOTICE_MAX
from senders.checks import UnparseableEmail, check_email

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from letters.models import TemplateVersion
    from sellerdesk.models import Team

# Put at the top of a follow-up. It is written like a placeholder on purpose: the checker
# flags it ("common.unfilled_placeholder") until the seller replaces it.
FOLLOW_UP_NOTE = "[Answer here exactly what Amazon asked for, with new facts]"


class DraftError(Exception):
    """A change to a draft that is not allowed; the message is shown to the user."""


class ChecksBlockError(DraftError):
    """The checker marked errors "Must fix" and nobody overrode them on purpose."""

    def __init__(self, errors: Sequence[Finding]) -> None:
        super().__init__(
            _(
                "This letter has errors marked “Must fix”: fix them, or tick “Send anyway” "
                "and say why."
            )
        )
        self.errors = list(errors)


def _override_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise DraftError(_("Say why you send the letter with errors marked “Must fix”."))
    if len(reason) > OVERRIDE_REASON_MAX:
        raise DraftError(
            _("The reason is too long: at most %(max)d characters.") % {"max": OVERRIDE_REASON_MAX}
        )
    return reason


def _record_override(
    *,
    draft: Draft,
    header: str,
    rules: Sequence[str],
    reason: str,
    user: User | None,
    happened_on: datetime.date | None = None,
) -> None:
    TimelineEntry.objects.create(
        draft=draft,
        kind=TimelineEntry.Kind.OVERRIDE,
        text=override_text(header=header, rules=sorted(set(rules)), reason=reason),
        happened_on=happened_on or timezone.localdate(),
        author=user,
    )


class StaleDraftError(DraftError):
    """Someone saved the draft after the editor opened it; `current` is what is saved now."""

    def __init__(self, current: Draft) -> None:
        super().__init__(_("Someone else saved this letter while you were editing it."))
        self.current = current


class DraftGoneError(DraftError):
    """The draft was deleted (by a teammate, meanwhile): there is nothing left to change."""

    def __init__(self) -> None:
        super().__init__(_("This draft was deleted, perhaps by a teammate just now."))


def _locked(draft: Draft) -> Draft:
    """The draft's row, locked until the transaction ends; DraftGoneError if it is gone.

    Every write on a draft takes this lock first, so a deletion waits for a save in
    progress (and deletes its revision too), and a save after a deletion finds nothing.
    """
    current = Draft.objects.select_for_update().filter(pk=draft.pk).first()
    if current is None:
        raise DraftGoneError
    return current


def _check_length(text: str, limit: int, what: str) -> None:
    if len(text) > limit:
        raise DraftError(
            _("The %(what)s is longer than %(limit)d characters.") % {"what": what, "limit": limit}
        )


def _check_letter(subject: str, body: str) -> None:
    _check_length(subject, SUBJECT_MAX_CHARS, _("subject"))
    _check_length(body, LETTER_MAX_CHARS, _("letter"))


def _add_revision(*, draft: Draft, number: int, author: User | None) -> None:
    DraftRevision.objects.create(
        draft=draft, number=number, subject=draft.subject, body=draft.body, author=author
    )


@dataclass(frozen=True)
class LetterSpec:
    """What a draft is a letter of: its case, its text, where it goes and the answers behind it."""

    case_type: str
    marketplace: str
    subject: str
    body: str
    answers: Mapping[str, object] = field(default_factory=dict)
    recipients: Sequence[str] = ()
    route_name: str = ""
    route_where: str = ""
    template_version: TemplateVersion | None = None
    language: str = "en"
    # Amazon's notice (or reply) the letter answers.
    notice_text: str = ""
    evidence: Sequence[str] = ()

    @classmethod
    def of_draft(cls, draft: Draft) -> LetterSpec:
        return cls(
            case_type=draft.case_type,
            marketplace=draft.marketplace,
            subject=draft.subject,
            body=draft.body,
            answers=draft.answers,
            recipients=draft.recipients,
            route_name=draft.route_name,
            route_where=draft.route_where,
            template_version=draft.template_version,
            language=draft.language,
            notice_text=draft.notice_text,
            evidence=draft.evidence,
        )


@transaction.atomic
def draft_create(
    *,
    team: Team,
    author: User | None,
    letter: LetterSpec,
    follow_up_of: Draft | None = None,
    overridden_rules: Sequence[str] = (),
    override_reason: str = "",
) -> Draft:
    """Save a new letter for a team, with its first revision. The wizard's last step.

    The case's deadlines are computed here from the answers' dates and kept on the draft.
    `overridden_rules` are the checker's errors the author finished with on purpose; the
    timeline records them with `override_reason`, which is then required.
    """
    if overridden_rules:
        override_reason = _override_reason(override_reason)
    if letter.case_type not in CASE_TYPES_BY_KEY:
        raise DraftError(_("Unknown case type %(case)s.") % {"case": letter.case_type})
    if follow_up_of is not None and follow_up_of.team_id != team.pk:
        raise DraftError(_("A follow-up belongs to the same team as the earlier letter."))
    if not letter.body.strip():
        raise DraftError(_("The letter is empty."))
    if len(letter.notice_text) > NOTICE_MAX:
        raise DraftError(
            _("Amazon's notice is at most %(max)s characters long.") % {"max": NOTICE_MAX}
        )
    _check_letter(letter.subject, letter.body)
    case_evidence = {item.key for item in items_for(letter.case_type)}
    draft = Draft.objects.create(
        team=team,
        author=author,
        case_type=letter.case_type,
        marketplace=letter.marketplace.upper(),
        subject=letter.subject,
        body=letter.body,
        answers=dict(letter.answers),
        recipients=list(letter.recipients),
        route_name=letter.route_name,
        route_where=letter.route_where,
        template_version=letter.template_version,
        follow_up_of=follow_up_of,
        language=letter.language,
        notice_text=letter.notice_text,
        evidence=[key for key in letter.evidence if key in case_evidence],
        **draft_deadline_fields(
            case=letter.case_type, marketplace=letter.marketplace, answers=letter.answers
        ),
    )
    _add_revision(draft=draft, number=1, author=author)
    if overridden_rules:
        _record_override(
            draft=draft,
            header=OVERRIDE_FINISHED,
            rules=overridden_rules,
            reason=override_reason,
            user=author,
        )
    return draft


def draft_deadline_fields(
    *, case: str, marketplace: str, answers: Mapping[str, object]
) -> dict[str, object]:
    """`deadlines` (stored in English, soonest first) and `next_due` for a draft."""
    facts = answers.get("facts")
    if not isinstance(facts, Mapping):
        facts = {}
    with translation.override("en"):
        found = deadlines_for(case=case, marketplace=marketplace, dates=facts)
    return {
        "deadlines": [deadline.as_dict() for deadline in found],
        "next_due": due_sort_key(found[0].due) if found else None,
    }


@transaction.atomic
def draft_update(
    *, draft: Draft, editor: User, subject: str, body: str, expected_version: int
) -> Draft:
    """Save a new text if nobody saved since `expected_version`; else StaleDraftError.

    Saving the text that is already there changes nothing (and is never a conflict).
    """
    current = _locked(draft)
    if (current.subject, current.body) == (subject, body):
        return current
    if current.version != expected_version:
        raise StaleDraftError(current)
    if not current.is_editable:
        raise DraftError(_("This letter was sent. To change it, make a copy or start a follow-up."))
    if not body.strip():
        raise DraftError(_("The letter is empty."))
    _check_letter(subject, body)
    current.subject, current.body = subject, body
    current.version = F("version") + 1
    current.save(update_fields=["subject", "body", "version", "updated_at"])
    current.refresh_from_db(fields=["version"])
    last = current.revisions.order_by("-number").values_list("number", flat=True).first() or 0
    _add_revision(draft=current, number=last + 1, author=editor)
    return current


@transaction.atomic
def draft_duplicate(*, draft: Draft, user: User) -> Draft:
    """A fresh draft with the same case, route and text; its history starts again."""
    draft = _locked(draft)
    # The copy answers the same notice.
    return draft_create(
        team=draft.team,
        author=user,
        letter=LetterSpec.of_draft(draft),
        follow_up_of=draft.follow_up_of,
    )


@transaction.atomic
def draft_delete(*, draft: Draft, user: User) -> None:
    # Follow-ups survive (their link to this letter is cleared by SET_NULL). The lock makes
    # a teammate's save in progress finish first, so its new rows are deleted with it.
    _locked(draft).delete()


@transaction.atomic
def draft_set_status(
    *,
    draft: Draft,
    user: User,
    status: str,
    outcome: str = "",
    happened_on: datetime.date | None = None,
    override_reason: str = "",
    token: uuid.UUID | None = None,
    channel: str = "",
) -> Draft:
    """Move a draft on; the timeline records the change (and the date when it is sent).

    A letter with errors marked "Must fix" is sent only with an `override_reason`, which the
    timeline records with the rules overridden; otherwise ChecksBlockError lists the errors.
    A `token` already used (the same form submitted twice) changes nothing. "Sent" records
    the channel the seller says the letter went through; without one it claims none (the
    draft's route is only where it was meant to go).
    """
    current = _locked(draft)
    if _used(token):
        return current
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
    errors: list[Finding] = []
    if status == Draft.Status.SENT:
        findings = draft_findings(draft=current, subject=current.subject, body=current.body)
        errors = [finding for finding in findings if finding.severity == Severity.ERROR]
        if errors and not override_reason.strip():
            raise ChecksBlockError(errors)
        if errors:
            override_reason = _override_reason(override_reason)
    if channel and channel not in SENT_TEXTS:
        raise DraftError(_("Unknown channel."))
    buyer_channel = channel == SentChannel.BUYER_SELLER_MESSAGING
    if status == Draft.Status.SENT and channel and buyer_channel != current.to_buyer:
        raise DraftError(_("Buyer messages go through Buyer-Seller Messaging, and only they do."))
    day = happened_on or timezone.localdate()
    _check_after_last_change(current, day)
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
        token=token,
    )
    if status == Draft.Status.SENT:
        TimelineEntry.objects.create(
            draft=current,
            kind=TimelineEntry.Kind.SENT,
            text=SENT_TEXTS.get(channel, ""),
            happened_on=day,
            author=user,
        )
    if errors:
        _record_override(
            draft=current,
            header=OVERRIDE_SENT,
            rules=[error.rule for error in errors],
            reason=override_reason,
            user=user,
            happened_on=day,
        )
    return current


def _check_after_last_change(draft: Draft, day: datetime.date) -> None:
    """A status change is dated on or after the one before it, so the timeline, which runs
    by date, shows the changes in the order they were made."""
    last = (
        draft.timeline.filter(kind=TimelineEntry.Kind.STATUS_CHANGE)
        .order_by("-happened_on")
        .values_list("happened_on", flat=True)
        .first()
    )
    if last is not None and day < last:
        raise DraftError(
            _(
                "This change cannot be dated %(day)s: the status last changed on %(last)s. "
                "Choose that date or a later one."
            )
            % {"day": date_format(day, "DATE_FORMAT"), "last": date_format(last, "DATE_FORMAT")}
        )


def _used(token: uuid.UUID | None) -> TimelineEntry | None:
    """The entry a form token already made, if the form was submitted before."""
    return TimelineEntry.objects.filter(token=token).first() if token else None


@transaction.atomic
def timeline_add(
    *,
    draft: Draft,
    user: User,
    kind: str,
    text: str,
    happened_on: datetime.date | None = None,
    token: uuid.UUID | None = None,
) -> TimelineEntry:
    """Add a comment, Amazon's reply or a sending date; a `token` already used adds nothing."""
    if kind not in TimelineEntry.MANUAL_KINDS:
        raise DraftError(_("Status changes and follow-ups are recorded by themselves."))
    if kind != TimelineEntry.Kind.SENT and not text.strip():
        raise DraftError(_("Write the comment or paste Amazon's reply."))
    _check_length(text, NOTE_MAX_CHARS, _("text"))
    current = _locked(draft)
    if done := _used(token):
        return done
    return TimelineEntry.objects.create(
        draft=current,
        kind=kind,
        text=text,
        happened_on=happened_on or timezone.localdate(),
        author=user,
        token=token,
    )


# What a timeline keeps of a checked e-mail: its start, as much as a comment. The verdict is
# given on the whole e-mail before it is cut.
CHECKED_MAIL_KEPT_CHARS = NOTE_MAX_CHARS
CHECKED_MAIL_CUT = "\n[…]"


@transaction.atomic
def timeline_checked_mail_add(
    *,
    draft: Draft,
    user: User,
    raw_email: str,
    token: uuid.UUID | None = None,
) -> TimelineEntry:
    """Keep an e-mail the seller checked on the draft's timeline, with the sender check's
    verdict and reasons. The check runs here, on the e-mail itself: a verdict is never taken
    from the form. A `token` already used (the form submitted twice) adds nothing."""
    try:
        result = check_email(raw_email)
    except UnparseableEmail:
        raise DraftError(
            _("SellerDesk could not read this as an e-mail, so there is nothing to save.")
        ) from None
    text = raw_email
    if len(text) > CHECKED_MAIL_KEPT_CHARS:
        text = text[:CHECKED_MAIL_KEPT_CHARS] + CHECKED_MAIL_CUT
    current = _locked(draft)
    if done := _used(token):
        return done
    return TimelineEntry.objects.create(
        draft=current,
        kind=TimelineEntry.Kind.CHECKED_MAIL,
        text=text,
        details={
            "verdict": str(result.verdict),
            "sender": result.sender,
            "reasons": [reason.as_dict() for reason in result.reasons],
            "cut": len(raw_email) > CHECKED_MAIL_KEPT_CHARS,
        },
        author=user,
        token=token,
    )


@transaction.atomic
def draft_follow_up(
    *,
    draft: Draft,
    user: User,
    amazon_reply: str,
    happened_on: datetime.date | None = None,
    token: uuid.UUID | None = None,
) -> Draft:
    """Amazon asked for more: record its reply and start the next letter on the same case.

    The new draft starts from the earlier letter (its Plan of Action included) under a note
    the checker flags until the seller answers what Amazon asked. A `token` already used
    (the form submitted twice) returns the follow-up it started and adds nothing.
    """
    if not amazon_reply.strip():
        raise DraftError(_("Paste Amazon's reply first."))
    current = _locked(draft)
    if done := _used(token):
        started = current.follow_ups.filter(created_at__gte=done.created_at).order_by("pk")
        if first := started.first():
            return first
        raise DraftGoneError
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
        token=token,
    )
    if current.status == Draft.Status.SENT:
        draft_set_status(
            draft=current, user=user, status=Draft.Status.AWAITING_REPLY, happened_on=happened_on
        )
    follow_up = draft_create(
        team=current.team,
        author=user,
        letter=replace(
            LetterSpec.of_draft(current),
            body=f"{FOLLOW_UP_NOTE}\n\n{current.body}",
            # Amazon's reply is the notice this follow-up answers.
            notice_text=amazon_reply,
        ),
        follow_up_of=current,
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
