"""A team's deadlines as an iCalendar feed (RFC 5545), written by hand: a few lines of text.

Text values are escaped (backslash, semicolon, comma, line breaks), lines end in CRLF and
are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from drafts.models import Draft
from letters.deadlines import parse_due

PRODID = "-//SellerDesk//Case deadlines//EN"


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """One content line, folded into CRLF + space continuations of at most 75 octets."""
    parts: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
            limit = 74  # continuation lines start with a space
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def team_calendar(
    *,
    team_name: str,
    drafts: Iterable[Draft],
    url_for: Callable[[Draft], str],
    now: datetime.datetime,
) -> str:
    """VCALENDAR text with one event per open deadline of each draft."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(f'SellerDesk · {team_name}')}",
    ]
    for draft in drafts:
        for stored in draft.open_deadlines:
            try:
                due = parse_due(stored["due"])
            except (KeyError, TypeError, ValueError):
                continue
            subject = draft.subject or f"Draft {draft.pk}"
            lines += [
                "BEGIN:VEVENT",
                f"UID:draft-{draft.pk}-{stored.get('key', 'deadline')}@sellerdesk",
                f"DTSTAMP:{_stamp(now)}",
            ]
            if isinstance(due, datetime.datetime):
                lines += [f"DTSTART:{_stamp(due)}", f"DTEND:{_stamp(due)}"]
            else:
                lines += [
                    f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
                    f"DTEND;VALUE=DATE:{due + datetime.timedelta(days=1):%Y%m%d}",
                ]
            description = "\n".join(
                part
                for part in (
                    stored.get("basis", ""),
                    f"Source: {stored['source']}" if stored.get("source") else "",
                    url_for(draft),
                )
                if part
            )
            lines += [
                f"SUMMARY:{escape_text(f'{stored.get("label", "Deadline")}: {subject}')}",
                f"DESCRIPTION:{escape_text(description)}",
                f"URL:{url_for(draft)}",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
