"""A team's drafts leaving SellerDesk, with their timelines, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

from django.contrib.auth.models import User
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from drafts.models import Draft, DraftRevision, TimelineEntry
from sellerdesk.models import Team

CSV_COLUMNS = [
    "id",
    "case_type",
    "case",
    "marketplace",
    "status",
    "outcome",
    "subject",
    "body",
    "recipients",
    "route",
    "author",
    "created_at",
    "updated_at",
    "follow_up_of",
    "template",
    "timeline",
]
# A cell starting with one of these is a formula to a spreadsheet ("CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _drafts(team: Team) -> QuerySet[Draft]:
    return (
        team.drafts.select_related("author", "template_version__template")
        .prefetch_related(
            Prefetch(
                "timeline",
                queryset=TimelineEntry.objects.select_related("author").order_by(
                    "happened_on", "created_at", "pk"
                ),
            ),
            Prefetch(
                "revisions",
                queryset=DraftRevision.objects.select_related("author").order_by("number"),
            ),
        )
        .order_by("pk")
    )


def _name(user: User | None) -> str:
    return user.get_username() if user is not None else ""


def _template(draft: Draft) -> str:
    version = draft.template_version
    return f"{version.template.slug} v{version.number}" if version else ""


def _timeline_dict(entry: TimelineEntry) -> dict[str, object]:
    row: dict[str, object] = {
        "kind": entry.kind,
        "happened_on": entry.happened_on.isoformat(),
        "text": entry.text,
        "author": _name(entry.author),
        "created_at": entry.created_at.isoformat(),
    }
    if entry.details:
        # A checked e-mail's verdict and reasons: the e-mail alone would lose them.
        row["details"] = entry.details
    return row


def team_export_json(*, team: Team) -> str:
    drafts = [
        {
            "id": draft.pk,
            "case_type": draft.case_type,
            "marketplace": draft.marketplace,
            "status": draft.status,
            "outcome": draft.outcome,
            "subject": draft.subject,
            "body": draft.body,
            "recipients": draft.recipients,
            "route": {"name": draft.route_name, "where": draft.route_where},
            "answers": draft.answers,
            "author": _name(draft.author),
            "created_at": draft.created_at.isoformat(),
            "updated_at": draft.updated_at.isoformat(),
            "follow_up_of": draft.follow_up_of_id,
            "template": _template(draft),
            "timeline": [_timeline_dict(entry) for entry in draft.timeline.all()],
            "revisions": [
                {
                    "number": revision.number,
                    "subject": revision.subject,
                    "body": revision.body,
                    "author": _name(revision.author),
                    "created_at": revision.created_at.isoformat(),
                }
                for revision in draft.revisions.all()
            ],
        }
        for draft in _drafts(team)
    ]
    payload = {
        "team": team.slug,
        "exported_at": timezone.now().isoformat(),
        "drafts": drafts,
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _cell(value: object) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _timeline_text(draft: Draft) -> str:
    lines = []
    for entry in draft.timeline.all():
        who = f" ({_name(entry.author)})" if entry.author else ""
        text = f": {entry.text}" if entry.text else ""
        lines.append(f"{entry.happened_on.isoformat()} {entry.get_kind_display()}{who}{text}")
    return "\n".join(lines)


def team_export_csv(*, team: Team) -> str:
    """One row per draft; the timeline is one cell, an entry per line."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for draft in _drafts(team):
        row = [
            draft.pk,
            draft.case_type,
            draft.get_case_type_display(),
            draft.marketplace,
            draft.status,
            draft.outcome,
            draft.subject,
            draft.body,
            ", ".join(draft.recipients),
            draft.route_name,
            _name(draft.author),
            draft.created_at.isoformat(),
            draft.updated_at.isoformat(),
            draft.follow_up_of_id or "",
            _template(draft),
            _timeline_text(draft),
        ]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()
