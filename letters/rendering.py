"""Render a letter from template text and the seller's values, without evaluating anything.

Rendering is a single regex substitution over the template text: only declared
placeholders are replaced, and a value is inserted as plain text that is never scanned
again. So `{{ settings.SECRET_KEY }}` or `{% debug %}` typed by a seller appears in the
letter exactly as typed. Django's template engine is deliberately not used here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from letters.placeholders import TOKEN_RE, Placeholder

if TYPE_CHECKING:
    from letters.models import TemplateVersion

_BLANK_LINES_RE = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedLetter:
    subject: str
    body: str
    # Labels of required placeholders that had no value; each shows as [label] in the text.
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def format_date(value: datetime.date) -> str:
    return f"{value.day} {value:%B %Y}"


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return format_date(value)
    return str(value).strip()


def _items(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        raw = value.splitlines()
    elif isinstance(value, Sequence):
        raw = [_scalar_text(item) for item in value]
    else:
        raw = [_scalar_text(value)]
    return [item.strip() for item in raw if item and item.strip()]


def join_inline(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def render_text(
    text: str,
    placeholders: Mapping[str, Placeholder],
    values: Mapping[str, object],
    missing: list[str],
) -> str:
    def replace(match: re.Match[str]) -> str:
        name, modifier = match.groups()
        placeholder = placeholders.get(name)
        if placeholder is None:
            # Refused when a template is saved; left visible rather than guessed at.
            return match.group(0)
        value = values.get(name)
        if placeholder.is_list:
            items = _items(value)
            if items:
                if modifier == "inline":
                    return join_inline(items)
                return "\n".join(f"- {item}" for item in items)
        elif value is not None and _scalar_text(value) != "":
            return _scalar_text(value)
        if placeholder.required:
            if placeholder.label not in missing:
                missing.append(placeholder.label)
            return placeholder.marker
        return ""

    return TOKEN_RE.sub(replace, text)


def render_letter(
    *,
    subject: str,
    body: str,
    placeholders: Sequence[Placeholder],
    values: Mapping[str, object],
) -> RenderedLetter:
    declared = {placeholder.name: placeholder for placeholder in placeholders}
    missing: list[str] = []
    rendered_subject = " ".join(render_text(subject, declared, values, missing).split())
    rendered_body = render_text(body, declared, values, missing)
    # An optional paragraph left empty should not leave a hole in the letter.
    rendered_body = _BLANK_LINES_RE.sub("\n\n", rendered_body).strip() + "\n"
    return RenderedLetter(subject=rendered_subject, body=rendered_body, missing=tuple(missing))


def render_version(version: TemplateVersion, values: Mapping[str, object]) -> RenderedLetter:
    return render_letter(
        subject=version.subject,
        body=version.body,
        placeholders=version.placeholder_list,
        values=values,
    )


def example_values(placeholders: Sequence[Placeholder]) -> dict[str, object]:
    return {placeholder.name: placeholder.example for placeholder in placeholders}
