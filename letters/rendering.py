"""Render a letter from template text and the seller's values, without evaluating anything.

Rendering is a single regex substitution over the template text: only declared
placeholders are replaced, and a value is inserted as plain text that is never scanned
again. So `{{ settings.SECRET_KEY }}` or `{% debug %}` typed by a seller appears in the
letter exactly as typed. Django's template engine is deliberately not used here.

Dates, numbers, yes/no and inline lists follow the letter's language (`language`, a
Language code, or "zh-hans" for the Chinese reading), never the page's: a Chinese seller's
German letter says "9. Oktober 2026". Small explicit tables, not the UI locale.
"""

from __future__ import annotations

import datetime
import decimal
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

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


ENGLISH = "en"
READING = "zh-hans"

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}
MONTHS = {language: tuple(names.split()) for language, names in _MONTHS.items()}
_DATE_FORMATS = {
    "en": "{day} {month} {year}",
    "de": "{day}. {month} {year}",
    "fr": "{day} {month} {year}",
    "it": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
}
YES_NO = {
    "en": ("yes", "no"),
    "de": ("ja", "nein"),
    "fr": ("oui", "non"),
    "it": ("sì", "no"),
    "es": ("sí", "no"),
    "ja": ("はい", "いいえ"),
    READING: ("是", "否"),
}
# (thousands separator, decimal separator); French groups with a narrow no-break space.
NUMBER_SEPARATORS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "it": (".", ","),
    "es": (".", ","),
    "ja": (",", "."),
    READING: (",", "."),
}
# How a list closes: "A, B and C"; Japanese and Chinese join with 、 and close with と / 和.
_LIST_WORDS = {
    "en": (", ", " and "),
    "de": (", ", " und "),
    "fr": (", ", " et "),
    "it": (", ", " e "),
    "es": (", ", " y "),
    "ja": ("、", "と"),
    READING: ("、", "和"),
}


@runtime_checkable
class Localized(Protocol):
    """A value that names itself in the letter's language (a marketplace, say)."""

    def in_language(self, language: str) -> str: ...


def _known(language: str) -> str:
    return language if language in YES_NO else ENGLISH


def format_date(value: datetime.date, language: str = ENGLISH) -> str:
    """9 October 2026 · 9. Oktober 2026 · 9 de octubre de 2026 · 2026年10月9日."""
    language = _known(language)
    if language in ("ja", READING):
        return f"{value.year}年{value.month}月{value.day}日"
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    month = MONTHS[language][value.month - 1]
    return _DATE_FORMATS[language].format(day=day, month=month, year=value.year)


def format_number(value: int | decimal.Decimal, language: str = ENGLISH) -> str:
    """1,234.5 · 1.234,5 · 1 234,5: the language's separators; a decimal keeps its digits."""
    thousands, point = NUMBER_SEPARATORS[_known(language)]
    text = format(value, "f") if isinstance(value, decimal.Decimal) else str(int(value))
    sign = "-" if text.startswith("-") else ""
    whole, _dot, fraction = text.lstrip("-").partition(".")
    # Spanish leaves four-digit numbers ungrouped (2.500 reads as a decimal to some).
    if len(whole) > 4 or (len(whole) == 4 and language != "es"):
        groups: list[str] = []
        while len(whole) > 3:
            whole, tail = whole[:-3], whole[-3:]
            groups.insert(0, tail)
        whole = thousands.join([whole, *groups])
    return sign + whole + (point + fraction if fraction else "")


def _scalar_text(value: object, language: str = ENGLISH) -> str:
    language = _known(language)
    if isinstance(value, str):
        # Most values; answered before the Protocol check, which is slow (typing's isinstance).
        return value.strip()
    if isinstance(value, bool):
        yes, no = YES_NO[language]
        return yes if value else no
    if isinstance(value, datetime.date):
        return format_date(value, language)
    if isinstance(value, (int, decimal.Decimal)):
        return format_number(value, language)
    if isinstance(value, Localized):
        return value.in_language(language)
    return str(value).strip()


def _items(value: object, language: str = ENGLISH) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        raw = value.splitlines()
    elif isinstance(value, Sequence):
        raw = [_scalar_text(item, language) for item in value]
    else:
        raw = [_scalar_text(value, language)]
    return [item.strip() for item in raw if item and item.strip()]


def join_inline(items: Sequence[str], language: str = ENGLISH) -> str:
    """ "A, B and C" in the letter's language ("A, B y C", "A、BとC")."""
    if len(items) <= 1:
        return "".join(items)
    separator, last = _LIST_WORDS[_known(language)]
    if language == "es" and re.match(r"(?i)h?i(?![aeiouáéíóú])", items[-1]):
        # "y" becomes "e" before an i- sound: "Francia e Italia".
        last = " e "
    return separator.join(items[:-1]) + last + items[-1]


def render_text(
    text: str,
    placeholders: Mapping[str, Placeholder],
    values: Mapping[str, object],
    missing: list[str],
    language: str = ENGLISH,
) -> str:
    def replace(match: re.Match[str]) -> str:
        name, modifier = match.groups()
        placeholder = placeholders.get(name)
        if placeholder is None:
            # Refused when a template is saved; left visible rather than guessed at.
            return match.group(0)
        value = values.get(name)
        if placeholder.is_list:
            items = _items(value, language)
            if items:
                if modifier == "inline":
                    return join_inline(items, language)
                return "\n".join(f"- {item}" for item in items)
        elif value is not None and _scalar_text(value, language) != "":
            return _scalar_text(value, language)
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
    language: str = ENGLISH,
) -> RenderedLetter:
    declared = {placeholder.name: placeholder for placeholder in placeholders}
    missing: list[str] = []
    rendered_subject = " ".join(render_text(subject, declared, values, missing, language).split())
    rendered_body = render_text(body, declared, values, missing, language)
    # An optional paragraph left empty should not leave a hole in the letter.
    rendered_body = _BLANK_LINES_RE.sub("\n\n", rendered_body).strip() + "\n"
    return RenderedLetter(subject=rendered_subject, body=rendered_body, missing=tuple(missing))


def render_version(version: TemplateVersion, values: Mapping[str, object]) -> RenderedLetter:
    return render_letter(
        subject=version.subject,
        body=version.body,
        placeholders=version.placeholder_list,
        values=values,
        language=version.template.language,
    )


def render_reading(version: TemplateVersion, values: Mapping[str, object]) -> RenderedLetter | None:
    """The version's Chinese reading filled with the same values, or None if it has none.

    Same renderer and same values as the letter; only the conventions are Chinese.
    """
    if not version.has_reading:
        return None
    return render_letter(
        subject=version.reading_zh_subject,
        body=version.reading_zh_body,
        placeholders=version.placeholder_list,
        values=values,
        language=READING,
    )


def example_values(placeholders: Sequence[Placeholder]) -> dict[str, object]:
    return {placeholder.name: placeholder.example for placeholder in placeholders}
