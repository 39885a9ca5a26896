"""Rules for every letter: unfilled placeholders and repeating an earlier letter."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.findings import Severity
from letters.checks.rule import MISSING, Hit, Letter, RuleBook
from letters.checks.text import nearly_identical

book = RuleBook(*Audience)

# The renderer marks a missing value as "[buyer name]", "[order ID]" or "[ASIN]"; a
# leftover template tag ("{{ name }}", "{% if %}", "{name}") is unfilled too. Not
# placeholders: "[Important]" (its own rule), a bare ASIN in brackets, a markdown link.
PLACEHOLDER = re.compile(
    r"\[(?=[A-Za-z\u4e00-\u9fff])(?!(?i:important\s*)\])"
    r"(?:(?=[^\]\n]{0,60}[a-z])[A-Za-z][\w '’/&,.()-]{1,60}|[A-Z]{2,5}s?|[\u4e00-\u9fff][^\]\n]{0,30})"
    r"\](?!\()"
    r"|\{\{[^\n{}]{0,200}?\}\}|\{%[^\n%{}]{0,200}?%\}|\{[A-Za-z_][\w.]{0,60}\}"
)


@book.rule(
    "common.unfilled_placeholder",
    Severity.WARNING,
    _("A placeholder is still unfilled. Replace it with the real value or remove it."),
    needles=("[", "{"),
)
def unfilled_placeholder(letter: Letter) -> Iterator[Hit]:
    return letter.matches(PLACEHOLDER)


@book.rule(
    "common.repeats_previous",
    Severity.WARNING,
    _(
        "Nearly the same as your earlier letter on this case. Answer what was asked and add "
        "what is new rather than sending the same letter again."
    ),
)
def repeats_previous(letter: Letter) -> Iterator[Hit]:
    if any(nearly_identical(letter.body.text, text) for text in letter.previous_texts):
        yield MISSING


RULES = book.rules
