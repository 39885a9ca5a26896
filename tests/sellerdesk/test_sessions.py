"""No writes for reading: a visitor who only looks at pages leaves no session row behind."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_webtest import DjangoTestApp

from letters.models import LetterTemplate
from tests.helpers.browser import post
from tests.helpers.wizard import WHO, Wizard, step_url


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def public_urls() -> list[str]:
    template = LetterTemplate.objects.filter(active=True).first()
    return [
        reverse("home"),
        reverse("letters:wizard"),
        reverse("letters:wizard") + "?reset",
        reverse("letters:wizard") + "?case=odr_deactivation",
        step_url("case"),
        step_url("case") + "?case=odr_deactivation",
        reverse("letters:wizard_notice"),
        reverse("letters:library"),
        reverse("letters:template_detail", args=[template.slug]),
        reverse("contacts:directory"),
        reverse("contacts:directory_marketplace", args=["DE"]),
        reverse("senders:sender_check"),
        reverse("login"),
    ]


def test_an_anonymous_visitor_who_only_looks_creates_no_session_row(
    site: None, client: Client
) -> None:
    for url in public_urls():
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert Session.objects.count() == 0, f"{url} wrote a session row"
    # Not even in Chinese, where the wizard's first step is the same page in another language.
    response = client.get(step_url("case"), HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert response.status_code == 200
    assert Session.objects.count() == 0


def test_a_visitor_without_a_session_can_answer_the_first_step_and_go_on(
    site: None, app: DjangoTestApp
) -> None:
    wizard = Wizard(app)
    wizard.open("case")
    assert Session.objects.count() == 0

    page = wizard.submit("case", {"case": "odr_deactivation"})

    assert page.request.path_qs == step_url("who")
    assert Session.objects.count() == 1
    page = wizard.submit("who", {"marketplace": "DE", **WHO})
    assert wizard.current() == "facts"


def test_a_visitor_who_posts_a_later_step_without_a_session_is_told_it_expired(
    site: None, app: DjangoTestApp
) -> None:
    response = post(app, step_url("who"), {"case_wizard_view-current_step": "who"}).maybe_follow()

    assert response.request.path_qs == step_url("case")
    assert "Your session expired" in response.content.decode()


def test_start_over_forgets_the_answers_and_the_next_case_still_works(
    site: None, app: DjangoTestApp
) -> None:
    wizard = Wizard(app)
    wizard.open("case")
    wizard.submit("case", {"case": "odr_deactivation"})

    wizard.start()  # ?reset
    assert app.get(step_url("who")).status_code == 302
    page = wizard.submit("case", {"case": "odr_deactivation"})

    assert page.request.path_qs == step_url("who")
    assert "Your session expired" not in page.content.decode()


def test_clearsessions_removes_expired_sessions_and_keeps_live_ones(db: None) -> None:
    expired, live = SessionStore(), SessionStore()
    expired["answer"] = live["answer"] = 1
    expired.set_expiry(timezone.now() - timedelta(days=1))
    expired.save()
    live.save()

    call_command("clearsessions")

    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]
