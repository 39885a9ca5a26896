"""The directory in Chinese: notes shown translated, and search that understands Chinese."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client


def search(client: Client, query: str, **extra: str) -> str:
    return client.get("/directory/", {"q": query}, **extra).content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("德国", "Germany"),
        ("知识产权", 'id="purpose-ip_'),
        ("资金", 'id="purpose-funds'),
    ],
)
def test_searching_in_chinese_finds_what_the_chinese_page_shows(
    directory: None, client: Client, query: str, expected: str
) -> None:
    html = search(client, query, HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert "@amazon" in html
    assert expected.lower() in html.lower()


def test_chinese_search_works_on_english_pages_too(directory: None, client: Client) -> None:
    assert "@amazon" in search(client, "德国")


def test_a_chinese_word_that_is_nowhere_finds_nothing(directory: None, client: Client) -> None:
    html = search(client, "火星", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert "@amazon" not in html


def test_english_search_still_finds_english_names(directory: None, client: Client) -> None:
    assert "@amazon" in search(client, "Germany", HTTP_ACCEPT_LANGUAGE="zh-CN")


def test_notes_are_shown_in_chinese_on_chinese_pages(directory: None, client: Client) -> None:
    zh = client.get("/directory/", HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()
    assert "中国卖家的身份验证" in zh
    en = client.get("/directory/").content.decode()
    assert "seller identity verification for sellers based in China" in en


def test_a_chinese_search_costs_the_same_queries(
    directory: None, client: Client, django_assert_num_queries
) -> None:
    cache.clear()
    # The digest of the page (the search's English matches in it), then the marketplaces,
    # the purposes with their routes, the matching addresses counted per purpose, the page
    # of them; warm, the digest alone.
    with django_assert_num_queries(5):
        cold = client.get("/directory/", {"q": "知识产权"}, HTTP_ACCEPT_LANGUAGE="zh-CN")
    with django_assert_num_queries(1):
        warm = client.get("/directory/", {"q": "知识产权"}, HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert cold.content.count(b"data-copy-text=") == warm.content.count(b"data-copy-text=") > 0
