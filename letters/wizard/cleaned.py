"""The cleaned answers of each completed step, kept in the session beside the raw ones.

Every page asks for the earlier steps' cleaned answers (which steps apply, the letter's
values, the review), and validating them all again on each request cost more than drawing
the page. A step's cleaned answers are kept once they validate, under a key made of everything they
depend on: the raw answers of that step and of every step before it, the step's context,
the case's template versions and today's date (a date "in the future" can become valid).
Any change to one of these gives a new key, so a stale entry is never used: it is simply
not found, and the step is validated again.

The session is JSON: dates, datetimes and decimals are kept as tagged strings.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

_DATE, _DATETIME, _DECIMAL = "__date__", "__datetime__", "__decimal__"
_TAGS = frozenset({_DATE, _DATETIME, _DECIMAL})


class NotStorable(TypeError):
    """A cleaned value the session cannot hold as JSON: that step is validated each time."""


def encode(value: Any) -> Any:
    """`value` as JSON-safe data that `decode` turns back into the same types."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, datetime.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, datetime.date):
        return {_DATE: value.isoformat()}
    if isinstance(value, Decimal):
        return {_DECIMAL: str(value)}
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if _TAGS & value.keys():
            raise NotStorable(f"a key of {sorted(value)} looks like a tag")
        return {key: encode(item) for key, item in value.items()}
    raise NotStorable(f"{type(value).__name__} is not kept in the session")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1:
            ((tag, text),) = value.items()
            if tag == _DATE:
                return datetime.date.fromisoformat(text)
            if tag == _DATETIME:
                return datetime.datetime.fromisoformat(text)
            if tag == _DECIMAL:
                return Decimal(text)
        return {key: decode(item) for key, item in value.items()}
    return value


def answers_key(*, raw_steps: Sequence[object], context: object) -> str:
    """The key of a step's cleaned answers: its raw answers and those before it, in order,
    with what else validating them depends on (`context`)."""
    text = json.dumps([raw_steps, context], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def load(kept: dict[str, dict[str, Any]], *, step: str, key: str) -> dict | None:
    """The step's cleaned answers in `kept` (WizardState.cleaned) under `key`, or None."""
    entry = kept.get(step)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    return decode(entry["data"])


def keep(kept: dict[str, dict[str, Any]], *, step: str, key: str, data: dict) -> None:
    """Keep the step's cleaned answers in `kept` (WizardState.cleaned).

    This is no change worth a session write: they reach the session with the next write of
    answers (a valid POST writes anyway), so a GET still writes nothing.
    """
    try:
        encoded = encode(dict(data))
    except NotStorable:
        return
    kept[step] = {"key": key, "data": encoded}
