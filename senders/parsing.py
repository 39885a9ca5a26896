"""Reading a pasted or uploaded e-mail: headers, visible text and links. Nothing is fetched."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

from senders.wording import MAX_TEXT

# Enough for any real notice; a paste longer than this is cut, not refused, by the parser.
MAX_LINKS = 200
MAX_PARTS = 50
MAX_LINK_TEXT = 300
# HTML is parsed in chunks until as much text as the wording rules read, or MAX_LINKS
# links, have been collected.
MAX_VISIBLE_TEXT = MAX_TEXT
HTML_CHUNK = 8192

HEADER_LINE = re.compile(rb"^[A-Za-z0-9][A-Za-z0-9-]{0,75}:[ \t]")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2000}", re.IGNORECASE)
ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# A link text that names a web address: "https://sellercentral.amazon.de" or "amazon.de/verify".
URLISH_TEXT = re.compile(r"^\s*(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:[/:?#]\S*)?\s*$")


class UnparseableEmail(ValueError):
    """The input is empty, binary, or has neither a sender nor a link to check."""


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass
class ParsedMail:
    from_name: str = ""
    from_address: str = ""
    reply_to: list[str] = field(default_factory=list)
    return_path: str = ""
    authentication_results: str = ""
    subject: str = ""
    text: str = ""
    links: list[Link] = field(default_factory=list)
    has_headers: bool = False

    @property
    def from_domain(self) -> str:
        return self.from_address.rpartition("@")[2].lower() if "@" in self.from_address else ""


class _LinkCollector(HTMLParser):
    """<a href> with the text inside it, and the visible text of the whole document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self.text: list[str] = []
        self._href: str | None = None
        self._anchor_text: list[str] = []
        self._hidden = 0
        self._text_length = 0

    @property
    def full(self) -> bool:
        return len(self.links) >= MAX_LINKS or self._text_length >= MAX_VISIBLE_TEXT

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._hidden += 1
        elif tag == "a":
            self._href = next((value or "" for name, value in attrs if name == "href"), None)
            self._anchor_text = []
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"):
            self.text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._hidden = max(0, self._hidden - 1)
        elif tag == "a" and self._href is not None:
            if len(self.links) < MAX_LINKS:
                self.links.append(Link(" ".join("".join(self._anchor_text).split()), self._href))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.text.append(data)
        self._text_length += len(data)
        if self._href is not None:
            self._anchor_text.append(data)


def _looks_binary(raw: bytes) -> bool:
    if not raw.strip():
        return True
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13, 12))
    if controls > len(sample) // 20:
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A cut multi-byte character at the end of the sample is not binary.
        if error.start < len(sample) - 4:
            # Legacy 8-bit mail is still text when most of it is printable ASCII.
            printable = sum(1 for byte in sample if 32 <= byte < 127 or byte in (9, 10, 13))
            return printable < len(sample) * 0.7
    return False


def text_links(text: str) -> list[Link]:
    links = []
    for match in URL.finditer(text):
        href = match.group(0).rstrip(".,;:!?。，")
        links.append(Link(href, href if "://" in href else f"http://{href}"))
        if len(links) >= MAX_LINKS:
            break
    return links


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError, ValueError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError, AttributeError):
        # A malformed header the default policy cannot parse: fall back to the raw text.
        value = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
    return " ".join(str(value or "").split())


def parse_email(raw: bytes | str) -> ParsedMail:
    """Headers, visible text and links of one e-mail, or of a paste without headers.

    A paste that does not start with header lines (only the sender and some links, say) is
    read as body text: its first e-mail address is taken as the sender. Raises
    UnparseableEmail for empty or binary input and for input with neither a sender nor a link.
    """
    data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else raw
    if _looks_binary(data):
        raise UnparseableEmail("The input is empty or is not text.")
    data = data.lstrip(b"\r\n\t ")
    if data.startswith(b"From "):
        # An mbox separator line ("From sender date") before the headers.
        data = data.partition(b"\n")[2]
    mail = ParsedMail()
    if HEADER_LINE.match(data):
        message = BytesParser(policy=policy.default).parsebytes(data)
        mail.has_headers = True
        name, address = parseaddr(_header(message, "From"))
        mail.from_name, mail.from_address = name.strip(), address.strip()
        mail.reply_to = [a for _, a in getaddresses([_header(message, "Reply-To")]) if "@" in a]
        mail.return_path = parseaddr(_header(message, "Return-Path"))[1]
        # The receiving server adds its verdict on top; anything below it the sender wrote.
        mail.authentication_results = _header(message, "Authentication-Results")
        mail.subject = _header(message, "Subject")
        texts: list[str] = []
        for count, part in enumerate(message.walk()):
            if count > MAX_PARTS:
                break
            ctype = part.get_content_type()
            if part.is_multipart() or part.get_content_disposition() == "attachment":
                continue
            if ctype == "text/plain":
                body = _part_text(part)
                texts.append(body)
                mail.links.extend(text_links(body))
            elif ctype == "text/html":
                collector = _LinkCollector()
                html = _part_text(part)
                # In pieces, so that a huge page stops being parsed once enough is read.
                for start in range(0, len(html), HTML_CHUNK):
                    collector.feed(html[start : start + HTML_CHUNK])
                    if collector.full:
                        break
                collector.close()
                texts.append("".join(collector.text))
                mail.links.extend(collector.links)
        mail.text = "\n".join(texts)
    else:
        mail.text = data.decode("utf-8", "replace")
        mail.links = text_links(mail.text)
        sender = ADDRESS.search(mail.text)
        mail.from_address = sender.group(0) if sender else ""
    del mail.links[MAX_LINKS:]
    if not mail.from_address and not mail.links:
        raise UnparseableEmail("No sender address and no link were found.")
    return mail


def link_text_domain(text: str) -> str | None:
    """The domain a link's text shows, when the text is a web address."""
    if len(text) > MAX_LINK_TEXT:
        return None
    match = URLISH_TEXT.match(text)
    if not match or "." not in match.group(1):
        return None
    domain = match.group(1).lower()
    # "Click here." or "Step 1.2" are not addresses: a domain ends in letters.
    return domain if domain.rsplit(".", 1)[-1].isalpha() else None
