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


# The shipped seed data: loaded once per run into the test database (loading it per test was
# a third of the suite's time). A test that asks for `seeded` (or `directory`) sees it; any other
# test sees empty seed tables, as it did when each test loaded what it needed.
SEED_FIXTURES = ("directory", "letter_templates")
SEED_TABLES = (
    "contacts_contact",
    "contacts_purpose",
    "contacts_sellercentralroute",
    "contacts_marketplace",
    "letters_lettertemplate",
    "letters_templateversion",
)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker) -> None:
    with django_db_blocker.unblock():
        call_command("loaddata", *SEED_FIXTURES, verbosity=0)


def _is_transactional(request: pytest.FixtureRequest) -> bool:
    marker = request.node.get_closest_marker("django_db")
    names = request.fixturenames
    return bool(marker and marker.kwargs.get("transaction")) or (
        "transactional_db" in names or "live_server" in names
    )


def _seed_is_loaded() -> bool:
    from letters.models import LetterTemplate

    return LetterTemplate.objects.exists()


@pytest.fixture
def seeded(request: pytest.FixtureRequest, db: None) -> None:
    """The contact directory and the letter templates, exactly as `make run` loads them."""
    # A transactional test empties the database after it runs (they run after all the
    # others), so it loads the seed itself when an earlier one took it away.
    if _is_transactional(request) and not _seed_is_loaded():
        call_command("loaddata", *SEED_FIXTURES, verbosity=0)


@pytest.fixture
def directory(seeded: None) -> None:
    """The contact directory exactly as `make run` loads it."""


@pytest.fixture(autouse=True)
def _seed_only_where_asked(request: pytest.FixtureRequest, _django_db_marker: None) -> None:
    """Hide the session's seed from a database test that did not ask for it."""
    if "seeded" in request.fixturenames:
        return
    transactional = _is_transactional(request)
    uses_db = request.node.get_closest_marker("django_db") or "db" in request.fixturenames
    if not (uses_db or transactional):
        return
    from django.db import connection

    request.getfixturevalue("transactional_db" if transactional else "db")
    if not transactional:
        # Inside the test's transaction: rolled back, so the next test finds the seed again.
        assert connection.in_atomic_block
    elif not _seed_is_loaded():
        return
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(SEED_TABLES)} CASCADE")


@pytest.fixture
def app():
    """A browser of the tests' own (django-webtest): it reads and submits the pages' forms."""
    from tests.helpers.browser import browser

    return browser()


# Three people in one team and an outsider in another: the house-style cast for team views.
@pytest.fixture
def make_user(db: None):
    from django.contrib.auth import get_user_model

    from tests.factories import PASSWORD

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
