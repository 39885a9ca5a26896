"""A browser for the tests: django-webtest's app, with a login and a hand-made POST."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django_webtest import DjangoTestApp
from django_webtest.response import DjangoWebtestResponse
from webtest import TestResponse
from webtest.forms import Form


class Page(DjangoWebtestResponse):
    """A response whose HTML is parsed once.

    WebTest parses the whole page again on every look (`.html`, and `.forms` twice over for a
    form with an id); a walk through the wizard looks at each page several times.
    """

    @cached_property
    def html(self) -> BeautifulSoup:
        return super().html


class Browser(DjangoTestApp):
    """django-webtest's app: cookies of its own, pages parsed once."""

    response_class = Page


def log_in(app: DjangoTestApp, user: Any) -> DjangoTestApp:
    """Log `user` in on `app`, keeping its session (and what the session holds) as a login does."""
    # Not django-webtest's `user=`: its middleware loads the user on every request, which
    # would add a query to the budgets of the steps that never read the user.
    client = Client()
    if session := app.cookies.get(settings.SESSION_COOKIE_NAME):
        client.cookies[settings.SESSION_COOKIE_NAME] = session
    client.force_login(user)
    app.set_cookie(settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value)
    return app


def browser(user: Any = None) -> DjangoTestApp:
    """Another browser with cookies of its own (another person, another device)."""
    app = Browser()
    return log_in(app, user) if user is not None else app


def post(
    app: DjangoTestApp, url: str, data: dict[str, str] | None = None, **kwargs: Any
) -> TestResponse:
    """A POST no button on the page makes (a forged or replayed request), with the CSRF token
    the browser's cookie holds, as any form of the site would send it."""
    if settings.CSRF_COOKIE_NAME not in app.cookies:
        app.get(reverse("login"))  # a browser that never opened a form has no CSRF cookie yet
    token = app.cookies[settings.CSRF_COOKIE_NAME]
    return app.post(url, {**(data or {}), "csrfmiddlewaretoken": token}, **kwargs)


def form_with(page: TestResponse, field: str) -> Form:
    """The one form on the page that has a field named `field`."""
    [form] = [
        form for key, form in page.forms.items() if isinstance(key, int) and field in form.fields
    ]
    return form


def log_in_with_password(
    app: DjangoTestApp, username: str, password: str, next_url: str
) -> TestResponse:
    """Log in through the login page, as a person does, and land where it sends them."""
    page = app.get(f"{reverse('login')}?next={next_url}")
    form = form_with(page, "password")
    form["username"], form["password"] = username, password
    return form.submit().maybe_follow()


def forget_session(app: DjangoTestApp) -> None:
    """Drop the session cookie only, as when it expires in the browser (the CSRF cookie stays)."""
    for cookie in list(app.cookiejar):
        if cookie.name == settings.SESSION_COOKIE_NAME:
            app.cookiejar.clear(cookie.domain, cookie.path, cookie.name)
