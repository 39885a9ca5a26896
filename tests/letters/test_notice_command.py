"""manage.py readnotice: JSON on stdout with nulls for what the notice does not say,
one line on stderr and status 2 on empty or unreadable input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from letters.notices.reader import NOTICE_MAX

CORPUS = Path(__file__).parent / "notice_corpus"


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("readnotice", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_prints_what_a_german_ip_complaint_says() -> None:
    out, err = run(str(CORPUS / "ip_03_de_email.txt"))
    assert err == ""
    result = json.loads(out)
    assert result["case"] == "ip_complaint"
    assert result["candidates"] == [{"case": "ip_complaint", "score": 1.0}]
    assert result["marketplace"] == "DE"
    assert result["language"] == "de"
    assert result["dates"] == {"notice_date": "2026-10-09", "due_date": "2026-11-12"}
    assert result["facts"] == {
        "asins": ["B0C4XK7Q2M", "B0D1MN8PQR"],
        "order_ids": [],
        "complaint_id": "1234567890",
        "rights_owner": "Lumex GmbH",
        "rights_owner_email": "recht@lumex.de",
        "policy": "Intellectual Property Policy",
        "documents": ["Plan of action"],
    }
    assert result["excerpts"]["complaint_id"] == "Reklamations-ID: 1234567890"


def test_unknown_values_are_null_not_invented(tmp_path: Path) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text("Thank you for contacting Seller Support.", encoding="utf-8")
    result = json.loads(run(str(notice))[0])
    assert result["case"] is None
    assert result["marketplace"] is None
    assert result["dates"] == {"notice_date": None, "due_date": None}
    assert result["facts"]["complaint_id"] is None
    assert result["facts"]["rights_owner"] is None
    assert result["facts"]["rights_owner_email"] is None
    assert result["facts"]["policy"] is None
    assert result["facts"]["asins"] == []


def test_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (CORPUS / "odr_08_zh.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    result = json.loads(run("-")[0])
    assert (result["case"], result["marketplace"], result["language"]) == (
        "odr_deactivation",
        "DE",
        "zh",
    )


@pytest.mark.parametrize("content", ["", "  \n\t\n"])
def test_empty_input_exits_with_status_2(tmp_path: Path, content: str) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        run(str(notice))
    assert exit_info.value.code == 2


def test_empty_standard_input_exits_with_status_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("readnotice", "-", stdout=io.StringIO(), stderr=err)
    assert exit_info.value.code == 2
    assert "empty" in err.getvalue()


def test_a_missing_file_or_one_too_long_exits_with_status_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(str(tmp_path / "missing.txt"))
    assert exit_info.value.code == 2
    long_notice = tmp_path / "long.txt"
    long_notice.write_text("x" * (NOTICE_MAX + 1), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        run(str(long_notice))
    assert exit_info.value.code == 2
