"""What counts as an Amazon team's e-mail address, and cells a spreadsheet would run."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

# A spreadsheet runs a cell starting with one of these as a formula (tab and carriage
# return too, in some programs).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Plain mailbox names as Amazon's teams use them: a letter or digit first, then letters,
# digits, dots, hyphens, underscores and plus signs. Legal oddities ("=1+2@…", quotes)
# are refused: this is a directory people copy from.
_LOCAL_PART = re.compile(r"^[a-z0-9][a-z0-9._+-]*$")


def validate_contact_email(value: str) -> None:
    validate_email(value)
    local = value.rsplit("@", 1)[0].lower()
    if not _LOCAL_PART.match(local):
        raise ValidationError(
            _(
                "“%(email)s” is not a plain e-mail address: it must start with a letter or "
                "digit and use only letters, digits, dots, hyphens, underscores and plus signs "
                "before the @."
            )
            % {"email": value},
            code="invalid",
        )


def formula_start(text: str) -> str | None:
    """The character that would make a spreadsheet run `text` as a formula, if any."""
    return text[0] if text and text.startswith(FORMULA_STARTS) else None


def spreadsheet_safe(text: str) -> str:
    """`text` for a CSV cell: a leading apostrophe makes a spreadsheet show a formula as text."""
    return f"'{text}" if formula_start(text) else text
