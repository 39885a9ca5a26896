"""manage.py checkletter: JSON on stdout, one line on stderr and status 2 on bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

BUYER_MESSAGE = "Order 112-3456789-0123456: 您好 😊 please email us."


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("checkletter", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_prints_the_findings_for_a_file_as_json(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(BUYER_MESSAGE, encoding="utf-8")
    out, err = run("--case", "lost_parcel", "--subject", "[Important] parcel", str(letter))
    assert err == ""
    assert json.loads(out) == {
        "case": "lost_parcel",
        "findings": [
            {
                "rule": "buyer.important_subject",
                "severity": "error",
                "message": '"[Important]" in the subject is only for messages needed to '
                "complete the order. Remove it.",
                "excerpt": "[Important] parcel",
            },
            {
                "rule": "buyer.off_amazon",
                "severity": "error",
                "message": "Sends the buyer off Amazon or asks them to contact you instead of "
                "leaving a review. Ask them to reply to this message instead.",
                "excerpt": BUYER_MESSAGE,
            },
            {
                "rule": "buyer.emoji_media",
                "severity": "error",
                "message": "Emoji, emoticons, GIFs or images. Amazon forbids them in messages "
                "to buyers: use words.",
                "excerpt": BUYER_MESSAGE,
            },
            {
                "rule": "common.cjk_in_english",
                "severity": "error",
                "message": "Chinese, Japanese or Korean text in an English letter. Amazon reads "
                "the letter in English: translate this part or remove it.",
                "excerpt": BUYER_MESSAGE,
            },
        ],
    }
    assert "您好 😊" in out  # not escaped


def test_reads_standard_input_for_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Root cause: it was not our fault."))
    out, _err = run("--case", "ip_complaint", "-")
    result = json.loads(out)
    assert result["case"] == "ip_complaint"
    # Blame and a hollow part are errors (issue 9), and so are the two parts the plan lacks:
    # a vague part does not hide an absent one.
    assert [finding["rule"] for finding in result["findings"]] == [
        "appeal.vague_part",
        "appeal.blame",
        "appeal.missing_corrective_actions",
        "appeal.missing_preventive_measures",
    ]


def test_a_clean_letter_prints_no_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Order 112-3456789-0123456 is on its way."))
    out, _err = run("--case", "replacement_sent", "-")
    assert json.loads(out) == {"case": "replacement_sent", "findings": []}


def test_language_option_checks_the_letter_in_that_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    message = "Bestellung 302-1234567-1234567: Bitte geben Sie uns eine 5-Sterne-Bewertung."
    monkeypatch.setattr("sys.stdin", io.StringIO(message))
    out, _err = run("--case", "review_followup", "--language", "de", "-")
    assert [finding["rule"] for finding in json.loads(out)["findings"]] == [
        "buyer.review_solicitation"
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO(message))
    out, _err = run("--case", "review_followup", "-")
    assert "common.language_mismatch" in [f["rule"] for f in json.loads(out)["findings"]]


def test_unknown_case_exits_2_with_one_line(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Hello.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("checkletter", "--case", "no_such_case", str(letter), stdout=out, stderr=err)
    assert exit_info.value.code == 2
    assert out.getvalue() == ""
    assert err.getvalue() == "Unknown case 'no_such_case'.\n"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "No such file or directory"),
        ("latin1.txt", "Caf\xe9".encode("latin-1"), "not UTF-8 text"),
    ],
)
def test_unreadable_file_exits_2_with_one_line(
    tmp_path: Path, name: str, content: bytes | None, reason: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("checkletter", "--case", "lost_parcel", str(path), stdout=out, stderr=err)
    assert exit_info.value.code == 2
    assert out.getvalue() == ""
    assert err.getvalue() == f"Cannot read {path}: {reason}.\n"
