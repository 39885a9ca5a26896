"""A second opinion on letters the rules pass: a small linear model trained on the corpus.

Rules name what they see; sellers find other words for the same thing ("leave some good
words", "our ODR went up because the courier is useless"). For each audience, a logistic
model over the words and word pairs of the letter reads a letter that no rule flagged as an
error. When it judges the letter unsafe, a second model per rule family picks the family the
letter most resembles, and the finding is reported under that family's own rule (same id,
same message), quoting the sentence that weighs most for it.

The weights (`second_opinion.json`) are trained from `tests/checker_corpus/` and the shipped
templates by `scripts/train_checker_model.py` (`make checker-model`): nothing is downloaded,
and the same corpus gives the same file. Scoring is one dictionary lookup per word and word
pair: linear in the letter.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

from letters.checks.rule import BODY, SUBJECT, Hit, Letter
from letters.checks.text import fold

WEIGHTS = Path(__file__).with_name("second_opinion.json")

# Words (Latin scripts, digits, apostrophes) and single CJK characters, as `fold` gives them.
_TOKEN = re.compile(r"[a-z0-9'’\u00c0-\u024f]+|[\u3040-\u30ff\u4e00-\u9fff]")
# A letter shorter than this gives the model too few words to judge: the rules alone read it.
MIN_WORDS = 15
# Numbers vary from letter to letter; their size does not say what a letter is, but a zero
# may ("within 0 hours"): every other number reads as "9". Tokens hold ASCII digits only.
_NUMBER = re.compile(r"[0-9]*[1-9][0-9]*")
_ZEROS = re.compile(r"0+")


def _numbers_read(word: str) -> str:
    return _ZEROS.sub("0", _NUMBER.sub("9", word))


# The family a model may report, and the rule whose id and message it reports it under.
# Families a word model cannot judge (links, emoji, CJK, facts, language, missing parts,
# urgency tags) are left to their rules.
FAMILY_RULES: Mapping[str, Mapping[str, str]] = {
    "buyer": {
        "review_solicitation": "buyer.review_solicitation",
        "incentive": "buyer.review_incentive",
        "promotion": "buyer.promotion",
        "off_amazon_contact": "buyer.off_amazon_contact",
        "remove_or_cancel": "buyer.remove_or_cancel",
        "discourage_claim": "buyer.discourage_claim",
        "threat": "buyer.threat",
        "attachment": "buyer.attachment",
    },
    "amazon": {
        "poa_vague": "appeal.vague_promise",
        "blame": "appeal.blame",
        "legal_threat": "appeal.legal_threat",
        "boast": "appeal.boast",
        "stock_text": "appeal.stock_text",
        "begging": "appeal.emotive",
        "threat": "common.threat",
    },
}


# The words of a Plan of Action's headings say where its parts are, not whether they are any
# good (the plan rules judge that): the corpus has more unsafe plans with headings than good
# ones, and a model left to itself learns that headings are a fault.
_HEADING_WORDS = frozenset(
    ("root", "cause", "causes", "corrective", "preventive", "action", "actions", "measures")
    + ("measure", "taken", "plan", "of")
)


def tokens(text: str, *, folded: bool = False) -> list[str]:
    """The words of `text` as the model reads them (folded, numbers as '9' or '0', no heading words).

    `folded`: the text is already as `fold` gives it (the letter's shared folded text).
    """
    words = _TOKEN.findall(text if folded else fold(text))
    # Most words are letters only: only the few with a digit go through the regexes.
    return [
        word if word.isalpha() else _numbers_read(word)
        for word in words
        if word not in _HEADING_WORDS
    ]


def features(words: Iterable[str]) -> set[str]:
    """Each word and each pair of neighbouring words."""
    words = list(words)
    found = set(words)
    found.update(map(" ".join, zip(words, words[1:], strict=False)))
    return found


@dataclass(frozen=True)
class Linear:
    bias: float
    weights: Mapping[str, float]

    def score(self, found: set[str]) -> float:
        """The logit, with the feature values scaled by 1/sqrt(count) as in training."""
        if not found:
            return self.bias
        total = sum(map(self.weights.get, found, repeat(0.0)))
        return self.bias + total / math.sqrt(len(found))

    def weight_of(self, found: set[str]) -> float:
        return sum(self.weights.get(feature, 0.0) for feature in found)


@dataclass(frozen=True)
class AudienceModel:
    gate: Linear
    threshold: float
    families: Mapping[str, Linear]


@cache
def models() -> Mapping[str, AudienceModel]:
    return parse(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def parse(raw: Mapping) -> dict[str, AudienceModel]:
    """The models of the weights file's JSON."""
    return {
        audience: AudienceModel(
            gate=Linear(entry["gate"]["bias"], entry["gate"]["weights"]),
            threshold=entry["threshold"],
            families={
                family: Linear(model["bias"], model["weights"])
                for family, model in entry["families"].items()
            },
        )
        for audience, entry in raw["audiences"].items()
    }


def second_opinion(letter: Letter, applicable: Collection[str]) -> tuple[str, Hit] | None:
    """(rule id, hit) when the model judges the letter unsafe; None when it does not.

    Only families whose rule is in `applicable` (the rules of the letter's case) are named.
    """
    return judge(models(), letter, applicable)


def judge(
    models: Mapping[str, AudienceModel], letter: Letter, applicable: Collection[str]
) -> tuple[str, Hit] | None:
    """`second_opinion` with the given models (training measures models it has not shipped)."""
    model = models.get(str(letter.case.audience))
    if model is None:
        return None
    # The subject and body as `fold` joins them: what training read.
    words = tokens(letter.folded, folded=True)
    if len(words) < MIN_WORDS:
        return None
    found = features(words)
    if model.gate.score(found) <= model.threshold:
        return None
    rules = FAMILY_RULES[str(letter.case.audience)]
    candidates = [family for family in model.families if rules.get(family, "") in applicable]
    if not candidates:
        return None
    family = max(candidates, key=lambda family: model.families[family].score(found))
    hit = _weightiest_sentence(letter, model.families[family])
    return (rules[family], hit) if hit else None


def _weightiest_sentence(letter: Letter, model: Linear) -> Hit | None:
    """The sentence whose words weigh most for the family; None if none weighs for it.

    A finding must quote what it is about: no sentence for the family, no finding.
    """
    best: tuple[float, Hit] | None = None
    for part, text in ((SUBJECT, letter.subject), (BODY, letter.body)):
        for start, sentence in text.sentences():
            weight = model.weight_of(features(tokens(sentence)))
            if weight > 0 and (best is None or weight > best[0]):
                best = (weight, Hit(part, start, sentence))
    return best[1] if best else None
