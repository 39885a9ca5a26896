"""What the text of a message asks for: credentials, bank details, a click to "verify",
a deadline in hours, a fee. English, German, French, Italian, Spanish, Japanese, Chinese.

Each rule looks at one sentence at a time and needs two things in it (what is asked for and
a verb that asks), so a genuine "Amazon will never ask for your password" does not trigger:
a sentence that says "never" is skipped for the request rules. Every pattern is a plain
alternation, linear in the text; the text is cut at MAX_TEXT characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# The visible text of a real notice is a few thousand characters; what lies beyond this is
# not read by anyone either.
MAX_TEXT = 50_000
MAX_EXCERPT = 140

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|[。！？\n]+")


def _words(*alternatives: str) -> re.Pattern[str]:
    # The text is lower-cased once (see fold); IGNORECASE would make every search slower.
    return re.compile("|".join(alternatives))


CREDENTIALS = _words(
    r"\bpassw(?:or)?ds?\b",
    r"\bpasscode",
    r"\bone[- ]time (?:pass)?(?:word|code)",
    r"\bverification code",
    r"\bsecurity (?:code|question|answer)",
    r"\botp\b",
    r"\bpin\b",
    r"\blog-?in (?:details|credentials)",
    r"\bcredentials\b",
    r"\bkennwort",
    r"\bpasswort",
    r"\bbestätigungscode",
    r"\beinmal(?:passwort|code)",
    r"\bzugangsdaten",
    r"\bmot de passe",
    r"\bcode de (?:vérification|sécurité|confirmation)",
    r"\bidentifiants",
    r"\bcodice (?:di verifica|otp|monouso)",
    r"\bcredenziali",
    r"\bcontraseña",
    r"\bcódigo de (?:verificación|seguridad)",
    r"\bcredenciales",
    r"パスワード",
    r"ワンタイム",
    r"認証コード",
    r"確認コード",
    r"暗証番号",
    r"ログイン情報",
    r"密码",
    r"验证码",
    r"动态码",
    r"登录信息",
)
BANK = _words(
    r"\bbank (?:account|details|information)",
    r"\b(?:credit|debit) card",
    r"\bcard (?:number|details)",
    r"\bcvv\b",
    r"\bcvc\b",
    r"\biban\b",
    r"\brouting number",
    r"\bsort code",
    r"\bbankverbindung",
    r"\bbankdaten",
    r"\bkontonummer",
    r"\bkreditkarte",
    r"\bkartennummer",
    r"\bcoordonnées bancaires",
    r"\bcarte (?:bancaire|de crédit)",
    r"\bnuméro de carte",
    r"\bcoordinate bancarie",
    r"\bdati bancari",
    r"\bcarta di credito",
    r"\bnumero della carta",
    r"\bdatos bancarios",
    r"\bcuenta bancaria",
    r"\btarjeta de crédito",
    r"\bnúmero de (?:la )?tarjeta",
    r"銀行口座",
    r"口座番号",
    r"クレジットカード",
    r"カード番号",
    r"银行账户",
    r"银行账号",
    r"银行卡",
    r"信用卡",
    r"卡号",
)
ASK = _words(
    r"\b(?:enter|provide|send|reply|respond|confirm|verify|submit|share|give|type|fill)",
    r"\b(?:geben|eingeben|senden|schicken|bestätigen|antworten|mitteilen|übermitteln|angeben)",
    r"\b(?:saisi|entrez|envoy|fourni|confirm|communiqu|répond|indiquez)",
    r"\b(?:inseri|invia|fornir|fornisc|conferm|rispond|comunic)",
    r"\b(?:introduzca|introduce|ingrese|ingresa|envíe|envía|enviar|proporcion|confirme|responda|facilite)",
    r"入力",
    r"送信",
    r"返信",
    r"提供",
    r"ご連絡",
    r"記入",
    r"お知らせください",
    r"输入",
    r"发送",
    r"回复",
    r"提交",
    r"填写",
    r"告知",
)
NEVER = _words(
    r"\bnever\b",
    r"(?<!if you )\bdo not\b",
    r"(?<!if you )\bdon't\b",
    r"\bwill not ask\b",
    r"\bnie\b",
    r"\bniemals\b",
    r"\bjamais\b",
    r"\bmai\b",
    r"\bnunca\b",
    r"決して",
    r"ことはありません",
    r"绝不",
    r"从不",
    r"不会",
)
CLICK = _words(
    r"\b(?:click|tap)\b",
    r"\bklicken",
    r"\bcliquez",
    r"\b(?:clicca|cliccare|fai clic|fare clic)",
    r"\b(?:haga clic|haz clic|pulse|pulsa)",
    r"クリック",
    r"点击",
)
VERIFY = _words(
    r"\b(?:verify|confirm|update|reactivate|restore|unlock|release|validate)",
    r"\b(?:bestätig|verifizier|aktualisier|entsperr|freigeb|reaktivier)",
    r"\b(?:vérifi|confirm|mettre à jour|débloqu|réactiv)",
    r"\b(?:verific|conferm|aggiorn|sblocc|riattiv)",
    r"\b(?:verific|confirm|actualiz|desbloque|reactiv)",
    r"確認",
    r"認証",
    r"更新",
    r"解除",
    r"验证",
    r"确认",
    r"更新",
    r"解封",
    r"恢复",
)
DEADLINE = _words(
    r"\b(?:within|in|next|innerhalb(?: von)?|binnen|sous|dans les|entro|en un plazo de|en las próximas|dentro de)\s+(?:the next\s+|den nächsten\s+|le prossime\s+|las\s+)?\d{1,3}\s*(?:hours|hrs|h|stunden|std|heures|ore|horas)\b",
    r"\d{1,3}\s*(?:時間以内|小时内|小時內|小时之内|个小时内)",
)
PAY = _words(
    r"\b(?:pay|payment|transfer|remit|wire)",
    r"\b(?:zahl|bezahl|überweis)",
    r"\b(?:payer|payez|régler|réglez|virement|paiement)",
    r"\b(?:pagare|paga|pagamento|bonifico)",
    r"\b(?:pagar|pague|pago|transferencia)",
    r"支払",
    r"振込",
    r"支付",
    r"缴纳",
    r"付款",
    r"转账",
)
FEE = _words(
    r"\b(?:fee|penalty|penalties)s?\b",
    # German compounds: Registrierungsgebühr, Vertragsstrafe.
    r"(?:gebühr|strafe|kaution)",
    r"\b(?:frais|amende|pénalité)",
    r"\b(?:tassa|commissione|multa|penale)",
    r"\b(?:tarifa|cuota|multa|penalización|tasa)\b",
    r"手数料",
    r"登録料",
    r"罰金",
    r"费用",
    r"注册费",
    r"手续费",
    r"罚款",
    r"保证金",
    r"服务费",
)


@dataclass(frozen=True)
class WordingHit:
    rule: str
    excerpt: str


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text[:MAX_TEXT])


def sentences(text: str) -> Iterator[str]:
    for sentence in SENTENCE_END.split(fold(text)):
        sentence = " ".join(sentence.split())
        if sentence:
            yield sentence


def excerpt(sentence: str) -> str:
    if len(sentence) <= MAX_EXCERPT:
        return sentence
    return sentence[: MAX_EXCERPT - 1].rstrip() + "…"


def wording_hits(text: str) -> list[WordingHit]:
    """The first sentence that triggers each wording rule, in rule order."""
    found: dict[str, str] = {}
    for sentence in sentences(text):
        low = sentence.lower()
        asks = bool(ASK.search(low)) and not NEVER.search(low)
        if asks and CREDENTIALS.search(low):
            found.setdefault("request.credentials", sentence)
        if asks and BANK.search(low):
            found.setdefault("request.bank_details", sentence)
        if CLICK.search(low) and VERIFY.search(low):
            found.setdefault("request.click_to_verify", sentence)
        if DEADLINE.search(low):
            found.setdefault("pressure.deadline", sentence)
        if PAY.search(low) and FEE.search(low):
            found.setdefault("pressure.fee", sentence)
    order = (
        "request.credentials",
        "request.bank_details",
        "request.click_to_verify",
        "pressure.deadline",
        "pressure.fee",
    )
    return [WordingHit(rule, excerpt(found[rule])) for rule in order if rule in found]
