"""Channels as they are now: Seller Central first, e-mail with its warning, no dead ends."""

from __future__ import annotations

import pytest

from letters.cases import get_case_type
from letters.channels import channels_for
from letters.delivery import delivery_for
from sellerdesk.marketplaces import MARKETS_BY_CODE

pytestmark = pytest.mark.django_db


def channels(case: str, market: str, **answers: object):
    case_type = get_case_type(case)
    delivery = delivery_for(
        case=case_type,
        market=MARKETS_BY_CODE[market],
        purpose=case_type.purpose_for(market, answers),
    )
    return channels_for(case=case_type, delivery=delivery)


def test_appeals_go_to_account_health_first_and_email_comes_with_the_warning(
    directory: None,
) -> None:
    found = channels("suspension_hijacking", "FR")
    first, *rest = found.routes
    assert first.name == "Account Health: Reactivate your account / View appeal"
    assert first.where == "sellercentral.amazon.fr/performance/dashboard"
    assert first.href == "https://sellercentral.amazon.fr/performance/dashboard"
    assert [r.where for r in rest] == ["performance-vendeur@amazon.fr"]
    assert "not the right channel" in rest[0].warning
    assert rest[0].href == "mailto:performance-vendeur@amazon.fr"


def test_ip_complaints_go_to_received_ip_complaints_and_listings_to_product_policy(
    directory: None,
) -> None:
    assert channels("ip_complaint", "US").routes[0].name == (
        "Account Health: Received Intellectual Property Complaints"
    )
    assert channels("product_quality", "IT").routes[0].name == (
        "Account Health: Product Policy Compliance"
    )
    atoz = [r for r in channels("product_quality", "IT").routes if "A-to-z" in r.name]
    assert atoz[0].where == "sellercentral.amazon.it/gp/guarantee-claims/home.html"


def test_a_non_appeal_email_carries_no_appeal_warning(directory: None) -> None:
    routes = channels("funds_release", "DE").routes
    assert [r.channel for r in routes] == ["seller_central", "email"]
    assert routes[1].warning == ""


# --- the dead ends of issue 11 -------------------------------------------------------


def test_fba_removal_from_a_locked_account_in_ca_offers_no_page_behind_the_login(
    directory: None,
) -> None:
    found = channels("fba_removal_locked", "CA")
    assert found.routes == ()
    assert "without a Seller Central login" in found.dead_end
    assert "Regain access first" in found.dead_end


def test_fba_removal_in_the_us_offers_the_address_that_needs_no_login(directory: None) -> None:
    found = channels("fba_removal_locked", "US")
    assert [(r.channel, r.where) for r in found.routes] == [
        ("email", "payments-investigate@amazon.com")
    ]
    assert found.dead_end == ""


@pytest.mark.parametrize(("market", "domain"), [("ES", "amazon.es"), ("FR", "amazon.fr")])
def test_the_cease_and_desist_test_buy_link_is_the_marketplaces_own(
    directory: None, market: str, domain: str
) -> None:
    routes = channels("cease_and_desist", market).routes
    test_buy = [r for r in routes if r.name.startswith("Test-buy")]
    assert test_buy[0].where == f"www.{domain}/report/infringement"
    assert all("amazon.com/" not in r.where for r in routes)


def test_a_jp_retraction_has_no_address_and_says_what_to_do(directory: None) -> None:
    found = channels("ip_retraction", "JP")
    assert found.routes == ()
    assert all("notice@amazon.co.jp" not in r.where for r in found.routes)
    assert "No retraction address is listed for Japan" in " ".join(found.notes)
    assert "Report Infringement form" in found.dead_end


def test_a_uk_retraction_goes_to_the_ip_address_sent_by_the_rights_owner(directory: None) -> None:
    found = channels("ip_retraction", "UK")
    assert [(r.channel, r.where) for r in found.routes] == [("email", "notice@amazon.co.uk")]
    assert "from the e-mail address that filed the complaint" in found.notes[0]


def test_buyer_messages_go_through_buyer_seller_messaging_on_the_marketplace(
    directory: None,
) -> None:
    (route,) = channels("lost_parcel", "JP").routes
    assert route.where.startswith("sellercentral.amazon.co.jp")
