"""How an appeal speaks: blame, threats, boasting, begging, perfection and stock template text.

Amazon reads an appeal for ownership and facts. Every pattern here has bounded gaps between
its words, and the stock-text bank is matched word by word: linear in the letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.fast_regex import compile_rule
from letters.checks.findings import Severity
from letters.checks.rule import Hit, Letter, RuleBook
from letters.checks.text import Text

ERROR, WARNING = Severity.ERROR, Severity.WARNING

# Every letter to Amazon: an appeal, a retraction, a funds request or an abuse report.
book = RuleBook(Audience.AMAZON)
# Threats are errors in letters to other sellers too.
threats = RuleBook(Audience.AMAZON, Audience.SELLER)

_OWN = r"(?:'s|’s|s'|s’)?"
_CARRIERS = (
    r"(?:carrier|courier|shipping\s+company|logistics\s+(?:company|provider|partner)|ups|usps"
    r"|fedex|dhl|royal\s+mail|forwarder|freight\s+forwarder|post\s+office)"
)
# Each way of blaming someone, with the needles one of which it needs (see Rule.needles):
# small patterns that only read the sentences holding their words keep the rule fast.
# For the parts whose needles fill a typical appeal ("buyer", "amazon"), words one of which
# every match also holds: a sentence without one (nor the sentence before it, where a match
# may start) is not searched.
ALSO_NEEDED: dict[re.Pattern[str], tuple[str, ...]] = {}


def _part(
    source: str, needles: tuple[str, ...], also: tuple[str, ...] = ()
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    pattern = compile_rule(source, re.I)
    if also:
        ALSO_NEEDED[pattern] = also
    return pattern, needles


BLAME_PARTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    _part(*entry)
    for entry in (
        (
            rf"\b(?:buyer|customer|purchaser|client)s?{_OWN}\s+(?:\w+\s+){{0,4}}?"
            r"(?:lied|lies|lying|liars?|fault|scam\w*|cheat\w*|fraud\w*|misus\w*|abus\w*"
            r"|are\s+competitors"
            r"|made\s+(?:it|this)\s+up|did\s+not\s+read|didn['’]t\s+read"
            r"|failed\s+to\s+(?:read|follow)|do(?:n['’]t|\s+not)\s+read|use\s+(?:it|them|the\s+\w+)"
            r"\s+wrong\w*)\b",
            ("buyer", "customer", "purchaser", "client"),
            ("lie", "lying", "liar", "fault", "scam", "cheat", "fraud", "misus", "abus")
            + ("competitor", "made", "read", "follow", "wrong"),
        ),
        (
            rf"\bamazon{_OWN}\s+(?:\w+\s+){{0,2}}?(?:mistake|error|fault|wrong(?:ly)?|unfair(?:ly)?"
            r"|incorrect(?:ly)?|mistaken(?:ly)?)\b"
            r"|\b(?:your|amazon['’]s|the)\s+(?:automated\s+)?(?:system|algorithm|bot)s?\s+"
            r"(?:\w+\s+){0,2}?(?:wrongly|mistakenly|incorrectly|unfairly|falsely|made\s+a\s+"
            r"mistake|got\s+it\s+wrong)",
            ("amazon", "system", "algorithm", "bot"),
            ("mistake", "error", "fault", "wrong", "unfair", "incorrect", "false"),
        ),
        (
            r"\b(?:wrongly|mistakenly|unfairly|falsely|incorrectly|unjustly)\s+(?:been\s+)?"
            r"(?:flagged|suspended|deactivated|removed|accused|penali[sz]ed|blocked|targeted)\b",
            ("wrongly", "mistakenly", "unfairly", "falsely", "incorrectly", "unjustly"),
        ),
        (
            rf"\bcompetitors?{_OWN}\s+(?:\w+\s+){{0,3}}?(?:attack\w*|sabotag\w*|fram\w*|target\w*"
            r"|lied|fake\w*|false\w*|malicious\w*)",
            ("competitor",),
        ),
        (
            r"\b(?:malicious|fake|false|fraudulent|baseless|groundless|bogus|frivolous|unfounded)"
            r"\s+(?:ip\s+)?(?:buyers?|customers?|competitors?|complaints?|reports?|claims?"
            r"|accusations?|notices?)\b",
            ("malicious", "fake", "false", "fraudulent", "baseless", "groundless", "bogus")
            + ("frivolous", "unfounded"),
        ),
        (
            r"\b(?:rights?[\s-]+(?:owner|holder)|brand[\s-]+owner|trademark[\s-]+owner"
            rf"|complainant|patent[\s-]+holder){_OWN}\s+(?:\w+\s+){{0,3}}?(?:false\w*|fake"
            r"|invalid|abus\w+|lied|lying|wrong|malicious\w*|bad\s+faith|bully\w*|extort\w*"
            r"|is\s+trying\s+to)",
            ("owner", "holder", "complainant"),
        ),
        (
            rf"\b(?:due\s+to|caused\s+by|because\s+of|fault\s+of|blame)\s+(?:the\s+)?{_CARRIERS}"
            rf"|\b{_CARRIERS}{_OWN}\s+(?:\w+\s+){{0,4}}?(?:fault|negligen\w*|careless\w*"
            r"|to\s+blame|responsible\s+for\s+(?:the|this|these|all)|unreliable"
            r"|los(?:es|t|e)\s+(?:\w+\s+){0,2}?(?:all\s+the\s+time|always|constantly))"
            r"|\b(?:they|it)\s+(?:are|is|were|was)\s+to\s+blame\b"
            r"|\b(?:they|he|she)\s+(?:are|is|were|was)\s+(?:fully\s+|entirely\s+|solely\s+)?"
            r"responsible\s+for\s+(?:the|this|these|those|all|our)\s+(?:\w+\s+)?(?:late|lost"
            r"|damaged|delay|defect|problem|issue|complaint|claim|negative)",
            ("carrier", "courier", "shipping", "logistics", "ups", "usps", "fedex", "dhl")
            + ("royal mail", "forwarder", "post office", "to blame", "responsible"),
        ),
        (
            r"\b(?:employee|staff\s+member|worker|intern|assistant|operator|colleague)"
            rf"{_OWN}\s+(?:\w+\s+){{0,3}}?(?:fault|carelessness|negligence|stupid\w*"
            r"|incompeten\w*|laziness|lazy)\b"
            r"|\b(?:fired|sacked|dismissed)\s+(?:the|this|that|our|him|her|them)\b"
            r"|\b(?:entirely|solely|completely|all)\s+(?:the\s+)?(?:fault|responsibility)\s+of\b",
            ("employee", "staff", "worker", "intern", "assistant", "operator", "colleague")
            + ("fired", "sacked", "dismissed", "fault", "responsibility"),
        ),
        (
            r"\bnot\s+(?:our|my)\s+(?:own\s+)?fault\b|\bno\s+fault\s+of\s+(?:our|my)\b"
            r"|\b(?:their|his|her)\s+(?:own\s+)?fault\b"
            r"|\bwe\s+did\s+(?:nothing|not\s+do\s+anything)\s+wrong\b"
            r"|\broot\s+cause\s+is\s+not\s+(?:us|ours|on\s+our\s+side)\b|\bwe\s+are\s+(?:the\s+)?"
            r"victims?\b|\b(?:factory|supplier|manufacturer)\s+(?:is|was)\s+(?:\w+\s+)?responsible\b"
            r"|\bthey\s+cheated\s+us\b|\bliars\b",
            ("fault", "wrong", "root cause", "victim", "responsible", "cheated", "liars"),
        ),
        (
            r"\b(?:it\s+(?:is|was)|this\s+(?:is|was))\s+(?:\w+\s+)?(?:the\s+)?(?:buyer|customer|carrier"
            r"|courier|supplier|factory|manufacturer|warehouse|agent|forwarder|amazon)(?:['’]s)?\s+"
            r"(?:fault|responsibility|problem|mistake|error)\b"
            r"|\b(?:supplier|factory|manufacturer|warehouse|3pl|agent|forwarder)(?:['’]s)?\s+"
            r"(?:fault|negligence|carelessness)\b"
            r"|\b(?:caused|created)\s+(?:entirely\s+|only\s+|solely\s+)?by\s+(?:the\s+|our\s+)?"
            r"(?:\w+\s+)?(?:buyers?|customers?|carrier|courier|amazon|complainant|supplier|factory"
            r"|manufacturer|warehouse|3pl|agent|forwarder)\b"
            r"|\b(?:buyer|customer)s?\s+(?:\w+\s+){0,3}?(?:damaged|broke|dropped|destroyed|misused"
            r"|ruined)\s+(?:it|the|them|their)\b"
            r"|\b(?:amazon['’]s|your|the\s+fba)\s+(?:fba\s+)?(?:warehouse|fulfil\w*\s+cent\w*|fba)\s+"
            r"(?:\w+\s+){0,3}?(?:lost|damaged|mixed|mislabel\w*|broke)\b"
            r"|\bnot\s+our\s+(?:responsibility|problem)\b|\bwe\s+are\s+not\s+responsible\b"
            r"|\bthe\s+fault\s+lies\s+with\b|\b(?:the\s+)?(?:complaint|claim|report|notice)\s+"
            r"(?:is|was)\s+(?:\w+\s+)?(?:false|fake|wrong|invalid|baseless|groundless|unfounded|bogus)\b"
            r"|\b(?:buyer|customer)\s+(?:is|was)\s+(?:\w+\s+)?(?:wrong|mistaken|lying|dishonest)\b",
            ("fault", "responsib", "problem", "mistake", "error", "negligence", "careless")
            + ("caused", "created", "lies with", "false", "fake", "wrong", "invalid", "baseless")
            + ("groundless", "unfounded", "bogus", "lying", "dishonest", "mistaken", "damaged")
            + ("broke", "dropped", "destroyed", "misused", "ruined", "lost", "mixed", "mislabel"),
        ),
        (
            # Amazon's systems or teams cast as the cause: "Amazon's catalogue merged our
            # listing", "your verification system is broken", "Amazon should warn first".
            r"\b(?:amazon|your)(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:system|algorithm|catalog(?:ue)?|team"
            r"|policy|bot)s?\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:broken|wrong|unfair|incompetent"
            r"|responsible|to\s+blame)\b"
            r"|\bamazon(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:merged|mixed|broke|decides|decided|deletes"
            r"|deleted|lost|rejected|keeps?\s+rejecting)\b[^.!?\n]{0,60}?(?:\bwithout\s+(?:checking"
            r"|our\s+knowledge|any\s+reason|reason|telling|warning)|\bin\s+favou?r\s+of|\bby\s+mistake"
            r"|\bfor\s+no\s+reason)"
            r"|\bamazon\s+should\s+(?:have\s+)?(?:warn|tell|inform|investigate|check|notify)\w*"
            r"|\bamazon\s+(?:is|was)\s+(?:\w+\s+)?(?:responsible|to\s+blame)\b"
            r"|\b(?:because\s+of|due\s+to)\s+amazon['’]s\s+(?:\w+\s+)?(?:wrongful|mistake|error"
            r"|bad|unfair|broken)\w*",
            ("amazon", "your"),
            ("broke", "wrong", "unfair", "incompetent", "responsib", "blame", "without", "favo")
            + ("mistake", "reason", "should", "error", "bad"),
        ),
        (
            # Buyers cast as the cause: they ordered wrong, never read, want free goods.
            r"\b(?:buyers?|customers?)\s+(?:who|that)\s+(?:\w+\s+){0,2}?(?:ordered\s+the\s+wrong"
            r"|did\s+not\s+read|didn['’]t\s+read|never\s+read|want\w*\s+(?:a\s+)?free|are\s+never"
            r"|were\s+never|abuse|lie)\b"
            r"|\b(?:buyers?|customers?)\s+(?:\w+\s+){0,3}?(?:ordered|bought)\s+(?:\w+\s+){0,2}?"
            r"without\s+reading\b"
            r"|\b(?:fake|unfair\w*)\s+(?:negative\s+)?(?:feedbacks?|reviews?)\b"
            r"|\b(?:give|gave|left|leave)\s+(?:\w+\s+){0,2}?(?:feedback|reviews?)\s+unfairly\b",
            ("buyer", "customer", "fake", "unfair"),
            ("wrong", "read", "free", "never", "abuse", "lie", "without", "fake", "unfair"),
        ),
        (
            # One person fired as the whole answer: "we already fire him", "he is the reason".
            r"\b(?:fire|sack|dismiss)\s+(?:him|her|them|the\s+\w+|this\s+\w+)\b"
            r"|\b(?:he|she|they)\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:already\s+|now\s+)?"
            r"(?:fired|sacked|dismissed|let\s+go)\b"
            r"|\b(?:he|she|they)\s+(?:is|was|are|were)\s+the\s+(?:only\s+)?(?:reason|cause)\b"
            r"|\bcareless\s+(?:\w+\s+)?(?:worker|employee|packer|staff|operator)\b"
            r"|\b(?:employee|worker|staff|packer)\b[^.!?\n]{0,60}?\bdeliberately\b",
            ("fire", "sack", "dismiss", "let go", "the reason", "the only", "careless")
            + ("deliberately",),
        ),
        (
            # Amazon's process cast as the cause, or the money "stolen".
            r"\b(?:problem|fault|mistake)\s+of\s+amazon\b|\bbecause\s+amazon\s+(?:let|lets"
            r"|allow\w*|did\s+not|didn['’]t)\b|\bresult\s+of\s+amazon['’]s\s+(?:\w+\s+)?(?:bad"
            r"|wrong|broken|unfair|faulty)\b|\bamazon['’]s\s+[\w-]+\s+team\s+(?:decides|decided"
            r"|always|never|only)\b"
            r"|\b(?:you\s+are|amazon\s+is)\s+(?:stealing|robbing)\b|\bthis\s+is\s+(?:robbery"
            r"|stealing)\b|\bamazon\s+is\s+the\s+only\s+(?:\w+\s+)?(?:one|platform|marketplace)\b"
            r"|\b(?:held|hold|holding|blocked|block|locked|suspended|deactivated)\b[^.!?\n]{0,60}?"
            r"\b(?:without\s+any\s+reason|for\s+no\s+reason)\b|\bwhy\s+(?:only\s+)?(?:punish|suspend|block|target)\w*\s+(?:only\s+)?us\b"
            r"|\bonly\s+(?:amazon\s+)?(?:buyers|customers)\s+complain",
            # Narrow needles: "amazon" alone is in nearly every sentence of an appeal.
            ("of amazon", "because amazon", "team decide", "amazon is", "steal", "robb", "why")
            + ("no reason", "any reason", "only amazon", "only buyers", "only customers"),
        ),
        (
            # Buyers, carriers or competitors as the cause, said as a fact.
            r"\b(?:buyers?|customers?)\s+(?:who|that)\s+(?:complain\w*\s+(?:are|were)|bought\s+the"
            r"\s+wrong)\b|\b(?:customers?|buyers?)\s+(?:do|did)\s+not\s+(?:use|install|assemble)\s+"
            r"(?:it|them|the\s+\w+)\s+(?:correctly|properly|right)\b"
            r"|\bthis\s+kind\s+of\s+(?:customers?|buyers?)\b"
            r"|\bthen\s+say\s+(?:it|they)\s+(?:is|are|was|were)\s+defective\b"
            r"|\b(?:filed|made|sent|submitted)\s+by\s+(?:a\s+|our\s+|the\s+)?competitors?\b"
            rf"|\b{_CARRIERS},?\s+who\s+(?:\w+\s+)?(?:lost|delayed|damaged|broke)\b"
            rf"|\b(?:the\s+)?{_CARRIERS}{_OWN}\s+(?:\w+\s+){{0,2}}?(?:threw|throws|thrown|mishandl\w*"
            r"|crushed|smashed|kicked)\b"
            r"|\b(?:buyers?|customers?)\s+(?:are|were)\s+(?:\w+\s+)?never\s+(?:satisfied|happy"
            r"|content)\b"
            r"|\b(?:complainant|rights?[\s-]+owner|brand[\s-]+owner)\s+has\s+no\s+(?:rights?|basis"
            r"|grounds)\b|\bonly\s+wants?\s+to\s+(?:block|remove|kill|eliminate|hurt)\b"
            r"|\b(?:amazon['’]s|your|the)\s+(?:automated\s+)?(?:system|algorithm|bot)s?\s+"
            r"(?:mislabel\w*|misclassif\w*|misidentif\w*|confused)\b"
            r"|\b(?:was|were|is|are)\s+(?:completely\s+|totally\s+|entirely\s+)?(?:out\s+of|beyond)"
            r"\s+our\s+control\b"
            r"|\bbrand[\s-]+owner\s+(?:\w+\s+){0,2}?(?:suddenly|want\w*\s+to\s+monopol\w*|monopol\w*)",
            ("who complain", "who bought", "not use", "not install", "kind of", "then say")
            + ("competitor", "who lost", "who delayed", "our control", "brand owner", "threw")
            + ("thrown", "mishandl", "crushed", "never satisf", "has no", "only want", "mislabel")
            + ("misclassif",),
        ),
        (
            # The same in German and French appeals.
            r"\bwir\s+können\s+nichts\s+dafür\b|\bnicht\s+unsere\s+schuld\b"
            r"|\b(?:kunden|käufern?),?\s+die\s+(?:\w+\s+){0,3}?nicht\s+gelesen"
            r"|\b(?:dhl|hermes|dpd|gls|ups)\b,?\s+(?:das|die|der)\s+(?:\w+\s+){0,2}?(?:pakete|sendungen)"
            r"\s+verl"
            r"|\bpas\s+(?:de\s+)?notre\s+faute\b|\b(?:la\s+poste|colissimo|chronopost|le\s+transporteur)"
            r"\s+qui\s+perd|\bclients\s+qui\s+(?:n['’])?(?:étaient|sont)\s+jamais\s+contents",
            ("nichts dafür", "schuld", "gelesen", "verl", "faute", "perd", "contents"),
        ),
        (
            r"\b(?:to|just\s+to|only\s+to)\s+(?:kill|eliminate|block|remove|hurt)\s+(?:the\s+|all\s+)?"
            r"(?:\w+\s+)?(?:competition|competitors|other\s+sellers)\b",
            ("competition", "competitors", "other sellers"),
        ),
        (
            # Injustice claimed instead of a cause owned: "the claims counted against us are
            # unfair", "it is unfair that only our account is reviewed" (a plea is "please").
            r"\bunfair(?:ly)?\b(?!\s+(?:business\s+|trade\s+|commercial\s+)?(?:competition"
            r"|practices?|trading|terms|contract))|\bunjust(?:ly)?\b"
            r"|\b(?:from|on)\s+amazon(?:['’]s)?\s+side\b"
            r"|\bother\s+sellers\s+(?:\w+\s+){0,3}?(?:do|doing|did|sell|selling)\s+the\s+same\b"
            r"|\bnobody\s+(?:else\s+)?(?:gets?|got|is|was)\s+(?:punished|suspended|blocked|penali[sz]ed)"
            r"|\b(?:complaints?|claims?|reports?|notices?)\s+(?:is|are|was|were)\s+(?:\w+\s+)?"
            r"(?:abusive|malicious|fraudulent|ridiculous|absurd|nonsense|a\s+mistake)\b"
            r"|\b(?:lawyer|attorney|agent|complainant|owner)(?:['’]s)?\s+(?:\w+\s+)?(?:made\s+a"
            r"\s+mistake|is\s+wrong|was\s+wrong|got\s+it\s+wrong)\b"
            r"|\bamazon\s+should\s+(?:not|never)\s+have\b|\bamazon['’]s\s+(?:own\s+)?(?:failure"
            r"|fault|negligence|mistake)\b"
            r"|\b(?:problem|issue|fault|mistake)\s+is\s+(?:\w+\s+){1,3}?not\s+(?:us|me|ours|mine)\b"
            # Amazon's people or tools cast as careless: "your team does not read the documents".
            r"|\b(?:amazon|your)(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:system|form|tool|algorithm|team"
            r"|staff|reviewers?)s?\s+(?:\w+\s+)?(?:does\s+not|doesn['’]t|did\s+not|didn['’]t"
            r"|cannot|can['’]t|never)\s+(?:\w+\s+)?(?:read|check|review|look\s+at|care|listen"
            r"|(?:accept|handle|process)\w*\s+(?:\w+\s+){0,3}?(?:correctly|properly))\b"
            r"|\breject\w*\s+(?:\w+\s+){0,4}?(?:without\s+(?:any\s+)?(?:explanation|reason)"
            r"|for\s+no\s+reason)",
            ("unfair", "unjust", "side", "the same", "nobody", "abusive", "malicious")
            + ("fraudulent", "ridiculous", "absurd", "nonsense", "a mistake", "wrong")
            + ("should not have", "should never have", "failure", "fault", "negligence")
            + ("mistake", "not us", "not me", "not ours", "not mine", "not read", "n't read")
            + ("not check", "n't check", "not review", "n't review", "not look", "n't look")
            + ("not care", "n't care", "not listen", "n't listen", "never", "cannot", "correctly")
            + ("properly", "reject"),
        ),
    )
)
_LEGAL = (
    r"(?:(?:file|filing|bring|bringing)\s+(?:a\s+)?suit|lawyers?|attorneys?|legal\s+(?:action|steps|counsel|proceedings|team|measures)"
    r"|law\s*suits?|sue|suing|court|litigation|regulators?|ftc|bbb|consumer\s+protection"
    r"|competition\s+authorit\w+|ombudsman|solicitors?|proceedings|trading\s+standards"
    r"|federal\s+trade\s+commission|european\s+commission|competition\s+and\s+markets)"
)
_WILL = (
    r"(?:will|shall|would|going\s+to|prepared|reserve|no\s+choice|otherwise|forced|consider\w*"
    r"|intend|plan\w*|unless|contacted|engaged|instructed|retained|consulted|prepar\w*)"
)
LEGAL_PARTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        compile_rule(
            rf"\b{_LEGAL}\b[^.!?\n]{{0,80}}?\b{_WILL}\b|\b{_WILL}\s+(?:\w+\s+){{0,6}}?{_LEGAL}\b",
            re.I,
        ),
        ("lawyer", "attorney", "legal", "law suit", "lawsuit", "sue", "suing", "court")
        + ("litigation", "regulator", "ftc", "bbb", "consumer protection", "authorit", "ombudsman")
        + ("solicitor", "proceedings", "trading standards", "commission", "competition and")
        + ("file suit", "filing suit", "bring suit", "bringing suit", "a suit"),
    ),
    (
        compile_rule(
            r"\b(?:go|going|went|talk|speak|turn)\s+to\s+the\s+(?:press|media|newspapers?)\b"
            r"|\b(?:contact|inform|alert|tell)\w*\s+(?:the\s+)?(?:press|media|journalists?"
            r"|newspapers?)\b"
            r"|\btake\s+(?:this|it|the\s+\w+|our\s+\w+)\s+to\s+the\s+(?:press|media|newspapers?)\b"
            r"|\b(?:tell|share|publish)\w*\s+(?:\w+\s+){0,3}?(?:to|with|in)\s+the\s+(?:press|media"
            r"|newspapers?)\b|\b(?:spoke|spoken|talked|talking|speaking)\s+(?:\w+\s+){0,2}?(?:with|to)"
            r"\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:journalists?|reporters?)\b"
            r"|\b(?:the\s+)?(?:bbc|cnn|consumer)\s+(?:\w+\s+)?programme\b",
            re.I,
        ),
        ("press", "media", "journalist", "newspaper", "reporter", "programme"),
    ),
)
# A cease-and-desist may say it will consider legal action; suing the seller is a threat.
SELLER_LEGAL_PARTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        compile_rule(
            r"\b(?:sue|suing)\s+(?:you|him|her|them)\b|\b(?:lawyers?|attorneys?|solicitors?)\s+"
            r"will\s+(?:sue|destroy|take|make|come|ruin)\b|\btake\s+you\s+to\s+court\b",
            re.I,
        ),
        ("sue", "suing", "lawyer", "attorney", "solicitor", "court"),
    ),
    LEGAL_PARTS[1],
)
BOAST_PARTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        compile_rule(
            r"\b(?:we\s+are|we['’]re|as)\s+(?:a|an|one\s+of\s+the)\s+(?:\w+\s+){0,2}?(?:top"
            r"|leading|best|largest|biggest|well[\s-]known|reputable|trusted|successful|premium"
            r"|famous|top[\s-]rated|award[\s-]winning|professional|honest|reliable|excellent"
            r"|high[\s-]quality)\b",
            re.I,
        ),
        ("we are", "we're", "we’re", "as a", "as an", "as one"),
    ),
    (
        compile_rule(
            r"\bour\s+(?:\w+\s+)?products?\s+(?:are|is)\s+(?:\w+\s+)?(?:the\s+best|of\s+the"
            r"\s+highest\s+quality|top[\s-]quality|excellent|superior|perfect|high[\s-]quality"
            r"|loved|popular|the\s+most\s+popular)\b",
            re.I,
        ),
        ("product",),
    ),
    (
        compile_rule(
            r"\b(?:thousands|millions|hundreds|tens\s+of\s+thousands)\s+of\s+(?:happy|satisfied"
            r"|loyal)\s+customers\b"
            r"|\b(?:excellent|perfect|outstanding|spotless|impeccable|flawless|clean|great|good)\s+"
            r"(?:track\s+record|reputation|selling\s+history|record)\b"
            r"|\b(?:top|best|leading|number\s+one|no\.?\s*1)\s+(?:sellers?|brands?|shops?|stores?"
            r"|compan(?:y|ies))\b|\bour\s+quality\s+is\s+(?:the\s+)?(?:best|highest|perfect)\b",
            re.I,
        ),
        ("customers", "record", "reputation", "history", "seller", "brand", "shop", "store")
        + ("compan", "quality"),
    ),
    (
        compile_rule(
            r"\bwe\s+have\s+(?:always\s+)?been\s+(?:selling|in\s+business|on\s+amazon)\s+"
            r"(?:\w+\s+){0,3}?for\s+(?:over\s+|more\s+than\s+)?(?:\d+|many|ten|five|several)"
            r"\s+years\b|\byears\s+of\s+experience\b",
            re.I,
        ),
        ("years",),
    ),
    (
        compile_rule(
            r"\b(?:\d[\d,.]*|thousands\s+of|hundreds\s+of)\s+(?:positive|5[\s-]*star|five[\s-]*star"
            r"|good|happy)\s+(?:reviews|ratings|feedbacks?|customers)\b"
            r"|\b[45][.,]\d\s*(?:stars?|/\s*5)\b|\b(?:9\d(?:[.,]\d+)?|100)\s*%\s+positive\b"
            r"|\b(?:trusted|loved)\s+by\b|\bour\s+customers\s+love\b"
            # "our best-selling water filter" names a product; "the best-selling brand" boasts.
            r"|(?<!\bour\s)\bbest[\s-]?sell(?:ing|er)\b"
            r"|\bamazon['’]s\s+choice\b|\baward[\s-]winning\b",
            re.I,
        ),
        ("positive", "star", "trusted", "loved", "love", "best", "choice", "award", "/5"),
    ),
)
# Reach and retail standing: "a big factory", "we export to 30 countries", "sold in Walmart".
BOAST_PARTS += (
    (
        compile_rule(
            r"\bwe\s+are\s+a\s+(?:very\s+)?(?:big|large|huge)\s+(?:\w+\s+)?(?:factory|company"
            r"|manufacturer|brand|seller|business)\b"
            r"|\b(?:export|sell|ship)\w*\s+(?:\w+\s+)?(?:to|in|into)\s+(?:over\s+|more\s+than\s+)?"
            r"\d{2,}\s+countries\b"
            r"|\b(?:sold|stocked|available)\s+(?:\w+\s+)?(?:in|at|by)\s+(?:walmart|costco|target"
            r"|carrefour|tesco|best\s+buy|home\s+depot|ikea|aldi|lidl)\b"
            r"|\b(?:walmart|costco|carrefour|tesco|best\s+buy|home\s+depot)\b[^.!?\n]{0,40}?\bsell"
            r"\s+our\b",
            re.I,
        ),
        ("big", "large", "huge", "countries", "walmart", "costco", "carrefour")
        + ("tesco", "best buy", "home depot", "ikea", "aldi", "lidl"),
    ),
)
# Size, rank and standing: "we are among the most respected", "over 1 million orders".
BOAST_PARTS += (
    (
        compile_rule(
            r"\b(?:we\s+are|we['’]re)\s+(?:among|one\s+of)\s+the\s+(?:most\s+\w+|largest|biggest"
            r"|best|leading|top)\b|\b(?:we\s+are|we['’]re)\s+the\s+(?:biggest|largest|best|leading"
            r"|top|number\s+one|most\s+\w+)\b"
            r"|\bwe\s+are\s+(?:very|highly|extremely)\s+(?:professional|experienced|reliable|honest"
            r"|reputable)\b"
            r"|\bour\s+(?:factory|company|brand|shop|store|warehouse)\s+is\s+(?:one\s+of\s+)?the\s+"
            r"(?:largest|biggest|best|leading|most\s+\w+)\b"
            # Volume in the thousands: "over 500 orders" is a fact, "over 1 million" a boast.
            r"|\b(?:over|more\s+than)\s+(?:\d{1,3}(?:[,.]\d{3})+|\d+\s*(?:million|thousand|k)|a\s+million)\s+"
            r"(?:orders|customers|units|sales)\b|\breputation\s+speaks\s+for\s+itself\b"
            r"|\bgold\s+supplier\b|\bthe\s+highest\s+quality\b",
            re.I,
        ),
        ("among", "one of the", "biggest", "largest", "the best", "leading", "number one")
        + ("the most", "very profession", "highly", "million", "thousand", "000", "reputation")
        + ("gold supplier", "highest quality"),
    ),
)
EMOTIVE = compile_rule(
    r"\bplease[,.!]?\s*please\b|\b(?:i|we)\s+(?:am\s+|are\s+)?beg(?:ging)?\b|\bbeg\s+(?:you|amazon)\b"
    r"|\bdesperat\w*|\bstarv\w*|\bmy\s+family\s+(?:will|would|is|has|depends)\b|!{2,}"
    r"|\b(?:we\s+are|i\s+am|we're|i'm)\s+(?:completely\s+|totally\s+|100%\s+)?innocent\b"
    r"|\bheart\s*broken\b|\bdevastat\w*|\bmercy\b"
    r"|\blast\s+hope\b|\bbankrupt\w*|\b(?:another|one\s+more|a\s+second|one\s+last)\s+chance\b"
    r"|\b(?:sincerely|humbly|earnestly)\s+(?:beg|plead|implore|pray)|\bplead\w*|\bimplor\w*"
    r"|\bour\s+(?:only|sole|main)\s+(?:source\s+of\s+)?(?:income|livelihood)\b"
    r"|\b(?:families|children|employees|workers)\s+(?:\w+\s+){0,2}?(?:depend|rely|will\s+lose)"
    r"|\bcannot\s+survive\b|\bout\s+of\s+business\b|\bforgive\s+us\b|\bpray\w*\b"
    r"|\b(?:so|very)\s+(?:scared|sad|worried|afraid)\b|\bdream\s+business\b|\bplease\s+help\s+us\b"
    r"|\b(?:very\s+)?big\s+trouble\b|\bcan['’]?t\s+pay\s+(?:\w+\s+)?(?:salar\w+|rent|wages)",
    re.I,
)
PERFECTION = compile_rule(
    r"\bguarantee\w*|\bnever\s+again\b|\bnever\s+(?:happen|occur|recur)\w*"
    r"|\bwill\s+never\s+(?:be\s+)?repeat\w*|\b100\s*%|\b(?:100|one\s+hundred)\s+per\s*cent\b"
    r"|\bzero\s+(?:defects?|errors?|mistakes?|complaints?|issues?|problems?|risk)\b"
    r"|\bflawless(?:ly)?\b",
    re.I,
)

EMOTIVE_NEEDLES = (
    *(f"please{mark}{space}please" for mark in ("", ",", ".", "!") for space in ("", " ")),
    *("beg", "desperat", "starv", "my family", "!!", "innocent", "heart"),
    *("devastat", "mercy", "last hope", "bankrupt", "chance", "plead", "implor", "income"),
    *("livelihood", "families", "children", "employees", "workers", "survive", "business"),
    *("forgive", "pray", "scared", "sad", "worried", "afraid", "dream", "help us", "trouble"),
    *("pay",),
)
PERFECTION_NEEDLES = (
    *("guarantee", "never again", "never happen", "never occur", "never recur"),
    *("never repeat", "never be repeat", "100", "one hundred", "zero", "flawless"),
)


Parts = tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]


def _parts_rule(
    rule_id: str, message: Promise, parts: Parts, *, seller_parts: Parts | None = None
) -> None:
    """An error for each sentence where one of `parts` matches, searched only where it can.

    With `seller_parts`, the rule also reads letters to other sellers, with those parts.
    """

    def check(letter: Letter) -> Iterator[Hit]:
        seen: set[tuple[int, int]] = set()
        to_seller = letter.case.audience == Audience.SELLER
        for pattern, needles in seller_parts if to_seller and seller_parts else parts:
            also = ALSO_NEEDED.get(pattern, ())
            for hit in letter.sentences_matching(pattern, needles=needles, also=also):
                if (hit.part, hit.start) not in seen:
                    seen.add((hit.part, hit.start))
                    yield hit

    (book if seller_parts is None else threats).rule(rule_id, ERROR, message)(check)


_parts_rule(
    "appeal.blame",
    _(
        "Blames someone else (the buyer, Amazon, the carrier, the rights owner, a competitor or "
        "one employee). Amazon wants you to own the problem: say what you did wrong and what "
        "you changed."
    ),
    BLAME_PARTS,
)
_parts_rule(
    "appeal.legal_threat",
    _(
        "Threatens lawyers, a lawsuit, regulators or the press. Threats end appeals: keep to "
        "the facts and the plan."
    ),
    LEGAL_PARTS,
    seller_parts=SELLER_LEGAL_PARTS,
)
_parts_rule(
    "appeal.boast",
    _(
        "Praises your business in a way that does not answer the problem (top seller, years "
        "on Amazon, the best products). Amazon wants the cause and the fix, not a reputation."
    ),
    BOAST_PARTS,
    seller_parts=BOAST_PARTS,
)
book.pattern(
    "appeal.emotive",
    ERROR,
    _("Emotional or pleading language. Keep to the facts: they persuade Amazon, pleas do not."),
    EMOTIVE,
    needles=EMOTIVE_NEEDLES,
)
book.pattern(
    "appeal.promises_perfection",
    WARNING,
    _(
        "Promises perfection. Amazon does not believe guarantees: describe the checks that "
        "make a repeat unlikely."
    ),
    PERFECTION,
    needles=PERFECTION_NEEDLES,
)

# Sentences that circulate in appeal templates on seller forums, paraphrased, each as the
# stems (first five letters) of the words that make it: a sentence holding all the stems of
# an entry matches it, whatever the words around them.
STOCK_SENTENCES = (
    "take seriously",
    "reviewed policies",
    "thorough investigation",
    "apologize inconvenience",
    "committed experience",
    "thank opportunity",
    "stricter quality control",
    "ensure never happen again",
    "value relationship amazon",
    "understand importance",
    "taken immediate steps",
    "taken immediate action",
    "trained staff policies",
    "continue monitor account",
    "improved internal processes",
    "customer satisfaction priority",
    "reviewed listings ensure compliance",
    "appreciate opportunity",
    "learned experience",
    "confident measures prevent future",
    "strengthened internal controls",
    "full responsibility",
    "highest standards",
    "strictly abide",
    "assure not happen again",
    "measures ensure full compliance",
    "best interest customers",
    "aware seriousness",
    "utmost importance",
    "writing appeal",
    "provided necessary documents",
    "information accurate date",
    "kindly request reinstate",
    "value trust",
    "high standards",
    "source authorized distributors",
    "strict verification process",
    "attached invoices review",
    "taken following steps",
    "identified root cause",
    "fully committed",
    "deeply regret",
    "sincerely apologize",
    "comprehensive review",
    "put place measures",
    "respectfully request reinstatement",
    "reinstatement selling privileges",
    "educated team",
    "zero tolerance",
    "adhere amazon policies",
    "full compliance",
    "best practices",
    "highly value",
    "valued customers",
    "best ability",
    "plan action address",
    "ensure compliance",
    "robust processes",
    "rigorous",
    "accept sincere apologies",
    "updated internal processes",
    "corrective measures prevent",
    "ensure similar issues",
    "does not recur",
    "immediate corrective action",
    "seriousness situation",
    "further violations",
    "maintain compliance",
    "trust amazon customers",
    "every effort",
    "enhanced quality control",
    "look forward positive response",
    # Round 5: the same boilerplate in the other words sellers paste it in ("strengthen
    # management" and the like are vague promises, their own rule, not stock text).
    "taken necessary",
    "value privileges",
    "privilege cherish",
    "strive exceed expectations",
    "respect intellectual property",
    "committed policies",
    "strictly follow",
    "strictly comply",
    "look forward favourable",
    "look forward favorable",
    "top priority",
    "highest priority",
    "prevent recurrence",
    "regret inconvenience",
    "sincerely regret",
    "valuable lesson",
    "comprehensive analysis",
    "uphold standards",
    "strict review process",
    "immediately investigated",
    "improved quality control",
    "read understood policies",
    "additional measures",
    "apologize any caused",
    "ensured information accurate",
    "continue serve customers",
    "shopping experience",
    "grateful understanding",
    "improve service quality",
    "taken resolve issue",
    # The same sentences in Spanish, French and German appeals.
    "medidas necesarias",
    "vuelva ocurrir",
    "respetamos propiedad intelectual",
    "mesures nécessaires",
    "notwendigen maßnahmen",
)
STOCK_STEMS = tuple(frozenset(word[:5] for word in entry.split()) for entry in STOCK_SENTENCES)
# Each entry under one of its stems: a sentence is only compared with the entries filed
# under the stems it holds.
_STOCK_BY_STEM: dict[str, list[int]] = {}
for _index, _entry in enumerate(STOCK_STEMS):
    _STOCK_BY_STEM.setdefault(min(_entry), []).append(_index)
_ALL_STOCK_STEMS = tuple(sorted(frozenset().union(*STOCK_STEMS)))
# A letter that leans on this many stock sentences is a template, not an answer.
STOCK_MIN_ENTRIES = 2
# The stem of each word, in one pass of the engine: its first five letters (accented
# letters included, for the entries in other languages).
_STEM = compile_rule(r"([a-zß-öø-ÿ]{1,5})[a-zß-öø-ÿ]*")


def _stems(sentence: str) -> frozenset[str]:
    return frozenset(_STEM.findall(sentence.lower()))


@book.rule(
    "appeal.stock_text",
    ERROR,
    _(
        "Reads like the stock appeal templates that circulate among sellers. Amazon has seen "
        "these sentences many times: replace them with what happened in your case."
    ),
)
def stock_text(letter: Letter) -> Iterator[Hit]:
    # An entry can only match where all its stems occur: first in the letter (one pass for
    # every stem), then sentence by sentence. Only those sentences are read word by word.
    present = frozenset(letter.present(_ALL_STOCK_STEMS))
    candidates = [entry for entry in STOCK_STEMS if entry <= present]
    if len(candidates) < STOCK_MIN_ENTRIES:
        return
    hits: list[Hit] = []
    entries: set[int] = set()
    for part, text in letter.parts():
        lowered = text.lowered
        spans = text.sentence_spans()
        for sentence in _sentences_holding_an_entry(text, candidates):
            start, end = spans[sentence]
            # Stems read straight from the lower-cased text: no copy of each sentence.
            stems = (
                frozenset(_STEM.findall(lowered, start, end))
                if lowered is not None
                else _stems(text.text[start:end])
            )
            matched = {
                index
                for stem in stems & _STOCK_BY_STEM.keys()
                for index in _STOCK_BY_STEM[stem]
                if STOCK_STEMS[index] <= stems
            }
            if matched:
                entries |= matched
                hits.append(Hit(part, start, text.text[start:end].strip()))
    if len(entries) >= STOCK_MIN_ENTRIES:
        yield from hits


def _sentences_holding_an_entry(text: Text, entries: list[frozenset[str]]) -> list[int]:
    """The sentences (indexes) holding every stem of at least one of `entries`, in order."""
    found: set[int] = set()
    for entry in entries:
        stems = iter(entry)
        holding = set(text.sentences_with((next(stems),)))
        for stem in stems:
            holding.intersection_update(text.sentences_with((stem,)))
        found |= holding
    return sorted(found)


# Threatening the buyer, another seller or their people (legal threats are their own rule).
THREAT = compile_rule(
    r"\bwe\s+know\s+(?:who|where)\s+you\b|\bwe\s+know\s+(?:his|her|their|your)\s+address\b"
    r"|\bmake\s+(?:him|her|them|you)\s+pay\b|\bwe\s+will\s+find\s+(?:him|her|them|you)\b"
    r"|\bdestroy\s+(?:your|his|her|their)\s+(?:account|business|shop|store)\b"
    r"|\bsend\s+(?:people|someone|our\s+people)\s+to\b|\byou\s+will\s+regret\b"
    r"|\bpublish\s+(?:your|his|her|their)\s+name\b|\b(?:your|his|her)\s+family\s+will\s+be\b"
    r"|\breport\s+(?:you|him|her|them)\s+to\s+the\s+police\b|\bblacklist\s+(?:you|him|her|them)\b",
    re.I,
)
THREAT_NEEDLES = (
    "know",
    "make",
    "find",
    "destroy",
    "send",
    "regret",
    "publish",
    "family",
    "police",
    "blacklist",
)
threats.rule(
    "common.threat",
    ERROR,
    _(
        "Threatens a person (we know where you are, we will destroy your account). Never "
        "threaten anyone: report abuse to Amazon and keep to the facts."
    ),
    needles=THREAT_NEEDLES,
)(lambda letter: letter.sentences_matching(THREAT, needles=THREAT_NEEDLES))

RULES = [*book.rules, *threats.rules]
