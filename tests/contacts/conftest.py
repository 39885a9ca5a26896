from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from contacts.models import Contact, Marketplace, Purpose


def _user_with(django_user_model: type, username: str, *codenames: str, is_staff: bool = True):
    user = django_user_model.objects.create_user(username=username, is_staff=is_staff)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="contacts", codename__in=codenames)
    )
    return user


@pytest.fixture
def editor(django_user_model: type):
    """Staff who may view, add and change contacts: the people who maintain the directory."""
    return _user_with(django_user_model, "editor", "view_contact", "add_contact", "change_contact")


@pytest.fixture
def editor_client(client: Client, editor) -> Client:
    client.force_login(editor)
    return client


@pytest.fixture
def viewer(django_user_model: type):
    """Staff who may only look at contacts."""
    return _user_with(django_user_model, "viewer", "view_contact")


@pytest.fixture
def outsider(django_user_model: type):
    """Logged in, but not staff: a seller using the site."""
    return _user_with(django_user_model, "seller", is_staff=False)


@pytest.fixture
def add_contacts(directory: None) -> Callable[[int], None]:
    """Adds active, unverified addresses spread over every marketplace and purpose."""
    return _add_contacts


def _add_contacts(count: int) -> None:
    marketplaces = list(Marketplace.objects.all())
    purposes = list(Purpose.objects.all())
    Contact.objects.bulk_create(
        Contact(
            marketplace=marketplaces[number % len(marketplaces)],
            purpose=purposes[number % len(purposes)],
            email=f"extra-{number}@example.com",
        )
        for number in range(count)
    )
