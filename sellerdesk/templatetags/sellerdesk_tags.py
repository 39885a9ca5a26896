"""Template filters every app's pages share."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def translated(value: object) -> object:
    """Data in the reader's language, when the catalogue knows it: {{ purpose.name|translated }}.

    For the English strings the database ships with (purpose, marketplace, route and template
    names; see scripts/build_placeholder_strings.py). A string with no catalogue entry, such
    as one staff have edited, comes back unchanged. Only for pages: letters, exports and the
    admin keep the stored English.
    """
    if isinstance(value, str) and value:
        return gettext(value)
    return value
