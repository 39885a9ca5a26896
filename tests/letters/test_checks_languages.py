"""Buyer rules in German, French, Italian, Spanish and Japanese (issue 12 item 2): the same
rule ids fire on each language's ways of saying it, and polite everyday phrasing stays quiet.
The language a letter is meant to be in is checked too."""

from __future__ import annotations

import pytest

from letters.checks import check_letter
from letters.checks.language import detect_language
from tests.helpers.check_examples.languages import (
    CASE,
    NEAR_MISSES,
    ORDER,
    TRIGGERS,
)


@pytest.mark.parametrize(("rule", "letter"), TRIGGERS)
def test_rule_fires_in_the_letters_language(rule: str, letter: dict[str, str]) -> None:
    assert rule in [finding.rule for finding in check_letter(**letter)]


@pytest.mark.parametrize(("rule", "letter"), NEAR_MISSES)
def test_rule_stays_quiet_on_polite_phrasing(rule: str, letter: dict[str, str]) -> None:
    assert rule not in [finding.rule for finding in check_letter(**letter)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thank you for your order, we will send it today.", "en"),
        ("Vielen Dank für Ihre Bestellung, wir senden sie heute.", "de"),
        ("Merci pour votre commande, nous vous l'envoyons aujourd'hui.", "fr"),
        ("Grazie per il suo ordine, lo spediamo oggi con il corriere.", "it"),
        ("Gracias por su pedido, se lo enviamos hoy por la mañana.", "es"),
        ("ご注文ありがとうございます。本日発送いたします。", "ja"),
        ("OK", None),
    ],
)
def test_the_detector_tells_each_language_and_refuses_short_texts(
    text: str, language: str | None
) -> None:
    assert detect_language(text) == language


def test_an_unknown_language_is_read_as_english() -> None:
    findings = check_letter(case=CASE, body=f"{ORDER} Thank you.", language="xx")
    assert findings == []
