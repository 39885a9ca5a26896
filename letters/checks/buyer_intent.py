"""Buyer-message rules by intent, in English, German, French, Italian, Spanish and Japanese.

Each rule reads the letter in its own language (and English, which sellers mix into every
language) through `lexicon.pattern`, and in the language it is written in, if another; the rule ids are the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks import lexicon
from letters.checks.fast_regex import compile_rule
from letters.checks.findings import Severity
from letters.checks.rule import SUBJECT, Hit, Letter, RuleBook
from letters.checks.text import search_in

ERROR = Severity.ERROR
# "…write something nice? We'll add a little surprise": the value promised just after.
_PROMISE = compile_rule(
    r"\b(?:we(?:['’]ll|\s+will|\s+would|\s+can)|you(?:['’]ll|\s+will|\s+can)\s+(?:get|receive"
    r"|have))\b|\ble\s+(?:enviaremos|regalaremos|daremos|invieremo|regaleremo|daremo)\b"
    r"|\bnous\s+vous\s+(?:offrirons|enverrons|donnerons)\b|\bvous\s+recevrez\b|\briceverà\b"
    r"|\brecibirá\b|\b(?:erhalten|bekommen)\s+sie\b|\bwir\s+(?:schenken|senden|schicken)\s+ihnen\b"
    # The thanks announced as such: "Als Dankeschön erstatten wir Ihnen dann 15 €".
    r"|\bas\s+a\s+(?:small\s+)?thank(?:[\s-]you|s)\b|\bals\s+(?:kleines\s+)?dankesch[öo]n\b"
    r"|\ben\s+remerciement\b|\bcome\s+ringraziamento\b|\bcomo\s+agradecimiento\b"
    r"|[^。！？\n]{0,15}?方(?:には|へは)",
    re.I,
)
# A removal with a value is a deal only on a condition: "if you take away the star, we add…"
# ("since we refunded you, could you update it?" gives the refund as a reason, not a price).
_ON_CONDITION = compile_rule(
    r"\b(?:if|once|after|when|as\s+soon\s+as|si|se|wenn|falls|sobald|nachdem)\b|もし|たら|れば",
    re.I,
)
_REFUSED_PAYMENT = compile_rule(
    r"\b(?:never|not|don['’]t|won['’]t)\s+(?:\w+\s+){0,3}?(?:ask|request|accept|use|take|need)\w*"
    r"\b[^.!?\n]{0,50}?\b(?:paypal|venmo|zelle|bank\s+transfer|wire\s+transfer|cash\s*app"
    r"|western\s+union)\b",
    re.I,
)
_IN_RETURN = compile_rule(
    r"\b(?:in\s+return|in\s+exchange|en\s+échange|en\s+retour|im\s+gegenzug|in\s+cambio"
    r"|a\s+cambio)\b|その代わり",
    re.I,
)

book = RuleBook(Audience.BUYER)


def _languages(letter: Letter) -> tuple[str, ...]:
    """The chosen language, and the one the text is in when that is another one.

    A German message sent to an English buyer is in the wrong language, and its "Bitte
    stellen Sie keinen A-bis-z-Antrag" discourages a claim all the same.
    """
    written = letter.written_in
    if written and written != letter.language and written in lexicon.REVIEW:
        return (letter.language, written)
    return (letter.language,)


def _read(entry: lexicon.Lexicon, letter: Letter) -> re.Pattern[str]:
    return lexicon.pattern_in(entry, _languages(letter))


def _needles(entry: lexicon.Lexicon, letter: Letter) -> tuple[str, ...]:
    return lexicon.needles_in(id(entry), _languages(letter))


def _lexicon_rule(rule_id: str, message: Promise, entry: lexicon.Lexicon) -> None:
    def check(letter: Letter) -> Iterator[Hit]:
        return letter.sentences_matching(
            _read(entry, letter),
            needles=_needles(entry, letter),
        )

    book.rule(rule_id, ERROR, message)(check)


_lexicon_rule(
    "buyer.review_solicitation",
    _(
        "Asks for a review in a way Amazon forbids: only if the buyer is happy, after contacting "
        "you first, again, with stars or kind words, or with what to write. Ask neutrally, once, "
        "or not at all."
    ),
    lexicon.REVIEW_SOLICITATION,
)


@book.rule(
    "buyer.remove_or_cancel",
    ERROR,
    _(
        "Asks the buyer to change or remove a review, feedback or claim, or to cancel the order. "
        "Amazon forbids both: solve the problem and leave those decisions to the buyer."
    ),
)
def remove_or_cancel(letter: Letter) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    for hit in letter.sentences_matching(
        _read(lexicon.REMOVE_OR_CANCEL, letter),
        needles=_needles(lexicon.REMOVE_OR_CANCEL, letter),
    ):
        seen.add((hit.part, hit.start))
        yield hit
    # "Your review is false. Please correct it.": the review is named in the sentence before.
    context = _read(lexicon.REMOVAL_CONTEXT, letter)
    if not letter.contains(context):
        return
    for hit in letter.sentences_matching(_read(lexicon.PRONOUN_REMOVAL, letter)):
        text = (letter.subject if hit.part == SUBJECT else letter.body).text
        nearby = text[max(0, hit.start - 250) : hit.start + len(hit.excerpt)]
        if (hit.part, hit.start) not in seen and context.search(nearby):
            seen.add((hit.part, hit.start))
            yield hit


@book.rule(
    "buyer.review_incentive",
    ERROR,
    _(
        "Offers something of value (a refund, gift, discount, free item) for a review or "
        "feedback. Offer remedies for the problem alone, never tied to a review."
    ),
)
def incentive(letter: Letter) -> Iterator[Hit]:
    tie = _read(lexicon.INCENTIVE_TIE, letter)
    value = _read(lexicon.INCENTIVE_VALUE, letter)
    review = _needles(lexicon.INCENTIVE_VALUE, letter)
    # "Please do not leave negative feedback; we refunded you" asks the opposite of a review.
    refusal = _read(lexicon.DISCOURAGE_CLAIM, letter)
    # Asking to change or remove a review ties a value as much as asking for one.
    removal = _read(lexicon.REMOVE_OR_CANCEL, letter)
    reviewed = _read(lexicon.REVIEW, letter)
    seen: set[tuple[int, int]] = set()
    removals = (
        hit
        for hit in letter.sentences_matching(removal, needles=review)
        if search_in(reviewed, hit.excerpt)
        and (search_in(_ON_CONDITION, hit.excerpt) or search_in(_IN_RETURN, hit.excerpt))
    )
    for hit in (*letter.sentences_matching(tie, needles=review), *removals):
        if (hit.part, hit.start) in seen:
            continue
        seen.add((hit.part, hit.start))
        text = (letter.subject if hit.part == SUBJECT else letter.body).text
        # The value may sit in the sentence before: "We refund you. In return, remove it."
        before = text[max(0, hit.start - 300) : hit.start]
        end = hit.start + len(hit.excerpt)
        after = text[end : end + 160]
        if search_in(refusal, hit.excerpt):
            continue
        if (
            search_in(value, hit.excerpt)
            or (search_in(_IN_RETURN, hit.excerpt) and search_in(value, before))
            or (_PROMISE.match(after.lstrip(" \t\n¡¿")) and search_in(value, after))
        ):
            yield hit


_lexicon_rule(
    "buyer.promotion",
    _(
        "Promotes your shop, brand or other products (a next order, a new collection, a "
        "discount code, a catalogue). Messages to buyers may only help with this order."
    ),
    lexicon.PROMOTION,
)


@book.rule(
    "buyer.off_amazon_contact",
    ERROR,
    _(
        "Moves the buyer off Amazon: a payment outside Amazon (PayPal, bank transfer…) or a "
        "disguised e-mail address. Keep payments and messages on Amazon."
    ),
)
def off_amazon_contact(letter: Letter) -> Iterator[Hit]:
    payment = _read(lexicon.OFF_AMAZON_PAYMENT, letter)
    # "We never ask buyers to pay through PayPal" is the rule kept, not broken.
    seen: set[tuple[int, int]] = {
        (hit.part, hit.start) for hit in letter.sentences_matching(_REFUSED_PAYMENT)
    }
    for pattern, needles in (
        (payment, _needles(lexicon.OFF_AMAZON_PAYMENT, letter)),
        (lexicon.OBFUSCATED_EMAIL, lexicon.OBFUSCATED_NEEDLES),
    ):
        for hit in letter.sentences_matching(pattern, needles=needles):
            if (hit.part, hit.start) not in seen:
                seen.add((hit.part, hit.start))
                yield hit


@book.rule(
    "buyer.emoji_media",
    ERROR,
    _("Emoji, emoticons, GIFs or images. Amazon forbids them in messages to buyers: use words."),
)
def emoji_media(letter: Letter) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    for hit in (
        *letter.sentences_matching(lexicon.EMOJI),
        *letter.sentences_matching(lexicon.EMOTICON_MEDIA, needles=lexicon.EMOTICON_NEEDLES),
    ):
        if (hit.part, hit.start) not in seen:
            seen.add((hit.part, hit.start))
            yield hit


_lexicon_rule(
    "buyer.discourage_claim",
    _(
        "Discourages an A-to-z claim, a chargeback, a complaint or negative feedback. Buyers "
        "may use all of Amazon's remedies: offer yours without asking them not to."
    ),
    lexicon.DISCOURAGE_CLAIM,
)
_lexicon_rule(
    "buyer.threat",
    _(
        "Threatens the buyer (reports, lawyers, police, consequences). Never threaten a buyer: "
        "report abuse to Amazon instead."
    ),
    lexicon.THREAT,
)
_lexicon_rule(
    "buyer.attachment",
    _(
        "Mentions an attachment that is not needed for the order (a catalogue, flyer, "
        "brochure or coupon). Attach only what the order needs, such as an invoice."
    ),
    lexicon.ATTACHMENT,
)

# The tag as the first thing in the body, where a subject line would put it, or as a heading
# line of its own ("[IMPORTANT] About your review", "IMPORTANT NOTICE!!!"). "Important:" at
# the start of an ordinary sentence is left alone: it is how sellers stress a step.
_BODY_TAG = compile_rule(
    r"\A\s*[\[【]\s*(?:important|urgent|wichtig|dringend|urgente|importante|重要|緊急|至急)\s*[\]】]"
    r"|^[ \t]*[\[【]\s*(?:important|urgent|wichtig|dringend|urgente|importante|重要|緊急|至急)\s*!*"
    r"\s*[\]】]|(?-i:^[ \t]*(?:\*+[ \t]*)?(?:IMPORTANT|URGENT|WICHTIG|DRINGEND|URGENTE|IMPORTANTE)"
    r"(?:[ \t]+(?:NOTICE|INFORMATION|INFO|HINWEIS|AVISO|AVVISO))?[ \t]*(?:!{2,}|:|\*))",
    re.I | re.M,
)


@book.rule(
    "buyer.important_misuse",
    ERROR,
    _(
        'An urgency tag ("[Important]", "[Urgent]"…) in a message that is not critical to '
        "completing the order. Remove it."
    ),
)
def important_misuse(letter: Letter) -> Iterator[Hit]:
    hits = []
    subject = letter.subject.text
    # "[Important]" in the subject is the older buyer.important_subject rule's.
    match = lexicon.IMPORTANT_TAG.search(subject)
    if match and not re.search(r"\[\s*important\s*\]", subject, re.I):
        hits.append(Hit(SUBJECT, match.start(), subject.strip()))
    body = letter.body
    match = _BODY_TAG.search(body.text)
    if match:
        start, sentence = body.sentence_at(match.end() - 1)
        hits.append(Hit(1, start, sentence))
    # Most letters carry no tag: the costlier reading of the whole letter comes last.
    if hits and not blocks_the_order(letter):
        yield from hits


def blocks_the_order(letter: Letter) -> bool:
    """Whether the letter is about a problem that stops the order (a wrong address)."""
    return any(lexicon.ORDER_BLOCKER.search(text.text) for _part, text in letter.parts())


RULES = book.rules
