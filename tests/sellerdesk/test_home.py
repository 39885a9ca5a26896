from __future__ import annotations

from django.test import Client
from django.urls import reverse

from letters.cases import CASE_TYPES


def test_home_offers_every_case_straight_into_the_wizard(client: Client, db: None) -> None:
    content = client.get(reverse("home")).content.decode()

    for case in CASE_TYPES:
        assert f'href="{reverse("letters:wizard")}?case={case.key}"' in content
    assert "Letters to: A buyer" in content


def test_home_speaks_chinese_to_a_chinese_browser(client: Client, db: None) -> None:
    content = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9").content.decode()

    assert "你遇到的是哪种情况？" in content
    assert "使用方法" in content
