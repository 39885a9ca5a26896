"""Read a notice from Amazon: propose the case, marketplace, dates and facts it names.

`read_notice(text)` is a pure function. Every proposal carries the excerpt it came from, and
anything the notice does not state is None (or empty), never guessed: a reader that invents
an ASIN or a date moves a seller's deadlines. Every pass is linear in the text, which is
capped at NOTICE_MAX characters.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from letters.notices.dates import find_dates, relative_deadline
from letters.notices.excerpts import excerpt_at
from letters.notices.phrases import first_phrase, phrase_matches, phrases_re
from letters.notices.vocabulary import (
    CASE_PHRASES,
    COMPLAINT_ID_LABELS,
    DATE_LABELS,
    DOCUMENTS,
    EURO_MARKETS,
    LANGUAGE_MARKETS,
    MARKET_NAMES,
    POLICIES,
    RIGHTS_OWNER_LABELS,
    STOPWORDS,
)
from sellerdesk.marketplaces import MARKETS
from senders.checks import Reason, check_text_for_phishing_requests

NOTICE_MAX = 50_000
# A case is proposed when it scores at least this and clearly more than the runner-up.
CASE_MIN_SCORE = 3
CASE_LEAD = 1.5
# ...and holds at least this share of all the evidence: one strong case among several
# weaker ones is still a notice about several things.
CASE_MIN_SHARE = 0.6


class NoticeTooLong(ValueError):
    """More than NOTICE_MAX characters: not a notice, and not read."""


@dataclass(frozen=True)
class Candidate:
    case: str
    # The case's share of all the evidence, 0 to 1.
    score: float


@dataclass(frozen=True)
class NoticeReading:
    case: str | None
    candidates: tuple[Candidate, ...]
    marketplace: str | None
    language: str | None
    notice_date: datetime.date | None
    due_date: datetime.date | None
    asins: tuple[str, ...]
    order_ids: tuple[str, ...]
    complaint_id: str | None
    rights_owner: str | None
    rights_owner_email: str | None
    policy: str | None
    documents: tuple[str, ...]
    # Where each proposal came from: its name (as above) -> the line of the notice.
    excerpts: dict[str, str] = field(default_factory=dict)
    # Why it may not be from Amazon (the sender check's reasons); empty when nothing is wrong.
    phishing: tuple[Reason, ...] = ()

    @property
    def unsure(self) -> bool:
        """No case, or several that fit: the seller chooses."""
        return self.case is None

    def as_json(self) -> dict:
        """The shape `manage.py readnotice` prints: unknown values are null."""
        return {
            "case": self.case,
            "candidates": [{"case": c.case, "score": c.score} for c in self.candidates],
            "marketplace": self.marketplace,
            "language": self.language,
            "dates": {
                "notice_date": self.notice_date.isoformat() if self.notice_date else None,
                "due_date": self.due_date.isoformat() if self.due_date else None,
            },
            "facts": {
                "asins": list(self.asins),
                "order_ids": list(self.order_ids),
                "complaint_id": self.complaint_id,
                "rights_owner": self.rights_owner,
                "rights_owner_email": self.rights_owner_email,
                "policy": self.policy,
                "documents": list(self.documents),
            },
            "excerpts": dict(self.excerpts),
            "phishing": [reason.rule for reason in self.phishing],
        }


_CASE_RES = {case: phrases_re(phrases) for case, phrases in CASE_PHRASES.items()}
_POLICY_RES = {name: phrases_re(phrases) for name, phrases in POLICIES.items()}
_DOCUMENT_RES = {name: phrases_re(phrases) for name, phrases in DOCUMENTS.items()}
_MARKET_NAME_RES = {code: phrases_re(names) for code, names in MARKET_NAMES.items()}
_WORD_RE = re.compile(r"[^\W\d_]{1,30}")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_DOMAIN_RE = re.compile(
    r"(?<![A-Za-z0-9_-])(?P<host>(?:sellercentral|www|seller-performance|seller-verification)[.@])?"
    r"amazon\.(?P<tld>com\.mx|co\.uk|co\.jp|com|ca|de|fr|it|es|in)(?![A-Za-z0-9_-]|\.[a-z])",
    re.IGNORECASE,
)
_SELLERCENTRAL_EUROPE = "sellercentral-europe."
_TLD_MARKETS = {market.tld: market.code for market in MARKETS}
_CURRENCY_RE = re.compile(
    r"(?P<cad>CDN\$|CA\$|C\$|CAD)|(?P<mxn>MX\$|MXN)|(?P<usd>US\$|USD|\$)|(?P<gbp>£|GBP)"
    r"|(?P<eur>€|EUR)|(?P<jpy>円|JPY|日元)|(?P<inr>₹|INR|Rs\.)"
)
_CURRENCY_MARKETS = {"cad": "CA", "mxn": "MX", "usd": "US", "gbp": "UK", "jpy": "JP", "inr": "IN"}
_ASIN_RE = re.compile(r"(?<![A-Za-z0-9])B0[A-Z0-9]{8}(?![A-Za-z0-9])")
_ISBN_RE = re.compile(r"(?<![A-Za-z0-9-])\d{9}[\dX](?![A-Za-z0-9-])")
_ASIN_LABEL_RE = re.compile(r"(?<![a-z])(?:asin|isbn)", re.IGNORECASE)
_ORDER_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
_LABEL_VALUE = r"[ \t]{0,3}(?:\([^)\n]{0,30}\))?[ \t]{0,3}[:：#-]?[ \t]{0,3}"
_COMPLAINT_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(label) for label in sorted(COMPLAINT_ID_LABELS, key=len, reverse=True))
    + ")"
    + _LABEL_VALUE
    + r"(?P<id>\d{5,15})(?!\d)",
    re.IGNORECASE,
)
_RIGHTS_OWNER_RE = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(label) for label in sorted(RIGHTS_OWNER_LABELS, key=len, reverse=True))
    + ")"
    + r"[ \t]{0,3}[:：][ \t]{0,3}(?P<value>[^\n]{1,200})",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}")
_EMPTY_BRACKETS_RE = re.compile(r"\([ \t]{0,3}\)|（[ \t]{0,3}）|<[ \t]{0,3}>|\[[ \t]{0,3}\]")
_FORWARD_RE = re.compile(
    r"-{3,} ?(?:forwarded message|original message|weitergeleitete nachricht|message transféré"
    r"|messaggio inoltrato|mensaje reenviado|転送されたメッセージ|转发的邮件)",
    re.IGNORECASE,
)
_DATE_LABEL_RE = re.compile(
    r"^[ \t>]{0,10}(?:"
    + "|".join(re.escape(label) for label in sorted(DATE_LABELS, key=len, reverse=True))
    + r")[ \t]{0,3}[:：]",
    re.IGNORECASE | re.MULTILINE,
)


def _isbn10_ok(value: str) -> bool:
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(value))
    return total % 11 == 0


def detect_language(text: str) -> str | None:
    if len(_KANA_RE.findall(text)) >= 5:
        return "ja"
    if len(_HAN_RE.findall(text)) >= 10:
        return "zh"
    counts: Counter[str] = Counter()
    for word in _WORD_RE.findall(text.lower()):
        for language, words in STOPWORDS.items():
            if word in words:
                counts[language] += 1
    if not counts:
        return None
    (best, top), *rest = counts.most_common(2) + [("", 0)]
    return best if top >= 2 and top > rest[0][1] else None


def _score_cases(text: str) -> tuple[list[Candidate], dict[str, int], dict[str, str]]:
    scores: dict[str, int] = {}
    excerpts: dict[str, str] = {}
    for case, pattern in _CASE_RES.items():
        weights = CASE_PHRASES[case]
        seen: dict[str, int] = {}
        for match in phrase_matches(pattern, text):
            seen.setdefault(match.group(0).lower(), match.start())
        if not seen:
            continue
        scores[case] = sum(weights[phrase] for phrase in seen)
        strongest = max(seen, key=lambda phrase: (weights[phrase], -seen[phrase]))
        excerpts[case] = excerpt_at(text, seen[strongest])
    total = sum(scores.values())
    candidates = sorted(
        (Candidate(case, round(score / total, 2)) for case, score in scores.items()),
        key=lambda candidate: (-candidate.score, candidate.case),
    )
    return candidates, scores, excerpts


def _choose_case(candidates: list[Candidate], raw: dict[str, int]) -> str | None:
    if not candidates:
        return None
    best = candidates[0].case
    runner_up = raw.get(candidates[1].case, 0) if len(candidates) > 1 else 0
    if raw[best] < CASE_MIN_SCORE or raw[best] < CASE_LEAD * runner_up:
        return None
    if candidates[0].score < CASE_MIN_SHARE:
        return None
    return best


def _marketplace(text: str, language: str | None) -> tuple[str | None, str]:
    votes: Counter[str] = Counter()
    where: dict[str, int] = {}
    for match in _DOMAIN_RE.finditer(text):
        if text[max(0, match.start() - 21) : match.start()].lower().endswith(_SELLERCENTRAL_EUROPE):
            continue
        code = _TLD_MARKETS.get(match["tld"].lower())
        if code is None:
            continue
        # amazon.com is also the address of Amazon's global teams: a weaker sign.
        weight = 1 if code == "US" and not match["host"] else 3
        votes[code] += weight
        where.setdefault(code, match.start())
    for match in _CURRENCY_RE.finditer(text):
        kind = match.lastgroup or ""
        code = EURO_MARKETS.get(language or "") if kind == "eur" else _CURRENCY_MARKETS.get(kind)
        if kind == "jpy" and language == "zh" and match.group(0) != "日元":
            code = None
        if code:
            votes[code] += 2
            where.setdefault(code, match.start())
    for code, pattern in _MARKET_NAME_RES.items():
        name_match = first_phrase(pattern, text)
        if name_match:
            votes[code] += 2
            where.setdefault(code, name_match.start())
    if language in LANGUAGE_MARKETS:
        votes[LANGUAGE_MARKETS[language]] += 1
        # The language is all over the notice: its first line stands for it.
        where.setdefault(LANGUAGE_MARKETS[language], len(text) - len(text.lstrip()))
    if not votes:
        return None, ""
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None, ""
    code = ranked[0][0]
    return code, excerpt_at(text, where[code]) if code in where else ""


def _dates(
    text: str, language: str | None, marketplace: str | None
) -> tuple[datetime.date | None, datetime.date | None, dict[str, str]]:
    month_first = language == "en" and marketplace in (None, "US")
    dates = find_dates(text, month_first=month_first)
    # In a forwarded e-mail the notice's own "Date:" follows the last forwarding marker.
    forwards = list(_FORWARD_RE.finditer(text))
    after = forwards[-1].end() if forwards else 0
    # `^` in MULTILINE mode: each label's match starts its line.
    labelled = {m.start() for m in _DATE_LABEL_RE.finditer(text)}
    notice = None
    for candidate in dates:
        if _line_start_in(text, candidate.start, labelled) and candidate.start >= after:
            notice = candidate
            break
    if notice is None:
        notice = next((d for d in dates if _line_start_in(text, d.start, labelled)), None)
    if notice is None:
        notice = next((d for d in dates if not d.deadline), None)
    excerpts: dict[str, str] = {}
    due = next((d for d in dates if d.deadline and d is not notice), None)
    due_date = due.value if due else None
    if due:
        excerpts["due_date"] = excerpt_at(text, due.start)
    notice_date = notice.value if notice else None
    if notice:
        excerpts["notice_date"] = excerpt_at(text, notice.start)
    if due_date is None and notice_date is not None:
        relative = relative_deadline(text, notice_date)
        if relative:
            due_date = relative[0]
            excerpts["due_date"] = excerpt_at(text, relative[1])
    return notice_date, due_date, excerpts


def _line_start_in(text: str, position: int, starts: set[int]) -> bool:
    # A label's line is short: looking back 200 characters is enough, and bounded.
    return text.rfind("\n", max(0, position - 200), position) + 1 in starts


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _asins(text: str, excerpts: dict[str, str]) -> tuple[str, ...]:
    found = [(m.start(), m.group(0)) for m in _ASIN_RE.finditer(text)]
    complaint_ids = {m["id"] for m in _COMPLAINT_RE.finditer(text)}
    for match in _ISBN_RE.finditer(text):
        value = match.group(0)
        line = excerpt_at(text, match.start())
        if value not in complaint_ids and _ASIN_LABEL_RE.search(line) and _isbn10_ok(value):
            found.append((match.start(), value))
    found.sort()
    if found:
        excerpts["asins"] = excerpt_at(text, found[0][0])
    return _unique([value for _, value in found])


def _rights_owner(text: str, excerpts: dict[str, str]) -> tuple[str | None, str | None]:
    match = _RIGHTS_OWNER_RE.search(text)
    if match is None:
        return None, None
    value = match["value"]
    email_match = _EMAIL_RE.search(value)
    # The name without its address, and without the brackets the address was in.
    bare = _EMPTY_BRACKETS_RE.sub("", _EMAIL_RE.sub("", value))
    name = bare.strip(" \t,;:()（）<>[]|-–—").strip() or None
    if name and len(name) > 120:
        name = name[:120].strip()
    excerpts["rights_owner"] = excerpt_at(text, match.start())
    email = email_match.group(0) if email_match else None
    if email is None:
        # The address is often on one of the next three lines ("E-Mail: legal@…").
        block_end = match.end()
        for _ in range(3):
            next_end = text.find("\n", block_end + 1)
            block_end = len(text) if next_end == -1 else next_end
        for candidate in _EMAIL_RE.finditer(text, match.end(), block_end):
            if "@amazon." not in candidate.group(0).lower():
                email = candidate.group(0)
                excerpts["rights_owner_email"] = excerpt_at(text, candidate.start())
                break
    elif "@amazon." in email.lower():
        email = None
    else:
        excerpts["rights_owner_email"] = excerpts["rights_owner"]
    return name, email.rstrip(".") if email else None


def _first_named(text: str, patterns: dict[str, re.Pattern[str]]) -> list[tuple[int, str]]:
    found = []
    for name, pattern in patterns.items():
        match = first_phrase(pattern, text)
        if match:
            found.append((match.start(), name))
    return sorted(found)


def read_notice(text: str) -> NoticeReading:
    """What the notice says, each proposal with its excerpt; NoticeTooLong past the cap."""
    if len(text) > NOTICE_MAX:
        raise NoticeTooLong(f"A notice is at most {NOTICE_MAX} characters.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    excerpts: dict[str, str] = {}
    language = detect_language(text)
    candidates, raw_scores, case_excerpts = _score_cases(text)
    case = _choose_case(candidates, raw_scores)
    if case:
        excerpts["case"] = case_excerpts[case]
    marketplace, market_excerpt = _marketplace(text, language)
    if market_excerpt:
        excerpts["marketplace"] = market_excerpt
    notice_date, due_date, date_excerpts = _dates(text, language, marketplace)
    excerpts.update(date_excerpts)
    asins = _asins(text, excerpts)
    orders = list(_ORDER_RE.finditer(text))
    if orders:
        excerpts["order_ids"] = excerpt_at(text, orders[0].start())
    complaint = _COMPLAINT_RE.search(text)
    if complaint:
        excerpts["complaint_id"] = excerpt_at(text, complaint.start())
    rights_owner, rights_owner_email = _rights_owner(text, excerpts)
    policies = _first_named(text, _POLICY_RES)
    if policies:
        excerpts["policy"] = excerpt_at(text, policies[0][0])
    documents = _first_named(text, _DOCUMENT_RES)
    return NoticeReading(
        case=case,
        candidates=tuple(candidates),
        marketplace=marketplace,
        language=language,
        notice_date=notice_date,
        due_date=due_date,
        asins=asins,
        order_ids=_unique([m.group(0) for m in orders]),
        complaint_id=complaint["id"] if complaint else None,
        rights_owner=rights_owner,
        rights_owner_email=rights_owner_email,
        policy=policies[0][1] if policies else None,
        documents=tuple(name for _, name in documents),
        excerpts=excerpts,
        phishing=_phishing_signs(text),
    )


# Amazon's own notices set deadlines in hours ("submit a plan within 72 hours"): without the
# e-mail's headers a deadline alone cannot tell a genuine notice from a fake one, so it is
# shown only beside another sign.
NOT_A_SIGN_ALONE = frozenset({"pressure.deadline"})


def _phishing_signs(text: str) -> tuple[Reason, ...]:
    reasons = check_text_for_phishing_requests(text)
    if all(reason.rule in NOT_A_SIGN_ALONE for reason in reasons):
        return ()
    return tuple(reasons)
