"""Every URL with team data, against every role. Built from the URL resolver, so a new team
URL without an entry here fails `test_every_team_url_has_an_entry`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from drafts.services import draft_update
from sellerdesk.models import Membership
from tests.factories import (
    new_draft,
)

ROLES = ("anonymous", "outsider", "viewer", "editor", "owner")


def _expect(anonymous: int, outsider: int, viewer: int, editor: int, owner: int) -> dict:
    return dict(zip(ROLES, (anonymous, outsider, viewer, editor, owner), strict=True))


# Anonymous users are sent to log in (302), outsiders learn nothing (404), a role too low
# gets 403. A write that works answers with a redirect (302).
READ = _expect(302, 404, 200, 200, 200)
EDIT_PAGE = _expect(302, 404, 403, 200, 200)
EDIT_POST = _expect(302, 404, 403, 302, 302)
READ_POST = _expect(302, 404, 302, 302, 302)
MANAGE_POST = _expect(302, 404, 403, 403, 302)
MANAGE_PAGE = _expect(302, 404, 403, 403, 200)


@dataclass(frozen=True)
class Check:
    expected: dict[str, int]
    method: str = "get"
    data: dict = field(default_factory=dict)
    kwargs: dict = field(default_factory=dict)
    query: dict = field(default_factory=dict)


MATRIX: dict[str, Check] = {
    "teams:detail": Check(READ),
    "teams:switch": Check(READ_POST, "post"),
    "teams:invite": Check(MANAGE_POST, "post", {"email": "new@example.com", "role": "viewer"}),
    "teams:member_role": Check(MANAGE_POST, "post", {"role": "editor"}),
    "teams:member_remove": Check(MANAGE_POST, "post"),
    "drafts:list": Check(READ),
    "drafts:export": Check(MANAGE_PAGE, kwargs={"fmt": "json"}),
    "drafts:due": Check(READ),
    "drafts:calendar_rotate": Check(MANAGE_POST, "post"),
    # Posted from the sender check with the e-mail alone: the page to choose the case.
    "drafts:checked_mail": Check(
        _expect(302, 404, 403, 200, 200),
        "post",
        {"message": "From: Amazon <seller@amaz0n-support.com>\n\nVerify: https://amaz0n.example/"},
    ),
    "drafts:detail": Check(READ),
    "drafts:edit": Check(EDIT_PAGE),
    "drafts:duplicate": Check(EDIT_POST, "post"),
    "drafts:delete": Check(EDIT_PAGE),
    "drafts:download": Check(READ, kwargs={"fmt": "eml"}),
    "drafts:status": Check(EDIT_POST, "post", {"status": "ready_for_review"}),
    "drafts:timeline_add": Check(
        EDIT_POST, "post", {"kind": "comment", "happened_on": "2025-03-01", "text": "Checked."}
    ),
    "drafts:follow_up": Check(
        EDIT_POST, "post", {"amazon_reply": "Please send invoices.", "happened_on": "2025-03-01"}
    ),
    "drafts:revision_diff": Check(READ, query={"old": 1, "new": 2}),
}


_PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


def _walk(patterns: list, prefix: str = "", namespace: str = ""):
    """(name, parameters) of every URL whose route, prefixes included, takes a team_slug."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            params = {a or b for a, b in _PARAM.findall(route)}
            if "team_slug" in params:
                yield (f"{namespace}:{pattern.name}" if namespace else pattern.name), params


TEAM_URLS: dict[str, set[str]] = dict(_walk(get_resolver().url_patterns))


def test_every_team_url_has_an_entry() -> None:
    assert TEAM_URLS.keys() - MATRIX.keys() == set(), "add these URLs to MATRIX"
    assert MATRIX.keys() - TEAM_URLS.keys() == set(), "these MATRIX entries match no URL"


@pytest.fixture
def cast(team, owner, editor, viewer, outsider) -> dict:
    """The house-style cast, and one draft with two revisions to point the URLs at."""
    draft = new_draft(team, owner)
    draft_update(
        draft=draft, editor=editor, subject="Second", body="Second text.", expected_version=1
    )
    return {
        "users": {"owner": owner, "editor": editor, "viewer": viewer, "outsider": outsider},
        "kwargs": {
            "team_slug": team.slug,
            "pk": draft.pk,
            "member_id": Membership.objects.get(user=viewer).pk,
        },
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_role_gets_the_expected_status(name: str, role: str, cast: dict) -> None:
    check = MATRIX[name]
    values = {**cast["kwargs"], **check.kwargs}
    path = reverse(name, kwargs={param: values[param] for param in TEAM_URLS[name]})
    client = Client()
    if role != "anonymous":
        client.force_login(cast["users"][role])

    if check.method == "post":
        response = client.post(path, check.data)
    else:
        response = client.get(path, check.query)

    assert response.status_code == check.expected[role], f"{role} {check.method} {path}"
    if role == "anonymous":
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", sorted(n for n, check in MATRIX.items() if check.method == "post"))
def test_post_only_urls_refuse_get(name: str, cast: dict) -> None:
    check = MATRIX[name]
    values = {**cast["kwargs"], **check.kwargs}
    path = reverse(name, kwargs={param: values[param] for param in TEAM_URLS[name]})
    client = Client()
    client.force_login(cast["users"]["owner"])

    assert client.get(path).status_code == 405


# The wizard's save path is no team URL: the letter goes to the user's current team (an
# outsider's is their own team), so it has a row of its own: the finished letter in the
# session, then "Save as a team draft".
WIZARD_SAVE = _expect(302, 302, 403, 302, 302)


@pytest.mark.parametrize("role", ROLES)
def test_role_saving_the_wizards_letter_gets_the_expected_status(
    role: str, cast: dict, seeded: None
) -> None:
    from drafts.models import Draft
    from letters.cases import get_case_type
    from tests.helpers.browser import browser, post
    from tests.helpers.wizard import Wizard, walk_to_review

    user = None if role == "anonymous" else cast["users"][role]
    app = browser(user)
    walk_to_review(Wizard(app), get_case_type("odr_deactivation"), "DE")
    Wizard(app).submit("review", {})

    response = post(app, reverse("letters:wizard_letter_save"), status="*")

    assert response.status_code == WIZARD_SAVE[role], role
    in_the_team = Draft.objects.filter(team__slug=cast["kwargs"]["team_slug"])
    written = in_the_team.exclude(pk=cast["kwargs"]["pk"])
    if role in ("editor", "owner"):
        # Finishing saved it; saving again opens that draft, never a second one.
        assert [draft.author for draft in written] == [user]
        assert response["Location"] == written.get().get_absolute_url()
    else:
        assert not written.exists()
    if role == "outsider":
        assert Draft.objects.exclude(team__slug=cast["kwargs"]["team_slug"]).get().author == user
    if role == "anonymous":
        assert response["Location"].startswith(reverse("login"))
