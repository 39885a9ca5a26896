from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import OperationalError, connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sellerdesk.models import Invitation, Membership
from sellerdesk.services import TeamError, membership_change_role, membership_remove


def login(client: Client, user) -> Client:
    client.force_login(user)
    return client


def test_member_sees_team_page_outsider_gets_404(client, team, owner, editor, outsider) -> None:
    url = reverse("teams:detail", kwargs={"team_slug": team.slug})

    assert login(client, editor).get(url).status_code == 200
    assert login(Client(), outsider).get(url).status_code == 404


def test_anonymous_is_sent_to_log_in(client, team) -> None:
    url = reverse("teams:detail", kwargs={"team_slug": team.slug})

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_editor_cannot_invite_owner_can(client, team, owner, editor) -> None:
    url = reverse("teams:invite", kwargs={"team_slug": team.slug})
    data = {"email": "new@example.com", "role": "viewer"}

    assert login(client, editor).post(url, data).status_code == 403
    assert login(Client(), owner).post(url, data).status_code == 302
    assert Invitation.objects.filter(team=team, email="new@example.com").count() == 1
    assert len(mail.outbox) == 1


def invite(client: Client, owner, team, email: str = "new@example.com") -> str:
    login(client, owner).post(
        reverse("teams:invite", kwargs={"team_slug": team.slug}), {"email": email, "role": "editor"}
    )
    return re.search(r"/invitations/(\S+)/", mail.outbox[-1].body).group(1)


def test_invitation_creates_account_and_membership_once(client, team, owner) -> None:
    token = invite(client, owner, team)
    newcomer = Client()
    url = reverse("teams:invitation_accept", kwargs={"token": token})
    form = {
        "username": "mei",
        "password1": "a-Long-pass-phrase-9",
        "password2": "a-Long-pass-phrase-9",
    }

    response = newcomer.post(url, form)

    assert response.status_code == 302
    membership = Membership.objects.get(team=team, user__username="mei")
    assert membership.role == "editor"
    assert membership.user.email == "new@example.com"
    # Single use: the same link again is refused, for anyone.
    assert Client().get(url).status_code == 410
    assert Client().post(url, {**form, "username": "mei2"}).status_code == 410


def test_expired_invitation_is_refused(client, team, owner) -> None:
    token = invite(client, owner, team)
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    response = Client().get(reverse("teams:invitation_accept", kwargs={"token": token}))

    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_logged_in_user_joins_a_second_team(client, team, owner, outsider) -> None:
    token = invite(client, owner, team, email=outsider.email)

    login(Client(), outsider).post(reverse("teams:invitation_accept", kwargs={"token": token}))

    assert set(outsider.teams.values_list("slug", flat=True)) == {"lumora", "other-shop"}


def test_last_owner_cannot_leave_or_be_demoted(team, owner) -> None:
    membership = Membership.objects.get(user=owner)

    with pytest.raises(TeamError):
        membership_change_role(team=team, membership_id=membership.pk, role="editor")
    with pytest.raises(TeamError):
        membership_remove(team=team, membership_id=membership.pk)


def test_of_two_owners_one_may_step_down_the_other_not(team, owner, make_user) -> None:
    second = make_user("second-owner")
    Membership.objects.create(team=team, user=second, role="owner")
    first_membership = Membership.objects.get(user=owner)
    second_membership = Membership.objects.get(user=second)

    membership_change_role(team=team, membership_id=first_membership.pk, role="editor")
    with pytest.raises(TeamError, match="at least one owner"):
        membership_change_role(team=team, membership_id=second_membership.pk, role="viewer")
    with pytest.raises(TeamError, match="at least one owner"):
        membership_remove(team=team, membership_id=second_membership.pk)

    assert list(team.memberships.filter(role="owner").values_list("user__username", flat=True)) == [
        "second-owner"
    ]


def test_an_owner_who_left_cannot_be_followed_by_the_last_one(team, owner, make_user) -> None:
    second = make_user("second-owner")
    Membership.objects.create(team=team, user=second, role="owner")

    membership_remove(team=team, membership_id=Membership.objects.get(user=owner).pk)
    with pytest.raises(TeamError, match="at least one owner"):
        membership_remove(team=team, membership_id=Membership.objects.get(user=second).pk)

    assert team.memberships.get().user == second


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("step_down", ["demote", "remove"])
def test_an_owner_stepping_down_holds_the_team_until_done(
    team, owner, make_user, step_down: str
) -> None:
    # Two owners demoting each other at the same moment must not both succeed: the second
    # change waits for the team row the first one locked, then sees it is the last owner.
    # Without threads: another connection asks for that lock without waiting, as the
    # other owner's request would, while the first change is not yet committed.
    second = make_user("second-owner")
    Membership.objects.create(team=team, user=second, role="owner")
    first_membership = Membership.objects.get(user=owner)
    other_request = connections.create_connection("default")
    try:
        with transaction.atomic():
            if step_down == "demote":
                membership_change_role(team=team, membership_id=first_membership.pk, role="editor")
            else:
                membership_remove(team=team, membership_id=first_membership.pk)
            with (
                pytest.raises(OperationalError, match="could not obtain lock"),
                other_request.cursor() as cursor,
            ):
                cursor.execute(
                    "SELECT id FROM sellerdesk_team WHERE id = %s FOR UPDATE NOWAIT", [team.pk]
                )
    finally:
        other_request.close()


def test_owner_changes_a_role_and_cannot_touch_another_teams_member(
    client, team, owner, editor, outsider
) -> None:
    login(client, owner)
    editor_membership = Membership.objects.get(user=editor)
    outsider_membership = Membership.objects.get(user=outsider)

    client.post(
        reverse(
            "teams:member_role", kwargs={"team_slug": team.slug, "member_id": editor_membership.pk}
        ),
        {"role": "viewer"},
    )
    foreign = client.post(
        reverse(
            "teams:member_remove",
            kwargs={"team_slug": team.slug, "member_id": outsider_membership.pk},
        )
    )

    editor_membership.refresh_from_db()
    assert editor_membership.role == "viewer"
    assert foreign.status_code == 404
    assert Membership.objects.filter(pk=outsider_membership.pk).exists()


def test_switching_team_remembers_it(client, team, other_team, owner) -> None:
    Membership.objects.create(team=other_team, user=owner, role="viewer")
    login(client, owner)

    response = client.post(reverse("teams:switch", kwargs={"team_slug": other_team.slug}))

    assert response.status_code == 302
    assert client.session["current_team"] == "other-shop"


def test_team_name_is_escaped(client, owner, team) -> None:
    team.name = "<script>alert(1)</script>{{ 7*7 }}"
    team.save()

    content = login(client, owner).get(team.get_absolute_url()).content.decode()

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}" in content


def test_current_membership_is_the_session_team_else_the_first_by_name(
    rf, team, other_team, make_user, django_assert_num_queries
) -> None:
    from sellerdesk.models import Team
    from sellerdesk.teams import CURRENT_TEAM_SESSION_KEY, current_membership

    user = make_user("two-teams")
    zebra = Team.objects.create(name="Zebra Goods", slug="zebra")
    Membership.objects.create(team=zebra, user=user, role="editor")
    Membership.objects.create(team=other_team, user=user, role="viewer")
    request = rf.get("/")
    request.user, request.session = user, {}

    def current() -> tuple[str, str] | None:
        with django_assert_num_queries(1):
            membership = current_membership(request)
            # The team comes with it: no second query.
            return (membership.team.slug, membership.role) if membership else None

    assert current() == ("other-shop", "viewer")  # "Other Shop" before "Zebra Goods"
    request.session[CURRENT_TEAM_SESSION_KEY] = "zebra"
    assert current() == ("zebra", "editor")
    # A team the user is not in (left, or another's) falls back to the first by name.
    request.session[CURRENT_TEAM_SESSION_KEY] = team.slug
    assert current() == ("other-shop", "viewer")
    Membership.objects.filter(user=user).delete()
    assert current() is None
