"""Words the buyer rules read, per language: one registry, so every rule speaks every language.

Each entry maps a language to a regex source. `compiled(entry, language)` joins English (sellers
mix it into every language) with the letter's own language. No source has nested unbounded
repetition: every gap between two words is a bounded `[^.!?\n]{0,N}` or `(?:\\w+\\s+){0,N}`.
"""

from __future__ import annotations

import re
from functools import cache

from letters.checks.fast_regex import compile_rule

Lexicon = dict[str, str]

# A review, feedback, rating or stars, in each language.
REVIEW: Lexicon = {
    "en": r"(?:reviews?|feedback|ratings?|testimonials?|[1-5][\s-]*stars?|(?:one|two|three|four"
    r"|five)[\s-]*stars?|[1-5]\s?★)",
    "de": r"(?:bewertung\w*|rezension\w*|feedback|[1-5][\s-]*sterne\w*|fünf[\s-]*sterne\w*"
    r"|sternchen|ein\s+paar\s+sterne)",
    "fr": r"(?:avis|évaluations?|commentaires?|[1-5][\s-]*étoiles?|cinq[\s-]*étoiles?)",
    "it": r"(?:recension[ei]|feedback|valutazion[ei]|[1-5][\s-]*stell(?:e|ine)"
    r"|cinque[\s-]*stell(?:e|ine))",
    "es": r"(?:reseñas?|opini[oó]n(?:es)?|valoraci[oó]n(?:es)?|comentarios?|[1-5][\s-]*estrellas?"
    r"|cinco[\s-]*estrellas?)",
    "ja": r"(?:レビュー|評価|フィードバック|口コミ|星[1-5１-５]|★)",
}
_GAP = r"[^.!?\n]{0,80}?"
_JGAP = r"[^。！？\n]{0,30}?"
_ASK = r"(?:leav|writ|post|giv|submit|shar|provid|drop|add|rat|publish|spar|spend|spare)\w{0,4}"


def _en_review_solicitation() -> str:
    # What a review request may ask for besides a review: an opinion, a few words, the stars.
    rev0 = (
        r"(?:" + REVIEW["en"] + r"|opinions?|thoughts|impressions?|a\s+few\s+(?:words|lines)"
        r"|tell\s+other\s+(?:shoppers|buyers|customers))"
    )
    # A review named by where it goes or what it says, without the word "review": read only
    # where a request is conditional, gated, repeated or dictated; the other patterns keep
    # the short form (the pattern is compiled once per language, and size costs there).
    rev = (
        r"(?:"
        + rev0
        + r"|(?:on|to|in)\s+(?:the\s+)?(?:product|item|listing)\s+page|anything\s+(?:public|online)"
        r"|publicly|(?:shar|post|writ)\w{0,4}\s+(?:your\s+|an?\s+)?(?:honest\s+)?(?:experience"
        r"|opinion|thoughts)|(?:shar|writ|post|say|tell|told|hear|read)\w{0,4}\s+(?:\w+\s+){0,6}?on"
        r"\s+amazon\b|what\s+you\s+think|(?:some|a\s+few)\s+stars|marks"
        r"|something\s+(?:nice|good|positive|kind|great|lovely)|on\s+the\s+(?:product\s+)?listing"
        r"|tell\s+(?:others|people|everyone)\s+about"
        # Words put in the buyer's mouth: "a short 'works great' on Amazon".
        r"|[\"“‘'][^\"”’'\n]{1,60}[\"”’']\s+(?:on|to)\s+(?:amazon|the\s+listing|the\s+product\s+page))"
    )
    happy = (
        r"(?:(?:happy|satisf\w|pleased|delighted|content|glad)\w{0,3}"
        r"|(?:lik|lov|enjoy)\w{0,3}\s+(?:it|the|your|our|this|them)|lives?\s+up\s+to"
        r"|meets?\s+(?:\w+\s+)?expectations)"
    )
    return "|".join(
        (
            # Conditional: a review asked for only if the buyer is happy, or all is well.
            rf"\bif\s+(?:you(?:\s+(?:are|were|feel)|['’]re)\s+|you\s+|all\s+|everything\s+)?"
            rf"(?:(?:\w+\s+){{0,2}}?{happy}|(?:is|was|went|works?|worked)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:fine|well|good|ok|okay|great|perfect|smooth\w*)){_GAP}{rev}",
            rf"\bif\s+(?:there\s+(?:are|were|is)\s+)?no\s+(?:problems?|issues?|complaints?){_GAP}{rev}",
            rf"\bif\s+(?:everything|all|it|they|these|both|the\s+\w+)\s+(?:is|was|are|were|went|works?"
            r"|worked|arrived|arrives"
            r"|looks?|fits?|goes)\s+"
            rf"(?:\w+\s+){{0,2}}?(?:fine|well|good|ok|okay|great|perfect|smooth\w*){_GAP}{rev}",
            rf"\b{rev0}{_GAP}\bif\s+(?:you(?:\s+(?:are|were)|['’]re)\s+)?(?:\w+\s+){{0,2}}?{happy}",
            rf"\b(?:happy|satisfied|pleased|love|enjoy)\w{{0,3}}\s+(?:with\s+)?(?:\w+\s+){{0,4}}?"
            rf"\w*\?\s*(?:please\s+)?{_ASK}\s+(?:\w+\s+){{0,3}}?{rev0}",
            # Gated: the buyer must come to the seller before reviewing.
            rf"\b(?:before|instead\s+of|prior\s+to|rather\s+than)\s+(?:you\s+)?(?:\w+\s+)?{_ASK}"
            rf"\s+(?:\w+\s+){{0,3}}?{rev}",
            rf"\b{rev}{_GAP}\b(?:contact|message|tell|inform|write\s+to|talk\s+to)\s+us\s+first\b",
            rf"\b(?:contact|message|tell|inform|write\s+to|talk\s+to)\s+us\s+first\b[^.!?\n]{{0,100}}?{rev}",
            rf"\b(?:haven['’]?t|have\s+not|did\s+not|didn['’]t)\s+(?:yet\s+)?(?:left|written|posted|shared"
            rf"|had\s+(?:a\s+)?(?:chance|time)\s+to\s+\w+)\s+(?:\w+\s+){{0,2}}?{rev}",
            rf"\b(?:second|third|fourth|last|final)\s+(?:request|reminder|time|note|message|e-?mail)\b"
            rf"[^.!?\n]{{0,60}}?{rev0}|\bif\s+so\b{_GAP}{rev}"
            rf"|\b{rev0}[^.!?\n]{{0,60}}?\bsecond"
            r"\s+(?:request|reminder|time)\b",
            # Steering or dictating what the review says.
            r"\b(?:mention|say|write|describe|state|note|include|highlight|talk\s+about|praise"
            r"|shout[\s-]?out|thank|credit|tell"
            rf"\s+(?:others|other\s+(?:buyers|customers)|people)){_GAP}\b(?:in|on|within)\s+"
            rf"(?:your|the|a|an)\s+(?:\w+\s+)?{rev0}",
            rf"\b{rev0}\s+(?:like|such\s+as|saying|that\s+says|stating|mentioning|describing)\b",
            r"\bin\s+(?:your|the|a)\s+(?:\w+\s+)?(?:reviews?|feedback|ratings?)\b[^.!?\n]{0,40}?"
            r"\b(?:mention|say|write|describe|state|note|include|highlight|talk\s+about|tell)\b",
            rf"\b{rev0}[^.!?\n]{{0,30}}:\s*[\"“‘']",
            # "Some good words", "a few kind words", "a nice comment", "positive experience".
            rf"\b(?:{_ASK}|say\w{{0,3}})\s+(?:\w+\s+){{0,3}}?(?:some|few|kind|nice|good|sweet"
            r"|positive|warm|encouraging)\s+(?:good\s+|kind\s+|nice\s+|positive\s+)?"
            r"(?:words|comments?|remarks)\b",
            rf"\b{_ASK}\s+(?:\w+\s+){{0,3}}?(?:positive|good|great|glowing|favou?rable|excellent"
            r"|nice|happy|perfect)\s+(?:\w+\s+)?(?:experience|impression|words|comments?)\b",
            # Repeated: asking again, reminding, after a request was already sent.
            r"\b(?:again|another|once\s+more|one\s+more\s+time|remind\w*|reminder|follow(?:ing)?"
            r"[\s-]up|already\s+(?:asked|sent|requested|wrote)|previous(?:ly)?\s+(?:asked"
            r"|requested)|still\s+(?:waiting|hoping)|not\s+yet|haven'?t\s+yet|have\s+not\s+yet"
            rf"|had\s+a\s+chance|have\s+a\s+chance){_GAP}\b{_ASK}\s+(?:\w+\s+){{0,3}}?{rev0}",
            rf"\b{_ASK}\s+(?:\w+\s+){{0,3}}?{rev0}{_GAP}\b(?:again|yet|once\s+more)\b",
            rf"\b(?:review|feedback|rating)\s+requests?\b[^.!?\n]{{0,120}}?\b{_ASK}\s+"
            rf"(?:\w+\s+){{0,3}}?{rev0}",
            rf"\bstill\s+(?:\w+\s+){{0,2}}?(?:waiting|hoping)\s+for\s+(?:\w+\s+){{0,2}}?{rev0}",
            # Positive-only: stars or a good review asked for.
            rf"\b{_ASK}\s+(?:\w+\s+){{0,3}}?(?:positive|good|great|glowing|favou?rable|excellent"
            rf"|nice|kind|perfect|top|full|high|happy|5|five)[\s-]+(?:\w+\s+)?{rev0}",
            r"\b(?:5|five|full|top)[\s-]*(?:stars?|marks)\b|★{3,}|\b[1-5]\s?★",
            r"\b(?:some|a\s+few)\s+(?:good|kind|nice|sweet|positive|warm)\s+words\b",
            r"\b(?:hope|wish|would\s+love|love\s+to\s+(?:see|get|read)|appreciate|grateful|please|could"
            r"|can|would|help\s+us|mean\s+a\s+lot)\b[^.!?\n]{0,60}?\b(?:positive|good|great|glowing"
            r"|favou?rable|excellent|nice|kind|lovely|awesome|amazing|wonderful|perfect|best|top|high"
            rf"|happy|shining|stellar|5[\s-]*star|five[\s-]*star)\s+(?:\w+\s+)?{rev0}",
            rf"\b(?:once|when|as\s+soon\s+as|as\s+long\s+as|provided)\s+(?:you\s+(?:are|feel|['’]re)\s+"
            rf"|you['’]re\s+)(?:\w+\s+)?(?:happy|satisfied|pleased|delighted){_GAP}{rev}",
            rf"\b{rev0}[^.!?\n]{{0,40}}?\bonly\s+if\b|\bonly\s+(?:\w+\s+){{0,3}}?{rev0}\s+if\b",
            r"\brate\s+(?:us|it|them|the\s+\w+|our\s+\w+)\s+(?:highly|well|high|positively|top"
            r"|the\s+highest|5|five|10)\b|\b(?:top|full)\s+marks\b|\b10\s*/\s*10\b|\bthumbs\s+up\b",
            r"\btell\s+(?:other|others|people|everyone|the\s+world)\b[^.!?\n]{0,40}?\b(?:how|that)\s+"
            r"(?:great|good|much\s+you|well|happy|nice|amazing|wonderful)",
            r"\bsay\s+something\s+(?:nice|good|positive|kind|great)\b",
            rf"\b(?:friendly\s+|gentle\s+)?(?:reminder|nudge)\b[^.!?\n]{{0,80}}?{rev}"
            rf"|\bif\s+(?:\w+\s+){{1,5}}?(?:{happy}){_GAP}{rev}"
            # Gated: "before you rate the product, drop us a line".
            r"|\bbefore\s+(?:you\s+)?(?:rate|review|rating|reviewing)\b"
            r"|\b(?:when|once|if|as|while)\s+you\s+(?:\w+\s+)?(?:(?:post|writ|shar)\w{0,3}\s+about"
            r"|review\w{0,3}|rat(?:e|ing))\b[^.!?\n]{0,60}?\b(?:mention|say|write|describe|state"
            r"|note|include|highlight|call)\s+(?:that|it|how|the|what)\b"
            rf"|\b(?:again|once\s+more)\s*[:,-]\s*(?:\w+\s+){{0,3}}?{rev}"
            r"|\b(?:missed|ignored)\s+(?:our|my)\s+(?:first|previous|last|earlier)\s+(?:message"
            rf"|e-?mail|request|note)\b[^.!?\n]{{0,80}}?{rev}"
            r"|\bjust\s+checking\s+(?:if|whether)\b"
            rf"[^.!?\n]{{0,60}}?{rev0}",
            rf"\b(?:happy|satisfied|pleased)\s+customers?\b[^.!?\n]{{0,60}}?{rev0}",
            r"\b(?:review|feedback)\s+request\b[^.!?\n]{0,120}?\b(?:again|another|once\s+more)\b",
            rf"\b(?:if|when|once|as|while)\s+you\s+(?:\w+\s+){{0,2}}?{_ASK}\s+(?:\w+\s+){{0,3}}?"
            rf"(?:{rev}|on\s+amazon){_GAP}\b(?:mention|say|write|describe|state|note|include"
            r"|highlight|talk\s+about)\b",
            # Positive only, in so many words: "only positive feedback please".
            rf"\bonly\s+(?:\w+\s+)?(?:positive|good|great|happy|5[\s-]*stars?|five[\s-]*stars?)\s+"
            rf"(?:\w+\s+)?{rev0}",
            r"\b(?:positive|good|great|glowing|5[\s-]*stars?|five[\s-]*stars?)\s+(?:feedback|reviews?"
            r"|ratings?)\s+(?:only|please|pls|plz)\b",
            # Gated by timing: "hold off on writing a review until…", "before your review goes up".
            rf"\b(?:hold\s+off|wait)\s+(?:on|with|before)\s+(?:\w+\s+){{0,3}}?{rev}",
            rf"\bbefore\s+(?:your|the|any|a)\s+(?:\w+\s+)?{rev0}\s+(?:goes|is|gets|appears)\b",
            # Repeated: "sorry for asking again", "as we asked last week", "don't forget to".
            rf"\b(?:sorry\s+(?:for|to)\s+(?:ask|bother|remind)\w*|ask\w*\s+(?:you\s+)?again"
            rf"|remind\w*\s+you)\b[^.!?\n]{{0,120}}?{rev}",
            rf"\b{rev0}[^.!?\n]{{0,120}}?\bask\w*\s+(?:you\s+)?again\b",
            rf"\bas\s+(?:we|i)\s+(?:already\s+)?(?:asked|mentioned|wrote|said|requested)\b"
            rf"[^.!?\n]{{0,80}}?{rev}",
            rf"\b(?:don['’]?t|do\s+not|never)\s+forget\s+to\s+(?:\w+\s+){{0,4}}?{rev}",
            r"\b(?:review|feedback|rating)\s+(?:invitation|request|e-?mail|reminder)s?\b"
            r"[^.!?\n]{0,40}?\b(?:already|last\s+\w+|earlier|before|previously)\b",
            r"\balready\s+(?:sent|asked|requested|e-?mailed)\b[^.!?\n]{0,60}?\b(?:reviews?"
            r"|feedback|ratings?)\b",
            rf"\bstill\s+(?:\w+\s+){{0,2}}?(?:love|like|hope|hoping|waiting)\b[^.!?\n]{{0,60}}?{rev}",
            rf"\b(?:{_ASK}|say\w{{0,3}})\s+(?:us\s+)?something\s+(?:nice|good|positive|kind|great"
            r"|lovely|sweet)\b",
        )
    )


REVIEW_SOLICITATION: Lexicon = {
    "en": _en_review_solicitation()
    # What the review should praise, dictated: "please mention how quickly we sent the
    # replacement", "on the condition that your review reflects our quick support".
    + r"|\b(?:mention|mentioning|write|writing|say|share|sharing|highlight\w*|talk\s+about"
    r"|tell\s+(?:others"
    r"|everyone|the\s+world|other\s+\w+))\s+(?:\w+\s+){0,2}?how\s+(?:quick|quickly|fast|helpful"
    r"|friendly|great|nice|kind|comfy|comfortable|soft|professional)\b"
    r"|\b(?:review|feedback|rating)\s+(?:\w+\s+){0,2}?reflects\s+(?:our|the)\s+(?:\w+\s+){0,2}?"
    r"(?:service|support|help|response|solution|replacement|refund|care)\b"
    # Stars bargained for: "give at least 3 stars".
    r"|\b(?:give|giving|leave|leaving|rate|rating|raise|change|update|make\s+it)\s+(?:\w+\s+){0,2}?"
    r"at\s+least\s+(?:[1-5]|one|two|three|four|five)[\s-]*stars?\b",
    "de": (
        r"\b(?:wenn|falls)\s+(?:sie|du)\s+(?:\w+\s+){0,4}?(?:zufrieden|glücklich|gefällt|gefallen"
        rf"|begeistert){_GAP}{REVIEW['de']}"
        rf"|{REVIEW['de']}{_GAP}\b(?:wenn|falls)\s+(?:sie|du)\s+(?:\w+\s+){{0,3}}?zufrieden"
        r"|\b(?:positive|gute|tolle|sehr\s+gute|beste|5[\s-]*sterne|fünf[\s-]*sterne)[\s-]*"
        r"(?:bewertung|rezension|feedback)\w*|\b(?:5|fünf)\s*sterne\w*"
        r"|\b(?:bevor|anstatt|statt)\s+(?:sie\s+)?(?:\w+\s+){0,4}?(?:bewert|rezension|feedback)"
        rf"|\b(?:wenn|falls)\s+(?:alles|es)\s+(?:\w+\s+){{0,3}}?(?:in\s+ordnung|gut|ok|passt|geklappt)"
        rf"{_GAP}{REVIEW['de']}"
        r"|\b(?:erwähnen|schreiben)\s+sie\s+(?:bitte\s+)?(?:\w+\s+){0,3}?in\s+(?:ihrer|der|einer)"
        r"\s+(?:bewertung|rezension)"
        r"|\b(?:erneut|nochmals|noch\s+einmal|erinner\w*)\b[^.!?\n]{0,60}?(?:bewert|rezension)"
        r"|\b(?:ein\s+paar|einige)\s+(?:nette|gute|positive|freundliche)\s+worte\b"
        r"|\bzuerst\b[^.!?\n]{0,60}?\bbevor\s+sie\s+(?:\w+\s+){0,3}?(?:schreiben|posten"
        r"|veröffentlichen|bewerten)"
    ),
    "fr": (
        r"\bsi\s+vous\s+(?:êtes|etes|avez\s+été|étiez)\s+(?:\w+\s+)?(?:satisfait|content|ravi)e?s?"
        rf"\b{_GAP}(?:{REVIEW['fr']}|petit\s+mot|quelques\s+mots|mot\s+(?:positif|gentil))"
        r"|\b(?:avis|évaluation|commentaire)s?\s+(?:positif|favorable|élogieux|5\s+étoiles)s?"
        r"|\b(?:bonne|excellente|meilleure)\s+note\b|\b(?:bon|excellent)\s+commentaire\b"
        r"|\b(?:5|cinq)\s+étoiles\b|\bbon\s+avis\b|\bnote\s+maximale\b"
        r"|\bavant\s+de\s+(?:laisser|publier|écrire|donner|rédiger)\s+(?:un|votre|une|le)\s+"
        r"(?:avis|évaluation|commentaire)|\bavant\s+d['’](?:évaluer|noter)"
        r"|\bsi\s+(?:tout\s+(?:va|est|s['’]est)\s+(?:\w+\s+)?(?:bien|ok|parfait)|le\s+produit\s+vous"
        rf"\s+pla[iî]t|vous\s+(?:l['’]|les\s+)?aimez){_GAP}(?:avis|évaluation|étoiles|note)"
        r"|\b(?:à\s+nouveau|de\s+nouveau|rappel\w*)\b[^.!?\n]{0,60}?(?:avis|évaluation)"
        r"|\bquelques\s+mots\s+(?:gentils|positifs|sympathiques)"
        r"|\bmentionn\w+\s+(?:\w+\s+){0,4}?dans\s+(?:votre|l['’])\s*avis"
    ),
    "it": (
        r"\bse\s+(?:è|e'|sei|siete|è\s+stat[oa])\s+(?:\w+\s+)?(?:soddisfatt|content)\w*"
        rf"{_GAP}{REVIEW['it']}"
        r"|\b(?:recensione|valutazione)\s+positiva|\bfeedback\s+positivo|\b(?:5|cinque)\s+stelle\b"
        r"|\b(?:buona|ottima|bella)\s+(?:recensione|valutazione)"
        r"|\bprima\s+di\s+(?:lasciare|scrivere|pubblicare)\s+(?:una|la|un|il)\s+"
        r"(?:recensione|valutazione|feedback)|\bprima\s+di\s+valutar\w*"
        r"|\bse\s+(?:tutto\s+(?:è|e'|va)\s+(?:\w+\s+)?(?:bene|ok|ok\.)|le\s+piace|il\s+prodotto\s+le"
        rf"\s+piace){_GAP}(?:recension|valutazion|stelle)"
        r"|\b(?:di\s+nuovo|nuovamente|ricord\w+)\b[^.!?\n]{0,60}?(?:recension|valutazion)"
        r"|\bqualche\s+parola\s+(?:gentile|positiva|buona)"
        r"|\bmenzion\w+\s+(?:\w+\s+){0,4}?nella\s+(?:sua\s+)?recensione"
    ),
    "es": (
        r"\bsi\s+(?:está|esta|estás|quedó|ha\s+quedado|queda)\s+(?:\w+\s+)?(?:satisfech|content)"
        rf"\w*{_GAP}{REVIEW['es']}"
        r"|\b(?:reseña|opinión|valoración|comentario)\s+positiv[ao]|\b(?:5|cinco)\s+estrellas\b"
        r"|\b(?:buena|excelente|mejor)\s+(?:reseña|opinión|valoración|calificación)"
        r"|\bantes\s+de\s+(?:dejar|escribir|publicar|dar)\s+(?:una|su|un|la)\s+"
        r"(?:reseña|opinión|valoración|comentario)|\bantes\s+de\s+(?:valorar|opinar|calificar)"
        r"|\bsi\s+(?:todo\s+(?:está|esta|ha\s+ido|fue)\s+(?:\w+\s+)?(?:bien|ok|perfecto)|le\s+gusta"
        rf"|el\s+producto\s+le\s+gusta){_GAP}(?:reseña|opini|valoraci|estrellas)"
        r"|\b(?:de\s+nuevo|nuevamente|otra\s+vez|recordar\w*|recordatorio)\b[^.!?\n]{0,60}?"
        r"(?:reseña|opinión|valoración)"
        r"|\bunas\s+(?:buenas|bonitas|amables)\s+palabras"
        r"|\bmencion\w+\s+(?:\w+\s+){0,4}?en\s+su\s+(?:reseña|opinión)"
    ),
    "ja": (
        rf"(?:満足|気に入|お気に召)[^。！？\n]{{0,20}}?(?:ら|れば|場合){_JGAP}(?:レビュー|評価)"
        r"|星[5５]|★[5５]|★★★★★|[5５]つ星|五つ星|高評価|良い評価|好評価|良いレビュー"
        r"|(?:レビュー|評価)[^。！？\n]{0,15}?(?:前に|する前|される前)"
        r"|(?:再度|改めて|もう一度)[^。！？\n]{0,30}?(?:レビュー|評価)"
        r"|(?:問題(?:が)?なければ|問題ございませんでしたら)[^。！？\n]{0,40}?(?:レビュー|評価)"
        r"|(?:レビュー|評価)[^。！？\n]{0,10}?[「『]"
    ),
}

_CHANGE = (
    r"(?:chang|updat|edit|revis|modif|amend|remov|delet|withdr[ae]w|retract|reconsider|upgrad"
    r"|improv|rais|eras|take\s+down|taking\s+down)\w{0,4}"
)
_CLOSE = r"(?:cancel|clos|withdr[ae]w|retract|drop|remov|delet|revok|take\s+back)\w{0,4}"
_DESCRIBED = (
    r"(?:(?:the|your|this|that|its|my|our|a|an)\s+)?(?:(?:negative|bad|poor|low|critical|"
    r"unfavou?rable|harsh|previous|recent|last|earlier|original|product|seller|honest|"
    r"[1-5][\s-]*stars?|one[\s-]*star|a-?to-?z|a-z|guarantee)[\s-]+){0,3}"
)
_CLAIM = r"(?:claims?|disputes?|chargebacks?|complaints?)"
REMOVE_OR_CANCEL: Lexicon = {
    "en": (
        rf"\b{_CHANGE}\s+{_DESCRIBED}(?:{REVIEW['en']}|comments?|(?:one|two|1|2)[\s-]*stars?)\b"
        rf"|\b{_CLOSE}\s+{_DESCRIBED}{_CLAIM}\b"
        r"|\b(?:reviews?|feedback|ratings?|stars?)\s+(?:is|are|gets?|being|be)\s+(?:bumped|moved"
        r"|pushed|raised|turned)\s+up\b"
        # The nudge by example: "many customers later updated their review once it was solved".
        r"|\b(?:customers|buyers|people|others|clients)\b[^.!?\n]{0,60}?\b(?:updated|changed"
        r"|revised|edited|removed|raised|amended|upgraded|deleted)\s+their\s+(?:\w+\s+)?"
        r"(?:reviews?|feedback|ratings?)\b"
        rf"|\b{REVIEW['en']}\s+(?:\w+\s+){{0,3}}?(?:be|been|being|get|gets)\s+{_CHANGE}"
        # "The claim will be closed by Amazon" tells the buyer what happens; it asks nothing.
        rf"|\b{_CLAIM}\s+(?:\w+\s+){{0,3}}?(?:be|been|being|get|gets)\s+{_CLOSE}(?!\w)"
        r"(?!\s+(?:automatically|by\s+amazon))"
        r"|\btake\s+(?:away|off|back)\s+(?:the\s+|your\s+|that\s+|this\s+)?(?:one|two|1|2|low"
        r"|bad)[\s-]*stars?\b|\bsecond\s+chance\s+(?:on|in|with)\s+(?:your|the)\s+"
        r"(?:reviews?|feedback|ratings?)\b"
        # Cancelling the order asked of the buyer, often to buy again.
        r"|\b(?:please|pls|kindly|just|better\s+(?:you\s+)?|can\s+you|could\s+you|would\s+you)\s+"
        r"(?:\w+\s+){0,2}?cancel\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:order|it|purchase)\b"
        r"|\bcancel\w{0,3}\s+(?:the\s+|your\s+)?(?:order|it)\b[^.!?\n]{0,40}?\b(?:buy|order"
        r"|purchase|place|re-?order)\w*\s+(?:it\s+|one\s+)?(?:again|new|a\s+new|another)\b"
        r"|\brefuse\s+(?:the\s+)?(?:parcel|package|delivery|shipment)\b[^.!?\n]{0,60}?\b(?:cancel"
        r"|(?:order|buy|purchase)\w*\s+(?:\w+\s+){0,3}?again)"
        r"|\bchange\w{0,3}\s+(?:the\s+|your\s+)?return\s+reason\b"
        r"|\b(?:cancel|withdr[ae]w|retract)\w{0,4}\s+(?:the|your|this)\s+(?:return|refund)\b"
        r"|\b(?:please|could\s+you|can\s+you|would\s+you)\s+(?:\w+\s+){0,3}?clos\w{0,3}\s+"
        r"(?:the|your|this)\s+(?:return|refund|a-?to-?z|claim|case)"
        r"|\b(?:please|kindly|could\s+you|can\s+you|would\s+you|will\s+you|need\s+you\s+to"
        r"|want\s+you\s+to|ask(?:ing)?\s+you\s+to|like\s+you\s+to|request\s+(?:that\s+)?you)"
        r"\s+(?:\w+\s+){0,2}?cancel\s+(?:the|your|this|that)\s+(?:\w+\s+)?(?:order|purchase)"
        r"|\bplease\s+(?:\w+\s+){0,2}?request\s+(?:a\s+)?cancell?ation\b"
        r"|\b(?:take\s+down|remov|delet|edit|chang|withdraw|updat|revis|correct)\w*\s+what\s+you\s+(?:wrote|said"
        r"|posted|left)\b"
        r"|\b(?:adjust|reconsider|rethink|revisit|amend)\w{0,3}\s+(?:the|your|this|that)\s+"
        r"(?:\w+\s+)?(?:reviews?|feedback|ratings?|stars?|comments?)\b"
        r"|\b(?:remove|delete|take\s+down)\s+(?:the\s+)?(?:photos?|pictures?|video|post)\s+you\s+"
        r"(?:posted|uploaded|left|shared)\b"
    ),
    "de": (
        r"\b(?:bewertung|rezension|feedback|garantieantrag|reklamation)\w*\s+(?:\w+\s+){0,4}?"
        r"(?:zu\s+)?(?:ändern|entfernen|löschen|zurückziehen|zurückzuziehen|zurücknehmen"
        r"|aktualisieren|anpassen|schließen|zu\s+ändern|zu\s+entfernen|zu\s+löschen|überdenken"
        r"|überarbeiten|anheben|korrigieren)"
        r"|\b(?:ändern|entfernen|löschen)\s+sie\s+(?:bitte\s+)?(?:ihre|die)\s+(?:bewertung|rezension)"
        r"|\bstornieren\s+sie\s+(?:bitte\s+)?(?:die|ihre|diese)\s+bestellung"
        r"|\bbitte\s+(?:\w+\s+){0,4}?bestellung\s+(?:zu\s+)?stornieren"
        r"|\b(?:ändern|entfernen|löschen|korrigieren)\s+sie\s+(?:bitte\s+)?(?:ihre|die|den|ihren)\s+"
        r"(?:\w+\s+)?(?:bewertung|rezension|kommentar|sterne)"
    ),
    "fr": (
        r"\b(?:modifier|supprimer|retirer|changer|mettre\s+à\s+jour|annuler|clôturer|fermer)\s+"
        r"(?:votre|son|l['’]|cet|cette|la|le)\s*(?:\w+\s+)?(?:avis|évaluation|commentaire|note"
        r"|réclamation|litige)"
        r"|\b(?:veuillez|merci\s+d['’]|pourriez-vous|pouvez-vous|nous\s+vous\s+demandons\s+d['’])"
        r"\s*(?:\w+\s+){0,2}?annuler\s+(?:votre|la|cette)\s+commande"
        r"|\bannulez\s+(?:votre|la|cette)\s+commande"
        r"|\b(?:modifiez|supprimez|retirez|changez|annulez)\s+(?:votre|la|le|cette|cet)\s+"
        r"(?:\w+\s+)?(?:avis|évaluation|commentaire|note|réclamation|litige|retour)"
    ),
    "it": (
        r"\b(?:modificare|rimuovere|cancellare|eliminare|cambiare|aggiornare|ritirare|chiudere)"
        r"\s+(?:la\s+sua|la|il\s+suo|il|sua|suo)\s+(?:recensione|valutazione|feedback|reclamo)"
        r"|\b(?:la\s+preghiamo\s+di|per\s+favore|potrebbe|può)\s+(?:\w+\s+){0,2}?annullare\s+"
        r"(?:l['’]|il\s+suo\s+|questo\s+)ordine"
        r"|\bannull(?:i|ate)\s+(?:l['’]|il\s+suo\s+|il\s+)ordine"
        r"|\b(?:chiuda|ritiri|annulli|cancelli|modifichi|elimini|rimuova)\s+(?:la|il)\s+(?:sua\s+|suo\s+)?"
        r"(?:richiesta|reclamo|contestazione|caso|recensione|valutazione|feedback|reso)"
    ),
    "es": (
        r"\b(?:modificar|eliminar|cambiar|retirar|actualizar|borrar|quitar|cerrar)\s+"
        r"(?:su|la|el|tu|esta)\s+(?:reseña|opinión|valoración|comentario|reclamación|reclamo)"
        r"|\b(?:por\s+favor|le\s+pedimos\s+que|podría|puede)\s+(?:\w+\s+){0,2}?"
        r"(?:cancele|cancelar)\s+(?:su|el|este)\s+pedido|\bcancele\s+(?:su|el|este)\s+pedido"
        r"|\b(?:si\s+)?(?:cambia|cambie|modifica|modifique|elimina|elimine|borra|borre|retira"
        r"|retire|quita|quite|actualiza|actualice|cierra|cierre)\s+(?:su|la|el|tu|esta)\s+"
        r"(?:\w+\s+)?(?:reseña|opinión|valoración|comentario|reclamación|reclamo|disputa"
        r"|solicitud\s+de\s+devoluci[oó]n)"
    ),
    "ja": (
        r"(?:レビュー|評価|クレーム|申請)[^。！？\n]{0,10}?(?:削除|変更|修正|取り消|取下|撤回)"
        r"|キャンセルして(?:ください|いただけ|頂け)"
        r"|(?:返品|返金)?リクエスト[^。！？\n]{0,10}?(?:取り消|取消|キャンセル|撤回)"
    ),
}

# "Please correct it", "if it is not withdrawn", "Wenn Sie sie nicht löschen": a request to
# change or withdraw "it", read with REMOVAL_CONTEXT (the review or claim named nearby).
PRONOUN_REMOVAL: Lexicon = {
    "en": (
        r"\b(?:please|kindly|could\s+you|can\s+you|would\s+you(?:\s+mind)?|will\s+you|if\s+you"
        r"\s+(?:do\s+not|don['’]?t|can|could|would)|unless\s+you|you\s+(?:should|must|need\s+to"
        r"|have\s+to))\s+(?:\w+\s+){0,2}?(?:correct|delet|remov|edit|chang|updat|withdr[ae]w"
        r"|retract|cancel|clos|take\s+down|reconsider|revis|amend)\w{0,4}\s+(?:it|them|this|that)\b"
        r"|\b(?:it|this|that|they|the\s+(?:review|feedback|rating|claim|chargeback|dispute))\s+"
        r"(?:is|are)\s+(?:still\s+)?not\s+(?:withdrawn|removed|deleted|corrected|changed|cancell?ed"
        r"|closed|taken\s+down|gone|down)\b"
        r"|\b(?:if|unless|when|as\s+long\s+as)\s+(?:it|this|that|they|the\s+(?:review|feedback"
        r"|rating|claim))\s+(?:is\s+still|are\s+still|stays?|remains?)\s+(?:online|up|there|visible"
        r"|live|posted|published|open)\b|\b(?:bump|push)\w*\s+(?:it|that|this|them|(?:the|your|that|this)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:rating|review|stars?|feedback))\s+up\b"
        r"|(?:^|(?<=[.!?,;:]\s)|(?<=\n))(?:correct|delete|remove|withdraw|retract|take\s+down)\s+"
        r"(?:it|them)\b"
    ),
    "de": (
        r"\b(?:wenn|falls|sofern)\s+sie\s+(?:sie|es|diese|diesen|ihn)\s+(?:\w+\s+){0,5}?"
        r"(?:löschen|entfernen|ändern|zurückziehen|zurücknehmen|korrigieren)"
        r"|\b(?:löschen|entfernen|ändern|korrigieren)\s+sie\s+(?:bitte\s+)?(?:sie|es|diese)\b"
    ),
    "fr": (
        r"\b(?:veuillez|merci\s+de|pourriez-vous|pouvez-vous|si\s+vous\s+ne)\s+(?:\w+\s+){0,2}?"
        r"(?:le|la|les)\s+(?:supprimer|retirer|modifier|annuler|corriger|fermer|clôturer"
        r"|fermez|clôturez|supprimez|retirez"
        r"|modifiez|annulez|corrigez)|\b(?:supprimez|retirez|modifiez|annulez|corrigez)-(?:le|la"
        r"|les)\b"
    ),
    "it": (
        r"\bse\s+non\s+(?:la|lo|le)\s+(?:ritira|rimuove|cancella|elimina|modifica|chiude)"
        r"|\b(?:la\s+preghiamo\s+di|per\s+favore|potrebbe|può)\s+(?:\w+\s+)?(?:ritir|rimuover"
        r"|cancellar|eliminar|modificar|chiuder|corregger)\w{0,2}(?:la|lo|le)\b"
    ),
    "es": (
        r"\bsi\s+no\s+(?:la|lo|las|los)\s+(?:retira|elimina|borra|cambia|modifica|cierra|quita"
        r"|corrige)\w*|\b(?:por\s+favor|le\s+pedimos\s+que|podría|puede)\s+(?:\w+\s+)?(?:retirar"
        r"|eliminar|borrar|cambiar|modificar|cerrar|quitar)(?:la|lo)\b"
        r"|\b(?:retírela|elimínela|bórrela|cámbiela|modifíquela|ciérrela|quítela)\b"
    ),
}
REMOVAL_CONTEXT: Lexicon = {
    "en": r"\b(?:reviews?|feedback|ratings?|stars?|comments?|claims?|chargebacks?|disputes?"
    r"|a-?to-?z|complaints?|post)\b",
    "de": r"\b(?:bewertung|rezension|feedback|sterne|reklamation|garantieantrag|rückbuchung"
    r"|beschwerde|kommentar)",
    "fr": r"\b(?:avis|évaluation|commentaire|réclamation|litige|étoiles?)\b",
    "it": r"\b(?:recension|valutazion|feedback|reclam|contestazion|disputa|comment|stell)",
    "es": r"\b(?:reseña|opini[oó]n|valoraci[oó]n|comentario|reclam|disputa|estrellas)",
}

_VALUE_EN = (
    r"\b(?:refund\w*|gift\w*|coupons?|claim\s+codes?|promo(?:tion(?:al)?)?\s+codes?|discount\w*"
    r"|vouchers?|cash\s*back|rebates?|compensat\w*|rewards?|bonus\w*|paypal|money\s+back|money"
    r"|free|freebies?|store\s+credit|credit|cash|points"
    r"|gift\s+cards?)\b|\$\s?\d|[£€]\s?\d|(?<!\d)\d{1,3}\s*%\s*off\b"
    r"|\b\d+\s*(?:dollars?|bucks|euros?|pounds?|usd|eur|gbp)\b|\bsurprise\b|\bsamples?\b"
    r"|\bextend\w*\s+(?:\w+\s+)?warranty\b|(?<!\d)\d{1,3}\s*%\s*(?:back|extra|more|on\s+top"
    r"|cash)\b|\b(?:another|extra|additional)\s+\d{1,3}\s*%"
)
INCENTIVE_VALUE: Lexicon = {
    "en": _VALUE_EN,
    "de": r"\b(?:gutschein\w*|rabatt\w*|geschenk\w*|erstatt\w*|rückerstatt\w*|gratis"
    r"|kostenlos\w*|prämie|belohnung|geld\s+zurück)\b|\b\d+\s*(?:€|euro\b)|€\s?\d",
    "fr": r"\b(?:bon\s+d['’]achat|bon\s+de\s+réduction|coupon|cadeau|remboursement|réduction"
    r"|gratuit\w*|récompense|code\s+promo)\b",
    "it": r"\b(?:buono|sconto|regal\w*|omaggio|rimbors\w*|gratis|gratuit\w+|ricompensa"
    r"|coupon)\b|\b\d+\s*(?:€|euro\b)|€\s?\d",
    "es": r"\b(?:cupón|descuento|regal\w*|reembols\w*|devolvemos|gratis|gratuit\w+|recompensa"
    r"|vale)\b|\b\d+\s*(?:€|euros?\b)|€\s?\d",
    "ja": r"(?:クーポン|割引|プレゼント|返金|ギフト|無料|特典|ポイント)",
}
# The value is tied to the review: given for, after or in exchange for one.
INCENTIVE_TIE: Lexicon = {
    "en": (
        rf"\b{_ASK}\s+(?:\w+\s+){{0,3}}?{REVIEW['en']}"
        rf"|\b(?:in\s+exchange\s+for|in\s+return\s+for|(?<!you\s)(?<!thanks\s)for\s+(?:a|an|your)"
        r"|after|once|when|as\s+soon\s+as)\s+"
        rf"(?:\w+\s+){{0,4}}?{REVIEW['en']}"
        rf"|\b{REVIEW['en']}\s+(?:\w+\s+){{0,3}}?(?:and|to)\s+(?:get|receive|earn|we\s+will|we'll)"
        rf"|\bif\s+you\s+(?:\w+\s+){{0,3}}?{REVIEW['en']}"
        rf"|\b(?:on\s+(?:the\s+)?condition\s+that|provided\s+(?:that\s+)?|as\s+long\s+as)\s+"
        rf"(?:\w+\s+){{0,3}}?{REVIEW['en']}"
        r"|\b(?:in\s+exchange\s+for|in\s+return\s+for)\s+(?:\w+\s+){0,3}?(?:opinion|thoughts"
        r"|experience)|\breviewers?\b|\beveryone\s+who\s+(?:reviews?|rates?|leaves?)\b"
        r"|\bscreenshot\s+of\s+(?:your|the)\s+(?:review|feedback|rating)"
        # Changing or deleting a review is a review too: "in return, remove the 1 star".
        rf"|\b(?:remov|delet|chang|updat|edit|revis|withdr[ae]w)\w{{0,3}}\s+(?:\w+\s+){{0,3}}?"
        rf"(?:{REVIEW['en']}|comments?)"
        # "After you delete, please tell us": the review is understood, nothing else is named.
        r"|\b(?:after|once|when|if)\s+you\s+(?:\w+\s+)?(?:delete|remove|change|update|edit)"
        r"\w{0,2}(?=\s*[,.;!?]|\s+(?:please|then|us)\b)"
        r"|\bif\s+you\s+(?:\w+\s+){0,3}?(?:comments?|opinion)\b"
        r"|\b(?<!you\s)(?<!thanks\s)(?:for|after)\s+(?:your|an|a)\s+(?:\w+\s+){0,2}?(?:opinion|thoughts)\b"
        # A review named by what it shares or where: "share your experience on the product page".
        r"|\bif\s+you\s+(?:\w+\s+){0,2}?(?:rate|review)\b"
        r"|\b(?:shar|post|writ|leav)\w{0,4}\s+(?:your\s+|an?\s+)?(?:honest\s+)?(?:opinion|thoughts"
        r"|experience|impressions?)\b"
        r"|\b(?:shar|post|writ|leav|say)\w{0,4}\s+(?:\w+\s+){0,4}?(?:on|to)\s+(?:the\s+)?"
        r"(?:product\s+page|listing|amazon)\b"
        r"|\b(?:write|say|post|leave)\s+(?:us\s+)?something\s+(?:nice|good|positive|kind|great)"
    ),
    "de": rf"\b(?:für|nach|gegen)\s+(?:\w+\s+){{0,2}}?{REVIEW['de']}"
    rf"|{REVIEW['de']}[^.!?\n]{{0,40}}?\b(?:erhalten|bekommen|senden\s+wir)"
    rf"|\b(?:wenn|falls|sobald|nachdem)\s+sie\s+(?:\w+\s+){{0,4}}?{REVIEW['de']}"
    r"|\bhinterlassen\s+sie\s+(?:uns\s+)?(?:eine|ihre)\s+(?:bewertung|rezension)",
    "fr": rf"\b(?:en\s+échange\s+d['’]|pour|après|contre)\s*(?:\w+\s+){{0,2}}?{REVIEW['fr']}"
    r"|\blaissez(?:-nous)?\s+(?:un|votre)\s+(?:avis|commentaire|évaluation)"
    rf"|\bsi\s+vous\s+(?:\w+\s+){{0,4}}?{REVIEW['fr']}"
    rf"|\b(?:dès\s+que|une\s+fois\s+que|lorsque|quand)\s+(?:\w+\s+){{0,4}}?{REVIEW['fr']}",
    "it": rf"\b(?:in\s+cambio\s+di|per|dopo|contro)\s+(?:\w+\s+){{0,3}}?{REVIEW['it']}"
    r"|\blascia?(?:\s*ci)?\s+(?:una|la\s+sua)\s+(?:recensione|valutazione)"
    rf"|\bse\s+(?:\w+\s+){{0,3}}?{REVIEW['it']}",
    "es": rf"\b(?:a\s+cambio\s+de|por|después\s+de|tras)\s+(?:\w+\s+){{0,3}}?{REVIEW['es']}"
    r"|\bd[ée]j(?:a|e|enos|anos|arnos|ar)\s+(?:una|su|tu)\s+(?:reseña|opinión|valoración)"
    rf"|\bsi\s+(?:\w+\s+){{0,3}}?{REVIEW['es']}",
    "ja": r"(?:レビュー|評価)",
}

PROMOTION: Lexicon = {
    "en": (
        r"\bwith\s+your\s+next\s+(?:order|purchase)\b"
        r"|\b(?:next|future)\s+(?:orders?|purchases?)\s+(?:\w+\s+){0,3}?(?:gets?|comes?\s+with"
        r"|includes?)\s+(?:a\s+)?free\b"
        r"|\b(?:search|look)\s+(?:for\s+)?(?:our|the)\s+(?:brand|store|shop)(?:\s+name)?\s+"
        r"(?:on|in)\s+amazon\b|\bsearch\s+(?:for\s+)?our\s+(?:brand|store|shop)\b"
        r"|\bsearch\s+(?:for\s+)?[\"“']?[A-Z][\w-]{1,30}[\"”']?\s+on\s+amazon\b"
        r"|\b(?:new|latest|upcoming)\s+(?:\w+\s+)?(?:collections?|arrivals?|product\s+lines?"
        r"|ranges?|lookbooks?)\b|\b(?:just|recently|newly)\s+(?:launched|released|introduced)\b"
        r"|\bsearch\s+(?:bar|box|field)\b|\bour\s+(?:amazon\s+)?(?:storefront|brand\s+store)\b"
        r"|\bour\s+amazon\s+(?:store|shop|page)\b|\b(?:spring|summer|autumn|fall|winter|holiday"
        r"|christmas|easter)\s+(?:collection|range|line|lookbook|catalog(?:ue)?)s?\b"
        r"|\bfree\s+samples?\b|\bbest[\s-]?sellers?\b|\bgift\s+guides?\b"
        r"|\bsister\s+(?:brand|store|shop|company|line)\b|\b(?:discount|loyalty|coupon)\s+cards?\b"
        # A deal on a later order: "$5 off next time", "use code THANKS10", "buy 2 get 1 free".
        r"|\b(?:next\s+time|next\s+(?:order|purchase)|future\s+(?:orders?|purchases?))\b"
        r"[^.!?\n]{0,60}?(?:\d\s*%|[$£€]\s?\d|\d\s?[$£€]|\boff\b|\bdiscount|\bcoupon|\bcode\b"
        r"|\bsave\b)|(?:\d\s*%|[$£€]\s?\d|\bcoupon|\bdiscount|\bcode\b)[^.!?\n]{0,60}?\b(?:next"
        r"\s+time|next\s+(?:order|purchase)|future\s+(?:orders?|purchases?))\b"
        r"|[$£€]\s?\d+(?:[.,]\d+)?\s+off\b|\b\d+\s?[$£€]\s+off\b|\buse\s+(?:the\s+)?code\s+\w"
        r"|\bbuy\s+(?:\d|one|two)\s+(?:more\s+)?(?:and\s+)?get\s+(?:\d|one)\b"
        r"|\bour\s+(?:new|latest|upcoming|other|best-?selling)\s+(?:\w+\s+)?(?:products|items"
        r"|models|designs|releases)\b"
        r"|\b(?:discount|coupon|promo(?:tion(?:al)?)?|voucher)\s+codes?\b"
        r"|\b\d{1,2}\s*%\s*discount\b|\b(?:check|visit|see)\s+(?:out\s+)?our\s+(?:brand|store|shop)"
        r"\s+page\b|\bother\s+colou?rs?\b[^.!?\n]{0,40}?\bdiscount"
        r"|\b(?:follow|favou?rite|bookmark)\s+(?:our|my)\s+(?:shop|store|brand|page|storefront)\b"
        r"|\b(?:visit|check\s+out|see|browse)\s+(?:our|my)\s+(?:amazon\s+)?(?:store(?:front)?"
        r"|shop|brand\s+store|other\s+listings)\b"
        r"|\b\d{1,2}\s*%\s*off\b|\bblack\s+friday\b|\bcyber\s+monday\b"
        r"|\bprime\s+day\s+(?:deals?|sales?|discounts?)\b"
        r"|\bamazon\.[a-z.]{2,6}/(?:shops|stores|s\b|s\?)"
        # The shop's own catalogue, brochure or flyer sent along is an advertisement.
        r"|\bour\s+(?:\w+\s+){0,3}?(?:catalog(?:ue)?|brochure|flyer|lookbook|price\s+list)s?\b"
    ),
    "de": (
        r"\bunser\w*\s+(?:neue\w*|andere\w*|weitere\w*)\s+(?:produkte|kollektion|artikel"
        r"|angebote)\b|\bneue\w*\s+kollektion\b|\bnächste\w*\s+(?:bestellung|einkauf|kauf)\b"
        r"|\b(?:rabatt|gutschein)code\b|\bfolgen\s+sie\s+uns\b|\bnewsletter\b"
        r"|\bsonderangebot\w*|\b\d{1,2}\s*%\s+rabatt\b|\bsuchen\s+sie\s+(?:nach\s+)?unser\w*\s+"
        r"(?:marke|shop|markennamen)"
        r"|\bbesuchen\s+sie\s+unser\w*\s+(?:shop|store|markenshop|website|seite)"
        r"|\bweitere\w*\s+(?:produkte|artikel)\s+(?:von\s+uns|aus\s+unserem)"
        r"|\bunser\w*\s+(?:\w+\s+)?(?:katalog|broschüre|prospekt|preisliste)\w*"
        r"|\bneue\w*\s+saison\b|\bneuheiten\b"
    ),
    "fr": (
        r"\bnos\s+autres\s+produits\b|\bnouvelle\s+collection\b|\bnos\s+nouveaux\s+produits\b"
        r"|\bprochaine\s+commande\b|\bprochain\s+achat\b|\bcode\s+promo\b|\bsuivez-nous\b"
        r"|\bnewsletter\b|\boffre\s+spéciale\b|\b\d{1,2}\s*%\s+de\s+réduction\b"
        r"|\brecherchez\s+(?:notre|la)\s+marque|\bvisitez\s+notre\s+(?:boutique|site|magasin)"
        r"|\bnotre\s+(?:\w+\s+)?(?:catalogue|brochure|dépliant|prospectus)\b"
        r"|\bnouvelle\s+saison\b|\bnos\s+nouveautés\b"
    ),
    "it": (
        r"\baltri\s+(?:nostri\s+)?prodotti\b|\bnuova\s+collezione\b|\bnostri\s+nuovi\s+prodotti\b"
        r"|\bprossimo\s+(?:ordine|acquisto)\b|\bcodice\s+sconto\b|\bseguici\b|\bnewsletter\b"
        r"|\bofferta\s+speciale\b|\b\d{1,2}\s*%\s+di\s+sconto\b"
        r"|\bcerca(?:te)?\s+il\s+nostro\s+marchio|\bvisit[ia]\s+il\s+nostro\s+(?:negozio|sito)"
        r"|\bnostro\s+(?:\w+\s+)?(?:catalogo|volantino|listino)\b"
        r"|\bnuova\s+stagione\b|\b(?:le\s+)?nostre\s+novità\b"
    ),
    "es": (
        r"\b(?:nuestros\s+)?otros\s+productos\b|\bnueva\s+colección\b|\bnuevos\s+productos\b"
        r"|\bpróxim[oa]\s+(?:pedido|compra)\b|\bcódigo\s+(?:de\s+)?descuento\b"
        r"|\bs[íi]g(?:a|ue)nos\b|\bnewsletter\b|\boferta\s+especial\b"
        r"|\b\d{1,2}\s*%\s+de\s+descuento\b|\bbusque\s+nuestra\s+marca"
        r"|\bvisite\s+nuestra\s+(?:tienda|web|página)|\bproductos\s+nuevos\b"
        r"|\bnuestro\s+(?:\w+\s+)?(?:catálogo|folleto)\b"
        r"|\bnueva\s+temporada\b|\bnuestras\s+novedades\b"
    ),
    "ja": (
        r"新商品|新製品|新作|次回(?:の)?(?:ご)?(?:注文|購入|お買い物|お買い上げ)|クーポンコード"
        r"|割引コード|ストアをフォロー|フォローして|メルマガ|ニュースレター|セール"
        r"|ストア(?:ページ)?(?:を|も)(?:ご覧|チェック)|他の商品も|(?:添付|同封)の?カタログ"
    ),
}

_PAY_EN = (
    r"\b(?:paypal|venmo|zelle|cash\s*app|western\s+union|moneygram|alipay|wechat\s+pay"
    r"|revolut|bank\s+transfer|wire\s+transfer|direct\s+transfer|iban|sepa\s+transfer)\b"
    r"|\b(?:our|my)\s+bank\s+account\b|\btransfer\s+(?:the\s+money\s+|it\s+)?directly\b"
    # The buyer's own address or number asked for, to write outside Amazon.
    r"|\b(?:give|send|tell|share|provide|leave)\s+(?:me|us)\s+your\s+(?:\w+\s+)?(?:e-?mail"
    r"|(?:phone|mobile)(?!\s+(?:model|type|brand|make|os|version|settings|case|screen))"
    r"|whats\s?app|wechat|telegram|contact\s+(?:details|number))"
    r"|\bwhat\s+is\s+your\s+(?:\w+\s+)?(?:e-?mail|phone\s+number|mobile|whats\s?app|wechat)\b"
)
OFF_AMAZON_PAYMENT: Lexicon = {
    "en": _PAY_EN,
    "de": r"\b(?:überweisung|banküberweisung|paypal|rufen\s+sie\s+uns\s+an|schreiben\s+sie\s+uns"
    r"\s+direkt|direkt\s+(?:kontaktieren|an\s+uns)|außerhalb\s+von\s+amazon)\b"
    r"|\bbesuchen\s+sie\s+unsere\s+(?:website|webseite|homepage|internetseite)",
    "fr": r"\b(?:virement\s+bancaire|virement|paypal|appelez-nous|appelez\s+nous|contactez-nous"
    r"\s+directement|en\s+dehors\s+d['’]amazon)\b|\bvisitez\s+notre\s+(?:site|boutique\s+en\s+ligne)",
    "it": r"\b(?:bonifico(?:\s+bancario)?|paypal|satispay|ci\s+chiami|ci\s+contatti\s+"
    r"direttamente|fuori\s+da\s+amazon)\b|\bvisit[ia]\s+il\s+nostro\s+sito",
    "es": r"\b(?:transferencia(?:\s+bancaria)?|bizum|paypal|llámenos|llamenos|contáctenos\s+"
    r"directamente|fuera\s+de\s+amazon)\b|\bvisite\s+nuestra\s+(?:web|página\s+web|tienda\s+online)",
    "ja": r"(?:銀行振込|振込|ペイパル|PayPay|直接(?:ご)?連絡|メールアドレス|お電話|電話番号)",
}
# "support(at)shop(dot)com", "support [at] shop [dot] com", "support at shop dot com".
OBFUSCATED_EMAIL = compile_rule(
    r"\b[\w.+-]{1,64}\s{0,3}(?:[(\[{<]\s{0,2}(?:at|arobase|chiocciola|arroba|klammeraffe)\s{0,2}"
    r"[)\]}>]|\b(?:at|arobase|chiocciola|arroba|klammeraffe)\b)\s{0,3}[\w-]{1,63}\s{0,3}"
    r"(?:[(\[{<]\s{0,2}(?:dot|punkt|point|punto)\s{0,2}[)\]}>]|\b(?:dot|punkt|point|punto)\b)"
    r"\s{0,3}"
    r"(?:com|net|org|de|fr|it|es|cn|co|uk|jp"
    r"|shop|store|info)\b"
    r"|\b(?:gmail|hotmail|outlook|yahoo|163|126|qq|foxmail)\s{0,3}(?:\.|dot|\(dot\))\s{0,3}com\b"
    r"|[\w.+-]@(?:gmail|hotmail|outlook|yahoo|163|126|qq|foxmail)\b"
    # "blanc.ceramics.owner (gmail)": the address without its "@".
    r"|\b[\w+-]{2,64}(?:\.[\w+-]{1,64}){0,4}\s{0,3}[(\[]\s{0,2}(?:on\s+|at\s+)?(?:gmail|hotmail"
    r"|outlook|yahoo|icloud|gmx|qq|foxmail)\s{0,2}[)\]]"
    r"|[\w.+-]\s?＠\s?[\w-]+(?:\.[\w-]+)+"
    r"|\bwww\s{0,2}(?:\(dot\)|\[dot\]|\bdot\b)\s{0,2}[\w-]{1,63}",
    re.I,
)
_APPS = (
    r"(?:we\s?chat|weixin|微信|whats\s?app|telegram|skype|viber|kakao\s?talk|qq|zalo|line\s+app)"
)
_SOCIAL = r"(?:instagram|facebook|messenger|tiktok|snapchat|discord|twitter|line|signal)"
# A messenger app named as a way to reach the seller, not as a feature of the product.
MESSENGER_CONTACT = compile_rule(
    r"\b(?:add|contact|message|text|reach|chat\s+with|write\s+to|call|dm|ping|find|msg)\s+"
    r"(?:us|me)\s+(?:directly\s+)?(?:on|via|through|at|in|using|over)\s+(?:the\s+)?(?:our\s+)?"
    rf"(?:{_APPS}|{_SOCIAL})\b|\bline\s+(?:id|account)\b"
    rf"|\b(?:our|my)\s+(?:official\s+)?{_APPS}\s*(?:id|number|no\.?|account|group|handle|page)?\b"
    rf"|\b{_APPS}\s*(?:id|number|no\.?|account|group|handle)\s*[:：#]\s*[+@\w]"
    # "WeChat: shop_88", "WhatsApp: +86…"; "in LINE and WeChat: open the app" names a feature.
    rf"|\b{_APPS}\s*[:：#]\s*(?:[+@]|[^\W\d_]{{0,30}}[\d_]|[^\W\d_]{{2,30}}\s*(?:[.,;)\n]|$))"
    rf"|\b{_APPS}\s+(?:us|me)\b|\b(?:we|i)\s+(?:use|are\s+on|am\s+on)\s+{_APPS}\s*[:：]"
    r"|(?-i:\b(?:on|via)\s+Line\b|\bLINE\s+ID\b)|(?:加|添加)(?:我|我们)?的?(?:微信|QQ|qq)"
    rf"|\b(?:scan|add)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:qr\s+code|{_APPS})"
    rf"|\b(?:follow|join|find|like)\s+(?:us|our\s+\w+(?:\s+\w+)?)\s+(?:on|at|via)\s+{_SOCIAL}\b"
    rf"|\b{_SOCIAL}\s+@\w|(?-i:LINE)\s?[（(]?\s?(?:公式)?(?:アカウント|ID)|友(?:だち|達)追加"
    r"|公式\s?(?-i:LINE)"
    # "Add our customer service on WeChat", "WeChat, ID shop_88", "WhatsApp al 347 1234567".
    rf"|\b(?:add|contact|message|reach|find|text|write\s+to|chat\s+with)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:on|via|through|in|over)\s+(?:the\s+)?{_APPS}\b"
    rf"|\b{_APPS}\s*[,(（]\s*(?:id|number|no\.?|account)\b"
    rf"|\b{_APPS}\s+(?:\w+\s+){{0,2}}?\+?\d[\d\s-]{{6,14}}\d"
    r"|\b(?:scrivici|contattaci|ci\s+contatti|ci\s+scriva|escr[íi]benos|cont[áa]ct(?:e|a)nos"
    r"|écrivez-nous|contactez-nous|schreiben\s+sie\s+uns|kontaktieren\s+sie\s+uns|ajoutez-nous"
    r"|añádenos|agr[ée]g(?:a|ue)nos|aggiungici)\s+(?:\w+\s+){0,2}?(?:su|via|por|en|sur|par|auf"
    rf"|über|per|a)\s+{_APPS}",
    re.I,
)
DISCOURAGE_CLAIM: Lexicon = {
    "en": (
        r"\b(?:do\s+not|don['’]?t|please\s+not|never|no\s+need\s+to|not\s+to|avoid|refrain\s+from"
        # "Don't hesitate to open a claim" invites one.
        r"|without|instead\s+of|rather\s+than|before)\s+(?!hesitat|forget)(?:\w+\s+){0,3}?"
        r"(?:open|fil|start|rais"
        r"|submit|leav|writ|giv|post|mak|initiat|lodg|request|escalat|do)\w{0,4}\s+"
        r"(?:(?:us|me|them)\s+)?(?:(?:a|an|any|the|your|that|this|such)\s+)?(?:(?:negative|bad|poor|low|neutral|critical"
        r"|1[\s-]star|one[\s-]star)\s+(?:feedback|reviews?|ratings?|comments?)|a-?to-?z|a-z\b"
        r"|(?:guarantee\s+|return\s+|refund\s+)?claims?|chargebacks?|disputes?|complaints?"
        r"|(?:return\s+|refund\s+)?cases?)"
        # "Please don't leave feedback about the missing part": any review, not only a bad one
        # ("don't forget to leave feedback" asks for one).
        r"|\b(?:do\s+not|don['’]?t|please\s+not)\s+(?:(?!forget|hesitat)\w+\s+){0,2}?"
        r"(?:leav|writ|post|giv)\w{0,4}\s+(?:(?:a|any|us)\s+)?(?:feedback|reviews?|ratings?)\b"
        r"|\bskip\s+(?:the|your|any|leaving)\s+(?:\w+\s+)?(?:feedback|reviews?|ratings?)\b"
        # What happens to "buyers who leave negative feedback / open claims": blocked, reported,
        # removed anyway, not worth it.
        r"|\b(?:buyers?|customers?|people|those)\s+who\s+(?:\w+\s+){0,2}?(?:leav|open|fil|post"
        r"|writ|start|rais|submit)\w{0,4}\b[^.!?\n]{0,80}?\b(?:blocked|banned|reported"
        r"|blacklist\w*|not\s+worth|removed|on\s+(?:a|our)\s+list)\b"
        # "Claims will hurt our shop"; a claim that closes closes "our account", not itself.
        r"|\b(?:a-?to-?z|claims?|chargebacks?|negative\s+(?:feedback|reviews?)|bad\s+reviews?)\s+"
        r"(?:\w+\s+){0,2}?(?:will|would|could|can|may)\s+(?:\w+\s+)?(?:hurt|harm|damage|ruin"
        r"|destroy|kill|affect|(?:close|suspend)\s+(?:our|my|the)\s+(?:\w+\s+)?(?:account|shop"
        r"|store|business|listing))"
        # "No need to ask Amazon or open a case", "no need for any Amazon case".
        r"|\bno\s+need\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:open|fil|start|mak|ask|contact|involv"
        r"|request|go\s+to|escalat|report|writ)\w*\s+(?:\w+\s+){0,3}?(?:amazon|a-?to-?z|a-z\b"
        r"|cases?|claims?|disputes?|chargebacks?)"
        r"|\bno\s+need\s+(?:for\s+)?(?:any\s+|an?\s+)?(?:\w+\s+)?(?:amazon\s+)?(?:cases?|claims?"
        r"|a-?to-?z|disputes?|chargebacks?|return\s+process)\b"
        r"|\b(?:hold\s+off|wait)\s+(?:on|with|before)\s+(?:\w+\s+){0,2}?(?:any\s+)?(?:(?:negative"
        r"|bad|poor|low|1[\s-]star|one[\s-]star)\s+(?:feedback|reviews?|ratings?)|claims?|cases?"
        r"|a-?to-?z|disputes?|chargebacks?)\b"
        # "A claim will not help you", "a case only slows things down".
        r"|\b(?:a-?to-?z|claims?|cases?|disputes?|chargebacks?|complaints?)\s+(?:\w+\s+)?(?:will"
        r"|would|does|do|is|are|can)\s*(?:not|n['’]t)\s+(?:help|change|speed|solve|work"
        r"|necessary|needed)\b"
        r"|\b(?:a-?to-?z|claims?|cases?|disputes?)\s+(?:\w+\s+){0,2}?only\s+(?:slows?|delays?"
        r"|makes?\s+(?:it|things)\s+(?:slower|worse|longer))"
        # Returns or claims said to cost or hurt the seller.
        r"|\b(?:returns?|returning(?:\s+it)?|claims?|cases?|complaints?|chargebacks?)\s+(?:is|are"
        r"|will\s+be|would\s+be)\s+(?:very\s+|so\s+|really\s+|too\s+|quite\s+)?(?:costly"
        r"|expensive)\s+for\s+(?:us|me|our|my|a\s+small)"
        r"|\b(?:returns?|claims?|complaints?|chargebacks?)\s+(?:\w+\s+)?(?:hurt|harm|damage|ruin"
        r"|kill|penali[sz]e|cost)s?\s+(?:us|our|my|small\s+sellers?|a\s+small\s+(?:business|shop"
        r"|seller|company|store))\b"
        r"|\b(?:don['’]?t|do\s+not|stop)\s+complain\w*\b"
        r"|\b(?:fee|fees|charges?)\b[^.!?\n]{0,30}?\b(?:every|each|per)\s+return"
        r"|\bkeep\s+(?:it|them|the\s+\w+)\b[^.!?\n]{0,40}?(?:\d{1,2}\s?%|[$£€]\s?\d|\d\s?[$£€]"
        r"|partial)[^.!?\n]{0,30}?\binstead\b|\bkeep\s+(?:it|this)\s+between\s+us\b"
        r"|\b(?:contact\w*|involv\w*|ask\w*|tell\w*|writ\w+\s+to)\s+amazon\b[^.!?\n]{0,60}?\b(?:only"
        r"|just)\s+(?:make|slow|delay|complicat)"
        r"|\bnot\s+(?:to\s+)?(?:leave|give|write|post)\s+(?:a\s+|any\s+)?(?:bad|negative|poor|low"
        r"|1[\s-]star|one[\s-]star)\s+(?:feedback|reviews?|ratings?)"
        r"|\b(?:claims?|cases?|a-?to-?z|disputes?)\b[^.!?\n]{0,40}?\b(?:won['’]?t|will\s+not|does\s+not"
        r"|doesn['’]t)\s+(?:bring|help|speed|make|change|solve)"
        r"|\b(?:claims?|cases?|a-?to-?z|disputes?|returns?)\b[^.!?\n]{0,40}?\b(?:get|put|land)s?\s+"
        r"(?:our|my|the|us)\s+(?:\w+\s+)?(?:in|into)\s+trouble"
        r"|\breturn(?:s|ers?|ing)?\b[^.!?\n]{0,60}?\b(?:get|gets|be|are|will\s+be)\s+(?:reported"
        r"|blocked|banned|blacklisted|flagged)\b"
        r"|\b(?:do\s+not|don['’]?t|please\s+don['’]?t|no\s+need\s+to|never)\s+(?!hesitat|forget)"
        r"(?:\w+\s+){0,2}?(?:open|fil|start|submit|rais|lodg|request)\w{0,4}\s+(?:anything|something|a\s+\w+"
        r"|any\s+\w+)\s+(?:with|on|through|via|at)\s+amazon\b"
        r"|\b(?:claims?|returns?|cases?|a-?to-?z|complaints?)\s+(?:count|go|work|weigh)\s+against\s+"
        r"(?:us|our|my|small|sellers|the\s+seller)"
        r"|\b(?:no\s+need\s+to|do\s+not|don['’]?t|please\s+don['’]?t|without|before|instead\s+of)\s+"
        r"(?:contact|involv|ask|go(?:ing)?\s+to|tell|complain\w*\s+to|report\w*\s+(?:this|it|us)\s+to"
        r"|escalat\w*\s+to|writ\w*\s+to)\w{0,4}\s+amazon\b"
        r"|\b(?:do\s+not|don['’]?t|please\s+don['’]?t)\s+report\s+(?:this|it|us|the\s+\w+)\b"
        r"|\b(?:do\s+not|don['’]?t|please\s+not)\s+(?:send\s+(?:it\s+|them\s+)?back|return)\b"
        r"[^.!?\n]{0,80}?\b(?:costly|expensive|cost|fees?|hurt|harm|small\s+seller)"
        # Talked into keeping the item for part of the money, rather than returning it.
        r"|\b(?:better|best|easier|cheaper)\s+(?:for\s+you\s+)?(?:to\s+|you\s+|if\s+you\s+)?"
        r"(?:just\s+)?keep\b[^\n]{0,80}?(?:\d{1,2}\s?%|[$£€]\s?\d|\d\s?[$£€]|refund|give|send)"
        # Steered to a harmless return reason.
        r"|\b(?:choose|select|pick|mark|use|say|put)\s+(?:the\s+reason\s+(?:as\s+)?)?[\"'“‘]"
        r"(?:no\s+longer\s+needed|changed\s+my\s+mind|bought\s+by\s+mistake|ordered\s+by\s+mistake"
        r"|better\s+price|not\s+needed|accidental\s+order)"
        r"|\b(?:amazon|it|this|that)\s+(?:will\s+)?penali[sz]es?\s+(?:us|our|the\s+seller)\b"
        r"|\b(?:choose|select|pick|mark|use|say)\s+[\"'“‘]?(?:\w+\s+){0,3}?\w+[\"'”’]?\s*,?\s*"
        r"(?:not|instead\s+of|rather\s+than)\s+[\"'“‘]?(?:defective|damaged|faulty|broken"
        r"|not\s+as\s+described|wrong\s+item)"
        r"|\breturns?\s+(?:\w+\s+){0,2}?(?:hurt|harm|damage|ruin|destroy|kill|penali[sz]e)\w{0,2}\s+"
        r"(?:our|my|the)\s+(?:account|ranking|rating|shop|store|business|listing)"
        r"|\botherwise\s+(?:our|my)\s+(?:account|shop|store|listing|ranking)\s+(?:\w+\s+)?"
        r"(?:gets?|will\s+get|receives?)\s+(?:a\s+)?(?:penalt|strike|warning|suspen)"
        # A claim or return answered with a threat: "if you open a claim we will report you".
        r"|\bif\s+you\s+(?:\w+\s+){0,4}?(?:claims?|case|disputes?|chargebacks?|complaints?|return"
        r"|a-?to-?z)\b[^.!?\n]{0,80}?\b(?:report|ban|block|blacklist|police|fraud|sue|lawyer"
        r"|legal|mark|flag|(?:not|never|won['’]t)\s+(?:ship|sell))\w*"
        r"|\b(?:report|ban|block|blacklist|sue)\w*\b[^.!?\n]{0,80}?\bif\s+you\s+(?:\w+\s+){0,2}?"
        r"(?:open|file|start|make|return|claim|dispute|complain)\w*"
        r"|\bplease\s+(?:\w+\s+){0,2}?no\s+(?:bad|negative|poor|low|1[\s-]star|one[\s-]star)\s+"
        r"(?:feedback|reviews?|ratings?|claims?)\b"
        r"|\b(?:returns?|claims?|refunds?|cases?|complaints?)\s+(?:is|are)\s+(?:very\s+|really\s+|so\s+)?"
        r"(?:bad|harmful|dangerous|terrible)\s+for\s+(?:our|my|the)\s+(?:account|shop|store|business"
        r"|ranking|rating|listing)"
    ),
    "de": (
        r"\b(?:keine\w*|nicht|kein|bevor\s+sie|ohne)\s+(?:\w+\s+){0,3}?(?:a-?bis-?z|a-to-z"
        r"|garantieantr\w*|reklamation\w*|rückbuchung\w*|negative\w*\s+bewertung|schlechte\w*"
        r"\s+bewertung|beschwerde\w*)"
        r"|\b(?:rücksendung|retoure|rückgabe|reklamation|beschwerde)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:schaden|schadet|kosten|kostet)\s+(?:uns|unser)"
        r"|\b(?:rücksendung|retoure|rückgabe)\w*\s+(?:sind|ist)\s+(?:für\s+uns\s+)?(?:sehr\s+|extrem\s+"
        r"|zu\s+)?(?:teuer|kostspielig)"
        r"|\b(?:käufer|kunden)\w*,?\s+die\b[^.!?\n]{0,60}?(?:rückbuchung|a-bis-z|antrag"
        r"|reklamation|negative\w*\s+bewertung)[^.!?\n]{0,40}?\b(?:melden|sperren|blockieren)\s+wir\b"
        r"|\bnicht\s+(?:direkt\s+)?(?:an|bei)\s+amazon\b|\b(?:kontaktieren|informieren)\s+sie\s+"
        r"(?:bitte\s+)?nicht\s+amazon\b"
    ),
    "fr": (
        r"\bne\s+(?:\w+\s+)?(?:retournez|renvoyez)\s+pas\b[^.!?\n]{0,80}?(?:co[uû]t|cher)|"
        r"\b(?:ne|n['’]|sans|avant\s+d['’e])\s*(?!h[ée]sit)(?:\w+\s+){0,3}?(?:pas\s+)?(?:\w+\s+){0,2}?"
        r"(?:réclamation|litige|a-?à-?z|avis\s+négatif|rétrofacturation|mauvais\s+avis)"
        r"|\b(?:retours?|réclamations?|litiges?)\s+(?:\w+\s+){0,2}?(?:co[uû]tent|co[uû]te|nuisent"
        r"|nuit|pénalisent|pénalise)\b|\bne\s+contactez\s+pas\s+amazon\b"
    ),
    "it": (
        r"\b(?:non(?!\s+esit)|prima\s+di|senza)\s+(?:\w+\s+){0,3}?(?:reclamo|contestazione|a-?z\b"
        r"|recensione\s+negativa|valutazione\s+negativa|feedback\s+negativo|chargeback|storno"
        r"|garanzia\s+dalla\s+a\s+alla\s+z|richiesta\s+di\s+(?:rimborso|garanzia))"
        r"|\b(?:res[oi]|reclam[oi]|contestazion[ei])\s+(?:\w+\s+){0,2}?(?:ci\s+)?(?:costano|costa"
        r"|danneggiano|danneggia|penalizzano|penalizza)\b|\bci\s+(?:penalizza|danneggia)\w*"
        r"|\bnon\s+contatti\s+amazon\b"
        r"|\bse\s+(?:\w+\s+){0,3}?(?:reclamo|contestazione|restituisce|apre\s+un\s+caso)\b"
        r"[^.!?\n]{0,80}?(?:segnal|denunc|blocc|polizia|avvocat)"
    ),
    "es": (
        r"\b(?:no(?!\s+dud)|antes\s+de|sin)\s+(?:\w+\s+){0,4}?(?:reclamación|reclamo|disputa"
        r"|a-?z\b|reseña\s+negativa|opinión\s+negativa|contracargo|garant[ií]a\s+de\s+la\s+a"
        r"|un\s+caso)"
        r"|\b(?:devoluci[oó]n(?:es)?|reclamaci[oó]n(?:es)?|reclamos?|disputas?)\s+(?:\w+\s+){0,2}?"
        r"(?:nos\s+)?(?:cuestan|cuesta|perjudican|perjudica|dañan|daña|penalizan|penaliza)\b"
        r"|\bno\s+contacte\s+(?:con\s+)?amazon\b"
        # "…que no abra una devolución ni deje una valoración negativa".
        r"|\bni\s+(?:\w+\s+){0,2}?(?:valoraci[oó]n|reseña|opini[oó]n|calificaci[oó]n)\s+negativa\b"
        r"|\bsi\s+(?:\w+\s+){0,3}?(?:reclamación|reclamo|disputa|caso|devoluci[oó]n|devuelve"
        r"|devuelven|devolver)\b"
        r"[^.!?\n]{0,80}?(?:denunci|report|bloque|policía|abogad)"
    ),
    "ja": (
        r"(?:A-?to-?z|Ａ-?ｔｏ-?ｚ|保証(?:の)?申請|クレーム|低評価|悪い評価|チャージバック)"
        r"[^。！？\n]{0,20}?(?:しないで|お控え|ご遠慮|前に|やめて|せず|なさらず|しないよう)"
        r"|返品[^。！？\n]{0,20}?(?:場合|なら)[^。！？\n]{0,40}?(?:法的|記録|通報|報告)"
        r"|返品(?:せずに|しないで|をお控え|はご遠慮)"
    ),
}
THREAT: Lexicon = {
    "en": (
        r"\b(?:report|sue|expose|blacklist|ban|block)\s+(?:you|your\s+(?:account|name|profile))\b"
        r"|\breport\s+(?:this|the)\s+(?:buyer|customer)\b"
        r"|\b(?:legal|court)\s+(?:action|steps|consequences|proceedings)\b|\blawyers?\b"
        r"|\battorneys?\b|\blawsuit\b|\b(?:call|contact|inform|involve|notify)\s+(?:the\s+)?police\b"
        r"|\byou\s+will\s+(?:\w+\s+)?(?:be\s+)?(?:regret|reported|banned|sued|blacklisted|charged"
        r"|punished|held\s+(?:liable|responsible))\b"
        r"|\b(?:or\s+else|otherwise)\b[^.!?\n]{0,40}?\b(?:report|legal|lawyer|police|ban"
        r"|block|consequences)\b|\bwe\s+know\s+(?:where\s+you|who\s+you\s+are)\b"
        r"|\b(?:face|there\s+will\s+be|serious)\s+consequences\b"
        r"|\btake\s+(?:\w+\s+)?(?:action|measures|steps)\s+against\s+you\b"
        r"|\b(?:amazon|we)\s+will\s+(?:ban|block|close|suspend|blacklist)\s+(?:you|your)\b"
        r"|\byour\s+(?:amazon\s+)?account\s+(?:will|could|may)\s+be\s+(?:closed|suspended|banned"
        r"|blocked|reported)\b|\bwe\s+have\s+your\s+(?:home\s+)?(?:address|details|name"
        r"|information|data)\b|\b(?:has|have|will\s+have)\s+(?:serious\s+)?consequences\b"
        r"|\btake\s+(?:this|it|the\s+matter)\s+further\b"
        r"|\btake\s+you\s+to\s+court\b|\bsmall\s+claims\b|\bdebt\s+collect\w*|\bcollection\s+agency\b"
        r"|\bcontact\s+your\s+(?:bank|employer|family)\b"
        # Marking or reporting the buyer: "report to Amazon as abuse", "mark your account as".
        r"|\breport\w*\s+(?:\w+\s+){0,3}?as\s+(?:abuse|abusive|fraud\w*|scam\w*|a\s+scammer"
        r"|suspicious)\b|\b(?:mark|flag)\w*\s+(?:you|your\s+(?:\w+\s+)?(?:account|name"
        r"|profile))\b|\b(?:blocked|banned|black)[\s-]?(?:buyers?\s+|customers?\s+)?list\b"
        r"|\bpost\s+your\s+(?:name|address|photo|details)|\b(?:publish|expose|share)\s+your\s+"
        r"(?:name|address|photo|details|personal)\w*\b[^.!?\n]{0,30}?\b(?:online|publicly"
        r"|internet|social)|\blegal\s+(?:department|team|measures)\b|\bdefamat\w+|\blibel\b"
        r"|\bthis\s+is\s+(?:fraud|theft|a\s+crime|illegal)\b"
        r"|\b(?:get|gets|be|are|will\s+be)\s+reported\s+to\s+amazon\b"
        r"|\b(?:abusive|serial|fraudulent)\s+(?:returners?|buyers?|customers?)\b"
        # Shut out of the shop: "blocked from buying", "we will not ship to you again", "we
        # remember customers who cancel", "we keep a list".
        r"|\b(?:blocked|banned|barred|excluded)\s+from\s+(?:buying|ordering|purchasing|our\s+"
        r"(?:store|shop))|\bwe\s+(?:won['’]t|will\s+not|will\s+never)\s+(?:ship|sell)\s+"
        r"(?:any\s+more|anymore|again|(?:\w+\s+){0,3}?to\s+you\s+(?:again|anymore|any\s+more"
        r"|in\s+the\s+future))|\bwe\s+(?:do\s+|will\s+)?remember\s+(?:the\s+)?(?:customers"
        r"|buyers|people)\s+who\b|\bwe\s+keep\s+a\s+(?:list|record)\b"
        r"|\b(?:do[\s-]not[\s-]|no[\s-])(?:sell|ship|serve)[\s-]list\b"
        r"|\b(?:anyone|buyers?|customers?|people|those|shoppers?)\s+who\b[^.!?\n]{0,60}?\b(?:gets?"
        r"|are|will\s+be|is)\s+(?:reported|blocked|banned|blacklisted|flagged)\b"
        # A charge the seller cannot make on Amazon: "we will charge the full price to your card".
        r"|\bwe(?:['’]ll|\s+will)\s+(?:have\s+to\s+)?charge\s+(?:\w+\s+){0,3}?(?:to\s+)?your\s+"
        r"(?:card|credit\s+card|bank|account)\b"
    ),
    "de": r"\b(?:anwalt|anwälte|rechtliche\w*\s+schritte|polizei|anzeige\s+erstatten|verklagen"
    r"|wir\s+werden\s+sie\s+(?:melden|verklagen|anzeigen))\b|\bstrafanzeige\b"
    r"|\berstatten\s+(?:wir\s+)?anzeige\b|\bmelden\s+wir\s+(?:sie|ihr\s+konto)\b"
    r"|\bihr(?:en)?\s+(?:amazon-?)?konto\s+(?:\w+\s+){0,3}?melden\b"
    r"|\bwir\s+(?:\w+\s+){0,2}?sie\s+bei\s+amazon\s+melden\b"
    # "Käufer, die trotzdem einen Antrag stellen, melden wir an Amazon."
    r"|\b(?:käufer|kunden)\w*,?\s+die\b[^.!?\n]{0,80}?\b(?:melden|sperren|blockieren)\s+wir\b"
    r"|\bwir\s+(?:sperren|blockieren)\s+sie\b",
    "fr": r"\b(?:avocats?|poursuites?\s+judiciaires?|action\s+en\s+justice|police|port\w+"
    r"\s+plainte|nous\s+vous\s+signalerons|signaler\w*\s+(?:votre\s+compte|vous))\b"
    r"|\bmesures\s+(?:légales|judiciaires)|\bcontre\s+vous\b",
    "it": r"\b(?:avvocat[oi]|azion[ei]\s+legal[ei]|vie\s+legali|polizia|denunc\w+)\b"
    r"|\b(?:la|lo|vi|li)\s+segnal(?:iamo|eremo)\b"
    r"|\bsegnal(?:iamo|eremo)\s+(?:il\s+suo|la\s+sua)\s+account"
    r"|\bmisure\s+legali|\bcontro\s+di\s+lei\b",
    "es": r"\b(?:abogad[oa]s?|acci[oó]n(?:es)?\s+legal(?:es)?|policía|denunci\w+)\b"
    r"|\b(?:le|lo|la)\s+(?:reportaremos|bloquearemos)\b|\breportaremos\s+su\s+cuenta\b"
    r"|\bmedidas\s+legales|\bacciones\s+judiciales|\bcontra\s+usted\b",
    "ja": r"(?:弁護士|法的措置|訴え|警察|通報します)",
}
_DOCS = (
    r"(?:catalog(?:ue)?s?|brochures?|flyers?|leaflets?|lookbooks?|price\s+lists?|product\s+lists?"
    r"|newsletters?|coupons?|vouchers?|business\s+cards?|promotional\s+\w+|(?:loyalty|membership"
    r"|discount)\s+cards?"
    # What the order does not need: a gift guide, a survey, pictures of the seller's factory.
    r"|gift\s+guides?|best\s*sellers?|surveys?|questionnaires?|(?:survey|feedback)\s+forms?"
    r"|(?:photos?|pictures?|images?)\s+of\s+our\s+(?:factory|team|office|warehouse|store|shop"
    r"|company|other|new|workshop|staff)|new\s+(?:\w+\s+)?(?:collection|season|arrivals?))"
)
ATTACHMENT: Lexicon = {
    "en": (
        rf"\b(?:attach\w*|enclos\w*|pdf)\b[^.!?\n]{{0,120}}?\b{_DOCS}\b"
        rf"|\b{_DOCS}\b[^.!?\n]{{0,40}}?\b(?:attach\w*|enclos\w*)"
        # A printed insert is an attachment too: "we put our brochure inside the box".
        rf"|\b(?:put|place[sd]?|includ\w*|insert\w*|add\w*|slip\w*|pop\w*|tuck\w*|drop\w*"
        rf"|stuck|stick\w*|threw|throw\w*)\b[^.!?\n]{{0,40}}?\b{_DOCS}\b"
        r"[^.!?\n]{0,40}?\b(?:in|inside|into)\s+(?:the\s+|your\s+)?(?:box|parcel|package|packet"
        r"|shipment)\b"
        r"|\b(?:in|inside)\s+(?:the\s+|your\s+)?(?:box|parcel|package|packet|shipment)\b"
        rf"[^.!?\n]{{0,40}}?\b{_DOCS}\b"
        rf"|\b{_DOCS}\b[^.!?\n]{{0,30}}?\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:in|inside)\s+"
        r"(?:the\s+|your\s+)?(?:box|parcel|package|packet|shipment)\b"
    ),
    "de": r"\b(?:anhang|angehängt|beigefügt|anbei)\b[^.!?\n]{0,60}?(?:katalog|broschüre|flyer"
    r"|prospekt|preisliste|gutschein)|\b(?:katalog|broschüre|flyer|prospekt|preisliste)\w*"
    r"[^.!?\n]{0,40}?\b(?:im\s+anhang|angehängt|beigefügt|anbei)\b"
    r"|\b(?:im|in\s+ihrem)\s+(?:paket|karton)\b[^.!?\n]{0,40}?(?:katalog|broschüre|flyer|prospekt"
    r"|gutschein)",
    "fr": r"\b(?:ci-joint|pièce\s+jointe|joint)\b[^.!?\n]{0,60}?(?:catalogue|brochure|dépliant"
    r"|flyer|prospectus|liste\s+de\s+prix)|\b(?:catalogue|brochure|dépliant|flyer|prospectus)"
    r"\b[^.!?\n]{0,40}?\b(?:ci-joint|en\s+pièce\s+jointe|joint)\b"
    r"|\bdans\s+(?:le|votre)\s+(?:colis|paquet|carton)\b[^.!?\n]{0,40}?(?:catalogue|brochure"
    r"|dépliant|flyer|prospectus)",
    "it": r"\b(?:in\s+allegato|allegat\w+)\b[^.!?\n]{0,60}?(?:catalogo|brochure|volantino|listino)"
    r"|\bnel\s+(?:suo\s+)?pacco\b[^.!?\n]{0,40}?(?:catalogo|brochure|volantino|listino)",
    "es": r"\b(?:adjunt\w+|anexo)\b[^.!?\n]{0,60}?(?:catálogo|folleto|lista\s+de\s+precios)"
    r"|\ben\s+(?:el|su)\s+paquete\b[^.!?\n]{0,40}?(?:catálogo|folleto)",
    "ja": r"(?:添付|同封)[^。！？\n]{0,30}?(?:カタログ|チラシ|パンフレット)"
    r"|(?:カタログ|チラシ|パンフレット)[^。！？\n]{0,20}?(?:添付|同封)",
}
# Emoji and pictographs, emoticons, kaomoji, GIFs and images placed in the message.
EMOTICON_MEDIA = compile_rule(
    r"(?<![\w:/])(?:[:;=][-^']?[)(\]\[DPpOo3|*]|<3|\^_?\^|xD|XD|T_T)(?![\w])"
    r"|\(\s?[\^*o][_\-.ー]?[\^*o]\s?\)"
    r"|\bgifs?\b|\.gif\b|<img\b|!\[[^\]\n]{0,100}\]\(",
    re.I,
)
# A problem that stops the order from arriving (a wrong or incomplete address): Amazon allows
# "[Important]" for exactly this, so neither urgency rule reports it.
ORDER_BLOCKER = compile_rule(
    r"\b(?:address|adresse|anschrift|indirizzo|direcci[oó]n)\b[^.!?\n]{0,60}?\b(?:missing|incomplete"
    r"|wrong|incorrect|invalid|undeliverable|cannot\s+be\s+delivered|unvollständig|falsch"
    r"|fehlt|incompl[eè]te|erronée|incomplet[oa]|errat[oa]|sbagliat[oa]|incorrect[oa]|errónea)"
    r"|\b(?:missing|incomplete|wrong|incorrect|invalid|unvollständige|falsche|incomplète"
    r"|incompleto|incompleta|errato|sbagliato)\s+(?:\w+\s+)?(?:address|adresse|anschrift"
    r"|indirizzo|direcci[oó]n)\b|住所[^。！？\n]{0,20}?(?:不明|不備|誤り|間違)"
    r"|\b(?:house|street|apartment|flat|suite|unit|door|zip|postal|post)\s+(?:number|code|no)\b"
    r"[^.!?\n]{0,30}?\b(?:missing|wrong|incorrect|invalid|incomplete)\b|\bmissing\s+(?:house"
    r"|street|apartment|flat|suite|unit|zip|postal)\s+(?:number|code)\b"
    r"|\b(?:confirm\w*|conferm\w*|bestätig\w*|verif\w*)\b[^.!?\n]{0,30}?\b(?:address|dirección"
    r"|direccion|adresse|indirizzo|anschrift)\b|\b(?:falta\w*|manca\w*|manque\w*|fehl\w*)\b"
    r"[^.!?\n]{0,40}?\b(?:direcci[oó]n|indirizzo|adresse|anschrift)\b"
    r"|\baddress\s+(?:was\s+)?not\s+found\b|\b(?:confirm|verify|check|correct)\s+(?:your\s+)?"
    r"(?:full\s+|complete\s+|correct\s+|delivery\s+|shipping\s+)?address\b|\breturned\s+to\s+sender"
    r"|\bundeliverable\b|\b(?:direcci[oó]n|indirizzo|adresse)\s+(?:\w+\s+)?(?:equivocad[ao]"
    r"|err[oó]ne[ao]|incorrect[ao]|incomplet[ao]|sbagliat[oa]|introuvable|inconnue)"
    r"|(?:誤った|間違った|不明な)住所|住所(?:の)?(?:確認|不備)",
    re.I,
)
IMPORTANT_TAG = compile_rule(
    r"[\[【(]\s*(?:important|urgent|wichtig|dringend|urgente|importante|action\s+required|重要"
    r"|緊急|至急)\s*!*\s*[\]】)]|^\W{0,5}(?:important|urgent|wichtig|dringend|urgente|importante)"
    r"\s*(?:notice\s*)?[:!\-–—]"
    r"|(?-i:^\s*(?:IMPORTANT|URGENT|WICHTIG|DRINGEND|URGENTE|IMPORTANTE|ATTENTION|ACHTUNG)\b)"
    r"|^\s*(?:attention|action\s+required|please\s+read|read\s+(?:immediately|now)|achtung"
    r"|notice)\s*[:!]|[\[【(]\s*(?:attention|alert|notice|action\s+needed|read\s+me)\s*[\]】)]"
    r"|!{3,}",
    re.I,
)


@cache
def compiled(lexicon_id: int, language: str, source_en: str, source_lang: str) -> re.Pattern[str]:
    sources = [source_en] if language == "en" or not source_lang else [source_en, source_lang]
    return compile_rule("|".join(f"(?:{source})" for source in sources), re.I)


def pattern(lexicon: Lexicon, language: str) -> re.Pattern[str]:
    """The lexicon's English and `language` patterns as one regex (compiled once)."""
    return compiled(id(lexicon), language, lexicon["en"], lexicon.get(language, ""))


@cache
def _compiled_in(lexicon_id: int, sources: tuple[str, ...]) -> re.Pattern[str]:
    return compile_rule("|".join(f"(?:{source})" for source in sources), re.I)


def pattern_in(lexicon: Lexicon, languages: tuple[str, ...]) -> re.Pattern[str]:
    """The lexicon's English pattern and those of each of `languages` as one regex."""
    if len(languages) == 1:
        return pattern(lexicon, languages[0])
    sources = dict.fromkeys((lexicon["en"], *(lexicon.get(lang, "") for lang in languages)))
    return _compiled_in(id(lexicon), tuple(source for source in sources if source))


@cache
def needles_in(lexicon_id: int, languages: tuple[str, ...]) -> tuple[str, ...]:
    """The needles of a lexicon entry for a letter read in each of `languages`."""
    return tuple(dict.fromkeys(n for lang in languages for n in needles(lexicon_id, lang)))


# Needles: strings (as `text.fold` sees them) one of which every match of the entry holds.
# A sentence without any is never searched: most sentences of a letter skip most rules.
_REVIEW_NEEDLES: dict[str, tuple[str, ...]] = {
    "en": ("review", "feedback", "rating", "star", "testimonial"),
    "de": ("bewert", "rezension", "feedback", "stern"),
    "fr": ("avis", "évaluation", "commentaire", "étoile"),
    "it": ("recension", "feedback", "valutazion", "stell"),
    "es": ("reseña", "opini", "valoraci", "comentario", "estrella"),
    "ja": ("レビュー", "評価", "星", "★", "フィードバック", "口コミ"),
}
NEEDLES: dict[int, dict[str, tuple[str, ...]]] = {
    id(REVIEW_SOLICITATION): {
        **_REVIEW_NEEDLES,
        "en": (
            *(*_REVIEW_NEEDLES["en"], "words", "comment", "remark", "experience", "impression"),
            *("opinion", "thoughts", "marks", "page", "public", "amazon", "think", "something"),
            *("tell other", "tell people", "tell everyone", "tell the world", "thumbs", "10/10"),
            *("how quick", "how fast", "how helpful", "how friendly", "how great", "how nice"),
            *("how kind", "how comf", "how soft", "how professional"),
            *("rate", "before you", "when you", "once you", "if you", "listing", "nudge"),
        ),
        "de": (*_REVIEW_NEEDLES["de"], "worte", "bevor"),
        "it": (*_REVIEW_NEEDLES["it"], "parola"),
        "fr": (*_REVIEW_NEEDLES["fr"], "mots", "mot "),
        "es": (*_REVIEW_NEEDLES["es"], "palabras"),
    },
    id(REMOVE_OR_CANCEL): {
        "en": (
            *(*_REVIEW_NEEDLES["en"], "comment", "claim", "dispute", "chargeback", "complaint"),
            *("cancel", "return", "refund", "refuse", "what you", "take down"),
        ),
        "de": (*_REVIEW_NEEDLES["de"], "garantieantrag", "reklamation", "stornier", "kommentar"),
        "fr": (*_REVIEW_NEEDLES["fr"], "note", "réclamation", "litige", "annule", "retour"),
        "it": (
            *_REVIEW_NEEDLES["it"],
            "reclamo",
            "annull",
            "richiesta",
            "contestazione",
            "caso",
            "reso",
        ),
        "es": (*_REVIEW_NEEDLES["es"], "reclam", "cancel", "disputa", "devoluci"),
        "ja": (*_REVIEW_NEEDLES["ja"], "クレーム", "申請", "キャンセル", "リクエスト"),
    },
    id(INCENTIVE_VALUE): {
        **_REVIEW_NEEDLES,
        # A review changed or deleted, or a comment or opinion asked for, is tied too.
        "en": (
            *(*_REVIEW_NEEDLES["en"], "comment", "opinion", "delete", "remove", "change"),
            *("update", "edit", "revis", "withdr", "rate", "experience", "thoughts"),
            *("impression", "product page", "listing", "amazon", "something", "take away"),
        ),
    },
    id(PROMOTION): {
        "en": (
            *("next order", "next purchase", "search", "look for", "new ", "latest", "upcoming"),
            *("our other", "our best", "catalog", "code", "follow", "favorit", "favourit"),
            *("bookmark", "visit", "check out", "see our", "see my", "browse", "% off", "%off"),
            *("black friday", "cyber monday", "prime day", "amazon.", "brand", "discount"),
            *("brochure", "flyer", "lookbook", "price list", "launched", "released"),
            *("introduced", "storefront", "sample", "best seller", "bestseller", "best-seller"),
            *("gift guide", "next time", "future", "off", "buy", "amazon store", "amazon shop"),
            *("amazon page", "range", "collection", "line", "lookbook", "catalog"),
        ),
        "de": (
            *("unser", "kollektion", "nächste", "code", "folgen sie", "newsletter", "katalog"),
            *("sonderangebot", "rabatt", "suchen sie", "besuchen", "weitere", "broschüre"),
            *("prospekt", "preisliste", "saison", "neuheiten"),
        ),
        "fr": (
            *("nos autres", "collection", "nouveaux", "prochain", "code promo", "suivez"),
            *("newsletter", "catalogue", "offre spéciale", "réduction", "recherchez", "visitez"),
            *("brochure", "dépliant", "prospectus", "saison", "nouveautés"),
        ),
        "it": (
            *("altri", "collezione", "nuovi prodotti", "prossimo", "codice sconto", "seguici"),
            *("newsletter", "catalogo", "offerta speciale", "sconto", "cerca", "visit"),
            *("volantino", "listino", "stagione", "novità"),
        ),
        "es": (
            *("otros productos", "colección", "nuevos productos", "próxim", "descuento"),
            *("sígan", "sigan", "síguenos", "siguenos", "newsletter", "catálogo"),
            *("oferta especial", "busque", "visite", "productos nuevos", "folleto"),
            *("temporada", "novedades"),
        ),
        "ja": (
            *("新商品", "新製品", "新作", "次回", "クーポンコード", "割引コード", "フォロー"),
            *("メルマガ", "ニュースレター", "カタログ", "セール", "ストア", "他の商品"),
        ),
    },
    id(OFF_AMAZON_PAYMENT): {
        "en": (
            *("paypal", "venmo", "zelle", "cash app", "cashapp", "western union", "moneygram"),
            *("alipay", "wechat pay", "revolut", "transfer", "iban", "sepa", "bank account"),
            *("me your", "us your", "what is your"),
        ),
        "de": ("überweisung", "paypal", "rufen sie uns", "direkt", "außerhalb", "besuchen"),
        "fr": ("virement", "paypal", "appelez", "directement", "en dehors", "visitez"),
        "it": ("bonifico", "paypal", "satispay", "ci chiami", "direttamente", "fuori da", "visit"),
        "es": (
            *("transferencia", "bizum", "paypal", "llámenos", "llamenos", "directamente"),
            *("fuera", "visite"),
        ),
        "ja": ("振込", "ペイパル", "paypay", "直接", "メール", "電話"),
    },
    id(DISCOURAGE_CLAIM): {
        "en": (
            *("a-to-z", "a-z", "atoz", "a to z", "claim", "chargeback", "dispute", "complaint"),
            *("feedback", "review", "rating", "comment", "return", "send it back", "amazon"),
            *("report", "keep", "otherwise", "case", "complain"),
        ),
        "de": (
            *("a-bis-z", "a-to-z", "garantieantr", "reklamation", "rückbuchung", "bewertung"),
            *("beschwerde", "rücksendung", "retoure", "rückgabe", "amazon"),
        ),
        "fr": (
            *("réclamation", "litige", "a-à-z", "à-z", "avis", "rétrofacturation", "retournez"),
            *("retour", "amazon"),
        ),
        "it": (
            *("reclamo", "contestazione", "a-z", "recensione", "chargeback", "storno"),
            *("valutazione", "feedback", "restituisce", "caso", "garanzia", "richiesta di"),
            *("reso", "resi", "reclami", "penalizz", "dannegg", "amazon"),
        ),
        "es": (
            *("reclamación", "reclamo", "disputa", "a-z", "reseña", "opinión", "contracargo"),
            *("caso", "devoluci", "garant", "reclamaci", "amazon", "devuelv", "devolver"),
        ),
        "ja": ("a-to-z", "ａ", "保証", "クレーム", "低評価", "悪い評価", "チャージバック", "返品"),
    },
    id(THREAT): {
        "en": (
            *("report", "sue", "expose", "blacklist", "ban", "block", "legal", "court"),
            *("lawyer", "attorney", "lawsuit", "police", "you will", "or else", "otherwise"),
            *("where you", "consequences", "against you", "will ban", "will block", "account"),
            *("your address", "home address", "to court", "small claims", "collect"),
            *("your bank", "your employer", "your family", "as abuse", "as fraud", "as scam"),
            *("as a scammer", "as suspicious", "mark", "flag", "list"),
            *("barred", "excluded", "ship", "sell", "remember", "charge"),
            *("post your", "publish your", "expose your", "share your", "defamat", "libel"),
            *("this is", "who you are", "further", "we have your"),
        ),
        "de": (
            *("anwalt", "anwält", "rechtlich", "polizei", "anzeige", "verklagen", "wir werden"),
            *("melden", "sperren", "blockieren"),
        ),
        "fr": (
            *("avocat", "poursuite", "justice", "police", "plainte", "signaler", "mesures"),
            "contre vous",
        ),
        "it": ("avvocat", "legal", "polizia", "denunc", "segnal", "misure", "contro di lei"),
        "es": (
            *("abogad", "legal", "policía", "denunci", "reportaremos", "bloquearemos"),
            *("medidas", "acciones judiciales", "contra usted"),
        ),
        "ja": ("弁護士", "法的措置", "訴え", "警察", "通報"),
    },
    id(ATTACHMENT): {
        "en": ("attach", "enclos", "pdf", "box", "parcel", "package", "packet", "shipment"),
        "de": ("anhang", "angehängt", "beigefügt", "anbei", "paket", "karton"),
        "fr": ("joint", "colis", "paquet", "carton"),
        "it": ("allegat", "pacco"),
        "es": ("adjunt", "anexo", "paquete"),
        "ja": ("添付", "同封"),
    },
}
OBFUSCATED_NEEDLES = (
    *("arobase", "chiocciola", "arroba", "klammeraffe", "＠"),
    "dot",
    "punkt",
    "point",
    "punto",
    "gmail",
    "hotmail",
    "outlook",
    "yahoo",
    "163",
    "126",
    "qq",
    "foxmail",
    "icloud",
    "gmx",
)
MESSENGER_NEEDLES = (
    *("wechat", "we chat", "weixin", "微信", "whatsapp", "whats app", "telegram", "skype"),
    *("viber", "kakao", "qq", "zalo", "line", "instagram", "facebook", "messenger", "tiktok"),
    *("snapchat", "discord", "twitter", "signal", "加", "友"),
)
# Emoji are found by one character class (fast); emoticons, GIFs and images need a needle.
EMOJI = compile_rule("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\ufe0f\u200d]")
EMOTICON_NEEDLES = (":", ";", "=", "<3", "^", "xd", "t_t", "(", "gif", "<img", "![")


@cache
def needles(lexicon_id: int, language: str) -> tuple[str, ...]:
    """The needles of a lexicon entry for a letter in `language` (English always included)."""
    table = NEEDLES[lexicon_id]
    return tuple(
        dict.fromkeys((*table["en"], *(table.get(language, ()) if language != "en" else ())))
    )
