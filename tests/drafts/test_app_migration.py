"""The drafts left the letters app for their own: a database from before the move keeps every
draft, revision and timeline entry, and the admin history and permissions that point at them."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from drafts.models import Draft, DraftRevision, TimelineEntry

# Migrating back to it undoes the move (drafts 0001 depends on letters 0011).
BEFORE = [("letters", "0010_timeline_checked_mail")]


def _migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_drafts_and_their_admin_history_survive_the_move_to_their_own_app() -> None:
    executor = _migrate(BEFORE)
    # Every other app stays where it was (contenttypes without its old name column, …).
    others = [
        node for node in executor.loader.graph.leaf_nodes() if node[0] not in ("letters", "drafts")
    ]
    old = executor.loader.project_state([*others, *BEFORE]).apps
    # Before the move the drafts are the letters app's, and so are their content types.
    OldDraft = old.get_model("letters", "Draft")
    OldContentType = old.get_model("contenttypes", "ContentType")
    user = old.get_model(settings.AUTH_USER_MODEL).objects.create(username="owner")
    team = old.get_model("sellerdesk", "Team").objects.create(name="Shop", slug="shop")
    draft = OldDraft.objects.create(
        team=team, case_type="odr_deactivation", marketplace="DE", subject="Appeal", body="Text"
    )
    old.get_model("letters", "DraftRevision").objects.create(
        draft=draft, number=1, subject="Appeal", body="Text"
    )
    old.get_model("letters", "TimelineEntry").objects.create(
        draft=draft, kind="comment", text="Sent on Monday."
    )
    draft_type = OldContentType.objects.get(app_label="letters", model="draft")
    old.get_model("admin", "LogEntry").objects.create(
        user=user,
        content_type=draft_type,
        object_id=str(draft.pk),
        object_repr="Appeal",
        action_flag=CHANGE,
    )

    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    moved = Draft.objects.get(pk=draft.pk)
    assert (moved.subject, moved.team.slug) == ("Appeal", "shop")
    assert DraftRevision.objects.get(draft=moved).number == 1
    assert TimelineEntry.objects.get(draft=moved).text == "Sent on Monday."
    # The same content type row, renamed: what pointed at it points at the moved model.
    assert ContentType.objects.get_for_model(Draft).pk == draft_type.pk
    assert LogEntry.objects.get(object_id=str(draft.pk)).content_type.model_class() is Draft
    assert Permission.objects.get(codename="change_draft").content_type_id == draft_type.pk
    assert not ContentType.objects.filter(app_label="letters", model="draft").exists()
