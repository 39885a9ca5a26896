"""Every buyer message renders in all six languages and passes the checker; broken ones don't.

The letters are the shipped templates filled with each language's examples. The rules are
the checker's (letters/checks/); these tests hold the shipped texts to them.
"""

from __future__ import annotations

import pytest

from letters.cases import Audience, case_types_for
from letters.checks import check_letter
from letters.models import Language
from letters.selectors import example_letter

LANGUAGES = [language.value for language in Language]
# A marketplace whose buyers are written to in each language.
HOME = {"en": "US", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "ja": "JP"}
BUYER_CASES = [case.key for case in case_types_for(Audience.BUYER)]

# One line per language that breaks a rule whatever the language: a link and an address.
OFF_AMAZON = {
    "en": "Leave us five stars at https://lumora.example/review or write to help@lumora.example.",
    "de": "Mehr unter https://lumora.example/angebot oder schreiben Sie an hilfe@lumora.example.",
    "fr": "Plus d'infos sur https://lumora.example/offre ou écrivez à aide@lumora.example.",
    "it": "Maggiori informazioni su https://lumora.example/offerta o scrivete a aiuto@lumora.example.",
    "es": "Más información en https://lumora.example/oferta o escriba a ayuda@lumora.example.",
    "ja": "詳しくは https://lumora.example/campaign または support@lumora.example までご連絡ください。",
}
# A request for a good review in exchange for money, as sellers write it in each language.
REVIEW_FOR_REFUND = {
    "en": "If you leave us a 5-star review, we will refund you $10.",
    "de": "Wenn Sie uns eine 5-Sterne-Bewertung hinterlassen, erstatten wir Ihnen 10 €.",
    "fr": "Si vous nous laissez un avis 5 étoiles, nous vous rembourserons 10 €.",
    "it": "Se ci lasciate una recensione a 5 stelle, vi rimborseremo 10 €.",
    "es": "Si nos deja una reseña de 5 estrellas, le reembolsaremos 10 €.",
    "ja": "星5つのレビューを書いていただければ、1,000円を返金いたします。",
}


def check(*, case: str, subject: str, body: str, language: str) -> list:
    """check_letter on a letter in `language`."""
    return check_letter(case=case, subject=subject, body=body, language=language)


@pytest.fixture
def templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def rendered(case: str, language: str):
    result = example_letter(case=_case(case), marketplace=HOME[language], language=language)
    assert result is not None, f"{case} has no {language} template"
    return result


def _case(key: str):
    from letters.cases import get_case_type

    return get_case_type(key)


def test_there_are_fourteen_buyer_cases() -> None:
    assert len(BUYER_CASES) == 14


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", BUYER_CASES)
def test_every_buyer_case_renders_in_every_language_and_the_checker_finds_nothing(
    templates: None, case: str, language: str
) -> None:
    result = rendered(case, language)
    assert result.language == language
    assert result.letter.complete, result.letter.missing
    assert result.reading is not None and result.reading.complete
    findings = check(
        case=case, subject=result.letter.subject, body=result.letter.body, language=language
    )
    assert findings == [], [finding.rule for finding in findings]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_link_and_an_address_are_caught_in_every_language(templates: None, language: str) -> None:
    result = rendered("delivery_time", language)
    body = result.letter.body.replace("\n\n", f"\n\n{OFF_AMAZON[language]}\n\n", 1)
    rules = {
        finding.rule
        for finding in check(
            case="delivery_time", subject=result.letter.subject, body=body, language=language
        )
    }
    assert "buyer.link" in rules
    assert "buyer.email_address" in rules


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_review_bought_with_a_refund_is_caught_in_every_language(
    templates: None, language: str
) -> None:
    result = rendered("delivery_time", language)
    body = result.letter.body.replace("\n\n", f"\n\n{REVIEW_FOR_REFUND[language]}\n\n", 1)
    rules = {
        finding.rule
        for finding in check(
            case="delivery_time", subject=result.letter.subject, body=body, language=language
        )
    }
    review_rules = {"buyer.review_request", "buyer.review_incentive", "buyer.review_solicitation"}
    assert rules & review_rules, rules
