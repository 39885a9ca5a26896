"""The one door to team data.

Every view that shows or changes a team's data is wrapped in `team_view`: it resolves the
team from the URL and the user's membership before the view runs. Anonymous users are
sent to log in, outsiders get 404 (a team's existence is not confirmed to them), and
members without the needed role get 403.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, Literal

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse

from sellerdesk.models import Membership, Team

if TYPE_CHECKING:
    from django.db.models import QuerySet

CURRENT_TEAM_SESSION_KEY = "current_team"

Need = Literal["read", "edit", "manage"]


class AuthenticatedRequest(HttpRequest):
    """For annotations only: a request that `login_required` or `team_view` let through,
    so `request.user` is a User, never AnonymousUser."""

    user: User


def logged_in_user(request: HttpRequest) -> User:
    """`request.user` in a view only logged-in users reach (the admin's, say)."""
    user = request.user
    assert isinstance(user, User), "this view is reached only when logged in"
    return user


def _columns(model: type[Model], alias: str) -> tuple[list[str], str]:
    names = [field.attname for field in model._meta.concrete_fields]
    return names, ", ".join(f'{alias}."{field.column}"' for field in model._meta.concrete_fields)


_MEMBERSHIP_FIELDS, _MEMBERSHIP_COLUMNS = _columns(Membership, "m")
_TEAM_FIELDS, _TEAM_COLUMNS = _columns(Team, "t")
# A membership with its team, in one plain query: every team page and most wizard requests
# ask, and the ORM's compiler cost more CPU than the query itself.
_MEMBERSHIP_OF_TEAM_SQL = f"""
SELECT {_MEMBERSHIP_COLUMNS}, {_TEAM_COLUMNS}
FROM {Membership._meta.db_table} m JOIN {Team._meta.db_table} t ON t.id = m.team_id
WHERE m.user_id = %s AND t.slug = %s
"""  # noqa: S608 (table and column names from the models; the values are parameters)
# The team named in the session first, else the first by name.
_CURRENT_MEMBERSHIP_SQL = f"""
SELECT {_MEMBERSHIP_COLUMNS}, {_TEAM_COLUMNS}
FROM {Membership._meta.db_table} m JOIN {Team._meta.db_table} t ON t.id = m.team_id
WHERE m.user_id = %s
ORDER BY t.slug = %s DESC NULLS LAST, t.name, m.id
LIMIT 1
"""  # noqa: S608 (table and column names from the models; the values are parameters)


def _membership(sql: str, params: list[int | str | None]) -> Membership | None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    split = len(_MEMBERSHIP_FIELDS)
    membership = Membership.from_db(connection.alias, _MEMBERSHIP_FIELDS, row[:split])
    membership.team = Team.from_db(connection.alias, _TEAM_FIELDS, row[split:])
    return membership


def membership_for(user: User, team_slug: str) -> Membership:
    """The user's membership of the team, with the team loaded; Http404 for outsiders."""
    membership = _membership(_MEMBERSHIP_OF_TEAM_SQL, [user.pk, team_slug])
    if membership is None:
        raise Http404("No such team.")
    return membership


def team_view(
    need: Need = "read",
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Wrap a view taking (request, team_slug, ...) so it receives team and membership."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(
            request: HttpRequest, team_slug: str, *args: Any, **kwargs: Any
        ) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            membership = membership_for(request.user, team_slug)
            if (need == "edit" and not membership.can_edit) or (
                need == "manage" and not membership.can_manage
            ):
                raise PermissionDenied
            if request.session.get(CURRENT_TEAM_SESSION_KEY) != membership.team.slug:
                # Written only on a change of team: a session write costs a query.
                request.session[CURRENT_TEAM_SESSION_KEY] = membership.team.slug
            return view(request, membership.team, membership, *args, **kwargs)

        return wrapped

    return decorator


def current_membership(request: HttpRequest) -> Membership | None:
    """The team the user last worked in (or their first by name), for pages outside a team
    URL; its team comes with it."""
    if not request.user.is_authenticated:
        return None
    slug = request.session.get(CURRENT_TEAM_SESSION_KEY)
    return _membership(_CURRENT_MEMBERSHIP_SQL, [request.user.pk, slug])


def writable_memberships(user: User) -> QuerySet[Membership]:
    """The user's memberships that may write (owners and editors), with their teams."""
    return Membership.objects.select_related("team").filter(
        user=user, role__in=[Membership.Role.OWNER, Membership.Role.EDITOR]
    )


def editable_memberships(request: HttpRequest) -> list[Membership]:
    """The teams where the user may edit, the current team first: where a page outside a
    team URL (the sender check) can offer to save something. One query."""
    if not request.user.is_authenticated:
        return []
    editable = list(writable_memberships(request.user).order_by("team__name"))
    current = request.session.get(CURRENT_TEAM_SESSION_KEY)
    editable.sort(key=lambda membership: membership.team.slug != current)
    return editable


def team_for_calendar_token(token: str) -> Team:
    """The team whose calendar feed this token opens; Http404 for any other token.

    A calendar app cannot log in, so the feed's URL carries an unguessable token instead of
    a session. A wrong, empty or rotated token learns nothing: 404, as for outsiders.
    """

    if not token or len(token) > 64:
        raise Http404("No such calendar.")
    team = Team.objects.filter(calendar_token=token).first()
    if team is None or not secrets.compare_digest(team.calendar_token or "", token):
        raise Http404("No such calendar.")
    return team
