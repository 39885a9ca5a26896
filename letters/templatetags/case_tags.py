"""Deadlines and evidence for pages: stored clocks read in the page's language."""

from __future__ import annotations

from collections.abc import Iterable

from django import template

from letters.deadlines import basis_for, days_left, label_for, parse_due, relative_due
from letters.evidence import checklist

register = template.Library()


@register.filter
def deadline_rows(deadlines: Iterable[dict] | None) -> list[dict]:
    """Stored deadlines (English, see Draft.deadlines) as rows in the active language."""
    rows = []
    for stored in deadlines or ():
        try:
            due = parse_due(stored["due"])
        except (KeyError, TypeError, ValueError):
            continue
        key = stored.get("key", "")
        left = days_left(due)
        rows.append(
            {
                "key": key,
                "label": label_for(key) if key else stored.get("label", ""),
                "due": due,
                "in_hours": "T" in stored["due"],
                "relative": relative_due(due),
                "overdue": left < 0,
                "soon": 0 <= left <= 3,
                "basis": basis_for(key) or stored.get("basis", ""),
                "source": stored.get("source", ""),
                "opens": stored.get("opens"),
            }
        )
    return rows


@register.filter
def evidence_rows(case: str, ticked: Iterable[str] | None) -> list[dict]:
    return checklist(case, ticked or ())
