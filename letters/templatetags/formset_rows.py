"""A formset's rows, and the blank row its "Add another" button copies, drawn in Python.

The plan step has three formsets of up to twenty rows: an include per row (a template
render with a loop and a filter per field) was a third of the step's time. Each row is a
Bootstrap row of its visible fields, each field as `plain_field` draws it.
"""

from __future__ import annotations

from functools import lru_cache

from django import forms, template
from django.forms.formsets import BaseFormSet
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from sellerdesk.templatetags.plain_fields import plain_field

register = template.Library()

# Short fields take a quarter of the row; the others share what is left.
_NARROW_FIELDS = frozenset({"date", "owner", "frequency"})


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
    return mark_safe("".join(formset_row(form) for form in formset))  # noqa: S308 (each row is safe)


@register.simple_tag
def blank_row(formset: BaseFormSet) -> SafeString:
    """The row drawn for the formset's empty form.

    The same for every request in a language: drawn once per formset and language.
    """
    return _blank_row(type(formset), formset.prefix, get_language())


@lru_cache(maxsize=32)
def _blank_row(formset_class: type[BaseFormSet], prefix: str, language: str | None) -> SafeString:
    return formset_row(formset_class(prefix=prefix).empty_form)
