from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English: a request in Chinese leaves its thread in Chinese."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    # The real hasher is slow on purpose; tests create many users and need no such cost.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def directory(db: None) -> None:
    """The contact directory exactly as `make run` loads it."""
    call_command("loaddata", "directory", verbosity=0)


# Three people in one team and an outsider in another: the house-style cast for team views.
PASSWORD = "correct horse battery staple"


@pytest.fixture
def make_user(db: None):
    from django.contrib.auth import get_user_model

    def make(username: str, **extra: object):
        return get_user_model().objects.create_user(
            username=username, email=f"{username}@example.com", password=PASSWORD, **extra
        )

    return make


@pytest.fixture
def team(db: None):
    from sellerdesk.models import Team

    return Team.objects.create(name="Lumora Home", slug="lumora")


@pytest.fixture
def other_team(db: None):
    from sellerdesk.models import Team

    return Team.objects.create(name="Other Shop", slug="other-shop")


def _member(make_user, team, username: str, role: str):
    from sellerdesk.models import Membership

    user = make_user(username)
    Membership.objects.create(team=team, user=user, role=role)
    return user


@pytest.fixture
def owner(make_user, team):
    return _member(make_user, team, "owner", "owner")


@pytest.fixture
def editor(make_user, team):
    return _member(make_user, team, "editor", "editor")


@pytest.fixture
def viewer(make_user, team):
    return _member(make_user, team, "viewer", "viewer")


@pytest.fixture
def outsider(make_user, other_team):
    return _member(make_user, other_team, "outsider", "owner")


@pytest.fixture
def assert_statements(db: None):
    """Like django_assert_num_queries, but counting the statements production runs.

    Each test runs inside a transaction, so every atomic block Django opens (a session save,
    a service) adds SAVEPOINT and RELEASE statements that a real request, in autocommit,
    does not send. Budgets stated as "queries a request costs" count without them.
    """
    from contextlib import contextmanager

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    @contextmanager
    def counting(expected: int):
        with CaptureQueriesContext(connection) as context:
            yield context
        statements = [
            query["sql"]
            for query in context.captured_queries
            if not query["sql"].upper().startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
        ]
        assert len(statements) == expected, "\n".join(
            [f"{len(statements)} statements, expected {expected}:", *statements]
        )

    return counting
