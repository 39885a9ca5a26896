"""The directory's per-address words, translated without a {% blocktranslate %} per row.

A directory page shows fifty addresses; two blocktranslate tags per address were a fifth of
the page's time. These filters use the same catalogue entries (msgids) the tags did.
"""

from __future__ import annotations

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.filter
def copy_label(email: str) -> str:
    """The copy button's accessible name: "Copy seller-performance@amazon.com"."""
    return gettext("Copy %(email)s") % {"email": email}


@register.filter
def source_label(source: str) -> str:
    return gettext("Source: %(source)s") % {"source": source}
