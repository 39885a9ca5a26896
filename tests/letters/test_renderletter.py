"""manage.py renderletter: a case's letter for a marketplace and language, as JSON."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command


@pytest.fixture
def templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def render(*args: str) -> dict:
    out = io.StringIO()
    call_command("renderletter", *args, stdout=out)
    return json.loads(out.getvalue())


def test_a_buyer_message_follows_the_marketplaces_language(templates: None) -> None:
    result = render("--case", "delivery_time", "--marketplace", "JP", "--example")
    assert set(result) == {"case", "marketplace", "language", "subject", "body", "reading_zh"}
    assert (result["case"], result["marketplace"], result["language"]) == (
        "delivery_time",
        "JP",
        "ja",
    )
    # The Japanese examples: 佐藤 花子様, a 503- order.
    assert "佐藤 花子様" in result["body"]
    assert "503-2749186-4410263" in result["subject"]
    assert "503-2749186-4410263" in result["reading_zh"]["subject"]
    assert "[" not in result["body"]


def test_the_language_can_be_chosen(templates: None) -> None:
    result = render(
        "--case", "delivery_time", "--marketplace", "de", "--language", "fr", "--example"
    )
    assert result["language"] == "fr"
    assert result["marketplace"] == "DE"
    assert "Bonjour" in result["body"] or "Madame" in result["body"]


def test_an_appeal_is_english_with_the_marketplace_named_in_the_reading(
    templates: None,
) -> None:
    result = render("--case", "funds_release", "--marketplace", "DE", "--example")
    assert result["language"] == "en"
    assert "Germany (amazon.de)" in result["body"]
    assert "德国 (amazon.de)" in result["reading_zh"]["body"]


def test_without_examples_the_facts_show_as_labels(templates: None) -> None:
    result = render("--case", "delivery_time", "--marketplace", "US")
    assert "[" in result["body"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--case", "no_such_case", "--marketplace", "DE"], "Unknown case"),
        (["--case", "delivery_time", "--marketplace", "XX"], "Unknown marketplace"),
        (["--case", "delivery_time", "--marketplace", "DE", "--language", "pt"], "language"),
        # Appeals are only written in English.
        (["--case", "funds_release", "--marketplace", "DE", "--language", "de"], "no active"),
    ],
)
def test_unknown_case_marketplace_or_language_exits_2(
    templates: None, args: list[str], message: str
) -> None:
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("renderletter", *args, stdout=io.StringIO(), stderr=err)
    assert exit_info.value.code == 2
    assert message in err.getvalue()
