from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "name",
    [
        "genuine_jp_performance_ja_html.eml",
        "suspicious_us_no_auth_headers_en_plain.eml",
        "phishing_de_epr_fee_de_plain.eml",
    ],
)
def test_command_prints_verdict_and_reasons_as_json(
    name: str, capsys: pytest.CaptureFixture
) -> None:
    call_command("checksender", str(CORPUS / name))

    answer = json.loads(capsys.readouterr().out)
    assert answer["verdict"] == EXPECTED[name]["verdict"]
    assert sorted(reason["rule"] for reason in answer["reasons"]) == EXPECTED[name]["rules"]
    assert all(reason["message"] for reason in answer["reasons"])
    assert any("stop-spoofing@amazon.com" in line for line in answer["advice"])


def test_command_reads_standard_input(monkeypatch, capsys: pytest.CaptureFixture) -> None:
    raw = (CORPUS / "phishing_uk_rn_for_m_en_plain.eml").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))

    call_command("checksender", "-")

    assert json.loads(capsys.readouterr().out)["verdict"] == "phishing"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Cannot parse"),
        (b"\x00\x01\x02\xff\xfe garbage" * 100, "Cannot parse"),
        (b"no sender, no link, just words", "Cannot parse"),
        (b"From: a@amazon.de\n\n" + b"x" * 210_000, "larger than 200 KB"),
    ],
)
def test_command_exits_2_on_input_it_cannot_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture, content: bytes, message: str
) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(content)

    with pytest.raises(SystemExit) as exit_info:
        call_command("checksender", str(path))

    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_command_exits_2_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        call_command("checksender", str(tmp_path / "nope.eml"))

    assert exit_info.value.code == 2
    assert "Cannot read" in capsys.readouterr().err
