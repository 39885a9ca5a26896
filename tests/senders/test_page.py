"""The sender check page: no login, both languages, nothing stored, bounded input."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from senders.forms import MAX_EMAIL_BYTES

CORPUS = Path(__file__).parent / "corpus"
URL = "/check-sender/"
PHISHING = "phishing_us_identity_digits_en_html.eml"
GENUINE = "genuine_de_account_health_de_html.eml"


def test_page_needs_no_login_and_is_in_the_nav(client: Client, db: None) -> None:
    response = client.get(URL)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Is this e-mail really from Amazon?</h1>" in content
    assert f'<a class="nav-link" href="{URL}">Is this really Amazon?</a>' in content
    assert "stop-spoofing@amazon.com" in content


def test_pasted_phishing_mail_gets_its_verdict_reasons_and_advice(client: Client, db: None) -> None:
    raw = (CORPUS / PHISHING).read_text(encoding="utf-8")

    content = client.post(URL, {"message": raw}).content.decode()

    assert 'data-verdict="phishing"' in content
    assert "Phishing: this e-mail only pretends to come from Amazon." in content
    for rule in ("from.lookalike.characters", "links.lookalike", "links.text_mismatch"):
        assert f'data-rule="{rule}"' in content
    assert "What to do</h3>" in content
    assert "stop-spoofing@amazon.com" in content


def test_uploaded_genuine_mail_is_genuine(client: Client, db: None) -> None:
    upload = SimpleUploadedFile(GENUINE, (CORPUS / GENUINE).read_bytes(), "message/rfc822")

    content = client.post(URL, {"upload": upload}).content.decode()

    assert 'data-verdict="genuine"' in content
    assert "Genuine: this e-mail comes from Amazon." in content
    assert 'data-rule="auth.pass"' in content


def test_page_and_verdict_in_chinese(client: Client, db: None) -> None:
    raw = (CORPUS / PHISHING).read_text(encoding="utf-8")

    page = client.get(URL, HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()
    result = client.post(URL, {"message": raw}, HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()

    assert "这封邮件真的来自亚马逊吗？</h1>" in page
    assert "真是亚马逊吗？</a>" in page
    assert "钓鱼邮件：这封邮件只是假冒亚马逊。" in result
    assert "发件人域名 amaz0n-seller.com 用数字或形似的字母" in result
    assert "stop-spoofing@amazon.com" in result


def test_check_stores_nothing_and_writes_no_session(
    client: Client, db: None, django_assert_num_queries
) -> None:
    raw = (CORPUS / PHISHING).read_text(encoding="utf-8")

    # No query at all: nothing is read or written, and an anonymous visitor gets no session.
    with django_assert_num_queries(0):
        response = client.post(URL, {"message": raw})

    assert response.status_code == 200
    assert "sessionid" not in response.cookies


def test_links_are_never_fetched(client: Client, db: None, monkeypatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the sender check must not open a connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    raw = (CORPUS / PHISHING).read_text(encoding="utf-8")

    assert client.post(URL, {"message": raw}).status_code == 200


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Paste an e-mail or choose an .eml file."),
        ({"message": "   "}, "Paste an e-mail or choose an .eml file."),
        ({"message": "hello there"}, "could not read this as an e-mail"),
        ({"message": "x" * (MAX_EMAIL_BYTES + 1)}, "Ensure this value has at most"),
        ({"message": "é" * (MAX_EMAIL_BYTES // 2 + 1)}, "larger than 200 KB"),
    ],
)
def test_bad_input_gets_a_clear_message(client: Client, db: None, data: dict, message: str) -> None:
    response = client.post(URL, data)

    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert "data-verdict" not in content


def test_large_or_double_upload_is_refused(client: Client, db: None) -> None:
    big = SimpleUploadedFile("big.eml", b"From: a@amazon.de\n\n" + b"x" * MAX_EMAIL_BYTES)
    small = SimpleUploadedFile("s.eml", b"From: a@amazon.de\n\nhi")

    too_big = client.post(URL, {"upload": big}).content.decode()
    both = client.post(URL, {"upload": small, "message": "From: a@amazon.de"}).content.decode()

    assert "The file is larger than 200 KB." in too_big
    assert "Paste the e-mail or upload it, not both." in both


def test_binary_upload_is_refused_with_a_message(client: Client, db: None) -> None:
    upload = SimpleUploadedFile("x.eml", bytes(range(256)) * 20)

    content = client.post(URL, {"upload": upload}).content.decode()

    assert "could not read this as an e-mail" in content


def test_pasted_html_is_shown_as_text_never_as_markup(client: Client, db: None) -> None:
    raw = (
        "From: <b>Amazon</b> <x@amaz0n.example>\nSubject: <script>alert(1)</script>\n\n"
        "Enter your password at https://amaz0n.example/<script>"
    )

    content = client.post(URL, {"message": raw}).content.decode()

    assert "<script>alert(1)</script>" not in content
    assert 'data-verdict="phishing"' in content


def test_put_is_not_allowed(client: Client, db: None) -> None:
    assert client.put(URL).status_code == 405
