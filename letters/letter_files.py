"""One letter as a file or a link: a .txt, an .eml or a mailto: link (wizard and drafts)."""

from __future__ import annotations

import email.policy
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

# Mail programs and browsers stop handling mailto: links somewhere past 2,000 characters.
MAILTO_MAX = 2000


def one_line(text: str) -> str:
    """A subject as mail headers need it: no line breaks, single spaces."""
    return " ".join(text.split())


def letter_txt(*, subject: str, body: str) -> str:
    return f"Subject: {one_line(subject)}\n\n{body}"


def letter_eml(*, to: Sequence[str], subject: str, body: str) -> bytes:
    """An RFC 5322 message the seller opens in their mail program; no To for buyers."""
    message = EmailMessage(policy=email.policy.default)
    if to:
        message["To"] = ", ".join(to)
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(timezone.now())
    message.set_content(body, charset="utf-8")
    return message.as_bytes()


def mailto_url(*, to: Sequence[str], subject: str, body: str) -> str | None:
    """A mailto: link with the letter, or None when it is too long to be one."""
    if not to:
        return None
    addresses = ",".join(quote(address, safe="@") for address in to)
    # RFC 6068: line breaks in a mailto body are CRLF, percent-encoded.
    query = "subject={}&body={}".format(
        quote(subject, safe=""), quote(body.replace("\n", "\r\n"), safe="")
    )
    url = f"mailto:{addresses}?{query}"
    return url if len(url) <= MAILTO_MAX else None


def download(content: str | bytes, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def txt_response(*, subject: str, body: str, stem: str) -> HttpResponse:
    return download(
        letter_txt(subject=subject, body=body),
        filename=f"{stem}.txt",
        content_type="text/plain; charset=utf-8",
    )


def eml_response(*, to: Sequence[str], subject: str, body: str, stem: str) -> HttpResponse:
    return download(
        letter_eml(to=to, subject=subject, body=body),
        filename=f"{stem}.eml",
        content_type="message/rfc822",
    )
