from __future__ import annotations

from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD


def test_log_in_and_out(client: Client, owner) -> None:
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})

    assert response.status_code == 302
    assert client.get(reverse("teams:list")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("teams:list")).status_code == 302


def test_there_is_no_open_sign_up(client: Client) -> None:
    content = client.get(reverse("login")).content.decode()

    assert "invitation" in content
    assert client.get("/accounts/signup/").status_code == 404


def test_login_is_throttled_per_account_and_address(client: Client, owner, settings) -> None:
    attacker = Client(REMOTE_ADDR="10.0.0.1")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        attacker.post(reverse("login"), {"username": "owner", "password": "wrong"})

    locked = attacker.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    elsewhere = Client(REMOTE_ADDR="10.0.1.1").post(
        reverse("login"), {"username": "owner", "password": PASSWORD}
    )

    assert locked.status_code == 429
    assert "Too many failed log-in attempts" in locked.content.decode()
    # As the README says: the attacker's failures do not lock the owner out elsewhere.
    assert elsewhere.status_code == 302


def test_login_is_throttled_per_address(client: Client, owner, editor, settings) -> None:
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": f"someone{attempt}", "password": "wrong"})

    response = client.post(reverse("login"), {"username": "editor", "password": PASSWORD})

    assert response.status_code == 429


def test_password_reset_sends_a_single_use_link(client: Client, owner) -> None:
    client.post(reverse("password_reset"), {"email": "owner@example.com"})

    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/reset/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get("/" + path, follow=True)
    assert form_page.status_code == 200
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Another-long-phrase-42", "new_password2": "Another-long-phrase-42"},
    )
    assert done.status_code == 302
    relogin = Client().post(
        reverse("login"), {"username": "owner", "password": "Another-long-phrase-42"}
    )
    assert relogin.status_code == 302


def test_password_change(client: Client, owner) -> None:
    client.force_login(owner)

    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Brand-new-phrase-77",
            "new_password2": "Brand-new-phrase-77",
        },
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("Brand-new-phrase-77")


def test_after_login_a_seller_without_drafts_lands_on_start_a_case(client: Client, owner) -> None:
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.url == reverse("start")
    assert client.get(response.url).url == reverse("letters:wizard")


def test_after_login_a_seller_lands_on_their_teams_drafts(client: Client, team, owner) -> None:
    from tests.factories import new_draft

    new_draft(team, owner)
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    start = client.get(response.url)
    assert start.url == reverse("drafts:list", kwargs={"team_slug": team.slug})


def test_login_with_next_still_goes_where_it_was_asked(client: Client, team, owner) -> None:
    response = client.post(
        reverse("login") + "?next=/directory/", {"username": "owner", "password": PASSWORD}
    )
    assert response.url == "/directory/"
