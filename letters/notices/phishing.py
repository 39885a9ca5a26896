"""Signs that a "notice" is phishing: links to log in or verify, requests for secrets.

Amazon's real notices send the seller to Seller Central; they never ask for a password, a
card number or a one-time code, and never link to a site that is not Amazon's. A small,
local check until the sender check (senders/) can take its place: same input, reasons out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from letters.notices.excerpts import excerpt_at
from letters.notices.phrases import first_phrase, phrases_re

# A link, up to the first character that cannot be in one; bounded so one pass suffices.
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]{1,300}", re.IGNORECASE)
HOST_RE = re.compile(r"^(?:https?://)?([^/:?#\s]{1,253})", re.IGNORECASE)
AMAZON_HOST_RE = re.compile(
    r"^(?:[a-z0-9-]{1,63}\.){0,4}amazon\.(?:com\.mx|co\.uk|co\.jp|com|ca|de|fr|it|es|in|cn)$"
)

ACTION_WORDS = (
    "click here",
    "click the link",
    "log in",
    "login",
    "sign in",
    "verify your account",
    "confirm your account",
    "hier klicken",
    "klicken sie",
    "anmelden",
    "einloggen",
    "cliquez ici",
    "cliquez sur le lien",
    "connectez-vous",
    "clicca qui",
    "accedi",
    "haga clic",
    "haz clic",
    "inicie sesión",
    "ここをクリック",
    "ログイン",
    "点击此处",
    "点击链接",
    "登录",
)
SECRET_WORDS = (
    "password",
    "passcode",
    "one-time code",
    "one time code",
    "verification code",
    "otp",
    "card number",
    "credit card",
    "cvv",
    "security code",
    "pin",
    "bank login",
    "online banking",
    "passwort",
    "kennwort",
    "einmalcode",
    "bestätigungscode",
    "kreditkarte",
    "kartennummer",
    "mot de passe",
    "code de vérification",
    "carte bancaire",
    "numéro de carte",
    "codice di verifica",
    "carta di credito",
    "contraseña",
    "código de verificación",
    "tarjeta de crédito",
    "パスワード",
    "確認コード",
    "ワンタイム",
    "クレジットカード",
    "密码",
    "验证码",
    "信用卡号",
    "银行卡号",
)

REASONS = {
    "foreign_link": _("It links to a site that is not Amazon's: %(host)s"),
    "link_to_log_in": _("It asks you to follow a link to log in or verify your account."),
    "asks_for_secret": _(
        "It asks for a password, a card number or a one-time code. Amazon never does."
    ),
}


@dataclass(frozen=True)
class PhishingSign:
    code: str
    excerpt: str
    host: str = ""

    @property
    def message(self) -> str:
        return str(REASONS[self.code]) % {"host": self.host}


ACTION_RE = phrases_re(ACTION_WORDS)
SECRET_RE = phrases_re(SECRET_WORDS)


def phishing_signs(text: str) -> list[PhishingSign]:
    """Why this text may not be from Amazon; empty when nothing looks wrong."""
    signs: list[PhishingSign] = []
    links = list(URL_RE.finditer(text))
    for link in links:
        host_match = HOST_RE.match(link.group(0))
        host = host_match.group(1).lower().rstrip(".") if host_match else ""
        if host.startswith("www."):
            host = host[4:]
        if not AMAZON_HOST_RE.match(host.rstrip(".,;")):
            signs.append(PhishingSign("foreign_link", excerpt_at(text, link.start()), host))
            break
    action = first_phrase(ACTION_RE, text, whole_words=True)
    if links and action:
        signs.append(PhishingSign("link_to_log_in", excerpt_at(text, action.start())))
    secret = first_phrase(SECRET_RE, text, whole_words=True)
    if secret:
        signs.append(PhishingSign("asks_for_secret", excerpt_at(text, secret.start())))
    return signs
