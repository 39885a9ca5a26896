"""Rules for messages to buyers: Amazon's Buyer-Seller Messaging guidelines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks import lexicon
from letters.checks.buyer_intent import blocks_the_order
from letters.checks.fast_regex import compile_rule
from letters.checks.findings import Severity
from letters.checks.rule import MISSING, SUBJECT, Hit, Letter, RuleBook
from letters.checks.text import count_words

ERROR, WARNING = Severity.ERROR, Severity.WARNING

book = RuleBook(Audience.BUYER)

ORDER_ID = compile_rule(r"(?<![\w-])\d{3}-\d{7}-\d{7}(?![\w-])")
MAX_WORDS = 200

_REVIEW = r"(?:reviews?|feedback|ratings?|comments?)\b"
_STARS = r"(?:[1-5]|one|two|three|four|five)[\s-]*stars?"
_DESCRIBED = (
    r"(?:(?:the|your|this|that|its|my|our|his|her|a|an)\s+)?"
    rf"(?:(?:negative|bad|poor|low|critical|unfavou?rable|harsh|previous|recent|last|earlier"
    rf"|original|product|seller|honest|{_STARS})[\s-]+){{0,3}}"
)
_CHANGE = (
    r"(?:chang|updat|edit|revis|modif|amend|remov|delet|withdr[ae]w|retract|reconsider"
    r"|upgrad|improv|rais|eras)\w{0,4}|take\s+down|taking\s+down"
)
_POSITIVE = rf"(?:positive|good|great|glowing|favou?rable|excellent|nice|kind|perfect|{_STARS})"
_ASKING = (
    r"leave|leaving|write|writing|give|giving|post|posting|submit|submitting|share|sharing"
    r"|provide|providing|get|getting|receive|receiving|earn|earning|deserve|deserves"
    r"|hope|hoping|appreciate(?!\s+your)|appreciated|consider|considering|grateful"
)
_ASK_POSITIVE = (
    rf"\b(?:{_ASKING})\b[^.!?\n]{{0,40}}?\b{_POSITIVE}[\s-]+{_REVIEW}"
    rf"|\b(?:5|five)[\s-]*stars?\s+{_REVIEW}"
    rf"|\b(?:rate|rating|give|giving|leave|leaving|deserve|deserves|worth)\s+(?:\w+\s+){{0,3}}?"
    r"(?:5|five)[\s-]*stars?\b"
)
# Changing or removing a review is buyer.remove_or_cancel's (see buyer_intent).
REVIEW_REQUEST = compile_rule(_ASK_POSITIVE, re.I)
# Every review request names a review, feedback, rating, comment or stars.
REVIEW_NEEDLES = ("review", "feedback", "rating", "comment", "star")

MARKETING = compile_rule(
    r"\bvip\b"
    r"|\bjoin(?:ing)?\s+(?:our|the)\s+(?:\w+\s+){0,2}?"
    r"(?:group|club|community|list|program(?:me)?|membership)\b"
    r"|\b(?:our|my)\s+other\s+(?:products|items|goods|listings|brands?)\b"
    r"|\bnew\s+(?:arrivals?|collections?|releases?)\b"
    r"|\bour\s+(?:new|latest|upcoming)\s+(?:products?|items?|releases?|collection|range)\b"
    r"|\b(?:coupons?|discounts?|vouchers?|promo\w*|deals?|\d+\s*%\s*off)\b[^.!?\n]{0,40}?"
    r"\b(?:next|future)\s+(?:purchases?|orders?|buys?)\b"
    r"|\b(?:next|future)\s+(?:purchases?|orders?)\b[^.!?\n]{0,40}?"
    r"\b(?:coupons?|discounts?|vouchers?|\d+\s*%\s*off)\b"
    r"|\bfuture\s+(?:discounts?|coupons?|deals?|offers?|promotions?)\b"
    r"|\b(?:exclusive|special)\s+(?:discounts?|deals?|offers?|coupons?|prices?)\b"
    r"|\b(?:flash|holiday|seasonal|big)\s+sales?\b|\bgiveaways?\b"
    r"|\bfollow\s+us\b|\b(?:like|find|see|join)\s+us\s+on\b|\bour\s+social\s+media\b"
    r"|\bwe(?:['’]re|\s+are)\s+(?:also\s+|now\s+)?(?:on|active\s+on)\s+(?:facebook|instagram"
    r"|tiktok|twitter|pinterest|youtube|linkedin|snapchat)\b"
    # The shop's page on a social network; a network named as what the product does ("share
    # clips to Instagram from the app") is no promotion.
    r"|\b(?:our|my)\s+(?:official\s+)?(?:facebook|instagram|tiktok|twitter|pinterest|youtube"
    r"|linkedin|snapchat)\b|\b(?:facebook|instagram|tiktok|twitter|pinterest|youtube|linkedin"
    r"|snapchat)\s+(?:page|account|channel|shop|store|profile|group)\b"
    r"|\bnewsletters?\b|\bmailing\s+list\b|\bsubscrib\w*"
    r"|\b(?:check\s+out|browse|explore)\s+(?:our\s+)?(?:store(?:front)?|shop|brand\s+store"
    r"|catalog(?:ue)?|collections?)\b",
    re.I,
)
MARKETING_NEEDLES = (
    *("vip", "join", "our other", "my other", "new arrival", "new collection", "new release"),
    *("our new", "our latest", "our upcoming", "next purchase", "next order", "next buy"),
    *("future purchase", "future order", "future buy", "future discount", "future coupon"),
    *("future deal", "future offer", "future promotion", "exclusive", "special discount"),
    *("special deal", "special offer", "special coupon", "special price", "flash sale"),
    *("holiday sale", "seasonal sale", "big sale", "giveaway", "follow us", "like us"),
    *("find us", "see us", "join us"),
    *("social media", "facebook", "instagram", "tiktok", "twitter", "pinterest", "youtube"),
    *("linkedin", "snapchat", "newsletter", "mailing list", "subscrib", "check out", "browse"),
    "explore",
)

_TLDS = (
    *("com", "net", "org", "info", "biz", "shop", "store", "online", "site", "website", "io"),
    *("co", "uk", "de", "fr", "cn", "jp", "ca", "au", "eu", "top", "xyz", "app", "ly"),
)
# Also words: "it", "me", "us" end a bare domain only in lower case ("lucecasa.it",
# "youtu.be/…"), so a missing space after a full stop ("arrived.It works") is no link.
_WORD_TLDS = ("it", "es", "nl", "be", "me", "tv", "gl", "us")
_TLD = "|".join(_TLDS) + "|(?-i:" + "|".join(_WORD_TLDS) + ")"
LINK = compile_rule(
    r"\bhttps?://\S+|\bwww\.\S+"
    # A bare domain, not inside an e-mail address; "Amazon.com" alone names the shop.
    r"|(?<![@＠\w.-])(?!amazon(?:\.[a-z]{2,3}){1,2}(?![\w/-]|\.\w))"
    rf"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLD})\b(?![@-])(?:/\S*)?",
    re.I,
)
LINK_NEEDLES = ("http", "www.", *(f".{tld}" for tld in (*_TLDS, *_WORD_TLDS)), "dot")
# A domain spelled out to slip past filters: "forum.camguard dot net", "shop(dot)com".
SPELLED_LINK = compile_rule(
    r"\b[a-z0-9][\w-]{1,62}(?:\.[\w-]{1,63}){0,4}\s{0,3}(?:\(dot\)|\[dot\]|\bdot\b)\s{0,3}"
    r"(?:com|net|org|info|shop|store|de|fr|cn|jp|es|nl|io|co\.uk)\b",
    re.I,
)

EMAIL = compile_rule(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
EMAIL_NEEDLES = ("@",)

# Order IDs (123-1234567-1234567), dates, prices and tracking numbers must not match.
PHONE = compile_rule(
    r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\w)"
    r"|(?<![\w(])\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}(?!\w)"
    r"|(?<![\w.-])(?:1[\s.-])?\d{3}[.-]\d{3}[.-]\d{4}(?!\w|[.-]\d)"
    r"|(?<![\w.-])(?<!\d\s)(?:\d{3}\s\d{3,4}\s\d{4}|0\d{3,4}\s\d{3}\s\d{3,4})(?!\w|\s\d)"
    r"|(?<![\w.-])0\d{2,4}[\s/-]\d{5,8}(?!\w|[.-]\d)"
    # A free-phone or landline number in three groups: "0800-555-2847", "0161.555.0123".
    r"|(?<![\w.-])0\d{3}[.-]\d{3}[.-]\d{3,4}(?!\w|[.-]\d)"
    r"|(?<![\w.-])1[3-9]\d{9}(?!\w)"
    # French, Italian, Spanish and German mobile numbers in pairs or groups: "06 12 34 56 78".
    r"|(?<![\w.-])0[1-9](?:[\s.]\d{2}){4}(?!\w|[\s.]\d)"
    # An international number dialled with 00 ("0044 7700 900123"), an Italian mobile.
    r"|(?<![\w.+-])00[1-9]\d{0,2}(?:[\s.-]\(?\d{1,6}\)?){2,4}(?!\w|[\s.-]\d)"
    r"|(?<![\w.-])3\d{2}[\s.]\d{6,7}(?!\w|[\s.]\d)"
    r"|\b(?:tel|phone|mobile|cell)\b\s*(?:number|no\.?)?\s*[:.]?\s*\+?\d[\d\s().-]{5,}\d",
    re.I,
)

# An 11-digit number from 13 to 19 reads as a Chinese mobile number, but carriers use such
# numbers too: one that "tracking", "track", "waybill" or a carrier's name introduces, with
# at most a few linking words between ("SF Express tracking number: 13912345678"), is not.
_CARRIERS = (
    r"ups|usps|fedex|dhl|dpd|gls|tnt|ems|sf(?:\s+express)?|yunexpress|yanwen|4px|cainiao"
    r"|china\s+post|royal\s+mail|evri|hermes|yamato|sagawa|japan\s+post|la\s+poste|colissimo"
    r"|chronopost|correos|seur|poste\s+italiane|brt|canada\s+post|purolator|australia\s+post"
    r"|deutsche\s+post|amazon\s+logistics|carrier|courier"
)
_LINKING = (
    r"(?:number|no|nr|num|id|code|ref(?:erence)?|is|was|with|via|by|under|for|the|your|its"
    r"|it|parcel|package|shipment|order)\b|[:#.,=-]"
)
TRACKED = compile_rule(
    rf"\b(?:track(?:ing|ed)?|waybill|consignment|{_CARRIERS})\b"
    rf"(?:\s*(?:{_LINKING})){{0,4}}\s*(?P<number>1[3-9]\d{{9}})(?!\w)",
    re.I,
)

# A messenger app named as a way to reach the seller ("add us on WeChat", "our WhatsApp:
# +86…"); an app named as what the product does ("cannot make WhatsApp calls") is fine.
MESSENGER = lexicon.MESSENGER_CONTACT

OFF_AMAZON = compile_rule(
    r"\b(?:contact|reach|message|write\s+to|e-?mail)\s+(?:out\s+to\s+)?(?:us|me)\s+directly\b"
    r"|\b(?:e-?mail|call|phone|ring|text)\s+(?:us|me)\b"
    r"|\bvisit\s+our\s+(?:web\s?site|site|home\s?page|online\s+store|store|shop)\b"
    r"|\bour\s+(?:official\s+)?(?:web\s?site|home\s?page)\b"
    r"|\b(?:outside|off)\s+(?:of\s+)?amazon\b"
    r"|\b(?:write\s+to|reach)\s+(?:us|me)\s+at\b"
    # "Contact us through (the) (Amazon's) Buyer-Seller Messaging / Messages tab" is the
    # channel this rule asks for, not a way off Amazon.
    r"|\bcontact\s+(?:us|me)\s+(?:at|on|via|through)\s+"
    r"(?!(?:the\s+)?(?:amazon(?:['’]s)?\s+)?(?:amazon|buyer|messag)|this\b)",
    re.I,
)
OFF_AMAZON_NEEDLES = (
    *("directly", "mail us", "mail me", "call us", "call me", "phone us", "phone me"),
    *("ring us", "ring me", "text us", "text me", "visit our", "our web", "our home"),
    *("our official", "outside amazon", "outside of amazon", "off amazon", "off of amazon"),
    *("us at", "me at", "contact us", "contact me"),
)

IMPORTANT = compile_rule(r"\[\s*important\s*\]", re.I)


book.pattern(
    "buyer.review_request",
    ERROR,
    _(
        "Asks for a positive review or to change or remove one. Amazon forbids both: "
        "solve the problem and leave the review to the buyer."
    ),
    REVIEW_REQUEST,
    needles=REVIEW_NEEDLES,
)


book.pattern(
    "buyer.marketing",
    ERROR,
    _(
        "Promotes the store, other products, future discounts, groups or social media. "
        "Messages to buyers may only help with the order."
    ),
    MARKETING,
    needles=MARKETING_NEEDLES,
)
# Amazon's own sites: the marketplaces, Seller Central, the returns centre, the short links.
AMAZON_HOST = compile_rule(
    r"(?:[\w-]+\.)*(?:amazon\.(?:com|ca|de|fr|it|es|nl|se|pl|in|sg|ae|sa|eg|cn|co\.uk|co\.jp"
    r"|com\.mx|com\.au|com\.br|com\.be|com\.tr)|amzn\.(?:to|eu|com|asia)|a\.co)",
    re.I,
)
_HOST = compile_rule(r"(?:https?://)?([^/\s?#:]{1,253})", re.I)


@book.rule(
    "buyer.link",
    ERROR,
    _(
        "Contains a link to a site that is not Amazon's. Remove it: Amazon allows only links "
        "needed to complete the order, on its own domains."
    ),
    needles=LINK_NEEDLES,
)
def link(letter: Letter) -> Iterator[Hit]:
    seen: set[tuple[int, int]] = set()
    for part, text in letter.parts():
        for match in LINK.finditer(text.text):
            host = _HOST.match(match.group())
            name = host.group(1).rstrip(".,;)").lower() if host else ""
            if AMAZON_HOST.fullmatch(name.removeprefix("www.")):
                continue
            start, sentence = text.sentence_at(match.start())
            if (part, start) not in seen:
                seen.add((part, start))
                yield Hit(part, start, sentence)
        # An e-mail address spelled out is buyer.off_amazon_contact's, not a link.
        emails = [match.span() for match in lexicon.OBFUSCATED_EMAIL.finditer(text.text)]
        for match in SPELLED_LINK.finditer(text.text):
            if any(low <= match.start() < high for low, high in emails):
                continue
            start, sentence = text.sentence_at(match.start())
            if (part, start) not in seen:
                seen.add((part, start))
                yield Hit(part, start, sentence)


@book.rule(
    "buyer.email_address",
    ERROR,
    _("Contains an e-mail address. Amazon forbids sharing your e-mail address with buyers."),
    needles=EMAIL_NEEDLES,
)
def email_address(letter: Letter) -> Iterator[Hit]:
    # Amazon's own addresses ("…@marketplace.amazon.com", "return@amazon.com") are not the
    # seller's: naming them keeps the buyer on Amazon.
    for hit in letter.sentences_matching(EMAIL, needles=EMAIL_NEEDLES):
        domains = (match.group().rpartition("@")[2] for match in EMAIL.finditer(hit.excerpt))
        if any(not AMAZON_HOST.fullmatch(domain.lower()) for domain in domains):
            yield hit


DIGITS = tuple("0123456789")
# "Call Amazon customer service on 0800 …" gives Amazon's number, not the seller's.
AMAZON_SERVICE = compile_rule(
    r"\bamazon(?:['’]s)?\s+(?:customer\s+(?:service|support|care)|support|help\s*line|hotline)\b",
    re.I,
)
_SELLER_WORDS = compile_rule(r"\b(?:us|our|me|my|we)\b", re.I)


@book.rule(
    "buyer.phone_number",
    ERROR,
    _("Contains a phone number. Amazon forbids sharing your phone number with buyers."),
    needles=DIGITS,  # only sentences with a digit are searched
)
def phone_number(letter: Letter) -> Iterator[Hit]:
    for hit in letter.sentences_matching(PHONE, needles=DIGITS):
        text = (letter.subject if hit.part == SUBJECT else letter.body).text
        start = text.find(hit.excerpt, hit.start)
        end = start + len(hit.excerpt)
        # The words before may sit in the sentence before: "Tracking No. 13912345678".
        tracking = {
            match.span("number") for match in TRACKED.finditer(text, max(0, start - 80), end)
        }
        if AMAZON_SERVICE.search(hit.excerpt) and not _SELLER_WORDS.search(hit.excerpt):
            continue
        if any(match.span() not in tracking for match in PHONE.finditer(text, start, end)):
            yield hit


book.pattern(
    "buyer.messenger",
    ERROR,
    _(
        "Asks the buyer to reach you on a messenger app or gives your account there. Keep "
        "the conversation in Amazon's Buyer-Seller Messaging."
    ),
    MESSENGER,
    needles=lexicon.MESSENGER_NEEDLES,
)
book.pattern(
    "buyer.off_amazon",
    ERROR,
    _(
        "Sends the buyer off Amazon or asks them to contact you instead of leaving a review. "
        "Ask them to reply to this message instead."
    ),
    OFF_AMAZON,
    needles=OFF_AMAZON_NEEDLES,
)


@book.rule(
    "buyer.important_subject",
    ERROR,
    _('"[Important]" in the subject is only for messages needed to complete the order. Remove it.'),
)
def important_subject(letter: Letter) -> Iterator[Hit]:
    match = IMPORTANT.search(letter.subject.text)
    if match and not blocks_the_order(letter):
        yield Hit(SUBJECT, match.start(), letter.subject.text.strip())


@book.rule(
    "buyer.no_order_id",
    WARNING,
    _("No Amazon order ID (123-1234567-1234567). Name the order so the buyer knows which one."),
)
def no_order_id(letter: Letter) -> Iterator[Hit]:
    if not letter.contains(ORDER_ID):
        yield MISSING


@book.rule(
    "buyer.too_long",
    WARNING,
    _("Over 200 words. Buyers read short messages: keep to the order and the remedy."),
)
def too_long(letter: Letter) -> Iterator[Hit]:
    if count_words(letter.body.text) > MAX_WORDS:
        yield MISSING


RULES = book.rules
