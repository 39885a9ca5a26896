"""Rules on the language of a letter: CJK text in an English letter, a letter in the wrong language.

The detector counts function words (and kana for Japanese) in one pass over the words: linear,
no dependency, and it refuses to decide on short texts rather than guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from letters.cases import Audience
from letters.checks.findings import Severity
from letters.checks.rule import MISSING, Hit, Letter, RuleBook

book = RuleBook(*Audience)

# The languages a letter can be meant to be in: one list, imported by run and the rules.
LANGUAGES = ("en", "de", "fr", "it", "es", "ja")

# Han, kana, Hangul and the CJK punctuation and full-width forms. A run of them, with the
# Latin words that sit between two CJK characters, is one excerpt.
CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60]+"
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_WORD = re.compile(r"[a-zà-ÿß']+")

# Words frequent in one language and rare in the others (no shared ones such as "a", "de"),
# with the greetings and sign-offs that make up most of a short message ("Hola Sr. Ruiz").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "dear",
            "hi",
            "hello",
            "regards",
            "thanks",
            "sorry",
            "confirm",
            "the",
            "and",
            "you",
            "your",
            "we",
            "our",
            "is",
            "are",
            "to",
            "of",
            "for",
            "with",
            "this",
            "that",
            "please",
            "thank",
            "will",
            "have",
            "it",
            "in",
            "on",
            "be",
            "can",
            "would",
            "could",
            "not",
        ]
    ),
    "de": frozenset(
        [
            "hallo",
            "herr",
            "frau",
            "geehrte",
            "geehrter",
            "liebe",
            "lieber",
            "grüße",
            "gruß",
            "viele",
            "bestellung",
            "wird",
            "und",
            "die",
            "der",
            "das",
            "sie",
            "ihre",
            "ihr",
            "ist",
            "nicht",
            "wir",
            "mit",
            "für",
            "bitte",
            "ich",
            "ein",
            "eine",
            "einen",
            "uns",
            "unser",
            "unsere",
            "vielen",
            "dank",
            "wenn",
            "auf",
            "zu",
            "den",
            "dem",
            "des",
            "sich",
            "haben",
            "werden",
            "ihnen",
        ]
    ),
    "fr": frozenset(
        [
            "monsieur",
            "madame",
            "cordialement",
            "confirmer",
            "bonne",
            "pièces",
            "le",
            "la",
            "les",
            "et",
            "vous",
            "votre",
            "vos",
            "nous",
            "est",
            "pour",
            "avec",
            "des",
            "une",
            "un",
            "merci",
            "nos",
            "ne",
            "pas",
            "que",
            "qui",
            "dans",
            "sur",
            "au",
            "aux",
            "ce",
            "cette",
            "bonjour",
        ]
    ),
    "it": frozenset(
        [
            "ciao",
            "salve",
            "buongiorno",
            "signor",
            "signora",
            "può",
            "confermare",
            "pezzi",
            "il",
            "lo",
            "gli",
            "e",
            "di",
            "che",
            "per",
            "non",
            "con",
            "lei",
            "suo",
            "sua",
            "grazie",
            "ci",
            "del",
            "della",
            "degli",
            "le",
            "un",
            "una",
            "è",
            "sono",
            "siamo",
            "ordine",
            "gentile",
            "cordiali",
            "saluti",
        ]
    ),
    "es": frozenset(
        [
            "hola",
            "señor",
            "señora",
            "sr",
            "sra",
            "saludo",
            "llegado",
            "confirmar",
            "el",
            "los",
            "las",
            "y",
            "que",
            "su",
            "usted",
            "para",
            "con",
            "por",
            "gracias",
            "nos",
            "del",
            "una",
            "un",
            "es",
            "su",
            "sus",
            "le",
            "muy",
            "pedido",
            "estimado",
            "saludos",
            "está",
        ]
    ),
    # Languages a letter is never meant to be in: counted so that a letter written in one of
    # them is not taken for the one chosen.
    "nl": frozenset(
        [
            "het",
            "een",
            "van",
            "uw",
            "wij",
            "niet",
            "voor",
            "bedankt",
            "vriendelijke",
            "groet",
            "groeten",
            "wordt",
            "zijn",
            "heeft",
            "hebben",
            "onze",
            "ons",
            "graag",
            "meneer",
            "mevrouw",
            "beste",
            "met",
            "zodra",
            "ontvangt",
            "verzonden",
            "bestelling",
        ]
    ),
    "pt": frozenset(
        [
            "obrigado",
            "obrigada",
            "você",
            "vocês",
            "não",
            "nós",
            "olá",
            "atenciosamente",
            "uma",
            "muito",
            "também",
            "foi",
            "prezado",
            "prezada",
            "agradecemos",
            "seu",
            "seus",
            "ao",
            "em",
            "encomenda",
            "será",
            "então",
            "isso",
            # Words Spanish spells otherwise ("disculpa", "hoy", "sin", "nueva", "nuestro").
            "desculpa",
            "desculpe",
            "hoje",
            "sem",
            "nova",
            "novo",
            "nosso",
            "nossa",
            "nossos",
            "nossas",
            "cumprimentos",
            "melhores",
            "morada",
            "errada",
            "errado",
            "prefere",
            "custos",
            "armazém",
        ]
    ),
}
# Below this many function words a text is too short to tell its language.
MIN_EVIDENCE = 4


# Each function word and the languages it counts for, looked up once per word.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


def detect_language(text: str) -> str | None:
    """The language `text` is clearly in, or None when it is too short or mixed to tell."""
    if not text.isascii() and _KANA.search(text):
        letters = sum(map(str.isalpha, text))
        if letters and len(_KANA.findall(text)) >= max(5, letters // 5):
            return "ja"
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    # Words counted in C, then only the function words among them looked up.
    words = Counter(_WORD.findall(text.lower()))
    for word in words.keys() & _LANGUAGES_OF.keys():
        for language in _LANGUAGES_OF[word]:
            counts[language] += words[word]
    best = max(counts, key=counts.__getitem__)
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < MIN_EVIDENCE or ranked[0] < 2 * ranked[1]:
        return None
    return best


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _written_in_chinese(text: str) -> bool:
    """Han characters with hardly any kana: Chinese, where Japanese writes its particles."""
    han = len(_HAN.findall(text))
    return han >= 20 and len(_KANA.findall(text)) * 10 < han


@book.rule(
    "common.cjk_in_english",
    Severity.ERROR,
    _(
        "Chinese, Japanese or Korean text in an English letter. Amazon reads the letter in "
        "English: translate this part or remove it."
    ),
    needles=(),
)
def cjk_in_english(letter: Letter) -> Iterator[Hit]:
    if letter.language != "en":
        return
    for part, text in letter.parts():
        if text.text.isascii():
            continue  # no CJK character, and the scan below is the costly part
        for start, sentence in text.sentences_matching(CJK):
            yield Hit(part, start, sentence)


@book.rule(
    "common.language_mismatch",
    Severity.ERROR,
    _(
        "The letter is not written in the language chosen for it. Write it in that language, "
        "or choose the language it is in."
    ),
)
def language_mismatch(letter: Letter) -> Iterator[Hit]:
    if letter.language not in ("en", "ja"):
        # Chinese or Japanese in a German, French, Italian or Spanish letter.
        for part, text in letter.parts():
            if text.text.isascii():
                continue
            for start, sentence in text.sentences_matching(CJK):
                yield Hit(part, start, sentence)
                return
    whole = f"{letter.subject.text}\n{letter.body.text}"
    if letter.language == "ja" and not whole.isascii() and _written_in_chinese(whole):
        yield MISSING
        return
    detected = letter.written_in  # the same text, detected once per letter
    if letter.language == "en" and detected is None and not whole.isascii():
        # A few CJK words in an English letter have their own rule, with the excerpt; a
        # letter written mostly in Chinese is in the wrong language as well.
        letters = sum(map(str.isalpha, whole))
        if letters and sum(len(run) for run in CJK.findall(whole)) * 2 >= letters:
            yield MISSING
        return
    if detected is None or detected == letter.language:
        return
    if letter.language == "en" and detected == "ja":
        return  # CJK in an English letter has its own rule, with the excerpt
    yield MISSING


RULES = book.rules
