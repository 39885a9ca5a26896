"""Shared parts of the seed sync: its report, its records, and the admin history it cites.

Seed data (the shipped templates and directory) is synchronised, never reloaded: what is
new is added; what the sync put in and nobody touched since follows the shipped data;
what staff edited, deactivated, changed or deleted stays as staff left it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models

from sellerdesk.models import SeedRecord

CREATED, UPDATED, UNCHANGED, LEFT_ALONE = "created", "updated", "unchanged", "left alone"


@dataclass(frozen=True)
class SyncLine:
    action: str
    model: str
    key: str
    detail: str = ""

    def __str__(self) -> str:
        text = f"{self.action:<10} {self.model} {self.key}"
        return f"{text}: {self.detail}" if self.detail else text


@dataclass
class SyncReport:
    lines: list[SyncLine] = field(default_factory=list)

    def add(self, action: str, model: str, key: str, detail: str = "") -> None:
        self.lines.append(SyncLine(action, model, key, detail))

    def counts(self) -> Counter:
        return Counter(line.action for line in self.lines)

    def of(self, action: str) -> list[SyncLine]:
        return [line for line in self.lines if line.action == action]

    def summary(self) -> str:
        counts = self.counts()
        return ", ".join(
            f"{counts[action]} {action}" for action in (CREATED, UPDATED, LEFT_ALONE, UNCHANGED)
        )


class SeedRecords:
    """The records of one model, loaded once; writes go straight to the database."""

    def __init__(self, model: type[models.Model]) -> None:
        self.label = model._meta.label_lower
        self.by_key = {record.key: record for record in SeedRecord.objects.filter(model=self.label)}

    def get(self, key: str) -> SeedRecord | None:
        return self.by_key.get(key)

    def save(self, key: str, *, object_id: int | None, applied: dict) -> None:
        record = self.by_key.get(key) or SeedRecord(model=self.label, key=key)
        if record.pk and (record.object_id, record.applied) == (object_id, applied):
            return
        record.object_id, record.applied = object_id, applied
        record.save()
        self.by_key[key] = record


class History:
    """The admin history of one model, loaded once: who last touched or deleted what."""

    def __init__(self, model: type[models.Model]) -> None:
        entries = (
            LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(model))
            .select_related("user")
            .order_by("action_time", "pk")
        )
        # LogEntry.object_id is nullable; entries the admin writes for a row always have one.
        self.latest: dict[str | None, LogEntry] = {}
        self.deleted_by_text: dict[str, LogEntry] = {}
        for entry in entries:
            self.latest[entry.object_id] = entry
            if entry.action_flag == DELETION:
                self.deleted_by_text[entry.object_repr] = entry

    def touched(self, object_id: int | None) -> bool:
        return str(object_id) in self.latest

    def last_change(self, object_id: int | None) -> str:
        """'by alice on 2026-11-30', or '' if the history has nothing on this object."""
        return _who(self.latest.get(str(object_id)))

    def deletion(self, *, object_id: int | None = None, text: str = "") -> str:
        """'by alice on …' if the history records deleting this object, else ''."""
        entry = self.latest.get(str(object_id)) if object_id is not None else None
        if entry is None or entry.action_flag != DELETION:
            entry = self.deleted_by_text.get(text[:200]) if text else None
        return _who(entry)


def _who(entry: LogEntry | None) -> str:
    if entry is None:
        return ""
    return f"by {entry.user.get_username()} on {entry.action_time:%Y-%m-%d}"
