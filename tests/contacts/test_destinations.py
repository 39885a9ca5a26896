from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from contacts.destinations import (
    MAX_RECIPIENTS,
    UnknownMarketplace,
    UnknownPurpose,
    destination_for,
)
from contacts.models import Contact, Marketplace

CONTACTS_CSV = Path(settings.BASE_DIR) / "fixtures" / "amazon_contacts.csv"


def csv_rows() -> list[dict[str, str]]:
    with CONTACTS_CSV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# A closed programme and the founder's public address: in the directory, never for a letter.
NOT_FOR_LETTERS = {
    "vendorexpress@amazon.com": Contact.Status.CLOSED_PROGRAMME,
    "jeff@amazon.com": Contact.Status.NOT_SUPPORT_CHANNEL,
}


def letter_rows() -> list[dict[str, str]]:
    return [row for row in csv_rows() if row["email"] not in NOT_FOR_LETTERS]


def test_fixtures_hold_47_contacts_in_10_marketplaces(directory: None) -> None:
    assert Contact.objects.count() == 47
    assert Marketplace.objects.count() == 10
    assert Contact.objects.values("marketplace").distinct().count() == 10
    assert not Contact.objects.filter(last_verified__isnull=False).exists()
    assert all(
        source.startswith("seller community guide, 2024; ")
        for source in Contact.objects.values_list("source", flat=True)
    )


@pytest.mark.parametrize(
    "row", letter_rows(), ids=lambda row: f"{row['marketplace']}-{row['email']}"
)
def test_every_csv_row_routes_to_its_own_address(directory: None, row: dict[str, str]) -> None:
    destination = destination_for(purpose=row["purpose"], marketplace=row["marketplace"])

    assert row["email"] in [recipient.email for recipient in destination.recipients]
    assert destination.fallback is False
    same_slot = {
        r["email"]
        for r in letter_rows()
        if r["purpose"] == row["purpose"] and r["marketplace"] == row["marketplace"]
    }
    assert {recipient.email for recipient in destination.recipients} == same_slot


def test_purpose_without_address_falls_back_to_the_route_of_that_marketplace(
    directory: None,
) -> None:
    destination = destination_for(purpose="seller_performance", marketplace="MX")

    assert destination.recipients == ()
    assert destination.fallback is True
    assert destination.route_where == ("sellercentral.amazon.com.mx/performance/dashboard")


def test_inactive_address_is_not_offered(directory: None) -> None:
    Contact.objects.filter(email="verkaeufer-performance@amazon.de").update(active=False)

    destination = destination_for(purpose="seller_performance", marketplace="DE")

    assert destination.fallback is True


def test_unknown_marketplace_and_purpose_raise(directory: None) -> None:
    with pytest.raises(UnknownMarketplace):
        destination_for(purpose="ip_notice", marketplace="ZZ")
    with pytest.raises(UnknownPurpose):
        destination_for(purpose="nope", marketplace="US")


def test_recipient_command_prints_json(directory: None, capsys: pytest.CaptureFixture) -> None:
    call_command("recipient", purpose="funds_recovery", marketplace="jp")

    answer = json.loads(capsys.readouterr().out)
    assert answer == {
        "marketplace": "JP",
        "purpose": "funds_recovery",
        "recipients": [
            {
                "email": "payments-investigate@amazon.co.jp",
                "note": "",
                "last_verified": None,
                "status": "reported",
                "source": "seller community guide, 2024; reported by sellers, not confirmed by Amazon",
            }
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


@pytest.mark.parametrize("email", sorted(NOT_FOR_LETTERS))
def test_closed_and_non_support_addresses_are_never_offered_for_a_letter(
    directory: None, email: str
) -> None:
    contact = Contact.objects.select_related("marketplace", "purpose").get(email=email)
    assert contact.status == NOT_FOR_LETTERS[email]

    destination = destination_for(purpose=contact.purpose.key, marketplace=contact.marketplace.code)

    assert destination.recipients == ()
    assert destination.fallback is True


def test_routing_carries_each_address_status_and_source(directory: None) -> None:
    Contact.objects.filter(email="notice@amazon.com").update(status=Contact.Status.IN_USE)

    destination = destination_for(purpose="ip_notice", marketplace="US")

    (recipient,) = destination.recipients
    assert (recipient.status, recipient.status_label) == ("in_use", "in use")
    assert destination.as_dict()["recipients"][0]["status"] == "in_use"
    assert destination.as_dict()["recipients"][0]["source"].startswith("seller community guide")


def test_every_shipped_address_has_a_status_with_its_reason(directory: None) -> None:
    statuses = dict(Contact.objects.values_list("email", "status"))

    assert set(statuses.values()) == {"reported", "closed_programme", "not_support_channel"}
    assert {email for email, status in statuses.items() if status != "reported"} == set(
        NOT_FOR_LETTERS
    )


def test_jp_second_address_note_sits_on_the_address_listed_second(directory: None) -> None:
    japan = Contact.objects.filter(marketplace__code="JP", purpose__key="seller_performance")

    listed = list(japan.order_by("email").values_list("email", "note"))

    assert listed == [
        ("alliance@amazon.co.jp", "JP seller-performance address"),
        ("seller-performance-policy@amazon.co.jp", "second JP seller-performance address"),
    ]


def test_a_letter_names_at_most_five_addresses_however_many_are_listed(directory: None) -> None:
    germany = Marketplace.objects.get(code="DE")
    first = destination_for(purpose="seller_performance", marketplace="DE")
    Contact.objects.bulk_create(
        Contact(
            marketplace=germany,
            purpose=first.purpose,
            email=f"extra-{number}@amazon.de",
            status=Contact.Status.IN_USE,
        )
        for number in range(40)
    )

    destination = destination_for(purpose="seller_performance", marketplace="DE")

    assert len(destination.recipients) == MAX_RECIPIENTS == 5
    # The addresses known before come first: a new one does not push them out.
    known = [recipient.email for recipient in first.recipients]
    assert [recipient.email for recipient in destination.recipients][: len(known)] == known
