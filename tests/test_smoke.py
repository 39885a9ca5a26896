from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sellerdesk.smoke import MAIN_PAGES


@pytest.mark.smoke
@pytest.mark.parametrize("name", MAIN_PAGES)
def test_main_page_answers(seeded: None, client: Client, name: str) -> None:
    assert client.get(reverse(name)).status_code == 200
