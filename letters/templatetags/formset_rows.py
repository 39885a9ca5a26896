"""The blank row a formset's "Add another" button copies (its <template>), drawn once."""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.forms.formsets import BaseFormSet
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def blank_row(formset: BaseFormSet, row_template: str) -> SafeString:
    """`row_template` drawn for the formset's empty form, as an include would draw it.

    The same for every request in a language, and about a third of the plan step's page
    when drawn each time (three sections, six fields): drawn once per formset and language.
    A change of the row template therefore needs a restart, as a change of code does.
    """
    return _blank_row(type(formset), formset.prefix, row_template, get_language())


@lru_cache(maxsize=32)
def _blank_row(
    formset_class: type[BaseFormSet], prefix: str, row_template: str, language: str | None
) -> SafeString:
    empty_form = formset_class(prefix=prefix).empty_form
    return render_to_string(row_template, {"form": empty_form})
