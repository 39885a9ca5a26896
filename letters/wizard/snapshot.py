"""The wizard's answers, signed into each page, so an expired session loses nothing.

When the session expires mid-way (it holds both the login and the answers), the next POST
arrives with neither. For a seller who was logged in, every step page carries a signed copy
of the answers so far and of who they are; from it the wizard saves what it has as a draft
of their team. The copy is signed, not encrypted: it only holds what that seller typed, and
it is accepted for one day.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing
from django.http import HttpRequest

from sellerdesk.models import Membership
from sellerdesk.teams import CURRENT_TEAM_SESSION_KEY

FIELD = "wizard_snapshot"
SALT = "letters.wizard.snapshot"
MAX_AGE = 24 * 60 * 60


@dataclass(frozen=True)
class Snapshot:
    membership: Membership
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
    """The posted snapshot if it is genuine, recent, and its author may still edit."""
    value = request.POST.get(FIELD, "")
    if not value:
        return None
    try:
        payload = signing.loads(value, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    memberships = Membership.objects.select_related("team", "user").filter(
        user_id=payload.get("user"),
        user__is_active=True,
        role__in=[Membership.Role.OWNER, Membership.Role.EDITOR],
    )
    # The team they last worked in, else the first they may write to.
    membership = (
        memberships.filter(team__slug=payload.get("team")).first()
        or memberships.order_by("team__name").first()
    )
    if membership is None or not isinstance(payload.get("data"), dict):
        return None
    return Snapshot(membership=membership, data=payload["data"])
