"""The sender check against a corpus of e-mails written for it: genuine Amazon notices and
buyer messages, third-party mail and phishing, across marketplaces and languages, in plain
text and HTML. `corpus/expected.json` holds, per file, the verdict and every rule id."""

from __future__ import annotations

import json
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from senders.checks import check_email

CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))

EVERY_RULE = {
    "from.amazon",
    "from.missing",
    "from.not_amazon",
    "from.lookalike.unicode",
    "from.lookalike.characters",
    "from.lookalike.subdomain",
    "from.lookalike.words",
    "from.free_mail_amazon_name",
    "from.amazon_name_elsewhere",
    "reply_to.elsewhere",
    "reply_to.lookalike",
    "return_path.elsewhere",
    "auth.pass",
    "auth.missing",
    "auth.dmarc_fail",
    "auth.spf_fail",
    "auth.dkim_fail",
    "links.amazon",
    "links.off_amazon",
    "links.lookalike",
    "links.text_mismatch",
    "request.credentials",
    "request.bank_details",
    "request.click_to_verify",
    "pressure.deadline",
    "pressure.fee",
}


def test_every_file_in_the_corpus_has_an_expectation_and_there_are_at_least_40() -> None:
    files = {path.name for path in CORPUS.glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_email_gets_its_verdict_and_exactly_its_reasons(name: str) -> None:
    result = check_email((CORPUS / name).read_bytes())

    assert str(result.verdict) == EXPECTED[name]["verdict"]
    assert sorted(result.rules) == EXPECTED[name]["rules"]
    assert all(reason.message.strip() for reason in result.reasons)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_name_says_the_verdict(name: str) -> None:
    # Keeps the corpus readable: phishing_*.eml is phishing, and so on.
    assert name.split("_", 1)[0] == EXPECTED[name]["verdict"]


def test_corpus_exercises_every_rule() -> None:
    seen = set().union(*(set(expected["rules"]) for expected in EXPECTED.values()))
    assert seen == EVERY_RULE


def test_corpus_covers_every_verdict_and_is_balanced() -> None:
    verdicts = [expected["verdict"] for expected in EXPECTED.values()]
    assert verdicts.count("genuine") >= 10
    assert verdicts.count("suspicious") >= 5
    assert verdicts.count("phishing") >= 15


def _languages_and_kinds() -> tuple[set[str], set[str]]:
    languages, kinds = set(), set()
    for name in EXPECTED:
        parts = name.removesuffix(".eml").split("_")
        if parts[-1] in ("plain", "html"):
            languages.add(parts[-2])
            kinds.add(parts[-1])
    return languages, kinds


def test_corpus_is_in_seven_languages_in_plain_text_and_html() -> None:
    languages, kinds = _languages_and_kinds()
    assert languages == {"en", "de", "fr", "it", "es", "ja", "zh"}
    assert kinds == {"plain", "html"}


def test_html_files_really_carry_html_and_plain_files_do_not() -> None:
    for name in EXPECTED:
        if not name.endswith(("_html.eml", "_plain.eml")):
            continue
        message = BytesParser(policy=policy.default).parsebytes((CORPUS / name).read_bytes())
        types = {part.get_content_type() for part in message.walk()}
        assert ("text/html" in types) == name.endswith("_html.eml"), name


def test_corpus_spans_the_marketplaces_and_global_selling() -> None:
    text = "\n".join(
        (CORPUS / name).read_bytes().decode("utf-8", "replace").split("\n\n", 1)[0]
        for name in EXPECTED
    )
    for domain in (
        "amazon.com",
        "amazon.co.uk",
        "amazon.de",
        "amazon.fr",
        "amazon.it",
        "amazon.es",
        "amazon.co.jp",
        "amazon.com.mx",
        "amazon.ca",
        "amazon.in",
        "gs.amazon.cn",
    ):
        assert f"@{domain}>" in text or f".{domain}>" in text, domain


@pytest.mark.parametrize(
    "name", ["phishing_jp_dmarc_fail_ja_html.eml", "genuine_us_a_to_z_en_plain.eml"]
)
def test_reasons_come_strongest_first(name: str) -> None:
    from senders.checks import SEVERITY_ORDER

    result = check_email((CORPUS / name).read_bytes())

    ranks = [SEVERITY_ORDER.index(reason.severity) for reason in result.reasons]
    assert ranks == sorted(ranks)
    assert len(set(ranks)) > 1
