from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from contacts.models import Contact, Marketplace
from contacts.routing import UnknownMarketplace, UnknownPurpose, route_for

CONTACTS_CSV = Path(settings.BASE_DIR) / "fixtures" / "amazon_contacts.csv"


def csv_rows() -> list[dict[str, str]]:
    with CONTACTS_CSV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_fixtures_hold_47_contacts_in_10_marketplaces(directory: None) -> None:
    assert Contact.objects.count() == 47
    assert Marketplace.objects.count() == 10
    assert Contact.objects.values("marketplace").distinct().count() == 10
    assert not Contact.objects.filter(last_verified__isnull=False).exists()
    assert set(Contact.objects.values_list("source", flat=True)) == {"seller community guide, 2024"}


@pytest.mark.parametrize("row", csv_rows(), ids=lambda row: f"{row['marketplace']}-{row['email']}")
def test_every_csv_row_routes_to_its_own_address(directory: None, row: dict[str, str]) -> None:
    routing = route_for(purpose=row["purpose"], marketplace=row["marketplace"])

    assert row["email"] in [recipient.email for recipient in routing.recipients]
    assert routing.fallback is False
    same_slot = {
        r["email"]
        for r in csv_rows()
        if r["purpose"] == row["purpose"] and r["marketplace"] == row["marketplace"]
    }
    assert {recipient.email for recipient in routing.recipients} == same_slot


def test_purpose_without_address_falls_back_to_the_route_of_that_marketplace(
    directory: None,
) -> None:
    routing = route_for(purpose="seller_performance", marketplace="MX")

    assert routing.recipients == ()
    assert routing.fallback is True
    assert routing.route_where == ("sellercentral.amazon.com.mx/performance/dashboard")


def test_inactive_address_is_not_offered(directory: None) -> None:
    Contact.objects.filter(email="verkaeufer-performance@amazon.de").update(active=False)

    routing = route_for(purpose="seller_performance", marketplace="DE")

    assert routing.fallback is True


def test_unknown_marketplace_and_purpose_raise(directory: None) -> None:
    with pytest.raises(UnknownMarketplace):
        route_for(purpose="ip_notice", marketplace="ZZ")
    with pytest.raises(UnknownPurpose):
        route_for(purpose="nope", marketplace="US")


def test_recipient_command_prints_json(directory: None, capsys: pytest.CaptureFixture) -> None:
    call_command("recipient", purpose="funds_recovery", marketplace="jp")

    answer = json.loads(capsys.readouterr().out)
    assert answer == {
        "marketplace": "JP",
        "purpose": "funds_recovery",
        "recipients": [
            {"email": "payments-investigate@amazon.co.jp", "note": "", "last_verified": None}
        ],
        "route": {
            "name": "Payments / settlement summary",
            "where": "sellercentral.amazon.co.jp/gp/payments-account/settlement-summary.html",
        },
        "fallback": False,
    }


@pytest.mark.parametrize(
    ("purpose", "marketplace", "message"),
    [("ip_notice", "ZZ", "Unknown marketplace 'ZZ'."), ("nope", "US", "Unknown purpose 'nope'.")],
)
def test_recipient_command_exits_2_on_unknown_input(
    directory: None, capsys: pytest.CaptureFixture, purpose: str, marketplace: str, message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        call_command("recipient", purpose=purpose, marketplace=marketplace)

    assert exit_info.value.code == 2
    assert capsys.readouterr().err.strip() == message
