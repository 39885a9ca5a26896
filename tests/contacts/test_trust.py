"""The directory says how far each address can be trusted, and warns about sender domains
typed into its search that are not Amazon's."""

from __future__ import annotations

import pytest
from django.test import Client
from django_webtest import DjangoTestApp

from contacts.models import Contact
from tests.helpers.wizard import Wizard, facts_for, mailto_addresses, walk_to_review


def directory_page(client: Client, **params: str) -> str:
    response = client.get("/directory/", params)
    assert response.status_code == 200
    return response.content.decode()


def card(content: str, email: str) -> str:
    return content.split(f'data-copy-text="{email}"')[1].split("</li>")[0]


def test_each_address_shows_its_status_and_source(directory: None, client: Client) -> None:
    content = directory_page(client)

    vendor = card(content, "vendorexpress@amazon.com")
    assert "closed programme</span>" in vendor
    assert "Vendor Express is closed, Amazon takes no applications" in vendor
    assert "Not a place to send a letter" in vendor
    founder = card(content, "jeff@amazon.com")
    assert "not a support channel</span>" in founder
    assert "Not a place to send a letter" in founder
    reported = card(content, "notice@amazon.com")
    assert "reported by sellers</span>" in reported
    assert "Not a place to send a letter" not in reported


def test_status_in_chinese(directory: None, client: Client) -> None:
    response = client.get("/directory/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    content = response.content.decode()

    assert "已停止的项目</span>" in card(content, "vendorexpress@amazon.com")
    assert "不是客服渠道</span>" in card(content, "jeff@amazon.com")


def test_an_address_marked_in_use_says_so(directory: None, client: Client) -> None:
    Contact.objects.filter(email="notice@amazon.com").update(status=Contact.Status.IN_USE)

    assert "in use</span>" in card(directory_page(client), "notice@amazon.com")


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("amaz0n-seller.com", "amaz0n-seller.com is not an Amazon domain: it is made to look"),
        ("amazon.de.verify-account.co", "amazon.de.verify-account.co is not an Amazon domain: it"),
        ("support@amazon-help.net", "amazon-help.net is not an Amazon domain: it is made"),
        ("https://xn--amazn-mye.fr/login", "xn--amazn-mye.fr is not an Amazon domain: it is"),
        ("listinglab.example", "listinglab.example is not an Amazon domain. Check an e-mail"),
    ],
)
def test_search_for_a_foreign_domain_points_to_the_sender_check(
    directory: None, client: Client, query: str, words: str
) -> None:
    content = directory_page(client, q=query)

    warning = content.split("data-sender-warning>")[1].split("</div>")[0]
    assert words in warning
    assert 'href="/check-sender/"' in warning


@pytest.mark.parametrize(
    "query", ["amazon.de", "seller-performance@amazon.co.uk", "IP", "funds", "Germany", "1.5"]
)
def test_search_for_amazon_or_words_shows_no_warning(
    directory: None, client: Client, query: str
) -> None:
    assert "data-sender-warning" not in directory_page(client, q=query)


def test_warning_in_chinese(directory: None, client: Client) -> None:
    response = client.get("/directory/", {"q": "amaz0n-seller.com"}, HTTP_ACCEPT_LANGUAGE="zh-CN")

    assert "amaz0n-seller.com 不是亚马逊的域名" in response.content.decode()


def test_review_shows_each_offered_address_with_its_status_and_source(
    seeded: None, app: DjangoTestApp
) -> None:
    from letters.cases import get_case_type

    Contact.objects.filter(email="notice@amazon.com").update(status=Contact.Status.IN_USE)
    case = get_case_type("ip_complaint")

    page = walk_to_review(Wizard(app), case, "US", facts=facts_for(case))

    content = page.content.decode()
    delivery = content.split('id="delivery-title"')[1].split("</section>")[0]
    assert mailto_addresses(page) == {"notice@amazon.com"}
    assert "in use</span>" in delivery
    assert "Source: seller community guide, 2024; reported by sellers" in delivery
