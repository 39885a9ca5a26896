"""Bring the directory up to date with fixtures/directory.json without undoing staff work.

Marketplaces, Seller Central routes and purposes are known by their key, addresses by
marketplace, purpose and e-mail. See sellerdesk/seed.py for the rules.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.db import models

from contacts.models import Contact, Marketplace, Purpose, SellerCentralRoute
from sellerdesk.seed import (
    CREATED,
    LEFT_ALONE,
    UNCHANGED,
    UPDATED,
    History,
    SeedRecords,
    SyncReport,
)

DIRECTORY_FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "directory.json"
MODELS: dict[str, type[models.Model]] = {
    "contacts.marketplace": Marketplace,
    "contacts.sellercentralroute": SellerCentralRoute,
    "contacts.purpose": Purpose,
    "contacts.contact": Contact,
}


def seed_key(obj: models.Model) -> str:
    """The key a shipped row is known by, whatever its primary key in this database."""
    if isinstance(obj, Contact):
        return f"{obj.marketplace.code}/{obj.purpose.key}/{obj.email.lower()}"
    # Every other model in MODELS is known by its natural key.
    assert isinstance(obj, Marketplace | SellerCentralRoute | Purpose)
    return "/".join(str(part) for part in obj.natural_key())


class _Known:
    """One model's rows, records and admin history, each loaded once."""

    def __init__(self, model: type[models.Model]) -> None:
        self.model = model
        objects = model._default_manager.all()
        if model is Contact:
            objects = objects.select_related("marketplace", "purpose")
        self.by_pk = {obj.pk: obj for obj in objects}
        self.by_key = {seed_key(obj): obj for obj in self.by_pk.values()}
        self.records = SeedRecords(model)
        self.history = History(model)

    def added(self, obj: models.Model) -> None:
        self.by_pk[obj.pk] = obj
        self.by_key[seed_key(obj)] = obj


def _instance(model: type[models.Model], values: dict) -> models.Model:
    """An unsaved row from the fixture's fields; no pk, so it is matched by its key only."""
    obj = model()
    for name, value in values.items():
        field = model._meta.get_field(name)
        assert isinstance(field, models.Field), "a fixture names the model's own fields"
        if field.is_relation:
            related = field.related_model
            obj.__dict__[field.attname] = _natural_pk(related, tuple(value))
        else:
            setattr(obj, field.attname, field.to_python(value))
    return obj


@lru_cache(maxsize=256)
def _natural_pk(model: type[models.Model], key: tuple) -> int:
    # As in Django's serializers: the related model's default manager knows its natural keys.
    manager: Any = model._default_manager
    return manager.get_by_natural_key(*key).pk


def _compared_fields(model: type[models.Model], row: dict) -> list[str]:
    """The shipped fields staff could edit: not timestamps or who-changed-it."""
    fields = []
    for name in row["fields"]:
        field = model._meta.get_field(name)
        if field.editable and not getattr(field, "auto_now", False) and name != "changed_by":
            fields.append(name)
    return fields


def _state(obj: models.Model, fields: list[str]) -> dict:
    """The object's values for `fields`, in the fixture's JSON form."""
    data = serializers.serialize("json", [obj], fields=fields, use_natural_foreign_keys=True)
    return json.loads(data)[0]["fields"]


def directory_sync(*, rows: list[dict] | None = None, report: SyncReport) -> None:
    """Synchronise every row of the directory fixture; call inside a transaction."""
    if rows is None:
        rows = json.loads(DIRECTORY_FIXTURE.read_text(encoding="utf-8"))
    _natural_pk.cache_clear()
    known: dict[str, _Known] = {}
    for row in rows:
        if row["model"] not in known:
            known[row["model"]] = _Known(MODELS[row["model"]])
        _sync_row(row, known[row["model"]], report)


def _sync_row(row: dict, known: _Known, report: SyncReport) -> None:
    model, records, history = known.model, known.records, known.history
    label = str(model._meta.verbose_name)
    fields = _compared_fields(model, row)
    wanted = {name: row["fields"][name] for name in fields}
    try:
        shipped = _instance(model, row["fields"])
    except ObjectDoesNotExist as error:
        report.add(LEFT_ALONE, label, str(row["fields"]), f"cannot be added: {error}")
        return
    key = seed_key(shipped)
    record = records.get(key)
    current = known.by_key.get(key)

    if record is None:
        if current is None:
            gone = _gone_before_records(row, shipped, key, known)
            if gone:
                records.save(key, object_id=None, applied=wanted)
                report.add(LEFT_ALONE, label, key, gone)
                return
            shipped.save()
            known.added(shipped)
            records.save(key, object_id=shipped.pk, applied=wanted)
            report.add(CREATED, label, key)
            return
        # Loaded before the sync existed: adopt it.
        if _state(current, fields) == wanted:
            records.save(key, object_id=current.pk, applied=wanted)
            report.add(UNCHANGED, label, key)
        elif history.touched(current.pk):
            records.save(key, object_id=current.pk, applied=wanted)
            report.add(LEFT_ALONE, label, key, f"edited {history.last_change(current.pk)}")
        else:
            _update(current, shipped, fields)
            records.save(key, object_id=current.pk, applied=wanted)
            report.add(UPDATED, label, key)
        return

    tracked = known.by_pk.get(record.object_id)
    if tracked is None:
        who = history.deletion(object_id=record.object_id, text=str(shipped))
        report.add(LEFT_ALONE, label, key, f"deleted {who}".strip())
        return
    if seed_key(tracked) != key:
        who = history.last_change(tracked.pk)
        report.add(LEFT_ALONE, label, key, f"changed to {seed_key(tracked)} {who}".strip())
        return
    if _state(tracked, fields) != record.applied:
        report.add(LEFT_ALONE, label, key, f"edited {history.last_change(tracked.pk)}".strip())
        return
    if wanted == record.applied:
        report.add(UNCHANGED, label, key)
        return
    _update(tracked, shipped, fields)
    records.save(key, object_id=tracked.pk, applied=wanted)
    report.add(UPDATED, label, key)


def _gone_before_records(row: dict, shipped: models.Model, key: str, known: _Known) -> str:
    """For a database loaded with `loaddata` before the sync: did staff remove this row?"""
    who = known.history.deletion(text=str(shipped))
    if who:
        return f"deleted {who}"
    # loaddata gave shipped addresses the fixture's primary key.
    other = known.by_pk.get(row.get("pk"))
    if other is not None and seed_key(other) != key and known.history.touched(other.pk):
        return f"changed to {seed_key(other)} {known.history.last_change(other.pk)}"
    return ""


def _update(obj: models.Model, shipped: models.Model, fields: list[str]) -> None:
    for name in fields:
        field = obj._meta.get_field(name)
        assert isinstance(field, models.Field), "a fixture names the model's own fields"
        setattr(obj, field.attname, getattr(shipped, field.attname))
    obj.save()
