"""The Plan-of-Action step: root causes, corrective actions, preventive measures.

Three formsets answer together as one wizard step. Each always shows blank rows to fill,
so the step works without JavaScript; static/js/wizard.js adds rows on demand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from django import forms
from django.core.exceptions import ValidationError
from django.forms import formset_factory
from django.forms.formsets import BaseFormSet
from django.forms.utils import ErrorDict
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from letters.fields import LINE_MAX, PastDateField
from letters.rendering import format_date

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

BLANK_ROWS = 2
MAX_ROWS = 20


def _text(
    label: StrPromise, placeholder: StrPromise, max_length: int = LINE_MAX
) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=max_length,
        widget=forms.TextInput(attrs={"dir": "auto", "placeholder": placeholder}),
    )


class RootCauseForm(forms.Form):
    cause = forms.CharField(
        label=_("Root cause"),
        max_length=LINE_MAX,
        widget=forms.Textarea(
            attrs={
                "rows": 2,
                "dir": "auto",
                "placeholder": _(
                    "e.g. A new staff member listed 12 products on other brands' listings "
                    "without checking that we had invoices from the brand owner."
                ),
            }
        ),
    )


class CorrectiveActionForm(forms.Form):
    date = PastDateField(label=_("Date"))
    action = _text(
        _("What you did"),
        _("e.g. Removed all 12 listings where we had no invoice from the brand owner"),
    )


class PreventiveMeasureForm(forms.Form):
    measure = _text(_("Measure"), _("e.g. Invoice check before listing"))
    owner = _text(_("Who owns it"), _("e.g. the operations manager"), max_length=120)
    frequency = _text(_("How often"), _("e.g. for every new ASIN"), max_length=120)


class AtLeastOneFormSet(BaseFormSet):
    """Rows left blank are ignored; at least one filled row is required."""

    empty_message: StrPromise = _("Add at least one.")
    # Set by PlanForm.known_valid: its rows have no errors to show (see formset_rows).
    known_valid: bool = False

    def clean(self) -> None:
        if any(self.errors):
            return
        if not any(form.cleaned_data for form in self.forms):
            raise ValidationError(self.empty_message, code="too_few_forms")

    def filled(self) -> list[dict]:
        return [form.cleaned_data for form in self.forms if form.cleaned_data]


def _formset(form: type[forms.Form], empty_message: StrPromise) -> type[AtLeastOneFormSet]:
    formset = formset_factory(
        form,
        formset=AtLeastOneFormSet,
        extra=BLANK_ROWS + 1,
        max_num=MAX_ROWS,
        absolute_max=MAX_ROWS,
        validate_max=True,
    )
    # formset_factory returns a subclass of the `formset` it is given.
    assert issubclass(formset, AtLeastOneFormSet)
    formset.empty_message = empty_message
    return formset


RootCauseFormSet = _formset(RootCauseForm, _("Name at least one root cause."))
CorrectiveActionFormSet = _formset(
    CorrectiveActionForm, _("Name at least one corrective action you have already taken.")
)
PreventiveMeasureFormSet = _formset(
    PreventiveMeasureForm, _("Name at least one preventive measure.")
)


class Section:
    def __init__(
        self, name: str, title: Promise, help_text: Promise, formset: AtLeastOneFormSet
    ) -> None:
        self.name = name
        self.title = title
        self.help_text = help_text
        self.formset = formset


SECTIONS = (
    (
        "root_causes",
        RootCauseFormSet,
        _("Root causes"),
        _(
            "What went wrong and why, admitted plainly. Specific means a fact Amazon can check: "
            "\"A new staff member listed 12 products on other brands' listings without "
            'checking that we had invoices from the brand owner", not "a mistake happened".'
        ),
    ),
    (
        "corrective_actions",
        CorrectiveActionFormSet,
        _("Corrective actions already taken"),
        _(
            "What you have already done, each with its date. Specific: "
            '"14 Oct 2026 — Removed all 12 listings where we had no invoice from the brand '
            'owner", not "we fixed our listings".'
        ),
    ),
    (
        "preventive_measures",
        PreventiveMeasureFormSet,
        _("Preventive measures"),
        _(
            "What stops it happening again, who owns it and how often it runs. Specific: "
            '"Invoice check before listing — owned by the operations manager, for every '
            'new ASIN", not "we will be more careful".'
        ),
    ),
)


def _pad(data: Mapping, prefix: str, fields: list[str]) -> dict:
    """The posted rows plus enough blank ones that BLANK_ROWS are always free to fill."""
    key = f"{prefix}-TOTAL_FORMS"
    try:
        total = int(data.get(key, ""))
    except ValueError:
        return {}
    total = min(max(total, 0), MAX_ROWS)
    blank = sum(
        1
        for row in range(total)
        if not any(str(data.get(f"{prefix}-{row}-{field}", "")).strip() for field in fields)
    )
    return {key: str(min(total + max(BLANK_ROWS - blank, 0), MAX_ROWS))}


class PlanForm:
    """Three formsets that validate, store and render as one wizard step."""

    def __init__(
        self,
        data: Mapping | None = None,
        files: Mapping | None = None,
        prefix: str | None = None,
        initial: Mapping | None = None,
        **kwargs: object,
    ) -> None:
        self.prefix = prefix or "plan"
        self.is_bound = data is not None
        self.data = data if data is not None else {}
        self.files = files or {}
        self.sections: list[Section] = []
        for name, formset_class, title, help_text in SECTIONS:
            formset_prefix = f"{self.prefix}-{name}"
            bound = None
            if data is not None:
                fields = list(formset_class.form.base_fields)
                bound = {**_flat(data), **_pad(data, formset_prefix, fields)}
            formset = formset_class(data=bound, prefix=formset_prefix)
            self.sections.append(Section(name, title, help_text, formset))

    def known_valid(self) -> None:
        """Spare the validation of answers known to be valid (kept cleaned under the current
        key, see letters/wizard/cleaned.py): the page asks each row for its errors, and
        Django validates a bound form the first time it is asked.

        Sets what BaseForm.full_clean and BaseFormSet.full_clean set when nothing is wrong;
        a test renders the step both ways and compares (tests/letters/test_wizard_plan.py).
        """
        for section in self.sections:
            formset = section.formset
            formset.known_valid = True
            for form in formset.forms:
                form._errors = ErrorDict(renderer=form.renderer)
            # django-stubs does not declare the formset's error caches.
            formset._errors = [form._errors for form in formset.forms]  # type: ignore[attr-defined]
            formset._non_form_errors = formset.error_class(  # type: ignore[attr-defined]
                error_class="nonform",
                renderer=formset.renderer,  # type: ignore[attr-defined]
            )

    def is_valid(self) -> bool:
        # Validate every formset, so each shows its own errors.
        results = [section.formset.is_valid() for section in self.sections]
        return all(results)

    @property
    def cleaned_data(self) -> dict[str, list[str]]:
        rows = {section.name: section.formset.filled() for section in self.sections}
        return {
            "root_causes": [row["cause"].strip() for row in rows["root_causes"]],
            "corrective_actions": [
                f"{format_date(row['date'])}: {row['action'].strip()}"
                for row in rows["corrective_actions"]
            ],
            "preventive_measures": [
                f"{row['measure'].strip().rstrip('.;')} — owned by {row['owner'].strip()}, "
                f"{row['frequency'].strip().rstrip('.;')}"
                for row in rows["preventive_measures"]
            ],
        }


def _flat(data: Mapping) -> dict[str, object]:
    """A plain dict of the last value per key (a QueryDict's own getitem behaviour)."""
    if hasattr(data, "lists"):
        return {key: values[-1] if values else "" for key, values in data.lists()}
    return dict(data)
