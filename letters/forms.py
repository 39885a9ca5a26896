"""Forms for editing letter templates and previewing their text."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.fields import InvalidJSONInput
from django.utils.translation import gettext_lazy as _

from letters.cases import CASE_TYPE_CHOICES
from letters.fields import unix_newlines
from letters.models import LetterTemplate
from letters.placeholders import Placeholder, parse_placeholders, validate_template_text

# The text fields a template version is made of, in the order the editor shows them.
TEXT_FIELDS = ("subject", "body", "placeholders")
READING_FIELDS = ("reading_zh_subject", "reading_zh_body")


class PlaceholdersField(forms.JSONField):
    """Placeholder declarations as indented JSON, so an editor can read and change them."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, InvalidJSONInput):
            # Typed text that is not valid JSON goes back to the editor exactly as typed.
            return value
        return json.dumps(value, ensure_ascii=False, indent=2)


class TemplateTextForm(forms.Form):
    """The text of one template version; refuses what the renderer would refuse."""

    subject = forms.CharField(
        label=_("Subject"),
        max_length=300,
        widget=forms.TextInput(attrs={"class": "vTextField template-subject"}),
    )
    # Not stripped: an unchanged body must compare equal to the stored one, or saving the
    # page would make a new version of the same text.
    body = forms.CharField(
        label=_("Body"), strip=False, widget=forms.Textarea(attrs={"rows": 20, "cols": 90})
    )
    placeholders = PlaceholdersField(
        label=_("Placeholders"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 90, "spellcheck": "false"}),
        help_text=_(
            "A JSON list; each placeholder has name, label, kind, help, example and required."
        ),
    )

    placeholder_list: list[Placeholder]

    def clean_body(self) -> str:
        return unix_newlines(self.cleaned_data["body"])

    def clean_placeholders(self) -> list:
        data = self.cleaned_data["placeholders"]
        if data is None:
            data = []
        self.placeholder_list = parse_placeholders(data)
        return data

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if "placeholders" not in cleaned:
            return cleaned
        # Subject and body are checked apart so each error shows beside its own field.
        for name in ("subject", "body"):
            if name not in cleaned:
                continue
            texts = {"subject": "", "body": ""} | {name: cleaned[name]}
            try:
                validate_template_text(**texts, placeholders=self.placeholder_list)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned


class TemplatePreviewForm(TemplateTextForm):
    """What the admin's live preview posts: a case and the text being edited."""

    case_type = forms.ChoiceField(label=_("Case"), choices=CASE_TYPE_CHOICES)


class LetterTemplateForm(TemplateTextForm, forms.ModelForm):
    """A template with the text of its current version; changed text saves a new version."""

    note = forms.CharField(
        label=_("What changed"),
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs={"class": "vTextField template-subject"}),
        help_text=_("Saved with the new version when the text changes."),
    )
    reading_zh_subject = forms.CharField(
        label=_("Chinese reading: subject"),
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs={"class": "vTextField template-subject"}),
    )
    reading_zh_body = forms.CharField(
        label=_("Chinese reading: body"),
        max_length=20000,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 90}),
        help_text=_(
            "For the seller's understanding only, never sent: the same placeholders and "
            "paragraphs as the letter."
        ),
    )

    class Meta:
        model = LetterTemplate
        fields = ["name", "slug", "case_type", "language", "active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        current = self.instance.current_version() if self.instance.pk else None
        if current is not None:
            for name in (*TEXT_FIELDS, *READING_FIELDS):
                self.initial.setdefault(name, getattr(current, name))
        else:
            self.initial.setdefault("placeholders", [])

    def clean_reading_zh_body(self) -> str:
        return unix_newlines(self.cleaned_data["reading_zh_body"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if "placeholders" not in cleaned:
            return cleaned
        # The reading is rendered with the seller's values too: only declared placeholders.
        for name, part in (("reading_zh_subject", "subject"), ("reading_zh_body", "body")):
            if cleaned.get(name):
                texts = {"subject": "", "body": ""} | {part: cleaned[name]}
                try:
                    validate_template_text(**texts, placeholders=self.placeholder_list)
                except ValidationError as error:
                    self.add_error(name, error)
        return cleaned

    def version_kwargs(self) -> dict[str, Any]:
        """The arguments for template_version_create, from the cleaned form."""
        names = (*TEXT_FIELDS, *READING_FIELDS, "note")
        return {name: self.cleaned_data[name] for name in names}
