from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from contacts.models import Contact, Marketplace, Purpose
from contacts.selectors import DIRECTORY_PAGE_SIZE

FIXTURE_CONTACTS = 47


def copy_buttons(content: str) -> list[str]:
    return re.findall(r'data-copy-text="([^"]*)"', content)


def page(client: Client, url: str = "/directory/", **params: str) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_directory_lists_every_active_address_with_copy_button_and_mailto(
    directory: None, client: Client
) -> None:
    content = page(client)

    assert sorted(copy_buttons(content)) == sorted(Contact.objects.values_list("email", flat=True))
    assert len(copy_buttons(content)) == FIXTURE_CONTACTS
    assert 'href="mailto:seller-performance@amazon.com"' in content
    assert 'href="mailto:verkaeufer-performance@amazon.de"' in content


def test_directory_groups_addresses_by_purpose_then_marketplace(
    directory: None, client: Client
) -> None:
    content = page(client)

    section = content.split('id="purpose-seller_performance"')[1].split("<section")[0]
    assert "Seller Performance</h2>" in content
    assert "Appeals against an account suspension" in section
    # Both Japanese seller-performance addresses sit in one Japan card of that section.
    japan_card = section.split("Japan <span")[1].split('class="col"')[0]
    assert set(copy_buttons(japan_card)) == {
        "seller-performance-policy@amazon.co.jp",
        "alliance@amazon.co.jp",
    }
    assert "verkaeufer-performance@amazon.de" in section
    assert "pq-offer-review@amazon.co.jp" not in section


def test_top_note_names_seller_central_as_primary_route(directory: None, client: Client) -> None:
    content = page(client)

    assert "Appeal in Seller Central first; e-mail is the second route" in content
    assert "Account Health or Performance Notifications" in content


def test_never_checked_badge_or_last_checked_date(directory: None, client: Client) -> None:
    Contact.objects.filter(email="seller-performance@amazon.com").update(
        last_verified=datetime.date(2025, 3, 31)
    )

    content = page(client)

    assert content.count(">never checked by SellerDesk</span>") == FIXTURE_CONTACTS - 1
    verified = content.split('data-copy-text="seller-performance@amazon.com"')[1].split("</li>")[0]
    assert 'Last checked <time datetime="2025-03-31">31 Mar 2025</time>' in verified
    assert "never checked" not in verified


def test_inactive_address_is_not_shown(directory: None, client: Client) -> None:
    Contact.objects.filter(email="alliance@amazon.co.jp").update(active=False)

    assert "alliance@amazon.co.jp" not in page(client)


@pytest.mark.parametrize("url", ["/directory/DE/", "/directory/de/", "/directory/?marketplace=DE"])
def test_marketplace_filter_shows_only_that_marketplace(
    directory: None, client: Client, url: str
) -> None:
    content = page(client, url)

    german = set(Contact.objects.filter(marketplace__code="DE").values_list("email", flat=True))
    assert german
    assert set(copy_buttons(content)) == german
    assert "Amazon contacts for Germany</h1>" in content
    assert '<option value="DE" selected>' in content


def test_marketplace_page_fills_in_the_seller_central_domain(
    directory: None, client: Client
) -> None:
    route = "sellercentral.amazon.de/performance/dashboard"

    content = page(client, "/directory/DE/")

    assert f'href="https://{route}"' in content
    assert "&lt;domain&gt;" not in content


def test_without_marketplace_the_route_is_the_pattern(directory: None, client: Client) -> None:
    content = page(client)

    assert "sellercentral.amazon.&lt;domain&gt;/performance/dashboard" in (content)
    assert 'href="https://sellercentral' not in content


def test_marketplace_without_address_for_a_purpose_says_so(directory: None, client: Client) -> None:
    content = page(client, "/directory/MX/")

    section = content.split('id="purpose-seller_performance"')[1].split("</section>")[0]
    assert copy_buttons(section) == []
    assert "No e-mail address is known for this in Mexico" in section
    assert "sellercentral.amazon.com.mx/performance/dashboard" in section


@pytest.mark.parametrize(
    "url",
    [
        "/directory/ZZ/",
        "/directory/?marketplace=ZZ",
        "/directory/?marketplace=D%00E",
        "/directory/DE%00/",
        "/directory/Deutschland-und-mehr-als-ein-Code/",
    ],
)
def test_unknown_marketplace_is_404(directory: None, client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # e-mail, case-insensitive
        (
            "VERKAEUFER",
            {"verkaeufer-performance@amazon.de", "verkaeufer-performance-richtlinie@amazon.de"},
        ),
        # note
        ("second JP", {"seller-performance-policy@amazon.co.jp"}),
    ],
)
def test_search_narrows_results(
    directory: None, client: Client, query: str, expected: set[str]
) -> None:
    assert set(copy_buttons(page(client, q=query))) == expected


def test_search_matches_purpose_name(directory: None, client: Client) -> None:
    # "Funds held after deactivation" is the purpose's name; no note or address says so.
    content = page(client, q="after deactivation")

    funds = Contact.objects.filter(purpose__key="funds_recovery").values_list("email", flat=True)
    assert sorted(copy_buttons(content)) == sorted(funds)
    assert 'id="purpose-funds_recovery"' in content
    assert 'id="purpose-seller_performance"' not in content


def test_search_matches_marketplace_name_and_code(directory: None, client: Client) -> None:
    german = set(Contact.objects.filter(marketplace__code="DE").values_list("email", flat=True))
    # Addresses that only the marketplace code can match: nothing else in them says "de".
    Contact.objects.create(
        marketplace=Marketplace.objects.get(code="DE"),
        purpose=Purpose.objects.get(key="ip_notice"),
        email="team@example.com",
    )
    Contact.objects.create(
        marketplace=Marketplace.objects.get(code="FR"),
        purpose=Purpose.objects.get(key="ip_notice"),
        email="team@example.org",
    )

    assert set(copy_buttons(page(client, q="germany"))) == german | {"team@example.com"}
    by_code = set(copy_buttons(page(client, q="de")))
    assert "team@example.com" in by_code
    assert "team@example.org" not in by_code


def test_search_within_a_marketplace(directory: None, client: Client) -> None:
    content = page(client, "/directory/JP/", q="alliance")

    assert copy_buttons(content) == ["alliance@amazon.co.jp"]
    assert "1 address shown." in content


def test_search_without_match_shows_empty_state(directory: None, client: Client) -> None:
    content = page(client, q="no-such-team")

    assert copy_buttons(content) == []
    assert "No address matches “no-such-team”." in content
    assert 'href="/directory/"' in content


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "{{ settings.SECRET_KEY }}"])
def test_hostile_search_is_shown_escaped(directory: None, client: Client, query: str) -> None:
    content = page(client, q=query)

    assert "<script>alert(1)</script>" not in content
    assert settings.SECRET_KEY not in content
    if query.startswith("<"):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    else:
        assert "{{ settings.SECRET_KEY }}" in content


def test_very_long_search_is_cut_not_refused(directory: None, client: Client) -> None:
    content = page(client, q="x" * 10_000)

    assert copy_buttons(content) == []
    search_box = re.search(r'<input[^>]*id="directory-q"[^>]*>', content).group()
    assert 'value="' + "x" * 100 + '"' in search_box


def test_nul_character_in_search_is_ignored(directory: None, client: Client) -> None:
    assert copy_buttons(page(client, q="alli\x00ance")) == ["alliance@amazon.co.jp"]


def test_no_inline_script_style_or_handlers(directory: None, client: Client) -> None:
    # The Content-Security-Policy would block them, silently breaking the page.
    content = page(client)

    assert re.findall(r"<script(?![^>]*\ssrc=)", content) == []
    assert " style=" not in content
    assert re.findall(r"\son[a-z]+=", content) == []


def test_query_count_and_rows_do_not_grow_with_contacts(
    client: Client,
    add_contacts: Callable[[int], None],
    django_assert_num_queries: Callable,
) -> None:
    cache.clear()
    # Cold: 1. the database's digest of the page (its key), then what the page shows:
    # 2. marketplaces (filter list, card order and code lookup), 3. purposes joined with
    # their Seller Central route, 4. how many addresses each purpose has (the pages, and
    # where each starts), 5. the addresses of this page.
    with django_assert_num_queries(5):
        small = page(client)
    # Warm: the digest only; the same page.
    with django_assert_num_queries(1):
        assert copy_buttons(page(client)) == copy_buttons(small)
    add_contacts(5_000 - FIXTURE_CONTACTS)
    with django_assert_num_queries(5):
        large = page(client)
    with django_assert_num_queries(1):
        assert copy_buttons(page(client)) == copy_buttons(large)

    assert len(copy_buttons(small)) == FIXTURE_CONTACTS
    assert len(copy_buttons(large)) == DIRECTORY_PAGE_SIZE
    # About the same page, not a hundred times the HTML.
    assert len(large) < 2 * len(small)
    assert "Page 1 of 100" in large


def test_filtered_query_count_does_not_grow_with_contacts(
    client: Client,
    add_contacts: Callable[[int], None],
    django_assert_num_queries: Callable,
) -> None:
    cache.clear()
    # The same five queries cold (the digest, then the page), one warm: the marketplace is
    # found in the list already loaded, the search is part of the digest's query.
    with django_assert_num_queries(5):
        small = page(client, "/directory/DE/", q="amazon")
    with django_assert_num_queries(1):
        assert copy_buttons(page(client, "/directory/DE/", q="amazon")) == copy_buttons(small)
    add_contacts(5_000 - FIXTURE_CONTACTS)
    with django_assert_num_queries(5):
        large = page(client, "/directory/DE/", q="example")
    with django_assert_num_queries(1):
        assert copy_buttons(page(client, "/directory/DE/", q="example")) == copy_buttons(large)

    assert (
        len(copy_buttons(small))
        == Contact.objects.filter(marketplace__code="DE", email__contains="amazon").count()
    )
    matching = Contact.objects.filter(marketplace__code="DE", email__endswith="@example.com")
    assert matching.count() > DIRECTORY_PAGE_SIZE
    assert len(copy_buttons(large)) == DIRECTORY_PAGE_SIZE
    assert f"{matching.count()} addresses in all, {DIRECTORY_PAGE_SIZE} on each page." in large


def test_paging_through_the_directory_shows_every_address_once(
    client: Client, add_contacts: Callable[[int], None]
) -> None:
    add_contacts(470 - FIXTURE_CONTACTS)

    first = page(client)
    seen = []
    for number in range(1, 11):
        seen += copy_buttons(page(client, page=str(number)))

    assert sorted(seen) == sorted(Contact.objects.values_list("email", flat=True))
    assert "Page 1 of 10" in first
    assert 'href="?page=2"' in first
    # A purpose whose addresses are all on later pages says where they start.
    assert re.search(r"addresses for this start on page \d+\.", first)


def test_page_numbers_keep_the_search_and_bad_ones_are_not_errors(
    client: Client, add_contacts: Callable[[int], None]
) -> None:
    add_contacts(2_000)

    content = page(client, "/directory/DE/", q="example")
    last = page(client, "/directory/DE/", q="example", page="999")
    nonsense = page(client, "/directory/DE/", q="example", page="two")

    assert 'href="?q=example&amp;page=2"' in content
    assert "Page 1 of 1" not in content
    assert copy_buttons(nonsense) == copy_buttons(content)
    assert "Previous" in last and "Next</a>" not in last


def test_menu_path_route_is_text_not_a_link(directory: None, client: Client) -> None:
    content = page(client, "/directory/US/")

    section = content.split('id="purpose-abuse_report"')[1].split("</section>")[0]
    assert '<code class="text-break">Seller Central &gt; Help / Get support' in section
    assert 'href="https://Seller' not in section
