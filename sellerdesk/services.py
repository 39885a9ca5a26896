"""Writes about teams, members and invitations."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from sellerdesk.models import INVITATION_LIFETIME, Invitation, Membership, Team, hash_token


class TeamError(Exception):
    """A team change that is not allowed; the message is shown to the user."""


@transaction.atomic
def team_create(*, name: str, owner: User) -> Team:
    base = slugify(name)[:50] or "team"
    slug, n = base, 1
    while Team.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    team = Team.objects.create(name=name, slug=slug)
    Membership.objects.create(team=team, user=owner, role=Membership.Role.OWNER)
    return team


@transaction.atomic
def invitation_send(
    *,
    team: Team,
    email: str,
    role: str,
    invited_by: User,
    accept_url_for: Callable[[str], str],
) -> Invitation:
    """Create an invitation and e-mail its link. `accept_url_for(token)` builds the link."""
    if Membership.objects.filter(team=team, user__email__iexact=email).exists():
        raise TeamError(_("%(email)s is already a member of this team.") % {"email": email})
    token = Invitation.new_token()
    invitation = Invitation.objects.create(
        team=team,
        email=email,
        role=role,
        token_hash=hash_token(token),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    context = {
        "team": team,
        "invited_by": invited_by,
        "accept_url": accept_url_for(token),
        "expires_at": invitation.expires_at,
    }
    send_mail(
        subject=_("You are invited to %(team)s on SellerDesk") % {"team": team.name},
        message=render_to_string("sellerdesk/email/invitation.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return invitation


def invitation_for_token(token: str) -> Invitation | None:
    return (
        Invitation.objects.usable()
        .select_related("team")
        .filter(token_hash=hash_token(token))
        .first()
    )


@transaction.atomic
def invitation_accept(
    *,
    token: str,
    user: User | None = None,
    username: str = "",
    password: str = "",
) -> Membership:
    """Join the invited team as `user`, or as a new account created from username/password.

    Single use: the invitation row is locked and marked accepted in the same transaction.
    """
    invitation = (
        Invitation.objects.usable().select_for_update().filter(token_hash=hash_token(token)).first()
    )
    if invitation is None:
        raise TeamError(_("This invitation link has expired or has already been used."))
    if user is None:
        user = get_user_model().objects.create_user(
            username=username, email=invitation.email, password=password
        )
    membership, _created = Membership.objects.get_or_create(
        team=invitation.team, user=user, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def _lock_team(team: Team) -> Team:
    """Lock the team row: changes to its owners then run one at a time.

    Locking only the membership being changed is not enough: two owners demoting or
    removing each other at once would each see the other still an owner, and both succeed.
    """
    return Team.objects.select_for_update().get(pk=team.pk)


def _ensure_an_owner_remains(team: Team, leaving: Membership) -> None:
    if leaving.role != Membership.Role.OWNER:
        return
    others = team.memberships.filter(role=Membership.Role.OWNER).exclude(pk=leaving.pk)
    if not others.exists():
        raise TeamError(_("A team needs at least one owner."))


@transaction.atomic
def membership_change_role(*, team: Team, membership_id: int, role: str) -> Membership:
    team = _lock_team(team)
    membership = team.memberships.select_for_update().get(pk=membership_id)
    if role not in Membership.Role.values:
        raise TeamError(_("Unknown role."))
    if role != Membership.Role.OWNER:
        _ensure_an_owner_remains(team, membership)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, team: Team, membership_id: int) -> None:
    team = _lock_team(team)
    membership = team.memberships.select_for_update().get(pk=membership_id)
    _ensure_an_owner_remains(team, membership)
    membership.delete()


@transaction.atomic
def team_calendar_rotate(*, team: Team) -> str:
    """Give the team a new calendar-feed token; every old subscription URL stops working."""
    token = secrets.token_urlsafe(32)
    Team.objects.filter(pk=team.pk).update(calendar_token=token)
    team.calendar_token = token
    return token
