"""Dates in the notices' languages, and the deadline a notice states.

Each pattern is a fixed sequence of bounded pieces (no nested quantifiers), run once over
the text; overlapping matches keep the earliest, longest one.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from letters.notices.phrases import lowered
from letters.notices.vocabulary import DEADLINE_AFTER, DEADLINE_BEFORE, MONTHS

_MONTH = "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True))
_NOT_LETTER = r"(?![^\W\d_])"

PATTERNS = (
    # 9 October 2026 · 9. Oktober 2026 · 1er octobre 2026 · 9 de octubre de 2026 · 9 Oct 2026
    (
        "dmy",
        re.compile(
            rf"(?P<d>\d{{1,2}})(?:\.|er)?[ \t]{{1,3}}(?:de[ \t]{{1,3}})?"
            rf"(?P<m>{_MONTH}){_NOT_LETTER}\.?,?[ \t]{{1,3}}(?:de[ \t]{{1,3}}|del[ \t]{{1,3}})?"
            r"(?P<y>\d{4})(?!\d)",
        ),
    ),
    # October 9, 2026 · Oct 9th 2026
    (
        "mdy",
        re.compile(
            rf"(?P<m>{_MONTH}){_NOT_LETTER}\.?[ \t]{{1,3}}(?P<d>\d{{1,2}})"
            r"(?:st|nd|rd|th)?,?[ \t]{1,3}(?P<y>\d{4})(?!\d)",
        ),
    ),
    # 2026年10月9日
    (
        "kanji",
        re.compile(r"(?P<y>\d{4})[ \t]?年[ \t]?(?P<m>\d{1,2})[ \t]?月[ \t]?(?P<d>\d{1,2})[ \t]?日"),
    ),
    # 2026-10-09 · 2026/10/09
    (
        "iso",
        re.compile(r"(?P<y>\d{4})(?P<s>[-/])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/-])"),
    ),
    # 09.10.2026
    ("dotted", re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)")),
    # 10/09/2026: day first, unless the first number cannot be a day's month or the text is
    # American English (decided by the caller through month_first).
    ("slashed", re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?!\d)")),
)

# What may not come just before a date of each kind: it would be part of a longer number
# or word. Checked in Python, because a leading lookbehind makes the regex engine try every
# position of the text.
_DIGITS = "0123456789"
_NOT_AFTER = {
    "dmy": _DIGITS,
    "iso": _DIGITS + "./-",
    "dotted": _DIGITS + ".",
    "slashed": _DIGITS + "/",
}

_BEFORE = re.compile(
    r"(?<![a-zà-ÿ'])(?:"
    + "|".join(re.escape(cue) for cue in sorted(DEADLINE_BEFORE, key=len, reverse=True))
    + r")[ \t:：]{0,3}(?:the[ \t]|den[ \t]|dem[ \t]|le[ \t]|il[ \t]|el[ \t]|日期[:：]?)?"
    r"(?:[^\W\d_]{2,10}\.?,?[ \t]{1,3})?[ \t]{0,2}$",
)
_AFTER = re.compile(r"^[ \t]?(?:" + "|".join(re.escape(cue) for cue in DEADLINE_AFTER) + ")")

_RELATIVE = re.compile(
    r"(?:within|innerhalb(?:[ \t]von)?|dans[ \t]un[ \t]délai[ \t]de|dans[ \t]les|sous|entro|"
    r"en[ \t]un[ \t]plazo[ \t]de|dentro[ \t]de)[ \t]{1,3}(?P<n>\d{1,3})[ \t]{1,3}"
    r"(?P<unit>business[ \t]days|working[ \t]days|hours|days|stunden|werktagen|tagen|tage|"
    r"heures|jours[ \t]ouvrables|jours|ore|giorni[ \t]lavorativi|giorni|horas|días[ \t]hábiles|días)"
    r"|(?P<n2>\d{1,3})[ \t]?(?P<unit2>時間|営業日|日|小时|个工作日|天|日)[ \t]?(?:以内|内)",
    re.IGNORECASE,
)
# "Issued within the last 180 days" is a period in the past, not a deadline.
_PAST_PERIOD = re.compile(
    r"(?:last|past|letzten|derniers|ultimi|últimos|近|最近|過去|発行から)[ \t]{0,2}$", re.IGNORECASE
)
_HOURS = {"hours", "stunden", "heures", "ore", "horas", "時間", "小时"}
_BUSINESS = {
    "business days",
    "working days",
    "werktagen",
    "jours ouvrables",
    "giorni lavorativi",
    "días hábiles",
    "営業日",
    "个工作日",
}


@dataclass(frozen=True)
class FoundDate:
    value: datetime.date
    start: int
    end: int
    deadline: bool


def _make(year: str, month: int, day: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None


def _value(kind: str, match: re.Match[str], month_first: bool) -> datetime.date | None:
    if kind in ("dmy", "mdy"):
        return _make(match["y"], MONTHS[match["m"].lower()], match["d"])
    if kind == "slashed":
        first, second = int(match["a"]), int(match["b"])
        if first > 12 or (second <= 12 and not month_first):
            return _make(match["y"], second, match["a"])
        return _make(match["y"], first, match["b"])
    return _make(match["y"], int(match["m"]), match["d"])


def find_dates(text: str, *, month_first: bool = False) -> list[FoundDate]:
    """Every date in the text, in order, each marked when the text makes it a deadline."""
    found: list[tuple[int, int, datetime.date]] = []
    text = lowered(text)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            before = text[match.start() - 1] if match.start() else " "
            if before in _NOT_AFTER.get(kind, "") or (kind == "mdy" and before.isalpha()):
                continue
            value = _value(kind, match, month_first)
            if value is not None and 2000 <= value.year <= 2100:
                found.append((match.start(), match.end(), value))
    found.sort(key=lambda item: (item[0], -item[1]))
    dates: list[FoundDate] = []
    last_end = -1
    for start, end, value in found:
        if start < last_end:
            continue
        last_end = end
        line_start = text.rfind("\n", max(0, start - 40), start) + 1
        before = text[max(line_start, start - 40) : start]
        after = text[end : end + 4]
        deadline = bool(_BEFORE.search(before) or _AFTER.match(after))
        dates.append(FoundDate(value, start, end, deadline))
    return dates


def _add_business_days(start: datetime.date, days: int) -> datetime.date:
    day = start
    while days > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def relative_deadline(text: str, notice_date: datetime.date) -> tuple[datetime.date, int] | None:
    """The deadline of "within 72 hours" / "innerhalb von 17 Tagen" from the notice date."""
    for match in _RELATIVE.finditer(text):
        if not _PAST_PERIOD.search(text[max(0, match.start() - 12) : match.start()]):
            break
    else:
        return None
    number = int(match["n"] or match["n2"])
    unit = (match["unit"] or match["unit2"]).lower().replace("\t", " ")
    if number == 0 or number > 365:
        return None
    if unit in _HOURS:
        return notice_date + datetime.timedelta(days=-(-number // 24)), match.start()
    if unit in _BUSINESS:
        return _add_business_days(notice_date, number), match.start()
    return notice_date + datetime.timedelta(days=number), match.start()
