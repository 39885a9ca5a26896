"""The wizard's step forms: the case, who is writing, the facts, and the letter to review."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from drafts.models import OVERRIDE_REASON_MAX
from letters.cases import CASE_TYPE_CHOICES, Audience, CaseType
from letters.checks.findings import Finding
from letters.deadlines import DATE_NAMES, date_names_for
from letters.evidence import EVIDENCE_FIELD, items_for
from letters.fields import (
    BELOW,
    EMAIL_NAMES,
    LAST_FOUR_NAMES,
    NOT_ABOVE,
    TEXT_MAX,
    TEXTAREA_MAX,
    AsinListField,
    LastFourField,
    LinesField,
    OrderIdField,
    OrderIdListField,
    PastDateField,
    choice_field,
    number_limits,
    unix_newlines,
)
from letters.models import Language
from letters.placeholders import Kind, Placeholder
from letters.rendering import RenderedLetter
from sellerdesk.marketplaces import MARKETS, Market

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

NAME_MAX = 120
MUST_FIX_BLOCKS = _(
    "The checker marked errors “Must fix”. Fix them and check again, or tick “Finish anyway” "
    "and say why."
)
MUST_FIX_REASON = _("Say why you send the letter with errors marked “Must fix”.")
LETTER_LANGUAGES = Language.choices
# An amount written in a money placeholder's help ("with the currency, e.g. €8.00").
MONEY_IN_HELP_RE = re.compile(r"[€$£¥]\s?\d[\d.,]*\d|\d[\d.,]*\s?(?:€|円)")
SUBJECT_MAX = 300
BODY_MAX = 20000


def text_input(placeholder: StrOrPromise = "") -> forms.TextInput:
    attrs: dict[str, StrOrPromise] = {"dir": "auto"}
    if placeholder:
        attrs["placeholder"] = placeholder
    return forms.TextInput(attrs=attrs)


class ContextForm(forms.Form):
    """A step whose saved answers belong to one context: a case, an audience, a text.

    The hidden `context` travels with the answers, so the wizard can tell answers given for
    another case (or another version of the letter) from answers given for this one.
    """

    context = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, context: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["context"].initial = context


class CaseForm(forms.Form):
    case = forms.ChoiceField(
        label=_("What happened?"),
        choices=CASE_TYPE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the case that is closest to yours.")},
    )


class WhoForm(ContextForm):
    marketplace = forms.ChoiceField(
        label=_("Marketplace"),
        help_text=_("The Amazon site where this happened."),
    )
    store_name = forms.CharField(
        label=_("Store name"),
        max_length=NAME_MAX,
        help_text=_("Your store's name exactly as buyers see it on Amazon."),
        widget=text_input(),
    )
    sender_name = forms.CharField(
        label=_("Your name"), max_length=NAME_MAX, widget=text_input(_("e.g. Li Wei"))
    )
    sender_role = forms.CharField(
        label=_("Your role"),
        max_length=NAME_MAX,
        widget=text_input(_("e.g. Owner, Operations manager")),
    )

    def __init__(
        self,
        *args: Any,
        case: CaseType | None = None,
        declared: frozenset[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "marketplace").choices = [
            ("", _("Choose a marketplace")),
            *self.choices(),
        ]
        if declared is not None:
            # Ask only what the letter uses: a buyer message is signed without a job title.
            for name in ("store_name", "sender_name", "sender_role"):
                if name not in declared:
                    del self.fields[name]
        if case and case.audience == Audience.BUYER:
            # Appeals and the cease-and-desist are written in English, which Amazon's teams
            # read everywhere; a buyer is written to in the marketplace's language or theirs.
            self.fields["language"] = forms.ChoiceField(
                label=_("The buyer's preferred language"),
                choices=[("", _("The marketplace's language")), *LETTER_LANGUAGES],
                required=False,
                help_text=_(
                    "The message is written in the marketplace's language (German on "
                    "amazon.de, Japanese on amazon.co.jp…) unless you choose another."
                ),
            )
            self.fields["buyer_name"] = forms.CharField(
                label=_("Buyer's name"),
                max_length=NAME_MAX,
                help_text=_("As it appears on the order, e.g. Emma or Mr Schmidt."),
                widget=text_input(),
            )
            self.fields["order_id"] = OrderIdField(
                label=_("Order ID"),
                help_text=_("The Amazon order this message is about, e.g. 303-1234567-1234567."),
                widget=text_input("123-1234567-1234567"),
            )

    @staticmethod
    def choices() -> list[tuple[str, str]]:
        return [(market.code, market.label) for market in MARKETS]

    @property
    def buyer_fields(self) -> list[forms.BoundField]:
        names = ("buyer_name", "order_id", "language")
        return [self[name] for name in names if name in self.fields]


def _example_text(placeholder: Placeholder) -> str:
    example = placeholder.example
    if isinstance(example, list):
        example = "\n".join(str(item) for item in example)
    return str(example).strip()


class _FieldOptions(TypedDict):
    """What every fact's field is built with, whatever its kind."""

    label: StrOrPromise
    help_text: StrOrPromise
    required: bool


def field_for(placeholder: Placeholder, market: Market | None = None) -> forms.Field:
    """The form field that asks for one declared placeholder.

    A money example is shown in the chosen marketplace's currency and format (issue 15).
    """
    example = _example_text(placeholder)
    help_text = placeholder.display_help
    if placeholder.kind == Kind.MONEY and market is not None and example:
        local = market.money_example(example)
        help_text = MONEY_IN_HELP_RE.sub(local, help_text)
        example = local
    hint = _("e.g. %(example)s") % {"example": example} if example else ""
    options: _FieldOptions = {
        "label": placeholder.display_label,
        "help_text": help_text,
        "required": placeholder.required,
    }
    textarea = forms.Textarea(attrs={"rows": 4, "dir": "auto", "placeholder": hint})
    kind = placeholder.kind
    if kind == Kind.TEXTAREA:
        return forms.CharField(max_length=TEXTAREA_MAX, widget=textarea, **options)
    if kind == Kind.LINES:
        return LinesField(widget=textarea, **options)
    if kind in (Kind.ORDER_IDS, Kind.ASINS):
        field_class = AsinListField if kind == Kind.ASINS else OrderIdListField
        return field_class(widget=textarea, **options)
    if kind == Kind.DATE:
        return PastDateField(**options)
    if kind == Kind.INTEGER:
        limits = {"min_value": 0, "max_value": 10**9, **number_limits(placeholder.name)}
        return forms.IntegerField(
            widget=forms.NumberInput(attrs={"placeholder": hint}), **limits, **options
        )
    if kind == Kind.PERCENT:
        return forms.DecimalField(
            min_value=0,
            max_value=100,
            max_digits=5,
            decimal_places=2,
            error_messages={
                "max_value": _("A percentage is at most 100."),
                "min_value": _("A percentage cannot be negative."),
            },
            widget=forms.NumberInput(attrs={"step": "0.01", "placeholder": hint}),
            **options,
        )
    if kind == Kind.ORDER_ID:
        return OrderIdField(widget=text_input(hint), **options)
    if kind == Kind.YESNO:
        options["required"] = False
        return forms.BooleanField(**options)
    if placeholder.name in EMAIL_NAMES:
        return forms.EmailField(
            max_length=254,
            error_messages={"invalid": _("An e-mail address with its domain, e.g. name@shop.com.")},
            widget=text_input(hint),
            **options,
        )
    if placeholder.name in LAST_FOUR_NAMES:
        return LastFourField(widget=text_input(hint), **options)
    max_length = 120 if kind == Kind.MONEY else TEXT_MAX
    return forms.CharField(max_length=max_length, widget=text_input(hint), **options)


class FactsForm(ContextForm):
    """One field per fact the case's template declares, in the template's order."""

    def __init__(
        self,
        *args: Any,
        placeholders: Sequence[Placeholder] = (),
        case: str = "",
        market: Market | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for placeholder in placeholders:
            self.fields[placeholder.name] = field_for(placeholder, market)
        # The dates the case's clocks run from that the template does not ask for itself:
        # optional, they only feed the deadlines (letters.deadlines).
        for name in date_names_for(case):
            if name not in self.fields:
                label, help_text = DATE_NAMES[name]
                self.fields[name] = PastDateField(
                    label=capfirst(label), help_text=help_text, required=False
                )
        items = items_for(case)
        if items:
            self.fields[EVIDENCE_FIELD] = forms.MultipleChoiceField(
                label=_("What you can attach"),
                help_text=_(
                    "Tick only what you have: the letter mentions only the ticked documents. "
                    "The review lists what makes each acceptable."
                ),
                choices=[(item.key, item.label) for item in items],
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        for part, whole in NOT_ABOVE:
            if _both(data, part, whole) and data[part] > data[whole]:
                self.add_error(
                    part,
                    _("%(part)s cannot be more than %(whole)s; check both numbers.")
                    % {"part": data[part], "whole": data[whole]},
                )
        for target, rate in BELOW:
            if _both(data, target, rate) and data[rate] <= data[target]:
                self.add_error(
                    rate,
                    _(
                        "The letter says %(rate)s%% is above Amazon's target of less than "
                        "%(target)s%%, and it is not; check both numbers."
                    )
                    % {"rate": data[rate], "target": data[target]},
                )
        return data


def _both(data: dict, first: str, second: str) -> bool:
    return data.get(first) is not None and data.get(second) is not None


def rows_for(text: str) -> int:
    """Rows for a textarea tall enough to read the whole letter without scrolling in it."""
    # About 72 characters fit on a line of the review's text box at 1280 pixels wide.
    lines = sum(1 + len(line) // 72 for line in text.splitlines())
    return min(max(lines + 2, 12), 70)


class ReviewForm(ContextForm):
    """The letter as the seller will send it: generated first, theirs to edit."""

    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX, widget=text_input())
    body = forms.CharField(
        label=_("Letter"),
        max_length=BODY_MAX,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 22, "dir": "auto", "spellcheck": "true"}),
    )

    # Finishing a letter with errors marked "Must fix" takes both: on purpose, and why.
    override = forms.BooleanField(
        label=_("Finish anyway: I have read the errors and send it on purpose"), required=False
    )
    override_reason = forms.CharField(
        label=_("Why you send it with these errors"),
        max_length=OVERRIDE_REASON_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(
        self,
        *args: Any,
        letter: RenderedLetter | None = None,
        errors_in: Callable[[str, str], list[Finding]] | None = None,
        **kwargs: Any,
    ) -> None:
        if letter is not None:
            kwargs["initial"] = {"subject": letter.subject, "body": letter.body}
        super().__init__(*args, **kwargs)
        if letter is not None:
            self.fields["body"].widget.attrs["rows"] = rows_for(letter.body)
        # Given when the letter is being finished: the checker's errors in a subject and body.
        self.errors_in = errors_in
        self.must_fix: list[Finding] = []
        self.overridden: list[str] = []

    def clean_subject(self) -> str:
        # A subject is one line: a line break would let a header be injected into the .eml.
        return " ".join(self.cleaned_data["subject"].split())

    def clean_body(self) -> str:
        body = unix_newlines(self.cleaned_data["body"]).strip()
        if not body:
            raise forms.ValidationError(_("The letter is empty."), code="required")
        return body + "\n"

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        override, reason = data.get("override"), (data.get("override_reason") or "").strip()
        data["override_reason"] = reason
        if override and not reason:
            self.add_error("override_reason", MUST_FIX_REASON)
        if self.errors_in is None or "subject" not in data or "body" not in data:
            return data
        self.must_fix = self.errors_in(data["subject"], data["body"])
        if self.must_fix and not (override and reason):
            raise forms.ValidationError(MUST_FIX_BLOCKS, code="must_fix")
        self.overridden = [finding.rule for finding in self.must_fix]
        return data

    def text(self) -> tuple[str, str]:
        """The subject and body on show: valid edits, raw edits, or the generated letter."""
        if self.is_bound:
            if self.is_valid():
                return self.cleaned_data["subject"], self.cleaned_data["body"]
            return self.data.get(self.add_prefix("subject"), ""), self.data.get(
                self.add_prefix("body"), ""
            )
        return self.initial.get("subject", ""), self.initial.get("body", "")
