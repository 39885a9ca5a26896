from __future__ import annotations

import pytest

from senders.checks import UnparseableEmail, check_email
from senders.findings import Verdict
from senders.parsing import link_text_domain, parse_email


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \n\n", b"\x00\x01\x02\x03binary\xff\xfe" * 50, "just some words, no sender"],
)
def test_input_without_sender_or_link_cannot_be_parsed(raw: bytes | str) -> None:
    with pytest.raises(UnparseableEmail):
        check_email(raw)


def test_mbox_separator_line_is_skipped() -> None:
    mail = parse_email(
        b"From seller@example.com Mon Nov 23 08:00:00 2026\nFrom: A <a@amazon.de>\n"
        b"Subject: x\n\nhello"
    )
    assert mail.from_address == "a@amazon.de"
    assert mail.subject == "x"


def test_html_links_keep_their_text_and_ignore_scripts() -> None:
    mail = parse_email(
        b"From: a@amazon.de\nContent-Type: text/html; charset=utf-8\n\n"
        b"<script>var u='https://evil.example';</script>"
        b"<p>See <a href='https://sellercentral.amazon.de/x'>your <b>account</b></a></p>"
    )
    assert [(link.text, link.href) for link in mail.links] == [
        ("your account", "https://sellercentral.amazon.de/x")
    ]
    assert "evil" not in mail.text


def test_attachment_text_is_not_read_as_the_message() -> None:
    raw = (
        b"From: a@amazon.de\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\nHello.\n"
        b'--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename="x.txt"\n\n'
        b"Enter your password at https://evil.example\n--b--\n"
    )
    mail = parse_email(raw)
    assert mail.links == []
    assert "password" not in mail.text


def test_malformed_headers_do_not_break_the_check() -> None:
    result = check_email(
        b"From: <<<@@@>>>\nReply-To: ,,,;;\nAuthentication-Results: ???\n\n"
        b"see https://amazon-help.example"
    )
    assert result.verdict == Verdict.PHISHING
    assert "from.missing" in result.rules


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("https://sellercentral.amazon.com/payments", "sellercentral.amazon.com"),
        ("www.amazon.de", "amazon.de"),
        ("amazon.co.jp/login", "amazon.co.jp"),
        ("Click here.", None),
        ("Step 1.2", None),
        ("Konto entsperren", None),
    ],
)
def test_link_text_names_a_domain_only_when_it_is_an_address(text: str, domain: str | None) -> None:
    assert link_text_domain(text) == domain


def test_verdict_messages_follow_the_active_language() -> None:
    from django.utils import translation

    raw = b"From: x@amaz0n-seller.com\n\nhello"
    with translation.override("zh-hans"):
        zh = check_email(raw).reasons[0].message
    en = check_email(raw).reasons[0].message
    assert zh != en
    assert "amaz0n-seller.com" in zh
