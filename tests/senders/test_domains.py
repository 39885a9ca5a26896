from __future__ import annotations

import socket

import pytest

from senders.domains import (
    Lookalike,
    amazon_domains,
    is_amazon_domain,
    lookalike,
    mentions_amazon,
    registrable_domain,
)


@pytest.mark.parametrize(
    "host",
    [
        "amazon.com",
        "amazon.co.uk",
        "marketplace.amazon.de",
        "sell.amazon.com",
        "vender.amazon.com.mx",
        "gs.amazon.cn",
        "amazonsellerservices.com",
        "bounces.amazon.co.jp",
        "AMAZON.FR.",
    ],
)
def test_amazon_sending_domains_are_recognised(host: str) -> None:
    assert is_amazon_domain(host)
    assert lookalike(host) is None


def test_marketplace_domains_come_from_the_wizard_marketplace_list() -> None:
    from sellerdesk.marketplaces import MARKETS

    assert {market.domain for market in MARKETS} <= amazon_domains()


def test_amazonses_is_mail_infrastructure_not_a_sender() -> None:
    assert not is_amazon_domain("amazonses.com")
    assert lookalike("amazonses.com") is None


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("amaz0n-seller.com", Lookalike.CHARACTERS),
        ("arnazon.co.uk", Lookalike.CHARACTERS),
        ("4mazon.de", Lookalike.CHARACTERS),
        ("amazon.de.verify-account.co", Lookalike.SUBDOMAIN),
        ("sellercentral.amazon.com.account-review.net", Lookalike.SUBDOMAIN),
        ("amazon-seller.help-desk.example", Lookalike.SUBDOMAIN),
        ("amazon-seller-support.com", Lookalike.WORDS),
        ("sellercentral-amazon.com", Lookalike.WORDS),
        ("amazon.co", Lookalike.WORDS),
        ("xn--amazn-mye.fr", Lookalike.UNICODE),
        ("xn--mzon-43db.ca", Lookalike.UNICODE),
        ("аmazon.com", Lookalike.UNICODE),  # Cyrillic а, not punycode-encoded
        ("amαzon.com", Lookalike.UNICODE),  # Greek α
    ],
)
def test_lookalike_domain_is_named_with_its_trick(host: str, kind: Lookalike) -> None:
    assert lookalike(host) == kind
    assert not is_amazon_domain(host)


@pytest.mark.parametrize(
    "host", ["example.com", "listinglab.example", "gmail.com", "amazing-deals.com", "zon.de"]
)
def test_ordinary_domain_is_no_lookalike(host: str) -> None:
    assert lookalike(host) is None


def test_registrable_domain_uses_public_suffix_rules() -> None:
    assert registrable_domain("marketplace.amazon.co.uk") == "amazon.co.uk"
    assert registrable_domain("a.b.amazon.com.mx") == "amazon.com.mx"
    assert registrable_domain("amazon.de.verify-account.co") == "verify-account.co"


def test_public_suffix_rules_load_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    from senders import domains

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the public suffix list must not be fetched")

    domains._psl.cache_clear()
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    try:
        assert registrable_domain("sell.amazon.co.jp") == "amazon.co.jp"
    finally:
        domains._psl.cache_clear()


@pytest.mark.parametrize(
    "name", ["Amazon Seller Support", "AMAZ0N", "Amazon.co.jp", "亚马逊全球开店", "アマゾン"]
)
def test_display_name_mentioning_amazon(name: str) -> None:
    assert mentions_amazon(name)


@pytest.mark.parametrize("name", ["Listing Lab", "Chris Palmer", "Seller Verification", ""])
def test_display_name_without_amazon(name: str) -> None:
    assert not mentions_amazon(name)
