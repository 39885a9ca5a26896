"""Forms of the drafts pages. Choices that depend on the team are built from it."""

from __future__ import annotations

from typing import Any, TypedDict

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from drafts.models import OVERRIDE_REASON_MAX, Draft, SentChannel, TimelineEntry
from letters.cases import CASE_TYPE_CHOICES
from letters.fields import PastDateField, choice_field, unix_newlines
from letters.limits import LETTER_MAX_CHARS, NOTE_MAX_CHARS, SUBJECT_MAX_CHARS
from sellerdesk.models import Team
from senders.forms import MAX_EMAIL_BYTES

ANY = [("", _("Any"))]


class TextareaField(forms.CharField):
    """A textarea's text with LF line breaks, so its length is counted as the browser's
    `maxlength` counts it (a line break is one character)."""

    def to_python(self, value: Any) -> str | None:
        text = super().to_python(value)
        return unix_newlines(text) if text is not None else None


class FormToken(forms.UUIDField):
    """A one-time token the page puts in a form, so that submitting it twice adds one record."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)


class DraftFilters(TypedDict):
    """The filters of `draft_list`, by keyword."""

    status: str
    case_type: str
    marketplace: str
    author_id: int | None
    search: str


class DraftFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=ANY + Draft.Status.choices
    )
    case_type = forms.ChoiceField(label=_("Case"), required=False, choices=ANY + CASE_TYPE_CHOICES)
    marketplace = forms.ChoiceField(label=_("Marketplace"), required=False)
    author = forms.TypedChoiceField(label=_("Author"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args: Any, team: Team, marketplaces: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "marketplace").choices = ANY + [(code, code) for code in marketplaces]
        members = team.memberships.select_related("user").order_by("user__username")
        choice_field(self, "author").choices = ANY + [
            (member.user_id, member.user.get_username()) for member in members
        ]

    def filters(self) -> DraftFilters:
        """The valid filters, ready for `draft_list`; an invalid field is simply not applied."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "status": data.get("status", ""),
            "case_type": data.get("case_type", ""),
            "marketplace": data.get("marketplace", ""),
            "author_id": data.get("author"),
            "search": (data.get("q") or "").strip(),
        }


class DraftEditForm(forms.Form):
    subject = forms.CharField(
        label=_("Subject"), max_length=SUBJECT_MAX_CHARS, required=False, strip=False
    )
    body = TextareaField(
        label=_("Letter"),
        strip=False,
        max_length=LETTER_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 22, "class": "font-monospace letter-editor"}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def clean_subject(self) -> str:
        # One line: a pasted line break would end the header of a downloaded .eml.
        return " ".join(self.cleaned_data["subject"].split())


class TimelineEntryForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What happened"),
        # A comment is what people add most; "sent" is usually recorded by the status.
        choices=[
            (kind.value, kind.label)
            # Amazon's reply has one form of its own, the follow-up's (FollowUpForm): a reply
            # is pasted once, and whether it starts a follow-up is decided there.
            for kind in (TimelineEntry.Kind.COMMENT, TimelineEntry.Kind.SENT)
        ],
    )
    # Not in the future: the timeline records what already happened.
    happened_on = PastDateField(label=_("Date"), initial=timezone.localdate)
    text = TextareaField(
        label=_("Text"),
        required=False,
        strip=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A comment for your team. Amazon's reply has its own form below."),
    )

    token = FormToken()


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Draft.Status.choices)
    outcome = forms.ChoiceField(choices=ANY + Draft.Outcome.choices, required=False)
    happened_on = PastDateField(required=False)
    # Sending a letter with errors marked "Must fix" takes both: on purpose, and why.
    override = forms.BooleanField(
        label=_("Send anyway: I have read the errors and send it on purpose"), required=False
    )
    override_reason = forms.CharField(
        label=_("Why you send it with these errors"),
        max_length=OVERRIDE_REASON_MAX,
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("override") and not (data.get("override_reason") or "").strip():
            self.add_error(
                "override_reason", _("Say why you send the letter with errors marked “Must fix”.")
            )
        return data

    def status_change(self) -> dict:
        """The service's keyword arguments: the reason only counts when the box is ticked."""
        data = dict(self.cleaned_data)
        override = data.pop("override")
        data["override_reason"] = data["override_reason"] if override else ""
        return data

    token = FormToken()
    channel = forms.ChoiceField(choices=ANY + SentChannel.choices, required=False)


class FollowUpForm(forms.Form):
    amazon_reply = TextareaField(
        label=_("Amazon's reply"),
        strip=False,
        max_length=NOTE_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Paste what Amazon wrote. A new draft on the same case starts from your letter."
        ),
    )
    happened_on = PastDateField(label=_("Received on"), initial=timezone.localdate)
    # Unticked (the default): the reply asks for more, and a follow-up draft starts.
    record_only = forms.BooleanField(
        label=_("Only record the reply: Amazon asks for nothing more"), required=False
    )

    token = FormToken()


class RevisionPairForm(forms.Form):
    old = forms.IntegerField(label=_("From revision"), min_value=1)
    new = forms.IntegerField(label=_("To revision"), min_value=1)


class CheckedMailForm(forms.Form):
    """An e-mail from the sender check, and (once chosen) the team's draft to keep it on.

    No verdict field: the service checks the e-mail again, so nothing posted can change it."""

    message = TextareaField(strip=False, max_length=MAX_EMAIL_BYTES, widget=forms.HiddenInput)
    draft = forms.IntegerField(label=_("Case"), required=False, min_value=1)

    token = FormToken()
