"""The wizard's answers, signed into each page, so an expired session loses nothing.

The session holds both the login and the answers, so when it expires the next POST arrives
with neither. For a seller who was logged in, every step page carries a signed copy of the
answers so far and of who they are. The copy is only ever put back into the wizard of the
browser that posts it; it becomes a draft of the team once that same seller has logged in
again. A copy posted by anyone else can therefore write nothing to any team. It is signed,
not encrypted: it holds only what that seller typed, and it is accepted for one day.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core import signing
from django.http import HttpRequest

from sellerdesk.models import Membership
from sellerdesk.teams import CURRENT_TEAM_SESSION_KEY, writable_memberships

FIELD = "wizard_snapshot"
SALT = "letters.wizard.snapshot"
MAX_AGE = 24 * 60 * 60
# In the new session: whose answers were put back, to save once they have logged in.
PENDING_SESSION_KEY = "wizard_answers_to_save"


@dataclass(frozen=True)
class Snapshot:
    user_id: int
    team_slug: str | None
    data: dict


def sign(request: HttpRequest, data: dict) -> str:
    """The hidden field's value; empty for visitors who are not logged in.

    It names the user and the team they last worked in (from the session, so signing costs
    no query); whether they may still write to that team is checked when it is used.
    """
    if not request.user.is_authenticated:
        return ""
    payload = {
        "user": request.user.pk,
        "team": request.session.get(CURRENT_TEAM_SESSION_KEY),
        "data": data,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def load(request: HttpRequest) -> Snapshot | None:
    """The posted copy if it is genuine and recent; who may save it is decided later."""
    try:
        payload = signing.loads(request.POST.get(FIELD, ""), salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict):
        return None
    if not isinstance(payload.get("user"), int):
        return None
    team = payload.get("team")
    return Snapshot(
        user_id=payload["user"],
        team_slug=team if isinstance(team, str) else None,
        data=payload["data"],
    )


def remember_pending(request: HttpRequest, snapshot: Snapshot) -> None:
    request.session[PENDING_SESSION_KEY] = {"user": snapshot.user_id, "team": snapshot.team_slug}


def pop_pending(request: HttpRequest) -> dict | None:
    """The answers waiting for their author to log in; taken once."""
    pending = request.session.get(PENDING_SESSION_KEY)
    if pending is None or not request.user.is_authenticated:
        return None
    del request.session[PENDING_SESSION_KEY]
    return pending if isinstance(pending, dict) else None


def membership_to_save_in(pending: dict, user: User) -> Membership | None:
    """The team the answers were written for, if this is their author and may still write.

    Never another team: without a team on record, the author's only team they can edit.
    """
    if pending.get("user") != user.pk:
        return None
    writable = writable_memberships(user)
    if pending.get("team"):
        return writable.filter(team__slug=pending["team"]).first()
    candidates = list(writable[:2])
    return candidates[0] if len(candidates) == 1 else None
