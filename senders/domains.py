"""Amazon's sending domains and how a domain can pretend to be one.

One registry, with its source. The marketplace domains are read from the wizard's
marketplace registry (`sellerdesk.marketplaces.MARKETS`), not written out again here.
"""

from __future__ import annotations

import codecs
import contextlib
import unicodedata
from enum import StrEnum
from functools import cache

from publicsuffixlist import PublicSuffixList

from sellerdesk.marketplaces import MARKETS

# Source: Amazon help 32261 "Identifying false (spoofed) e-mails" and the notes in
# shared/reference/policy_notes.md ("Genuine Amazon senders", collected November 2026):
# amazon.com and each marketplace's own domain (with marketplace.amazon.<domain>,
# sell.amazon.<domain>, vender.amazon.com.mx beneath them), gs.amazon.cn for Global
# Selling China, and amazonsellerservices.com (listed on the Japanese help page).
SENDING_DOMAINS_SOURCE = "Amazon help 32261; policy_notes.md, November 2026"
EXTRA_SENDING_DOMAINS = ("amazon.com", "amazon.cn", "amazonsellerservices.com")
# Amazon's mail service signs and bounces genuine mail (DKIM d=amazonses.com, Return-Path
# on it) but anyone can send through it, so it never makes a From address genuine.
INFRASTRUCTURE_DOMAINS = ("amazonses.com",)

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "yahoo.co.jp",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.ru",
        "yandex.ru",
        "proton.me",
        "protonmail.com",
        "icloud.com",
        "qq.com",
        "163.com",
        "126.com",
        "sina.com",
        "foxmail.com",
        "aliyun.com",
        "naver.com",
        "libero.it",
        "orange.fr",
        "laposte.net",
    }
)

# Characters that look like Latin letters, mapped to the letter they imitate. Digits and
# letter pairs for ASCII tricks; Cyrillic and Greek for homoglyphs in internationalised names.
CONFUSABLES = {
    "0": "o",
    "1": "l",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    "\u0430": "a",  # Cyrillic а
    "\u0435": "e",  # Cyrillic е
    "\u043e": "o",  # Cyrillic о
    "\u0440": "p",  # Cyrillic р
    "\u0441": "c",  # Cyrillic с
    "\u0443": "y",  # Cyrillic у
    "\u0445": "x",  # Cyrillic х
    "\u0455": "s",  # Cyrillic ѕ
    "\u0456": "i",  # Cyrillic і
    "\u0458": "j",  # Cyrillic ј
    "\u043c": "m",  # Cyrillic м
    "\u043d": "h",  # Cyrillic н
    "\u0437": "z",  # Cyrillic з (close enough in many fonts)
    "\u0501": "d",  # Cyrillic ԁ
    "\u03b1": "a",  # Greek α
    "\u03bf": "o",  # Greek ο
    "\u03bd": "v",  # Greek ν
    "\u03c1": "p",  # Greek ρ
    "\u03c4": "t",  # Greek τ
    "\u03b5": "e",  # Greek ε
    "\u03b9": "i",  # Greek ι
    "\u03ba": "k",  # Greek κ
    "\u03b7": "n",  # Greek η
    "\u0131": "i",  # Latin dotless ı
    "\u0251": "a",  # Latin ɑ
    "\u0292": "z",  # Latin ʒ
}
LETTER_PAIRS = (("rn", "m"), ("vv", "w"), ("nn", "m"))

BRAND = "amazon"
# Amazon's name as Chinese and Japanese sellers see it in a sender's display name.
BRAND_NAMES = ("亚马逊", "亞馬遜", "アマゾン")


class Lookalike(StrEnum):
    """How a domain imitates Amazon's."""

    UNICODE = "unicode"  # homoglyphs in an internationalised (punycode) name
    CHARACTERS = "characters"  # digits or letter pairs for letters: amaz0n, arnazon
    SUBDOMAIN = "subdomain"  # a real Amazon domain in front of someone else's
    WORDS = "words"  # Amazon's name with extra words: amazon-seller-support.com


@cache
def _psl() -> PublicSuffixList:
    # The list ships inside the package; this never touches the network.
    return PublicSuffixList()


@cache
def amazon_domains() -> frozenset[str]:
    """Registrable domains whose addresses Amazon sends from."""
    return frozenset((*EXTRA_SENDING_DOMAINS, *(market.domain for market in MARKETS)))


def known_amazon_domains() -> frozenset[str]:
    """Amazon's sending domains and its mail infrastructure."""
    return amazon_domains() | frozenset(INFRASTRUCTURE_DOMAINS)


def normalise_host(host: str) -> str:
    """Lower case, no trailing dot, no port, no user part."""
    host = host.strip().lower().rstrip(".")
    host = host.rsplit("@", 1)[-1]
    if host.startswith("[") or ":" not in host:
        return host
    return host.split(":", 1)[0]


def decode_host(host: str) -> str:
    """The host as a person sees it: punycode labels (xn--...) decoded to Unicode."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            # A broken punycode label stays as it is written.
            with contextlib.suppress(UnicodeError, ValueError):
                label = codecs.decode(label[4:].encode("ascii"), "punycode")
        labels.append(label)
    return ".".join(labels)


def registrable_domain(host: str) -> str:
    """amazon.co.uk for marketplace.amazon.co.uk; the host itself when it has no suffix."""
    host = normalise_host(host)
    return _psl().privatesuffix(host) or host


def is_amazon_domain(host: str) -> bool:
    """The host is one of Amazon's sending domains or beneath one (DMARC relaxed alignment)."""
    return registrable_domain(host) in amazon_domains()


def is_known_amazon(host: str) -> bool:
    return registrable_domain(host) in known_amazon_domains()


def is_free_mail(host: str) -> bool:
    return registrable_domain(host) in FREE_MAIL_DOMAINS


def skeleton(text: str) -> str:
    """What a label looks like: accents dropped, look-alike characters mapped to letters."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = "".join(CONFUSABLES.get(ch, ch) for ch in text)
    for pair, letter in LETTER_PAIRS:
        text = text.replace(pair, letter)
    return text


def mentions_amazon(text: str) -> bool:
    """Amazon's name in a display name or label, however it is disguised."""
    if any(name in text for name in BRAND_NAMES):
        return True
    folded = skeleton(text)
    return BRAND in folded.replace(" ", "").replace("-", "").replace("_", "").replace(".", "")


def lookalike(host: str) -> Lookalike | None:
    """How `host` imitates an Amazon domain, or None when it is Amazon's or does not try."""
    host = normalise_host(host)
    if not host or is_known_amazon(host):
        return None
    registrable = registrable_domain(host)
    decoded = decode_host(host)
    if decoded != host and mentions_amazon(decoded):
        return Lookalike.UNICODE
    if any(ord(ch) > 127 for ch in host) and mentions_amazon(host):
        return Lookalike.UNICODE
    subdomain = host.removesuffix(registrable).rstrip(".")
    if subdomain:
        labels = subdomain.split(".")
        for start in range(len(labels)):
            if is_known_amazon(".".join(labels[start:])):
                return Lookalike.SUBDOMAIN
        if mentions_amazon(subdomain):
            return Lookalike.SUBDOMAIN
    suffix = _psl().publicsuffix(registrable) or ""
    name = registrable.removesuffix(suffix).rstrip(".")
    if BRAND in name:
        return Lookalike.WORDS
    if mentions_amazon(name):
        return Lookalike.CHARACTERS
    return None
