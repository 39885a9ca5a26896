"""Test data built the way the product builds it: through the services."""

from __future__ import annotations

import dataclasses

from letters.drafts.models import Draft
from letters.drafts.services import LetterSpec, draft_create

SPEC_FIELDS = frozenset(field.name for field in dataclasses.fields(LetterSpec))


def create_draft(**values: object) -> Draft:
    """draft_create with the letter's fields given flat, beside team, author and the rest."""
    spec = {name: value for name, value in values.items() if name in SPEC_FIELDS}
    rest = {name: value for name, value in values.items() if name not in SPEC_FIELDS}
    return draft_create(letter=LetterSpec(**spec), **rest)  # type: ignore[arg-type]
