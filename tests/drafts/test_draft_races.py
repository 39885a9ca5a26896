"""Two real requests at once on PostgreSQL: a deleted draft and double submissions.

Each test holds the draft's row lock from the test's own connection while the requests
start in threads (each with its own connection), waits until PostgreSQL shows them all
waiting for that lock, then lets go: they run in the order they queued.
"""

from __future__ import annotations

import contextlib
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from drafts.models import Draft, DraftRevision, TimelineEntry
from drafts.services import LetterSpec, draft_create, draft_set_status
from tests.factories import PLAN

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]

# A complete Plan of Action: the checker finds nothing that blocks "Mark as sent".
BODY = PLAN


def new_draft(team, author, *, sent: bool = False) -> Draft:
    draft = draft_create(
        team=team,
        author=author,
        letter=LetterSpec(
            case_type="odr_deactivation",
            marketplace="UK",
            subject="Appeal",
            body=BODY,
            answers={},
            recipients=[],
            route_name="Account Health appeal",
            route_where="",
            template_version=None,
        ),
    )
    if sent:
        draft = draft_set_status(draft=draft, user=author, status=Draft.Status.SENT)
    return draft


def url(name: str, draft: Draft) -> str:
    return reverse(f"drafts:{name}", kwargs={"team_slug": draft.team.slug, "pk": draft.pk})


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _waiting_for_locks() -> int:
    """How many backends wait, directly or behind another waiter, for this connection's locks."""
    with connection.cursor() as cursor:
        # Inside a transaction PostgreSQL keeps showing its first look at the activity.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity "
            "WHERE cardinality(pg_blocking_pids(pid)) > 0"
        )
        blocked = dict(cursor.fetchall())
        cursor.execute("SELECT pg_backend_pid()")
        waiting, grown = {cursor.fetchone()[0]}, True
    while grown:
        more = {pid for pid, by in blocked.items() if set(by) & waiting} - waiting
        waiting |= more
        grown = bool(more)
    return len(waiting) - 1


@contextlib.contextmanager
def draft_locked(draft: Draft) -> Iterator[None]:
    with transaction.atomic():
        Draft.objects.select_for_update().get(pk=draft.pk)
        yield


def queue(client: Client, path: str, data: dict, results: list, waiting: int) -> threading.Thread:
    """Start a POST in a thread and return once it (and those before it) wait for the lock."""

    def run() -> None:
        try:
            results.append(client.post(path, data))
        except BaseException as error:  # shown by the assertion below, not lost in a thread
            results.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 20
    while _waiting_for_locks() < waiting:
        assert time.monotonic() < deadline, f"never waited for the draft's lock: {results}"
        assert thread.is_alive(), f"finished without waiting for the draft's lock: {results}"
        time.sleep(0.05)
    return thread


def race(draft: Draft, *requests: tuple[Client, str, dict]) -> list[HttpResponse]:
    """Run the requests one after the other in this order, all started while locked."""
    results: list[list[HttpResponse]] = [[] for _ in requests]
    threads = []
    with draft_locked(draft):
        for index, (client, path, data) in enumerate(requests):
            threads.append(queue(client, path, data, results[index], waiting=index + 1))
    for thread in threads:
        thread.join(timeout=30)
    return [result[0] for result in results]


def assert_gone_page(response: HttpResponse) -> None:
    assert response.status_code == 404
    assert "This draft was deleted" in response.content.decode()


def assert_no_trace(pk: int) -> None:
    assert not Draft.objects.filter(pk=pk).exists()
    assert not DraftRevision.objects.filter(draft_id=pk).exists()
    assert not TimelineEntry.objects.filter(draft_id=pk).exists()


def test_a_save_after_a_deletion_gets_the_deleted_page(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    deleted, saved = race(
        draft,
        (signed_in(owner), url("delete", draft), {}),
        (signed_in(editor), url("edit", draft), {"subject": "A", "body": "New", "version": 1}),
    )
    assert deleted.status_code == 302
    assert_gone_page(saved)
    assert_no_trace(draft.pk)


def test_a_deletion_after_a_save_deletes_the_new_revision_too(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    saved, deleted = race(
        draft,
        (signed_in(editor), url("edit", draft), {"subject": "A", "body": "New", "version": 1}),
        (signed_in(owner), url("delete", draft), {}),
    )
    assert (saved.status_code, deleted.status_code) == (302, 302)
    assert_no_trace(draft.pk)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("status", {"status": "ready_for_review"}),
        ("timeline_add", {"kind": "comment", "text": "Looks good", "happened_on": "2026-11-30"}),
        ("duplicate", {}),
    ],
)
def test_a_write_after_a_deletion_gets_the_deleted_page(
    team, owner, editor, name: str, data: dict
) -> None:
    draft = new_draft(team, owner)
    deleted, written = race(
        draft,
        (signed_in(owner), url("delete", draft), {}),
        (signed_in(editor), url(name, draft), data),
    )
    assert deleted.status_code == 302
    assert_gone_page(written)
    assert_no_trace(draft.pk)


def test_a_follow_up_after_a_deletion_gets_the_deleted_page(team, owner, editor) -> None:
    draft = new_draft(team, owner, sent=True)
    reply = {"amazon_reply": "Send invoices.", "happened_on": timezone.localdate().isoformat()}
    deleted, followed = race(
        draft,
        (signed_in(owner), url("delete", draft), {}),
        (signed_in(editor), url("follow_up", draft), reply),
    )
    assert deleted.status_code == 302
    assert_gone_page(followed)
    assert_no_trace(draft.pk)
    assert Draft.objects.count() == 0


def test_two_deletions_at_once_are_one_deletion_and_one_deleted_page(team, owner) -> None:
    draft = new_draft(team, owner)
    first, second = race(
        draft,
        (signed_in(owner), url("delete", draft), {}),
        (signed_in(owner), url("delete", draft), {}),
    )
    assert first.status_code == 302
    assert_gone_page(second)


def test_a_follow_up_submitted_twice_makes_one_draft_and_one_reply(team, owner) -> None:
    draft = new_draft(team, owner, sent=True)
    client = signed_in(owner)
    reply = {
        "amazon_reply": "Please send the supplier invoices.",
        "happened_on": timezone.localdate().isoformat(),
        "token": str(uuid.uuid4()),
    }
    first, second = race(
        draft, (client, url("follow_up", draft), reply), (client, url("follow_up", draft), reply)
    )
    follow_ups = Draft.objects.filter(follow_up_of=draft)
    assert follow_ups.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    replies = draft.timeline.filter(kind=TimelineEntry.Kind.AMAZON_REPLY)
    assert replies.count() == 1


def test_a_comment_or_status_change_submitted_twice_is_recorded_once(team, owner) -> None:
    draft = new_draft(team, owner)
    client = signed_in(owner)
    comment = {
        "kind": "comment",
        "text": "Checked the invoices.",
        "happened_on": timezone.localdate().isoformat(),
        "token": str(uuid.uuid4()),
    }
    status = {"status": "ready_for_review", "token": str(uuid.uuid4())}
    race(
        draft,
        (client, url("timeline_add", draft), comment),
        (client, url("timeline_add", draft), comment),
    )
    race(draft, (client, url("status", draft), status), (client, url("status", draft), status))
    assert draft.timeline.filter(kind=TimelineEntry.Kind.COMMENT).count() == 1
    assert draft.timeline.filter(kind=TimelineEntry.Kind.STATUS_CHANGE).count() == 1
    # A new token (the next form the page shows) is a new comment.
    comment["token"] = str(uuid.uuid4())
    assert client.post(url("timeline_add", draft), comment).status_code == 302
    assert draft.timeline.filter(kind=TimelineEntry.Kind.COMMENT).count() == 2
