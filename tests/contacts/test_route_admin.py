"""Seller Central routes in the admin: channel, path, source, last checked, with history."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from contacts.models import Marketplace, SellerCentralRoute

CHANGELIST = "/admin/contacts/sellercentralroute/"


@pytest.fixture
def route_editor(django_user_model: type):
    user = django_user_model.objects.create_user(username="routes", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="contacts",
            codename__in=["view_sellercentralroute", "change_sellercentralroute"],
        )
    )
    return user


def test_the_list_shows_channel_and_last_check(
    directory: None, client: Client, route_editor
) -> None:
    client.force_login(route_editor)
    page = client.get(CHANGELIST).content.decode()
    assert "Account Health: Reactivate your account / View appeal" in page
    assert "Seller Central page" in page and "Web form" in page


def test_mark_checked_today_records_who_and_history(
    directory: None, client: Client, route_editor
) -> None:
    client.force_login(route_editor)
    route = SellerCentralRoute.objects.get(key="atoz_claims")
    assert route.last_checked is None
    response = client.post(
        CHANGELIST, {"action": "mark_checked", "_selected_action": [route.pk]}, follow=True
    )
    assert "1 route marked checked." in response.content.decode()
    route.refresh_from_db()
    assert (route.last_checked, route.changed_by) == (timezone.localdate(), route_editor)
    assert LogEntry.objects.filter(user=route_editor, action_flag=CHANGE).count() == 1


def test_editing_a_route_in_the_admin_changes_what_sellers_are_told(
    directory: None, client: Client, route_editor
) -> None:
    client.force_login(route_editor)
    route = SellerCentralRoute.objects.get(key="account_health_appeal")
    response = client.post(
        f"{CHANGELIST}{route.pk}/change/",
        {
            "key": route.key,
            "name": route.name,
            "where": "sellercentral.amazon.<domain>/performance/account/health",
            "note": route.note,
            "channel": "seller_central",
            "needs_login": "on",
            "source": "Seller Central help G200370560",
            "last_checked": "2026-11-30",
        },
    )
    assert response.status_code == 302
    route.refresh_from_db()
    assert route.changed_by == route_editor
    assert route.where_for(Marketplace.objects.get(code="FR")) == (
        "sellercentral.amazon.fr/performance/account/health"
    )
