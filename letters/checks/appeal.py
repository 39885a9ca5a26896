"""Rules for appeals: a Plan of Action in three concrete, accountable parts.

The parts are found by meaning (`plan.plan_parts`): under any reasonable heading or in prose.
A part with nothing specific in it (no date, number, ID, named document, tool, supplier, role
or frequency) is an error, as is a promise with nothing to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.fast_regex import compile_rule
from letters.checks.findings import Severity
from letters.checks.plan import CORRECTIVE, PREVENTIVE, ROOT, part_texts, plan_parts
from letters.checks.rule import BODY, MISSING, Check, Hit, Letter, RuleBook
from letters.checks.text import nearly_identical, shorten

ERROR, WARNING = Severity.ERROR, Severity.WARNING

book = RuleBook(Audience.AMAZON, appeals_only=True)

# Dates, numbers and IDs all carry a digit (a promised "100%" is no detail); the words
# name a process, a document, a tool, a supplier, a role or a frequency.
CONCRETE = compile_rule(
    r"(?<!\d)(?!100\s*%|100\s+per\s*cent)\d"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|dozen"
    r"|checklists?|sops?|standard\s+operating\s+procedures?|software|spreadsheets?|databases?"
    r"|training|trained|manager|supervisor|officer|auditor|inspector|inspections?|inspect\w*"
    r"|audits?|audited|daily|weekly|monthly|quarterly|annually|every\s+(?:day|week|month|order"
    r"|shipment)|invoices?|receipts?|licen[cs]es?|certificates?|test\s+reports?|brand\s+registry"
    r"|seller\s+central|account\s+health|asins?|skus?|order\s+ids?|suppliers?|manufacturers?"
    r"|factory|documents?|photos?|lab|laborator\w+|helium\s*10|jungle\s+scout|excel"
    r"|google\s+sheets?|erp|crm|zendesk|sellerboard|(?:team|warehouse|support|quality|qc|operations"
    r"|shipping|listing|design|product|it)\s+lead(?:er)?|ceo|coo|owner|founder"
    r"|director|head\s+of\s+\w+|specialist|coordinator|qc|qa|compliance\s+officer"
    r"|(?:each|every|per)\s+(?:\w+\s+)?(?:day|week|month|quarter|year|order|shipment|listing"
    r"|batch|sku|asin|message|claim|return)|within\s+(?:one|two|three)"
    r"|(?:mr|ms|mrs|dr)\.?\s+[a-z]+|id\s+cards?|passports?|utility\s+bills?|bank\s+statements?"
    r"|notari\w+|translations?|(?:each|every|per)\s+(?!effort|possible|way\b)[a-z]+)\b",
    re.I,
)
# A root cause names what went wrong in plain words; it is only hollow when it is a
# commonplace ("a mistake", "negligence", "human error") or a few words with no detail.
HOLLOW_CAUSE = compile_rule(
    r"\b(?:mistakes?|errors?|negligen\w*|careless\w*|oversights?|not\s+(?:pay(?:ing)?\s+)?"
    r"(?:enough\s+)?(?:attention|careful)|lack\s+of\s+(?:attention|experience|knowledge|care)"
    r"|misunderstand\w*|none|n/a|unknown|we\s+do\s+not\s+know)\b",
    re.I,
)
MIN_CAUSE_WORDS = 8
# "That was our mistake: the card belongs to the wrong legal entity": the commonplace is
# followed by the cause itself, five words or more.
EXPLAINED = compile_rule(
    r"[ \t]{0,3}(?:[:—–]|,?[ \t]+(?:because|when|as|since)\b)[ \t]{0,3}\w+(?:\W{1,4}\w+){4}"
)
# A part's name on its own, as a sentence ("Root cause." on a line of its own): a label.
BARE_LABEL = compile_rule(
    r"\s*(?:the\s+)?(?:root\s+causes?(?:\s+analysis)?|corrective\s+(?:actions?|measures?)"
    r"|preventi(?:ve|on)(?:\s+(?:actions?|measures?))?|actions?\s+taken|immediate\s+actions?)"
    r"\s*[.:]?\s*$",
    re.I,
)
CJK = compile_rule(r"[\u3040-\u30ff\u3400-\u9fff]")
# Promises with nothing to check: attention, care, effort, "strengthening management".
VAGUE_PROMISE = compile_rule(
    r"\bpay\s+(?:more|closer|extra|special|great(?:er)?|much\s+more)\s+attention\b"
    r"|\b(?:be|being)\s+(?:much\s+|even\s+|extra\s+|very\s+)?more\s+(?:careful|cautious"
    r"|vigilant|attentive|diligent|responsible|strict)\b|\bmore\s+carefully\b"
    r"|\bwork\s+(?:even\s+)?harder\b|\b(?:do|try)\s+(?:our|my)\s+(?:very\s+)?(?:best|hardest)\b"
    r"|\bstrengthen\w*\s+(?:our\s+|the\s+)?(?:internal\s+)?(?:management|supervision|control"
    r"|training|awareness|oversight)\b|\b(?:raise|increase|enhance|improve)\w*\s+(?:our\s+|the"
    r"\s+)?(?:staff\s+|team\s+|employees['’]?\s+)?(?:awareness|management|sense\s+of\s+"
    r"responsibility)\b|\blearn(?:ed|t)?\s+(?:our|a|the|this)\s+(?:\w+\s+)?lesson\b"
    r"|\b(?:stricter|better|tighter|more\s+strict|more\s+rigorous)\s+(?:quality\s+control"
    r"|management|supervision|checks|monitoring|controls?)\b",
    re.I,
)
VAGUE_NEEDLES = (
    *("attention", "careful", "cautious", "vigilant", "attentive", "diligent", "responsible"),
    *("more strict", "harder", "best", "strengthen", "awareness", "management", "lesson"),
    *("stricter", "better", "tighter", "rigorous"),
)


# A part under its heading that says there is nothing: "Preventive: none, because…", "N/A".
EMPTY_PART = compile_rule(
    r"[ \t*_-]{0,8}(?:none|n/?a|nothing|not\s+applicable|no\s+(?:need|measures?|actions?))\b",
    re.I,
)


# Appeals Amazon decides on documents (identity, address, bank statements): the letter lists
# them and offers a call; it has no root cause, corrective or preventive part to miss.
DOCUMENTS_ONLY = frozenset({"suspension_verification"})


# A document named with what identifies it: "bank statement dated 1 November, account ending
# 8841", "passport (valid to 2033)", "Companies House certificate no. 12874411".
NAMED_DOCUMENT = compile_rule(
    r"\b(?:passports?|id\s+cards?|identity\s+cards?|driv(?:ing|er['’]?s)\s+licen[cs]es?|(?:utility"
    r"|electricity|water|gas|phone|internet|council\s+tax|tax)\s+bills?|(?:bank|credit\s+card|card"
    r"|account)\s+statements?|statements?|business\s+licen[cs]es?|licen[cs]es?|certificates?"
    r"|ein\s+letter|lease|tenancy|incorporation|articles|registration|declaration|invoices?|bills?"
    r"|translations?)\b",
    re.I,
)
DOCUMENT_DETAIL = compile_rule(r"\d|\b(?:ending|dated|issued|valid)\b", re.I)
DOCUMENT_NEEDLES = (
    *("passport", "id card", "identity", "licence", "license", "bill", "statement"),
    *("certificate", "ein", "lease", "tenancy", "incorporation", "articles"),
    *("registration", "declaration", "invoice", "translation"),
)


def _missing(part: str) -> Check:
    """A part that is neither under a heading nor anywhere in the prose, or says "none".

    Reported even when the rest of the plan is vague: a vague part and an absent one are two
    different things to fix, and Amazon rejects a plan for either.
    """

    def check(letter: Letter) -> Iterator[Hit]:
        if letter.case.key in DOCUMENTS_ONLY:
            return
        body = letter.body.text
        found = plan_parts(body).get(part)
        if found is None or (found.by_heading and EMPTY_PART.match(body, found.text_start)):
            yield MISSING

    return check


def _hollow(cause: str) -> bool:
    """A commonplace in place of a cause, unless what follows it tells the cause."""
    found = HOLLOW_CAUSE.search(cause)
    return found is not None and not EXPLAINED.match(cause, found.end())


def _vague_parts(body: str) -> Iterator[Hit]:
    for kind, part in sorted(plan_parts(body).items(), key=lambda item: item[1]):
        if part.by_heading and EMPTY_PART.match(body, part.text_start):
            continue  # a part that says "none" is missing, and reported so
        texts = [text for text in part_texts(body, part) if not BARE_LABEL.match(text)]
        if not texts or any(CONCRETE.search(text) or CJK.search(text) for text in texts):
            continue  # a part in Chinese or Japanese is the script rule's finding, not this one
        if kind == ROOT and not any(
            _hollow(text) or len(text.split()) < MIN_CAUSE_WORDS for text in texts
        ):
            continue
        end = part.end if part.by_heading else part.spans[0][1]
        yield Hit(BODY, part.start, shorten(body[part.start : end]))


def _vague_promises(letter: Letter) -> Iterator[Hit]:
    for hit in letter.sentences_matching(VAGUE_PROMISE, needles=VAGUE_NEEDLES):
        if not CONCRETE.search(hit.excerpt):
            yield hit


book.rule(
    "appeal.missing_root_cause",
    ERROR,
    _('No "Root cause" part. Say plainly what went wrong and why.'),
)(_missing(ROOT))
book.rule(
    "appeal.missing_corrective_actions",
    ERROR,
    _('No "Corrective actions taken" part. Say what you have already done to fix it.'),
)(_missing(CORRECTIVE))
book.rule(
    "appeal.missing_preventive_measures",
    ERROR,
    _('No "Preventive measures" part. Say what you changed so it cannot happen again.'),
)(_missing(PREVENTIVE))


@book.rule(
    "appeal.verification_unexplained",
    ERROR,
    _(
        "Nothing to verify: name each document you send (what it is, its date, the account "
        "ending or number) and say why the earlier one did not match."
    ),
)
def verification_unexplained(letter: Letter) -> Iterator[Hit]:
    """A verification appeal that names no document by what identifies it, and has no plan.

    "We uploaded the documents again" or "please see the attached licence" gives Amazon
    nothing to match; a good one names the documents and tells the mismatch.
    """
    if letter.case.key not in DOCUMENTS_ONLY or len(plan_parts(letter.body.text)) == 3:
        return  # a plan in three parts, however vague, is not a missing one
    if letter.present(DOCUMENT_NEEDLES) and any(
        DOCUMENT_DETAIL.search(sentence)
        for _start, sentence in letter.body.sentences_matching(NAMED_DOCUMENT)
    ):
        return
    yield MISSING


@book.rule(
    "appeal.vague_part",
    ERROR,
    _(
        "This part has no concrete detail. Add dates, numbers, ASINs or order IDs, and name "
        "the process, document, tool or person responsible and how often it is done."
    ),
)
def vague_part(letter: Letter) -> Iterator[Hit]:
    return _vague_parts(letter.body.text)


@book.rule(
    "appeal.vague_promise",
    ERROR,
    _(
        'A promise with nothing to check ("we will pay more attention", "be more careful"). '
        "Say what exactly changes: the check, who does it, how often, from when."
    ),
    needles=VAGUE_NEEDLES,
)
def vague_promise(letter: Letter) -> Iterator[Hit]:
    return _vague_promises(letter)


@book.rule(
    "appeal.copies_template",
    WARNING,
    _(
        "Nearly identical to the stock template. Amazon rejects copied appeals: make it your "
        "own with the facts of your case."
    ),
)
def copies_template(letter: Letter) -> Iterator[Hit]:
    if any(nearly_identical(letter.body.text, text) for text in letter.stock_texts):
        yield MISSING


RULES = book.rules
