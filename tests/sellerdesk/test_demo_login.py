from __future__ import annotations

import re

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from sellerdesk.models import Membership


def run(capsys: pytest.CaptureFixture) -> str:
    call_command("demo_login")
    return re.search(r"password '([^']+)'", capsys.readouterr().out).group(1)


def test_demo_login_prints_a_fresh_password_that_works(
    db: None, settings, capsys: pytest.CaptureFixture
) -> None:
    settings.DEBUG = True
    first, second = run(capsys), run(capsys)

    assert first != second
    client = Client()
    response = client.post(reverse("login"), {"username": "demo", "password": second})
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="demo")
    assert membership.role == "owner"
    assert membership.team.name == "Demo team"


def test_demo_login_refuses_without_debug(db: None, settings) -> None:
    settings.DEBUG = False

    with pytest.raises(CommandError, match="only for development"):
        call_command("demo_login")
