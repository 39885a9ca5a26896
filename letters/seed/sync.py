"""Bring the letter templates up to date with the seed files without undoing staff work.

A template is known by its slug (`<case>-<lang>`). A new one is added, active, at version
1. When the shipped text changes and the template's current version is still the text the
sync last shipped, the new text becomes the next version; versions are never rewritten,
so drafts keep pointing at the text they used. A newer version made by staff, a name staff
changed, a deactivation or a deletion is left as it is. See sellerdesk/seed.py.
"""

from __future__ import annotations

from django.db.models import Prefetch

from letters.models import LetterTemplate, TemplateVersion
from letters.seed.files import SeedCase, SeedText
from letters.services import template_version_create
from sellerdesk.seed import (
    CREATED,
    LEFT_ALONE,
    UNCHANGED,
    UPDATED,
    History,
    SeedRecords,
    SyncReport,
)

MODEL = "letter template"
FIRST_NOTE = "First version"
UPDATE_NOTE = "Shipped text updated (syncseed)"


def _text(subject: str, body: str, placeholders: list) -> dict:
    return {"subject": subject, "body": body, "placeholders": placeholders}


def _version_text(version: TemplateVersion) -> dict:
    return _text(version.subject, version.body, version.placeholders)


def templates_sync(*, cases: list[SeedCase], report: SyncReport) -> None:
    """Synchronise every language version of every case; call inside a transaction."""
    records = SeedRecords(LetterTemplate)
    history = History(LetterTemplate)
    existing = {
        template.slug: template
        for template in LetterTemplate.objects.filter(
            slug__in=[text.slug for case in cases for text in case.texts.values()]
        ).prefetch_related(
            Prefetch(
                "versions",
                TemplateVersion.objects.select_related("created_by").order_by("number"),
            )
        )
    }
    for case in cases:
        for text in case.texts.values():
            _sync_text(text, existing.get(text.slug), records, history, report)


def _sync_text(
    text: SeedText,
    template: LetterTemplate | None,
    records: SeedRecords,
    history: History,
    report: SyncReport,
) -> None:
    wanted_text = _text(text.subject, text.body, text.placeholders)
    record = records.get(text.slug)

    if template is None:
        if record is not None:
            who = history.deletion(object_id=record.object_id, text=record.applied["name"])
            report.add(LEFT_ALONE, MODEL, text.slug, f"deleted {who}".strip())
            return
        template = LetterTemplate.objects.create(
            slug=text.slug, case_type=text.case, language=text.language, name=text.name
        )
        template_version_create(template=template, note=FIRST_NOTE, **wanted_text)
        records.save(text.slug, object_id=template.pk, applied={"name": text.name, **wanted_text})
        report.add(CREATED, MODEL, text.slug, "version 1")
        return

    versions = list(template.versions.all())
    current = _version_text(versions[-1]) if versions else None
    if record is not None:
        last_name, last_text = record.applied["name"], _text(**_text_of(record.applied))
    else:
        # Loaded with loaddata before the sync existed: adopt it. Its name counts as
        # shipped unless the admin history shows staff touched the template.
        last_name = None if history.touched(template.pk) else template.name
        last_text = _last_unedited(versions)
    done: list[str] = []
    kept: list[str] = []

    if template.name != text.name:
        if template.name == last_name:
            template.name = text.name
            template.save(update_fields=["name"])
            done.append("renamed")
        else:
            kept.append(f"name kept as staff set it {history.last_change(template.pk)}".strip())
    if current != wanted_text:
        if current is None or current == last_text:
            version = template_version_create(template=template, note=UPDATE_NOTE, **wanted_text)
            current = wanted_text
            done.append(f"version {version.number} with the shipped text")
        else:
            newest = versions[-1]
            by = f" by {newest.created_by.get_username()}" if newest.created_by else ""
            kept.append(
                f"version {newest.number}{by} is current, not the shipped text: compare them "
                "in the admin"
            )
    if not template.active:
        kept.append("kept inactive")

    records.save(
        text.slug,
        object_id=template.pk,
        applied={
            "name": text.name if template.name == text.name else (last_name or text.name),
            **(wanted_text if current == wanted_text else (last_text or wanted_text)),
        },
    )
    if done:
        report.add(UPDATED, MODEL, text.slug, "; ".join(done + kept))
    elif kept:
        report.add(LEFT_ALONE, MODEL, text.slug, "; ".join(kept))
    else:
        report.add(UNCHANGED, MODEL, text.slug)


def _text_of(applied: dict) -> dict:
    return {name: applied[name] for name in ("subject", "body", "placeholders")}


def _last_unedited(versions: list[TemplateVersion]) -> dict:
    """The newest version nobody saved in the admin: what loaddata last shipped."""
    for version in reversed(versions):
        if version.created_by_id is None:
            return _version_text(version)
    return {}
