"""Login throttling behind a TLS proxy: the client's address from X-Forwarded-For."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from sellerdesk.client_ip import client_ip
from tests.factories import PASSWORD

PROXY = "10.0.0.2"


def via_proxy(address: str, forged: str = "") -> Client:
    """A browser at `address` behind our proxy, which appends the address it saw."""
    forwarded = f"{forged}, {address}" if forged else address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def fail(client: Client, username: str, times: int) -> None:
    for _attempt in range(times):
        client.post(reverse("login"), {"username": username, "password": "wrong"})


@pytest.fixture
def one_proxy(settings) -> None:
    settings.AXES_IPWARE_PROXY_COUNT = 1


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.9", PROXY),  # no proxy configured: the header is anyone's to write
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client's own entry is ignored
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.7", "203.0.113.9"),
        (2, "203.0.113.9", PROXY),  # fewer entries than proxies: only the socket is trusted
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
    ],
)
def test_the_client_address_is_the_one_the_outermost_proxy_saw(
    settings, count: int, forwarded: str, expected: str
) -> None:
    settings.AXES_IPWARE_PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_an_attacker_behind_the_proxy_does_not_lock_out_everyone(
    one_proxy: None, owner, editor, settings
) -> None:
    attacker = via_proxy("6.6.6.6")
    fail(attacker, "owner", settings.AXES_FAILURE_LIMIT)

    blocked = attacker.post(reverse("login"), {"username": "editor", "password": PASSWORD})
    owner_login = via_proxy("203.0.113.9").post(
        reverse("login"), {"username": "owner", "password": PASSWORD}
    )
    editor_login = via_proxy("198.51.100.4").post(
        reverse("login"), {"username": "editor", "password": PASSWORD}
    )

    assert blocked.status_code == 429
    assert owner_login.status_code == 302
    assert editor_login.status_code == 302


def test_a_forged_forwarded_header_does_not_escape_the_lock_or_frame_someone(
    one_proxy: None, owner, settings
) -> None:
    # The attacker writes the owner's address first; our proxy appends the real one.
    fail(via_proxy("6.6.6.6", forged="203.0.113.9"), "owner", settings.AXES_FAILURE_LIMIT)

    again = via_proxy("6.6.6.6", forged="198.51.100.77").post(
        reverse("login"), {"username": "owner", "password": PASSWORD}
    )
    owner_login = via_proxy("203.0.113.9").post(
        reverse("login"), {"username": "owner", "password": PASSWORD}
    )

    assert again.status_code == 429
    assert owner_login.status_code == 302


def test_a_username_too_long_is_a_form_error(client: Client, db: None) -> None:
    response = client.post(reverse("login"), {"username": "x" * 300, "password": "whatever"})

    assert response.status_code == 200
    assert "at most 150 characters" in response.content.decode()


# --- password reset ------------------------------------------------------------------


def reset(client: Client, email: str):
    return client.post(reverse("password_reset"), {"email": email})


def test_reset_emails_to_one_address_are_limited(owner) -> None:
    from django.core import mail

    from sellerdesk.forms import RESET_PER_ADDRESS

    responses = [
        reset(Client(REMOTE_ADDR=f"10.1.0.{n}"), "owner@example.com")
        for n in range(RESET_PER_ADDRESS + 2)
    ]

    assert [r.status_code for r in responses] == [302] * (RESET_PER_ADDRESS + 2)
    assert len(mail.outbox) == RESET_PER_ADDRESS


def test_reset_requests_from_one_client_are_limited(owner, one_proxy: None) -> None:
    from django.core import mail

    from sellerdesk.forms import RESET_PER_CLIENT

    for n in range(RESET_PER_CLIENT):
        assert reset(via_proxy("6.6.6.6"), f"nobody{n}@example.com").status_code == 302
    refused = reset(via_proxy("6.6.6.6"), "owner@example.com")
    elsewhere = reset(via_proxy("203.0.113.9"), "owner@example.com")

    assert refused.status_code == 429
    assert "Too many password-reset requests" in refused.content.decode()
    assert elsewhere.status_code == 302
    assert len(mail.outbox) == 1
