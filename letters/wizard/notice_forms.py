"""The forms of the wizard's notice steps: paste Amazon's notice, then confirm what it says."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from letters.cases import CASE_TYPES, Audience
from letters.fields import TEXT_MAX, AsinListField, OrderIdListField, choice_field, unix_newlines
from letters.notices.reader import NOTICE_MAX, NoticeReading
from letters.wizard.forms import WhoForm, text_input

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

COMPLAINT_ID_MAX = 30
EMAIL_MAX = 254


class NoticePasteForm(forms.Form):
    notice = forms.CharField(
        label=_("Amazon's notice"),
        max_length=NOTICE_MAX,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto", "spellcheck": "false"}),
        help_text=_(
            "Paste the whole message from Seller Central or the e-mail, in any language. "
            "Nothing is filled in until you confirm it on the next page."
        ),
        error_messages={
            "required": _("Paste Amazon's notice first, or skip this step."),
            "max_length": _(
                "This is longer than any notice (%(limit_value)s characters at most, this "
                "has %(show_value)s). Paste only Amazon's message."
            ),
        },
    )

    def clean_notice(self) -> str:
        text = unix_newlines(self.cleaned_data["notice"])
        if not text.strip():
            raise forms.ValidationError(_("Paste Amazon's notice first, or skip this step."))
        return text


def _case_choices(reading: NoticeReading) -> list[tuple[str, StrOrPromise]]:
    """The cases the notice may be about first (with their share), then the other appeals."""
    by_key = {case.key: case for case in CASE_TYPES if case.audience == Audience.AMAZON}
    first = [
        (c.case, f"{by_key[c.case].name} · {round(c.score * 100)} %")
        for c in reading.candidates
        if c.case in by_key
    ]
    listed = {key for key, _label in first}
    rest = [(key, str(case.name)) for key, case in by_key.items() if key not in listed]
    return [("", _("Choose the case")), *first, *rest]


class NoticeConfirmForm(forms.Form):
    """Every proposal of the reading, editable: what the seller keeps fills the wizard."""

    case = forms.ChoiceField(label=_("The case"), required=False)
    marketplace = forms.ChoiceField(label=_("Marketplace"), required=False)
    notice_date = forms.DateField(
        label=_("Date of the notice"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    due_date = forms.DateField(
        label=_("Amazon's deadline"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    asins = AsinListField(
        label=_("ASINs"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    order_ids = OrderIdListField(
        label=_("Order IDs"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    complaint_id = forms.CharField(
        label=_("Complaint ID"), required=False, max_length=COMPLAINT_ID_MAX, widget=text_input()
    )
    rights_owner = forms.CharField(
        label=_("Rights owner"), required=False, max_length=TEXT_MAX, widget=text_input()
    )
    rights_owner_email = forms.EmailField(
        label=_("Rights owner's e-mail"), required=False, max_length=EMAIL_MAX
    )
    policy = forms.CharField(
        label=_("Policy named"), required=False, max_length=TEXT_MAX, widget=text_input()
    )

    def __init__(self, *args: Any, reading: NoticeReading, **kwargs: Any) -> None:
        kwargs.setdefault("initial", initial_from(reading))
        super().__init__(*args, **kwargs)
        self.reading = reading
        choice_field(self, "case").choices = _case_choices(reading)
        choice_field(self, "marketplace").choices = [
            ("", _("Choose a marketplace")),
            *WhoForm.choices(),
        ]

    def clean_notice_date(self) -> datetime.date | None:
        value = self.cleaned_data["notice_date"]
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("The notice cannot be dated in the future."))
        return value

    def rows(self) -> list[dict]:
        """Each field beside the excerpt its proposal came from (none: nothing was read)."""
        return [
            {"field": self[name], "excerpt": self.reading.excerpts.get(name, "")}
            for name in self.fields
        ]


def initial_from(reading: NoticeReading) -> dict:
    return {
        "case": reading.case or "",
        "marketplace": reading.marketplace or "",
        "notice_date": reading.notice_date,
        "due_date": reading.due_date,
        "asins": "\n".join(reading.asins),
        "order_ids": "\n".join(reading.order_ids),
        "complaint_id": reading.complaint_id or "",
        "rights_owner": reading.rights_owner or "",
        "rights_owner_email": reading.rights_owner_email or "",
        "policy": reading.policy or "",
    }
