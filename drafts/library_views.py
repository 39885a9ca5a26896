"""The template library: public pages where a seller browses the letters SellerDesk writes, with
how the teams' letters from each template fared (hence here, above the drafts they count).
Routed by letters/urls.py: the pages keep their letters: names and /letters/ paths."""

from __future__ import annotations

import functools

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from drafts.library import library_fingerprint, library_groups, version_outcomes
from drafts.selectors import PUBLIC_OUTCOME_MIN_TEAMS
from letters.cases import Audience
from letters.placeholders import Kind, Placeholder
from letters.selectors import published_version, version_example_preview, version_texts_key
from sellerdesk.models import Team
from sellerdesk.teams import current_membership


def library(request: HttpRequest) -> HttpResponse:
    audience_key = request.GET.get("audience", "")
    audience = Audience(audience_key) if audience_key in Audience.values else None
    team = _reader_team(request)
    context = {
        # Read only when the list's cached HTML is missing (see library_fingerprint).
        "groups": functools.cache(lambda: library_groups(audience=audience, team=team)),
        "groups_fingerprint": library_fingerprint(team=team, audience=audience),
        "outcomes_team": team,
        "audience": audience,
        "audiences": Audience,
    }
    return render(request, "letters/library.html", context)


def template_detail(request: HttpRequest, slug: str) -> HttpResponse:
    version = published_version(slug=slug)
    if version is None:
        raise Http404
    team = _reader_team(request)
    placeholders = [
        {
            "placeholder": placeholder,
            "kind": Kind(placeholder.kind).label,
            "examples": _example_items(placeholder),
        }
        for placeholder in version.placeholder_list
    ]
    context = {
        "template": version.template,
        "version": version,
        "preview": version_example_preview(version),
        # The example, its findings and the facts table: cached HTML under this digest.
        "texts_key": version_texts_key(version),
        "placeholders": placeholders,
        "outcomes": version_outcomes(version.template, team=team),
        "outcomes_team": team,
        "min_teams": PUBLIC_OUTCOME_MIN_TEAMS,
    }
    return render(request, "letters/template_detail.html", context)


def _reader_team(request: HttpRequest) -> Team | None:
    """The team whose outcome counts a reader sees: their current team; None for visitors,
    who see only the totals that no single team can be singled out in."""
    membership = current_membership(request)
    return membership.team if membership is not None else None


def _example_items(placeholder: Placeholder) -> list[str]:
    """A placeholder's example as lines to show: one per list item, or the single value."""
    example = placeholder.example
    if isinstance(example, list):
        return [str(item) for item in example]
    if placeholder.is_list:
        return [line for line in str(example).splitlines() if line.strip()]
    return [str(example)] if example not in ("", None) else []
