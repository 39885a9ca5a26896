"""A team's letters: the draft, every saved text (revisions) and its timeline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from letters.cases import CASE_TYPE_CHOICES, Audience, CaseType, get_case_type
from letters.notices.reader import NOTICE_MAX
from senders.findings import Verdict

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Lazy labels: translated when shown, in the language of the page.
CASE_LABELS = dict(CASE_TYPE_CHOICES)


class Draft(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        READY_FOR_REVIEW = "ready_for_review", _("Ready for a teammate's check")
        SENT = "sent", _("Sent")
        AWAITING_REPLY = "awaiting_reply", _("Awaiting reply")
        RESOLVED = "resolved", _("Resolved")

    class Outcome(models.TextChoices):
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # Where a draft may go next. Review can send a draft back; a small team may skip review.
    TRANSITIONS: dict[str, tuple[str, ...]] = {
        Status.DRAFT: (Status.READY_FOR_REVIEW, Status.SENT),
        Status.READY_FOR_REVIEW: (Status.DRAFT, Status.SENT),
        Status.SENT: (Status.AWAITING_REPLY, Status.RESOLVED),
        Status.AWAITING_REPLY: (Status.RESOLVED,),
        Status.RESOLVED: (),
    }
    # Once a letter has gone out its text is the record; a change is a follow-up or a copy.
    EDITABLE_STATUSES = (Status.DRAFT, Status.READY_FOR_REVIEW)

    team = models.ForeignKey(
        "sellerdesk.Team", on_delete=models.CASCADE, related_name="drafts", verbose_name=_("team")
    )
    case_type = models.CharField(_("case"), max_length=40, choices=CASE_TYPE_CHOICES)
    marketplace = models.CharField(_("marketplace"), max_length=2)
    # The letter's language (a Language code), not the page's: "en" for drafts from before.
    language = models.CharField(_("language"), max_length=5, default="en")
    recipients = models.JSONField(_("recipients"), default=list, blank=True)
    route_name = models.CharField(_("route"), max_length=200, blank=True)
    route_where = models.CharField(_("where to find the route"), max_length=500, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("letter"))
    # The wizard's answers; dates and decimals are stored as text.
    answers = models.JSONField(
        _("interview answers"), default=dict, blank=True, encoder=DjangoJSONEncoder
    )
    template_version = models.ForeignKey(
        "letters.TemplateVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="drafts",
        verbose_name=_("template version"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices, blank=True)
    # Optimistic locking: a save names the version it started from (see draft_update).
    version = models.PositiveIntegerField(_("version"), default=1)
    # Amazon's notice (or, on a follow-up, Amazon's reply) as the seller pasted it.
    notice_text = models.TextField(
        _("Amazon's notice"), max_length=NOTICE_MAX, blank=True, default=""
    )
    follow_up_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("follow-up of"),
    )
    # The case's clocks as computed when the draft was saved (letters.deadlines, in English):
    # the drafts list and the team's due-soon page read them without a query per row.
    deadlines = models.JSONField(_("deadlines"), default=list, blank=True)
    next_due = models.DateTimeField(_("next deadline"), null=True, blank=True)
    # The evidence checklist items the seller said they have (letters.evidence keys).
    evidence = models.JSONField(_("evidence the seller has"), default=list, blank=True)

    class Meta:
        # The table the letters app created: the model moved, the rows stayed.
        db_table = "letters_draft"
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        indexes = [
            models.Index(fields=["team", "-updated_at"], name="draft_team_updated"),
            models.Index(fields=["team", "status"], name="draft_team_status"),
            models.Index(fields=["team", "case_type"], name="draft_team_case"),
            models.Index(fields=["team", "marketplace"], name="draft_team_marketplace"),
            models.Index(fields=["team", "author"], name="draft_team_author"),
            models.Index(fields=["team", "next_due"], name="draft_team_next_due"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(status="resolved", outcome__in=["accepted", "rejected", "withdrawn"])
                    | (~Q(status="resolved") & Q(outcome=""))
                ),
                name="draft_outcome_only_when_resolved",
            )
        ]

    def __str__(self) -> str:
        return self.subject or _("Draft %(pk)s") % {"pk": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("drafts:detail", kwargs={"team_slug": self.team.slug, "pk": self.pk})

    @property
    def case_label(self) -> StrOrPromise:
        """The case's name; get_case_type_display would rebuild a dict of every label per row."""
        return CASE_LABELS.get(self.case_type, self.case_type)

    @property
    def status_label(self) -> str:
        """get_status_display without rebuilding every choice's label on each call."""
        return str(self.Status(self.status).label) if self.status in self.Status.values else ""

    @property
    def outcome_label(self) -> str:
        return str(self.Outcome(self.outcome).label) if self.outcome in self.Outcome.values else ""

    @property
    def case(self) -> CaseType:
        return get_case_type(self.case_type)

    @property
    def to_buyer(self) -> bool:
        """Buyer messages go through Buyer-Seller Messaging only: never an address."""
        return self.case.audience == Audience.BUYER

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE_STATUSES

    @property
    def can_follow_up(self) -> bool:
        """Amazon answered a letter that went out: a follow-up on the same case makes sense."""
        return self.case.audience == Audience.AMAZON and self.status not in self.EDITABLE_STATUSES

    @property
    def open_deadlines(self) -> list[dict]:
        """The stored clocks while the case is open; none once it is resolved."""
        if self.status == self.Status.RESOLVED:
            return []
        return list(self.deadlines)

    @property
    def next_deadline(self) -> dict | None:
        deadlines = self.open_deadlines
        return deadlines[0] if deadlines else None

    def next_statuses(self) -> list[Draft.Status]:
        return [self.Status(status) for status in self.TRANSITIONS[self.status]]


class DraftRevision(models.Model):
    """One saved text of a draft, the first save included. Never changed."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(_("revision"))
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("letter"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("saved by"),
    )
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        db_table = "letters_draftrevision"
        ordering = ["draft", "-number"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.UniqueConstraint(fields=["draft", "number"], name="revision_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.draft_id} r{self.number}"


FOLLOW_UP_STARTED = gettext_noop("Follow-up letter started.")


class SentChannel(models.TextChoices):
    """How a letter actually went out, as the seller says when marking it sent."""

    SELLER_CENTRAL = "seller_central", _("Seller Central")
    WEB_FORM = "web_form", _("Web form")
    EMAIL = "email", _("E-mail")
    BUYER_SELLER_MESSAGING = "buyer_seller_messaging", _("Buyer-Seller Messaging")


# The "Sent" timeline entry's stored text per channel: English, read in each teammate's language.
SENT_TEXTS: dict[str, str] = {
    SentChannel.SELLER_CENTRAL: gettext_noop("Sent through Seller Central"),
    SentChannel.WEB_FORM: gettext_noop("Sent through a web form"),
    SentChannel.EMAIL: gettext_noop("Sent by e-mail"),
    SentChannel.BUYER_SELLER_MESSAGING: gettext_noop("Sent through Buyer-Seller Messaging"),
}
STATUS_ARROW = " → "

# A letter finished or sent although the checker marked errors "Must fix": the first line is
# SellerDesk's (stored in English, read in each teammate's language), then the rule ids, and
# on the next line the seller's reason as typed.
OVERRIDE_FINISHED = gettext_noop("Finished despite errors marked “Must fix”:")
OVERRIDE_SENT = gettext_noop("Marked as sent despite errors marked “Must fix”:")
OVERRIDE_REASON_MAX = 500


def override_text(*, header: str, rules: Sequence[str], reason: str) -> str:
    return f"{header} {', '.join(rules)}\n{reason.strip()}"


def _override_in_page_language(text: str) -> str:
    for header in (OVERRIDE_FINISHED, OVERRIDE_SENT):
        if text.startswith(header):
            return translation.gettext(header) + text.removeprefix(header)
    return text


def status_change_text(*, old: str, new: str, outcome: str = "") -> str:
    """The stored text of a status change, in English whoever made it: "Sent → Resolved
    (Accepted)". Teammates read it in their own language (TimelineEntry.display_text)."""
    with translation.override("en"):
        text = f"{Draft.Status(old).label}{STATUS_ARROW}{Draft.Status(new).label}"
        if outcome:
            text += f" ({Draft.Outcome(outcome).label})"
    return text


def _status_words_in_page_language(text: str) -> str:
    with translation.override("en"):
        english = {
            str(label): label for _value, label in (*Draft.Status.choices, *Draft.Outcome.choices)
        }

    def word(part: str) -> str:
        label = english.get(part)
        return str(label) if label is not None else part

    parts = []
    for part in text.split(STATUS_ARROW):
        name, bracket, rest = part.partition(" (")
        parts.append(word(name) + (f" ({word(rest.removesuffix(')'))})" if bracket else ""))
    return STATUS_ARROW.join(parts)


class TimelineEntry(models.Model):
    class Kind(models.TextChoices):
        SENT = "sent", _("Sent")
        AMAZON_REPLY = "amazon_reply", _("Amazon's reply")
        COMMENT = "comment", _("Comment")
        STATUS_CHANGE = "status_change", _("Status change")
        FOLLOW_UP = "follow_up", _("Follow-up")
        OVERRIDE = "override", _("Errors overridden")
        # An e-mail the sender check looked at, kept with the case it is about.
        CHECKED_MAIL = "checked_mail", _("Checked e-mail")

    # What people add by hand; status changes and follow-ups are recorded by the services.
    MANUAL_KINDS = (Kind.SENT, Kind.AMAZON_REPLY, Kind.COMMENT)

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("what happened"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("text"), blank=True)
    happened_on = models.DateField(_("date"), default=timezone.localdate)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    # The form's one-time token: a form submitted twice (a double click, a resent POST)
    # finds its entry already there and adds nothing.
    token = models.UUIDField(_("form token"), null=True, blank=True, unique=True, editable=False)
    # A checked e-mail's verdict, sender and reasons as the sender check gave them on saving
    # (the e-mail itself is `text`); empty for every other kind.
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        db_table = "letters_timelineentry"
        ordering = ["happened_on", "created_at", "pk"]
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")
        indexes = [models.Index(fields=["draft", "happened_on"], name="timeline_draft_date")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.happened_on}"

    @property
    def verdict_label(self) -> str:
        """A checked e-mail's verdict in the page's language ("Phishing")."""
        verdict = self.details.get("verdict")
        return Verdict(verdict).label if verdict in Verdict else ""

    @property
    def display_text(self) -> str:
        """The text in the page's language where SellerDesk wrote it; people's words as typed."""
        if self.kind == self.Kind.STATUS_CHANGE:
            return _status_words_in_page_language(self.text)
        if self.kind == self.Kind.OVERRIDE:
            return _override_in_page_language(self.text)
        if self.kind == self.Kind.FOLLOW_UP or (self.kind == self.Kind.SENT and self.text):
            # "Follow-up letter started." and the channel a letter was sent through.
            return translation.gettext(self.text)
        return self.text
