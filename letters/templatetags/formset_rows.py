"""A formset's rows, and the blank row its "Add another" button copies, drawn in Python.

The plan step has three formsets of up to twenty rows: an include per row (a template
render with a loop and a filter per field) was a third of the step's time. Each row is a
Bootstrap row of its visible fields, each field as `plain_field` draws it.

Rows known to have no errors (PlanForm.known_valid) differ from the blank row only in their
number and their values: they are the blank row, drawn once per language, with those put
in. tests/letters/test_formset_rows.py compares both ways of drawing on many values.
"""

from __future__ import annotations

from functools import lru_cache

from django import forms, template
from django.forms.formsets import BaseFormSet
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from sellerdesk.templatetags.plain_fields import plain_field

register = template.Library()

# Short fields take a quarter of the row; the others share what is left.
_NARROW_FIELDS = frozenset({"date", "owner", "frequency"})
_PREFIX = "__prefix__"


def formset_row(form: forms.Form) -> SafeString:
    """One row: each visible field in its column."""
    return format_html(
        '<div class="wizard-row row g-2 mb-1">{}</div>\n',
        format_html_join(
            "",
            '<div class="{}">{}</div>',
            (
                ("col-md-3" if field.name in _NARROW_FIELDS else "col-md", plain_field(field))
                for field in form.visible_fields()
            ),
        ),
    )


@register.simple_tag
def formset_rows(formset: BaseFormSet) -> SafeString:
    if getattr(formset, "known_valid", False):
        rows = (_valid_row(formset, index, form) for index, form in enumerate(formset.forms))
    else:
        rows = (formset_row(form) for form in formset)
    return mark_safe("".join(rows))  # noqa: S308 (each row is safe)


@register.simple_tag
def blank_row(formset: BaseFormSet) -> SafeString:
    """The row drawn for the formset's empty form.

    The same for every request in a language: drawn once per formset and language.
    """
    return _blank_row(type(formset), formset.prefix, get_language())


@lru_cache(maxsize=32)
def _blank_row(formset_class: type[BaseFormSet], prefix: str, language: str | None) -> SafeString:
    return formset_row(formset_class(prefix=prefix).empty_form)


def _valid_row(formset: BaseFormSet, index: int, form: forms.Form) -> str:
    """Row `index` of a formset whose rows have no errors: the blank row, numbered, with each
    field's value put where `plain_field` writes it (an input's value attribute right after
    its name, a textarea's text after its opening tag and line break)."""
    row = str(blank_row(formset)).replace(_PREFIX, str(index))
    for field in form.visible_fields():
        widget = field.field.widget
        value = widget.format_value(field.value())
        if value is None:
            continue
        name = f'name="{field.html_name}"'
        if isinstance(widget, forms.Textarea):
            opening = row.index(">\n", row.index(f"<textarea {name}")) + 2
            row = f"{row[:opening]}{conditional_escape(value)}{row[opening:]}"
        else:
            end = row.index(name) + len(name)
            row = f'{row[:end]} value="{conditional_escape(str(value))}"{row[end:]}'
    return row
