"""The error summary at the top of every wizard step: each message linked to its field.

Long steps (the facts, the Plan of Action on a phone) put a field's message below the fold;
the summary says at the top what needs fixing and each link moves focus to the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms

from letters.wizard.plan import PlanForm


@dataclass(frozen=True)
class SummaryError:
    anchor: str  # the id of the field the link moves to
    label: str
    message: str


def error_summary(
    form: forms.Form | PlanForm, *, anchors: dict[str, str] | None = None
) -> list[SummaryError]:
    """The step's errors in page order; `anchors` names the element of hand-drawn fields."""
    if isinstance(form, PlanForm):
        return _plan_summary(form)
    if not form.is_bound or not form.errors:
        return []
    anchors = anchors or {}
    fields = [field for field in form.visible_fields() if field.errors]
    first = anchors.get(fields[0].name, fields[0].auto_id) if fields else _first_id(form)
    errors = [SummaryError(first, "", str(error)) for error in form.non_field_errors()]
    for field in fields:
        anchor = anchors.get(field.name, field.auto_id)
        errors.append(SummaryError(anchor, str(field.label), str(field.errors[0])))
    return errors


def _first_id(form: forms.Form) -> str:
    visible = form.visible_fields()
    return visible[0].auto_id if visible else ""


def _plan_summary(form: PlanForm) -> list[SummaryError]:
    if not form.is_bound:
        return []
    errors: list[SummaryError] = []
    for section in form.sections:
        formset = section.formset
        rows = list(formset)
        for error in formset.non_form_errors():
            # "Add at least one": the first row's first field is where to start.
            anchor = _first_id(rows[0]) if rows else ""
            errors.append(SummaryError(anchor, str(section.title), str(error)))
        for number, row in enumerate(rows, start=1):
            for error in row.non_field_errors():
                errors.append(SummaryError(_first_id(row), f"{section.title} {number}", str(error)))
            for field in row.visible_fields():
                if field.errors:
                    label = f"{section.title} {number}, {field.label}"
                    errors.append(SummaryError(field.auto_id, label, str(field.errors[0])))
    return errors
