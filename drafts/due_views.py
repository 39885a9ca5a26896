"""What a team has due: the due-soon page, and the calendar feed a calendar app subscribes to."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from drafts.calendar import team_calendar
from drafts.models import Draft
from drafts.selectors import drafts_with_deadlines
from sellerdesk.models import Membership, Team
from sellerdesk.services import team_calendar_rotate
from sellerdesk.teams import team_for_calendar_token, team_view

# "Soon": the next two weeks, and everything already overdue.
DUE_SOON_DAYS = 14


@team_view("read")
def due_soon(request: HttpRequest, team: Team, membership: Membership) -> HttpResponse:
    until = timezone.now() + datetime.timedelta(days=DUE_SOON_DAYS)
    feed_url = ""
    if membership.can_manage and team.calendar_token:
        feed_url = request.build_absolute_uri(
            reverse("letters:calendar_feed", kwargs={"token": team.calendar_token})
        )
    context = {
        "team": team,
        "membership": membership,
        "drafts": list(drafts_with_deadlines(team=team, until=until)),
        "days": DUE_SOON_DAYS,
        "feed_url": feed_url,
    }
    return render(request, "letters/drafts/due_soon.html", context)


@team_view("manage")
@require_POST
def calendar_rotate(request: HttpRequest, team: Team, membership: Membership) -> HttpResponse:
    had_one = bool(team.calendar_token)
    team_calendar_rotate(team=team)
    messages.success(
        request,
        _("New calendar address made: the old one no longer works.")
        if had_one
        else _("Calendar address made: subscribe to it in your calendar app."),
    )
    return redirect("drafts:due", team_slug=team.slug)


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """No login: the token is the key. Any wrong token gets 404."""
    team = team_for_calendar_token(token)

    def url_for(draft: Draft) -> str:
        return request.build_absolute_uri(draft.get_absolute_url())

    text = team_calendar(
        team_name=team.name,
        drafts=drafts_with_deadlines(team=team).select_related("team"),
        url_for=url_for,
        now=timezone.now(),
    )
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="sellerdesk-{team.slug}.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response
