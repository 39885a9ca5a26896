"""Facts that cannot all be true: rates against Amazon's targets, counts, hours, account numbers.

Read from the letter's text and, when the wizard passes them, from its answers (`facts`).
Every pattern here is bounded or linear: no nested repetition over user text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.fast_regex import compile_rule
from letters.checks.findings import Severity
from letters.checks.rule import BODY, Hit, Letter, RuleBook

book = RuleBook(*Audience)

_NUMBER = r"(\d{1,3}(?:[.,]\d{1,3})?)"
# "an ODR of 0.8%, above Amazon's target of less than 1%": the rate, a direction, the target.
RATE_VS_TARGET = compile_rule(
    rf"{_NUMBER}\s?%[^.!?\n%]{{0,80}}?\b(?P<dir>above|over|exceed\w{{0,3}}|higher\s+than|beyond"
    r"|below|under|within|lower\s+than|less\s+than|meets?|meeting)\b"
    rf"[^.!?\n%]{{0,50}}?\b(?:target|threshold|limit|requirement|standard|goal)\b"
    rf"[^.!?\n%\d]{{0,30}}{_NUMBER}\s?%",
    re.I,
)
# "an ODR of 0.7% went above Amazon's 1% target": the target's figure before its word.
RATE_VS_TARGET_BEFORE = compile_rule(
    rf"{_NUMBER}\s?%[^.!?\n%]{{0,80}}?\b(?P<dir>above|over|exceed\w{{0,3}}|higher\s+than|beyond"
    r"|below|under|within|lower\s+than|less\s+than|meets?|meeting)\b"
    rf"[^.!?\n%\d]{{0,30}}{_NUMBER}\s?%\s+(?:[a-z-]+\s+)?(?:target|threshold|limit|goal)\b",
    re.I,
)
_UP = ("above", "over", "exceed", "higher", "beyond")
# "our ODR of 1.3%" … "our ODR of 3.1%": the same rate given twice with two figures. A figure
# after a direction or target word ("ODR under 1%") is a target, not the rate.
ODR_FIGURE = compile_rule(
    r"\b(?:odr|order\s+defect\s+rate)\b(?P<between>[^.!?\n%\d]{0,25}?)(\d{1,3}(?:[.,]\d{1,2})?)\s?%",
    re.I,
)
_NOT_THE_RATE = compile_rule(
    r"\b(?:under|below|above|over|less|more|than|target|limit|threshold|back|to|within|goal"
    r"|required|requirement|maximum|max)\b",
    re.I,
)
# "26 hours a day", "8 days a week": more than the day or the week holds. The unit is found
# first (the engine skips to its letters), then the number before it.
PER_UNIT = compile_rule(
    r"(?:hours?|hrs?|days?)\s+(?:a|per|each|every)\s+(?:day|week)\b",
    re.I,
)
_NUMBER_BEFORE = compile_rule(r"(\d{1,4})\s+$")
# "after receiving the notice, on 2 Nov 2026 we…": an action after the notice, dated before it.
AFTER_NOTICE = compile_rule(
    r"\bafter\s+(?:receiving|we\s+received|getting|we\s+got|reading)\s+(?:the|your|amazon['’]s"
    r"|this)\s+(?:\w+\s+)?(?:notice|notification|complaint|e-?mail|message|warning)",
    re.I,
)
NOTICE_DATE = compile_rule(
    r"\b(?:notice|notification|complaint|warning|e-?mail)\s+(?:of|dated|from|on)\s+$"
    r"|\breceived\s+(?:the|your)\s+(?:\w+\s+)?(?:notice|notification|complaint|e-?mail|warning)"
    r"\s+on\s+$",
    re.I,
)
# "a bill dated 3 Jan 2025, which is within the last 90 days".
WITHIN_LAST = compile_rule(
    r"[^.!?\n]{0,40}?\bwithin\s+the\s+(?:last|past)\s+(\d{1,3})\s+days\b", re.I
)
# "closed on 15 September until 3 September": a period that ends before it starts.
UNTIL = compile_rule(r"[^.!?\n\d]{0,60}?\b(?:until|till)\s+$", re.I)
# "12 of our 5 orders", "12 out of 5 orders". Case-sensitive and starting with a digit, so
# the regex engine skips straight to the numbers (the digit before is checked in Python).
COUNT_OF = compile_rule(
    r"(\d{1,6})\s+(?:[Oo]f|[Oo]ut\s+of|der|von|de|des|di|dei|delle)\s+"
    r"(?:our|the|my|all|these|those|its|their|your)?\s*"
    r"(\d{1,6})(?![\d.,/-])\s+[A-Za-z]"
)
# "within 0 hours", "replies within 200 hours" (more than a week is no promise).
HOURS = compile_rule(
    r"(?:within|in)\s+(\d{1,6}|zero)\s*(?:business\s+|working\s+)?(hours?|hrs?|days?)\b", re.I
)
# A long time is only no promise when it is a reply or a delivery: "a bill dated within 90
# days" is a document's age.
_PROMISED_SPEED = compile_rule(
    r"\b(?:repl\w*|answer\w*|respon\w*|ship\w*|dispatch\w*|deliver\w*|arriv\w*|refund\w*"
    r"|resolv\w*|messages?)\b",
    re.I,
)
MAX_REPLY_HOURS = 168
MAX_REPLY_DAYS = 30
# An account or card number shown in full: 8 or more digits after the word, or an IBAN.
ACCOUNT = compile_rule(
    r"\b(?:account|acct|iban|card|bank)\s{0,3}(?:number|no\.?|#)?\s{0,3}(?:is|:|ending\s+in)?"
    r"\s{0,3}(\d[\d -]{6,30}\d)"
    r"|\blast\s+(?:4|four)\s+digits\b[^\d.!?\n]{0,25}(\d[\d -]{0,30}\d|\d)",
    re.I,
)
# An IBAN written out: two capital letters, two check digits and at least 12 more characters.
# The last group may be short (a Dutch IBAN has 18 characters: NL91ABNA0417164300).
# Two single letters, not [A-Z]{2}: a class first lets the engine skip to capitals.
IBAN = compile_rule(r"[A-Z][A-Z]\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")
# The countries that issue IBANs: a tracking number ("JD014600003812345678") starts otherwise.
_IBAN_COUNTRY_CODES = (
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI"
    " GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL"
    " NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE"
)
IBAN_COUNTRIES = frozenset(_IBAN_COUNTRY_CODES.split())
ACCOUNT_NEEDLES = ("account", "acct", "iban", "card", "bank", "last 4", "last four")
# An address with an @ whose domain has no dot (or ends in one): "li@brightleaf".
# The @ of an address whose domain has no dot (or ends in one): "li@brightleaf". The pattern
# starts at the @, so the engine skips straight to each one.
BAD_EMAIL = compile_rule(
    r"@(?<=[\w.+-]@)(?![\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-zA-Z]{2,})[\w.-]{0,64}"
)
GOOD_EMAIL = compile_rule(r"^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,24}$", re.I)


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _scan(
    pattern: re.Pattern[str], text: str, lowered: str, *needles: str
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` in `text`, skipping the scan when no needle is in `lowered`."""
    if any(needle in lowered for needle in needles):
        yield from pattern.finditer(text)


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NAMES = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zA-Z]{0,6}\.?"
# A date that must lie in the past: "since 25 December 2026", "shipped on 2026-12-25". What makes a date one that must lie in the past, read in the 40 characters before it.
PAST_CUE = compile_rule(
    r"\b(?:since|dated|(?:notice|letter|e-?mail|invoice|complaint)\s+(?:of|dated|from)"
    r"|(?:shipped|sent|dispatched|delivered|ordered|received|opened|filed|deactivated|suspended"
    r"|updated|returned|refunded|issued)\s+on)\s+$",
    re.I,
)
# A day the calendar does not have: "31 April", "30 February", "2026-13-01".
BAD_DATE = compile_rule(
    r"(?:3[01]|29)\.?\s+(?i:feb(?:ruary)?|februar|février|febbraio|febrero)\b"
    r"|31\.?\s+(?i:apr(?:il)?|june?|sept?(?:ember)?|nov(?:ember)?)\b"
    r"|(?:3[2-9]|[4-9]\d)\s+(?i:" + "|".join(_MONTHS) + r")\b|20\d\d-(?:1[3-9]|[2-9]\d|00)-\d\d\b"
)
PERCENT = compile_rule(r"(\d{1,6}(?:[.,]\d{1,3})?)\s?%")
# A rate above 100% ("an Order Defect Rate of 130%"), its word in the 50 characters before.
RATE_WORD = compile_rule(
    r"\b(?:rate|odr|defect|cancellation|late|tracking|ratio|percentage|refund|discount)", re.I
)


# Dates, digit first so the engine skips to digits, with or without the year ("15 September",
# "3 Jan 2025", "2026-11-02"); a date without its year takes the year of the letter's notice.
LOOSE_DATE = compile_rule(
    r"(\d{1,2})\.?\s+(" + _MONTH_NAMES + r")(?:,?\s+(\d{4}))?\b|(\d{4})-(\d{2})-(\d{2})\b"
)


def _loose_date(match: re.Match[str], year: int) -> datetime.date | None:
    try:
        if match.group(1):
            month = [m[:3] for m in _MONTHS].index(match.group(2).lower()[:3]) + 1
            return datetime.date(int(match.group(3) or year), month, int(match.group(1)))
        return datetime.date(int(match.group(4)), int(match.group(5)), int(match.group(6)))
    except ValueError:
        return None


def _fact_date(value: object) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _glued(text: str, start: int, characters: str) -> bool:
    """Whether the match at `start` continues a word or one of `characters` before it."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in characters)


# Every date (and every day the calendar does not have) is a number, white space and a
# month's name, or a year, a dash and a digit: the digit starts the hint, so the engine skips
# straight to digits.
DATE_HINT = compile_rule(
    r"\d(?:\.?\s+(?:jan|feb|f[eé]v|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|-\d)", re.I
)
# The same days written month first: "June 31", "February 30".
BAD_DATE_MONTH_FIRST = compile_rule(
    r"\b(?i:feb(?:ruary)?)\.?\s+(?:3[01])(?!\d)|\b(?i:apr(?:il)?|june?|sept?(?:ember)?"
    r"|nov(?:ember)?)\.?\s+31(?!\d)"
)
_MONTHS_WITHOUT_31 = ("feb", "apr", "jun", "sep", "nov")
# Every rate against a target holds one of these.
_TARGET_WORDS = ("target", "threshold", "limit", "requirement", "standard", "goal")


def _text_hits(letter: Letter) -> Iterator[Hit]:
    body = letter.body
    lowered = body.lowered if body.lowered is not None else body.text.lower()
    if "%" in lowered:
        for pattern in (RATE_VS_TARGET, RATE_VS_TARGET_BEFORE):
            for match in body.finditer_near(pattern, _TARGET_WORDS, neighbours=False):
                rate, target = _number(match.group(1)), _number(match.group(3))
                if rate is None or target is None:
                    continue
                up = match.group("dir").lower().startswith(_UP)
                if (up and rate <= target) or (not up and rate > target):
                    yield Hit(BODY, *body.sentence_at(match.start()))
        yield from _odr_figures(letter)
    for match in body.finditer(PER_UNIT):
        number = _NUMBER_BEFORE.search(body.text, max(0, match.start() - 8), match.start())
        if number is None or _glued(body.text, number.start(), ".,"):
            continue
        amount, said = int(number.group(1)), match.group().lower()
        hours_a_day = said.startswith("h") and said.endswith("day")
        days_a_week = said.startswith("d") and said.endswith("week")
        if (hours_a_day and amount > 24) or (days_a_week and amount > 7):
            yield Hit(BODY, *body.sentence_at(number.start()))
    for match in body.finditer_at(COUNT_OF, _after_a_number(lowered, _COUNT_WORDS), 16, 60):
        if _glued(body.text, match.start(), "0123456789.,/-"):
            continue
        if int(match.group(1)) > int(match.group(2)):
            yield Hit(BODY, *body.sentence_at(match.start()))
    for match in body.finditer_near(HOURS, ("within", " in 0", " in zero")):
        if _glued(body.text, match.start(), "_"):
            continue
        if match.group().lower().startswith("in") and match.group(1) not in ("0", "zero"):
            continue  # "in 5 days" is a plain estimate; only "in 0 days" cannot be
        amount = 0 if match.group(1).lower() == "zero" else int(match.group(1))
        unit = match.group(2).lower()
        limit = MAX_REPLY_DAYS if unit.startswith("day") else MAX_REPLY_HOURS
        promised = _PROMISED_SPEED.search(body.text, max(0, match.start() - 60), match.start())
        if amount == 0 or (amount > limit and promised):
            yield Hit(BODY, *body.sentence_at(match.start()))
    for match in body.finditer_around(ACCOUNT, ACCOUNT_NEEDLES, 0, 100):
        digits = re.sub(r"\D", "", match.group(1) or match.group(2))
        last_four = match.group(2) is not None
        if (last_four and len(digits) != 4) or (not last_four and len(digits) >= 8):
            yield Hit(BODY, *body.sentence_at(match.start()))
    # Where a date can be: one scan, shared by the date patterns (month names alone are in
    # too many words: "summary", "may", "decided").
    hints = [match.start() for match in body.finditer(DATE_HINT)]
    if hints:
        yield from _dates(letter, hints)
    for match in body.finditer_at(BAD_DATE, hints, 12, 24):
        if not _glued(body.text, match.start(), ""):
            yield Hit(BODY, *body.sentence_at(match.start()))
    for match in body.finditer_around(BAD_DATE_MONTH_FIRST, _MONTHS_WITHOUT_31, 1, 16):
        yield Hit(BODY, *body.sentence_at(match.start()))
    for match in body.finditer_around(PERCENT, ("%",), 14, 1):
        rate = _number(match.group(1))
        window = body.text[max(0, match.start() - 50) : match.start()]
        glued = _glued(body.text, match.start(), ".,")
        if rate is not None and rate > 100 and not glued and RATE_WORD.search(window):
            yield Hit(BODY, *body.sentence_at(match.start()))
    for match in IBAN.finditer(body.text):
        if _glued(body.text, match.start(), "") or match.group()[:2] not in IBAN_COUNTRIES:
            continue
        yield Hit(BODY, *body.sentence_at(match.start()))
    # One hit per sentence: after one, the search resumes at the next sentence.
    position = 0 if "@" in lowered else len(body.text)
    while (email := BAD_EMAIL.search(body.text, position)) is not None:
        start, sentence = body.sentence_at(email.start())
        yield Hit(BODY, start, sentence)
        position = max(email.end(), body.sentence_end(email.start()))


_NOT_THE_RATE_NOW = compile_rule(
    r"\b(?:now|current\w*|today|down|fell|dropped|reduced|improved|lowered|new)\b", re.I
)


def _odr_figures(letter: Letter) -> Iterator[Hit]:
    """The Order Defect Rate given with two figures, or with one the wizard's answer denies."""
    body = letter.body
    stated = _as_number(letter.facts.get("odr_percent"))
    figures: dict[Decimal, int] = {}
    for match in body.finditer_near(ODR_FIGURE, ("odr", "order defect rate"), neighbours=False):
        between = match.group("between")
        if _NOT_THE_RATE.search(between) or _NOT_THE_RATE_NOW.search(between):
            continue
        figure = _number(match.group(2))
        if figure is not None:
            figures.setdefault(figure, match.start())
    if len(figures) > 1 or (stated is not None and figures and stated not in figures):
        position = max(figures.values())
        yield Hit(BODY, *body.sentence_at(position))


_COUNT_WORDS = (" of ", " der ", " von ", " de ", " des ", " di ", " dei ", " delle ")


def _after_a_number(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Where one of `words` follows a number ("12 of"): the only places a count can be."""
    positions = []
    for word in words:
        position = lowered.find(word)
        while position >= 0:
            before = position
            while before > 0 and lowered[before - 1].isspace():
                before -= 1  # each run of white space is walked once: it ends at one word
            if before > 0 and lowered[before - 1].isdigit():
                positions.append(position)
            position = lowered.find(word, position + 1)
    return sorted(positions)


def _dates(letter: Letter, hints: list[int]) -> Iterator[Hit]:
    """Dates that cannot be: a past event dated in the future, an action "after the notice"
    dated before it, a document "within the last 90 days" that is older, a period that ends
    before it starts."""
    body = letter.body
    text = body.text
    today = timezone.localdate()
    notice = _fact_date(letter.facts.get("notice_date"))
    year = (notice or today).year
    dates = [
        (match, date)
        for match in body.finditer_at(LOOSE_DATE, hints, 12, 24)
        if (date := _loose_date(match, year)) is not None
    ]
    for match, date in dates:
        # Only a date with its year can be told to lie in the future.
        has_year = match.group(3) or match.group(4)
        window = text[max(0, match.start() - 40) : match.start()]
        if date > today and has_year and PAST_CUE.search(window):
            yield Hit(BODY, *body.sentence_at(match.start()))
    if notice is None:
        for match, date in dates:
            if NOTICE_DATE.search(text[max(0, match.start() - 60) : match.start()]):
                notice = date
                break
    reference = notice or today
    previous: tuple[re.Match[str], datetime.date] | None = None
    for match, date in dates:
        if notice is not None and date < notice:
            start, sentence = body.sentence_at(match.start())
            if AFTER_NOTICE.search(sentence):
                yield Hit(BODY, start, sentence)
        within = WITHIN_LAST.match(text, match.end())
        if within and date < reference - datetime.timedelta(days=int(within.group(1))):
            yield Hit(BODY, *body.sentence_at(match.start()))
        if (
            previous is not None
            and previous[1] > date
            and UNTIL.match(text, previous[0].end(), match.start())
        ):
            yield Hit(BODY, *body.sentence_at(match.start()))
        previous = (match, date)


# Events in the order they must happen: a parcel is scanned or shipped before it is delivered.
_BEFORE_DELIVERY = ("ship", "scan", "dispatch", "order")


def _as_number(value: object) -> Decimal | None:
    """A number the wizard stored as a number or as the text typed ("0.8", "12")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,9}(?:[.,]\d{1,6})?\s*%?\s*", value):
        return _number(value.strip().rstrip("%").strip())
    return None


def _fact_problems(raw: dict) -> Iterator[str]:
    """Short English descriptions of answers that contradict each other or Amazon's rules."""
    facts = {name: _as_number(value) for name, value in raw.items()}
    odr, target = facts.get("odr_percent"), facts.get("odr_target")
    if isinstance(odr, Decimal) and isinstance(target, Decimal) and odr <= target:
        yield f"Order Defect Rate {odr}% is not above the target {target}%"
    claims, orders = facts.get("claim_count"), facts.get("order_count")
    if isinstance(claims, Decimal) and isinstance(orders, Decimal) and claims > orders:
        yield f"{claims} claims on {orders} orders"
    for name in ("reply_hours", "refund_hours", "deadline_hours"):
        hours = facts.get(name)
        if isinstance(hours, Decimal) and (hours <= 0 or hours > MAX_REPLY_HOURS):
            yield f"{name.replace('_', ' ')}: {hours}"
    last4 = raw.get("bank_last4")
    if isinstance(last4, int) and not isinstance(last4, bool):
        last4 = str(last4)
    if isinstance(last4, str) and last4 and not re.fullmatch(r"\d{4}", last4.strip()):
        yield "bank account: only the last 4 digits"
    today = timezone.localdate()
    for name, value in raw.items():
        date = value if isinstance(value, datetime.date) else None
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            try:
                date = datetime.date.fromisoformat(value.strip())
            except ValueError:
                yield f"{name.replace('_', ' ')}: {value} is not a date"
        if date is not None and date > today:
            yield f"{name.replace('_', ' ')}: {date.isoformat()} is in the future"
        number = facts.get(name)
        if name.endswith(("_percent", "_target")) and number is not None and not 0 <= number <= 100:
            yield f"{name.replace('_', ' ')}: {number}%"
        if name.endswith("_count") and number is not None and number < 0:
            yield f"{name.replace('_', ' ')}: {number}"
    for name, value in raw.items():
        if isinstance(value, str) and value.strip().endswith("%"):
            number = _as_number(value)
            if number is not None and number > 100 and not name.endswith(("_percent", "_target")):
                yield f"{name.replace('_', ' ')}: {value.strip()}"
    delivered = next(
        (date for name, value in raw.items() if "deliver" in name and (date := _fact_date(value))),
        None,
    )
    if delivered is not None:
        for name, value in raw.items():
            date = _fact_date(value)
            if (
                date is not None
                and date > delivered
                and any(word in name for word in _BEFORE_DELIVERY)
            ):
                yield f"{name.replace('_', ' ')}: {date.isoformat()} is after the delivery"
    held, gone = facts.get("units_held"), facts.get("units_destroyed")
    if isinstance(held, Decimal) and isinstance(gone, Decimal) and gone > held:
        yield f"{gone} units destroyed of {held} held"
    email = raw.get("account_email")
    if isinstance(email, str) and email and not GOOD_EMAIL.match(email.strip()):
        yield f"e-mail address {email[:80]}"


@book.rule(
    "common.inconsistent_facts",
    Severity.ERROR,
    _(
        "These facts cannot all be true (a rate against Amazon's target, a count, a number of "
        "hours, a full account number or an e-mail address). Correct them before sending."
    ),
)
def inconsistent_facts(letter: Letter) -> Iterator[Hit]:
    seen: set[str] = set()
    for hit in _text_hits(letter):
        if hit.excerpt not in seen:
            seen.add(hit.excerpt)
            yield hit
    for problem in _fact_problems(dict(letter.facts)):
        yield Hit(BODY, len(letter.body.text), problem)


RULES = book.rules
