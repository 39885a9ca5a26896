"""The notice reader over the corpus: hand-written notices in seven languages, each with
the values a careful person reads in it (tests/letters/notice_corpus/<name>.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letters.notices.reader import NoticeReading, read_notice

CORPUS = Path(__file__).parent / "notice_corpus"
NOTICES = sorted(path.stem for path in CORPUS.glob("*.txt"))
FAMILIES = (
    "odr_deactivation",
    "suspension_verification",
    "ip_complaint",
    "inauthentic_complaint",
    "product_quality",
    "suspension_hijacking",
    "funds_release",
)
LANGUAGES = ("en", "de", "fr", "it", "es", "ja", "zh")


def _load(name: str) -> tuple[str, dict]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected


def _readings() -> dict[str, tuple[NoticeReading, dict]]:
    readings = {}
    for name in NOTICES:
        text, expected = _load(name)
        readings[name] = (read_notice(text), expected)
    return readings


READINGS = _readings()


def test_the_corpus_has_ten_notices_per_family_in_every_language() -> None:
    cases = [expected["case"] for _, expected in READINGS.values()]
    for family in FAMILIES:
        assert cases.count(family) >= 10, family
    languages = {expected["language"] for _, expected in READINGS.values()}
    assert set(LANGUAGES) <= languages


def test_case_is_right_for_at_least_95_percent() -> None:
    wrong = [name for name, (r, e) in READINGS.items() if r.case != e["case"]]
    assert len(wrong) <= 0.05 * len(READINGS), wrong


def test_marketplace_is_right_for_at_least_95_percent() -> None:
    wrong = [
        (name, r.marketplace, e["marketplace"])
        for name, (r, e) in READINGS.items()
        if r.marketplace != e["marketplace"]
    ]
    assert len(wrong) <= 0.05 * len(READINGS), wrong


def test_a_marketplace_is_never_invented() -> None:
    invented = [
        name
        for name, (r, e) in READINGS.items()
        if e["marketplace"] is None and r.marketplace is not None
    ]
    assert invented == []


@pytest.mark.parametrize("name", NOTICES)
def test_language_is_read(name: str) -> None:
    reading, expected = READINGS[name]
    assert reading.language == expected["language"]


@pytest.mark.parametrize("name", NOTICES)
def test_every_asin_and_order_id_is_found_and_none_invented(name: str) -> None:
    reading, expected = READINGS[name]
    assert list(reading.asins) == expected["asins"]
    assert list(reading.order_ids) == expected["order_ids"]


@pytest.mark.parametrize("name", NOTICES)
def test_dates_are_read_and_none_invented(name: str) -> None:
    reading, expected = READINGS[name]
    notice_date = reading.notice_date.isoformat() if reading.notice_date else None
    due_date = reading.due_date.isoformat() if reading.due_date else None
    assert (notice_date, due_date) == (expected["notice_date"], expected["due_date"])


@pytest.mark.parametrize("name", NOTICES)
def test_complaint_and_rights_owner_are_read_and_none_invented(name: str) -> None:
    reading, expected = READINGS[name]
    assert reading.complaint_id == expected["complaint_id"]
    assert reading.rights_owner == expected["rights_owner"]
    assert reading.rights_owner_email == expected["rights_owner_email"]


@pytest.mark.parametrize("name", NOTICES)
def test_policy_is_read_and_none_invented(name: str) -> None:
    reading, expected = READINGS[name]
    assert reading.policy == expected["policy"]


@pytest.mark.parametrize("name", NOTICES)
def test_every_proposal_shows_where_it_came_from(name: str) -> None:
    reading, _ = READINGS[name]
    text, _ = _load(name)
    values = {
        "case": reading.case,
        "marketplace": reading.marketplace,
        "notice_date": reading.notice_date,
        "due_date": reading.due_date,
        "asins": reading.asins,
        "order_ids": reading.order_ids,
        "complaint_id": reading.complaint_id,
        "rights_owner": reading.rights_owner,
        "policy": reading.policy,
    }
    flat = " ".join(line.lstrip("> ") for line in text.split("\n"))
    for key, value in values.items():
        if value:
            assert reading.excerpts.get(key), key
            # A long line is cut around the match, with "…" where it was cut.
            for part in reading.excerpts[key].split("…"):
                assert part in flat, key


def test_no_genuine_notice_is_called_phishing() -> None:
    flagged = {name: r.phishing for name, (r, _) in READINGS.items() if r.phishing}
    assert flagged == {}
