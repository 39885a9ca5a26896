from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from sellerdesk.smoke import MAIN_PAGES


@pytest.mark.smoke
@pytest.mark.parametrize("name", MAIN_PAGES)
def test_main_page_answers(directory: None, client: Client, name: str) -> None:
    call_command("loaddata", "letter_templates", verbosity=0)
    assert client.get(reverse(name)).status_code == 200
