"""Find the three parts of a Plan of Action by meaning: under any reasonable heading, or in prose.

A heading is a short line (or the words before a colon) that names a part in any common
wording: "Root cause", "Why it happened", "What went wrong", "Actions taken", "Steps we have
taken", "Prevention", "How we prevent it in future", "Long-term measures"… A part runs to the
next heading or the sign-off. A part with no heading is found from the sentences that do its
work ("because…", "we have removed…", "going forward…"). One pass over the lines and one
over the sentences: linear in the letter.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from letters.checks.fast_regex import compile_rule
from letters.checks.text import Text

ROOT, CORRECTIVE, PREVENTIVE = "root_cause", "corrective_actions", "preventive_measures"
PART_NAMES = (ROOT, CORRECTIVE, PREVENTIVE)

# Numbering and markup before a heading: "1.", "a)", "II.", "Part 2:", "## ", "**".
_MARKUP = compile_rule(
    r"^[ \t>]{0,8}(?:#{1,6}[ \t]{0,4})?[*_]{0,3}[ \t]{0,4}"
    r"(?:(?:\d{1,2}|[a-c]|[ivx]{1,4})[.):][ \t]{0,4}|(?:part|step|section|point)[ \t]{1,4}"
    r"(?:\d{1,2}|[a-c]|one|two|three)[.:)]?[ \t]{0,4})?[*_]{0,3}[ \t]{0,4}",
    re.I,
)
HEADING_KINDS = (
    (
        PREVENTIVE,
        compile_rule(
            r"prevent|future|long[\s-]?term|going\s+forward|from\s+now\s+on|avoid|recur|repeat"
            r"|again|safeguard|ongoing|systemic|sustain|permanent|monitoring|changes?\s+to\s+our"
            r"|what\s+(?:will|we\s+will)\s+(?:change|stop|do\s+differently|be\s+different)"
            r"|process\s+(?:changes?|improvements?)|improvements?|how\s+we\s+(?:will\s+)?(?:stop"
            r"|ensure|keep|make\s+sure)|next\s+steps|policy\s+changes?"
            # The same headings in the other languages of the letters.
            r"|préventi|vorbeug|präventi|preventiv|prevenzion|再発防止|予防|防止",
            re.I,
        ),
    ),
    (
        CORRECTIVE,
        compile_rule(
            r"correct|actions?\s+(?:we\s+)?(?:have\s+)?(?:taken|took)|steps\s+(?:we\s+)?(?:have\s+)?"
            r"(?:taken|took)|what\s+we\s+(?:have\s+)?(?:done|did|changed|fixed)|immediate|fix"
            r"|remed|resol|actions?\s+(?:already\s+)?(?:completed|implemented)|^actions?$"
            r"|steps\s+taken|solution|our\s+response|what\s+we\s+have\s+done|resolution"
            r"|actions?\s+so\s+far|measures?\s+taken|^(?:already\s+)?done\b|^what\s+we\s+did\b"
            r"|korrektur|correttiv|sofort|是正|対応",
            re.I,
        ),
    ),
    (
        ROOT,
        compile_rule(
            r"root|cause|^why\b|why\s+(?:it|this|the|we)|what\s+(?:went\s+wrong|happened|caused)|reason"
            r"|(?:the\s+)?(?:problems?|issues?)|analysis|investigation|how\s+(?:it|this|the\s+\w+)\s+"
            r"(?:happened|occurred)|background|findings|what\s+led"
            r"|ursache|causa|原因",
            re.I,
        ),
    ),
)
# A line that only closes the letter (the last part ends there).
SIGN_OFF = compile_rule(
    r"^[ \t]{0,8}(?:sincerely|respectfully|yours[ \t]{1,4}(?:truly|faithfully|sincerely)"
    r"|(?:best|kind|warm)?[ \t]{0,4}regards|thank[ \t]{1,4}you[ \t]{1,4}for[ \t]{1,4}(?:your"
    r"[ \t]{1,4})?(?:time|consideration|review\w{0,4}|attention)|we[ \t]+(?:respectfully|kindly)"
    r"[ \t]+(?:ask|request))\b",
    re.I,
)
_BULLET = compile_rule(r"^[ \t]{0,8}[-•*+–][ \t]")
MAX_HEADING = 70  # characters of heading text; longer lines are prose
MAX_HEADING_WORDS = 9
MAX_COLON_WORDS = 6  # "Why it happened:" is a heading, "The problem was caused by…:" is prose

# Sentences that do a part's work, for a letter written as prose.
CUES = {
    ROOT: compile_rule(
        r"\broot\s+causes?\b|\bcaused\s+by\b|\bthe\s+(?:main\s+|real\s+)?causes?\b|\bbecause\b"
        r"|\bdue\s+to\b|\bthe\s+reasons?\b|\bhappened\s+because\b|\bwe\s+(?:have\s+)?(?:found"
        r"|discovered|identified|determined|realised|realized|learned|learnt)\b|\binvestigat\w+"
        r"|\bresulted\s+from\b|\bstemmed\s+from\b|\bthe\s+result\s+of\b|\bthe\s+(?:problem|issue)"
        r"\s+(?:was|is|came)\b|\bwhat\s+went\s+wrong\b|\bwe\s+failed\s+to\b"
        r"|(?<!will )(?<!would )\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|were\s+not|was\s+not"
        r"|never)\s+(?:\w+\s+)?(?:check|verif|have|know|updat|notic|monitor|review|respond|answer"
        r"|repl|confirm|understand|read|train|inspect|search|test|measur|compar|ask|look|realis"
        r"|realiz|consider|follow|record|label|registe|request|obtain|keep|sync|include|mention"
        r"|remove|disclos)"
        r"|\b(?:nobody|no\s+one)\s+(?:\w+\s+){0,3}?(?:had\s+|has\s+|did\s+|was\s+)?(?:check|verif"
        r"|test|measur|compar|review|inspect|search|read|notic|look|ask|confirm|count)\w*"
        # What was done wrong, told as it was: "our designer had copied the brand's photo".
        r"|\bhad\s+(?:\w+ly\s+)?(?:copied|used|listed|added|uploaded|sold|bought|sourced|mixed"
        r"|set|changed|taken|put|written|created|joined|shipped|sent|packed|printed|ordered"
        r"|approved|switched|removed|forgotten|missed|skipped|assumed|believed)\b"
        # A mistaken belief: "we thought the lamps were the same", "it looked identical".
        r"|\bwe\s+(?:wrongly\s+)?(?:thought|believed|assumed|expected)\b|\b(?:looked|seemed"
        r"|appeared)\s+(?:\w+\s+)?(?:identical|the\s+same|similar|equivalent)\b"
        # What our listing said or showed: the fact the complaint is about.
        r"|\bour\s+(?:\w+\s+)?(?:title|listing|(?:main\s+)?images?|photos?|pictures?|description"
        r"|bullets?|bullet\s+points?|labels?|packaging|product\s+page|detail\s+page|keywords)s?\s+"
        r"(?:\w+\s+)?(?:used|said|showed|stated|claimed|contained|included|read|displayed"
        r"|described|mentioned|listed|called|promised|had|gave|named)\b"
        r"|\b(?:was|were)\s+(?:\w+\s+)?(?:copied|uploaded|listed|used|created|made|taken|sent"
        r"|shipped|mislabel\w*|packed|posted|bought|sourced|written|typed|entered)\b"
        r"[^.!?\n]{0,60}?\bby\b|\bhappened\b|\boccurred\b|\bled\s+to\b"
        # What went wrong, told as a fact: a passive with its agent, or a failure.
        r"|\b(?:was|were)\s+(?:\w+\s+){0,3}?\w+(?:ed|en|wn|ng)\b[^.!?\n]{0,60}?\bby\s+"
        r"(?:our|the|a|an|one|my)\b|\b(?:leaked|cracked|broke|failed|faded|malfunctioned"
        r"|overheated|shrank|peeled|rusted|stopped\s+working|went\s+wrong|mixed\s+up"
        r"|mislabel\w*|misprinted|expired)\b|\b(?:was|were)\s+(?:\w+\s+)?(?:wrong|faulty"
        r"|defective|missing|incorrect|outdated|late|damaged|broken)\b"
        r"|\bwithout\s+(?:telling|informing|checking|verifying|notifying)\b"
        r"|\b(?:came|comes|arose|arise|stemmed|resulted)\s+from\b|\binstead\s+of\s+(?:the\s+)?\d"
        # The cause told as what a third party did: "our supplier … sent fake products".
        r"|\b(?:supplier|manufacturer|factory|carrier|courier|forwarder|warehouse|freelancer"
        r"|agency|agent|employee|assistant|designer|photographer|packer|3pl)\s+(?:\w+\s+){0,4}?"
        r"(?:sent|shipped|cheated|lied|mixed|packed|delivered|swapped|switched|mislabel\w*|changed"
        r"|printed|supplied|used|copied|forgot|lost)\b"
        r"|\b(?:that|this|it)\s+was\s+(?:our|my)\s+(?:own\s+)?(?:responsibility|fault|mistake|error"
        r"|oversight)\b",
        re.I,
    ),
    CORRECTIVE: compile_rule(
        r"\b(?:we|i|our\s+(?:\w+\s+)?(?:manager|team|staff|owner|director|lead|agent|department"
        r"|colleague|inspector|officer|editor|clerk|assistant|designer|engineer|supervisor"
        r"|accountant|founder|ceo)(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?)\s+(?:have\s+|has\s+)?(?:already\s+|now\s+|since\s+"
        r"|immediately\s+|also\s+|then\s+|first\s+|carefully\s+|thoroughly\s+|personally\s+)?"
        r"(?:compared|checked|verified|tested|measured|re-?measured|examined|counted|traced|written"
        r"|wrote|called|e-?mailed|informed|notified|asked|requested|returned|retrieved|paused"
        r"|blocked|relabell?ed|reprinted|rebuilt|renamed|improved|taken\s+(?:\w+\s+)?(?:measures"
        r"|steps|actions?)|took\s+(?:\w+\s+)?(?:measures|steps|actions?)"
        r"|removed|deleted|refunded|contacted|corrected|fixed|updated|replaced|retrained"
        r"|disposed|recalled|issued|cancell?ed|closed|suspended|stopped|terminated|withdrew"
        r"|withdrawn|reviewed|audited|inspected|answered|resolved|sent|obtained|submitted|changed"
        r"|hired|appointed|implemented|introduced|created|set\s+up|trained|quarantined"
        r"|destroyed|delisted|deactivated|rewrote|rewritten|revised|re-?checked|re-?inspected"
        r"|paid|compensated|reimbursed|took\s+down|taken\s+down|reshipped|re-?sent|deleted"
        r"|uploaded|switched|added|moved|cancelled|canceled|relisted|corrected)\b"
        r"|\b(?:on|since|by)\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}|\d{4}-\d{2}-\d{2})"
        r"\b[^.!?\n]{0,40}?\bwe\s+(?:have\s+)?(?:\w+\s+)?[a-z]{3,}ed\b"
        r"|\b(?:on|since)\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}|\d{4}-\d{2}-\d{2}),?"
        r"\s+(?:we|i)\s+(?!will\b|would\b|can\b|could\b|may\b|might\b|should\b|must\b)[a-z]{3,}\b"
        r"|\bwe\s+(?:have\s+)?already\s+[a-z]{3,}\b|\b(?:listings?|offers?|asins?|items?|units?"
        r"|products?|images?|titles?)\s+(?:are|were|have\s+been|has\s+been)\s+(?:now\s+|all\s+)?"
        r"(?:removed|deleted|closed|corrected|replaced|refunded|withdrawn|delisted|updated|fixed)\b"
        # A past action with its date: "removed the word from the title on 20 November".
        r"|\b(?:removed|deleted|replaced|refunded|closed|corrected|updated|changed|fixed"
        r"|recalled|withdrew|relisted|rewrote|reprinted|relabell?ed|retrained|disposed)\b"
        r"[^.!?\n]{0,80}?\bon\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}|\d{4}-\d{2}-\d{2})"
        r"|\bcorrective\b|\bimmediately\b|\bhas\s+been\s+(?:removed|deleted|refunded|fixed"
        r"|corrected|replaced|closed|updated)\b|\bhave\s+been\s+(?:removed|deleted|refunded"
        r"|fixed|corrected|replaced|closed|updated)\b"
        # What was done, told without "we": "all 9 refunded on 18 Nov", "labels reprinted".
        r"|\b(?:refunded|reimbursed|recalled|relabel+ed|reprinted|re-?labelled|reshipped"
        r"|quarantined|delisted|withdrawn|rewritten|retrained|remade|reworked|repaired"
        r"|replaced|corrected|fixed)\b|\bgot\s+(?:a\s+)?(?:full\s+)?refunds?\b",
        re.I,
    ),
    PREVENTIVE: compile_rule(
        r"\bgoing\s+forward\b|\bin\s+(?:the\s+)?future\b|\bfrom\s+now\s+on\b|\bprevent\w*"
        r"|\bto\s+(?:ensure|make\s+sure)\s+(?:this|that|it|the\s+same|no|such)\b|\bwill\s+(?:now"
        r"\s+|also\s+|always\s+|continue\s+to\s+)?(?:check|review|audit|verify|train|inspect"
        r"|monitor|test|require|use|hold|run|update|keep|answer|reply|respond|schedule|assign"
        r"|pay|work|ensure|improve|strengthen|be\s+(?:checked|reviewed|audited|verified|inspected"
        r"|tested|trained|required|monitored|updated|answered|approved|logged|recorded|more))\b|\b(?:every|each)\s+(?:\w+\s+)?(?:day"
        r"|week|month|quarter|order|shipment|listing|batch|morning|year)\b|\b(?:daily|weekly"
        r"|monthly|quarterly|annually|twice)\b|\bnew\s+(?:process|procedure|policy|checklist"
        r"|sop|rule|system|workflow)\b|\blong[\s-]term\b|\bfrom\s+(?:today|this\s+date)\b"
        r"|\bnever\s+(?:again|happen)|\bwill\s+not\s+(?:happen|recur)|\bfrom\s+now\b"
        r"|\bnow\s+(?:checks?|reviews?|requires?|uses?|runs?|measures?|compares?|inspects?|tests?"
        r"|verif\w+|signs?|logs?|records?|approves?|has|have|goes|go|ships?|reads?|searches"
        r"|search|confirms?|covers?|owns?|must|needs?|gets?|includes?|keeps?|sends?|takes?|holds?"
        r"|waits?|follows?|applies|apply|scans?|counts?|weighs?|tracks?|flags?|plans?|books?)\b"
        r"|\b(?:is|are)\s+now\s+\w+ed\b"
        r"|\bwe\s+now\s+(?!know|understand|realis|realiz|see|ask|request|hope|believe|apologi)"
        r"[a-z]{3,}\b|\b(?:before|after|for|on)\s+(?:every|each)\s+(?:\w+\s+)?[a-z]{3,}\b"
        # A control that recurs: someone checks something every time, before, or whenever.
        r"|\bwhenever\b|\b(?:every|each)\s+(?:new\s+)?(?:monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|image|photo|product|unit|invoice|item|title|roll|sku|asin"
        r"|supplier|delivery|return|claim|message|label|parcel|package|lot|case)\b"
        r"|\b(?:checks|reviews|inspects|compares|measures|verifies|tests|approves|audits"
        r"|monitors)\s+(?:\w+\s+){0,6}?(?:every|each|all|any|before|against)\b",
        re.I,
    ),
}


# A sentence that only says a cause was looked for or found ("after a thorough investigation
# we identified the root cause") names no cause: it is not a root-cause part.
_CAUSE_CLAIM = compile_rule(
    r"\b(?:investigat\w+|identified|found|determined|analy[sz]ed|reviewed|looked\s+into)\b",
    re.I,
)
# The words that name a cause without telling it: "we identified the root cause".
_CAUSE_WORDS = compile_rule(
    r"\b(?:the\s+)?(?:main\s+|real\s+)?(?:root\s+)?(?:causes?|reasons?)\b", re.I
)
_CAUSE_TOLD = compile_rule(
    r"\bbecause\b|\bdue\s+to\b|\bcaused\s+by\b|\bresulted\s+from\b|\bstemmed\s+from\b"
    r"|\bthat\s+(?:our|we|the|a|an|\d)|\bwas\b|\bwere\b|\bhad\b|:|\d",
    re.I,
)


def _claims_a_cause(sentence: str) -> bool:
    """Whether a root-cause sentence only claims an investigation, telling nothing found."""
    return (
        bool(_CAUSE_CLAIM.search(sentence))
        and not _CAUSE_TOLD.search(sentence)
        and not CUES[ROOT].search(_CAUSE_WORDS.sub(" ", _CAUSE_CLAIM.sub(" ", sentence)))
    )


class Part(NamedTuple):
    start: int  # where the part's heading (or first sentence) starts
    text_start: int  # where its text starts
    end: int
    by_heading: bool
    # For a part found in prose: the spans of the sentences that do its work.
    spans: tuple[tuple[int, int], ...] = ()


def _colon(text: str) -> int:
    """Where the first colon is, ASCII or full-width (Chinese and Japanese headings); -1 if none."""
    found = [index for index in (text.find(":"), text.find("：")) if index >= 0]
    return min(found) if found else -1


def heading_kind(line: str) -> tuple[str, int] | None:
    """The part a heading line names, and where the text after the heading starts in it."""
    if _BULLET.match(line):
        return None  # a list item is never a heading
    markup = _MARKUP.match(line)
    head_start = markup.end() if markup else 0
    rest = line[head_start:]
    colon = _colon(rest)
    if 0 < colon <= MAX_HEADING and len(rest[:colon].split()) <= MAX_COLON_WORDS:
        head, after = rest[:colon], head_start + colon + 1
    else:
        head, after = rest.rstrip(), len(line)
        stripped = head.rstrip(" \t*_#")
        if (
            not stripped
            or len(stripped) > MAX_HEADING
            or len(stripped.split()) > MAX_HEADING_WORDS
            or (stripped.endswith(".") and (head_start == 0 or len(stripped.split()) > 4))
        ):
            return None
    head = head.strip(" \t*_#")
    if not head or len(head.split()) > MAX_HEADING_WORDS:
        return None
    for kind, pattern in HEADING_KINDS:
        if pattern.search(head):
            return kind, after
    return None


# A fact with a figure in it: a count, a date, a percentage, an ID.
_STATED_FACT = compile_rule(r"\d")
_SALUTATION = compile_rule(r"(?:dear|hello|hi|to\s+whom|to\s+the|good\s+(?:morning|day))\b", re.I)
MIN_FACT_WORDS = 8
# A part's name as a sentence of its own at the head of a paragraph: "Root cause. Our tool…".
_DOTTED_LABEL = compile_rule(
    r"^\s*(?:the\s+)?(?:root\s+causes?(?:\s+analysis)?|corrective\s+(?:actions?|measures?)"
    r"|preventi(?:ve|on)(?:\s+(?:actions?|measures?))?|actions?\s+taken|immediate\s+actions?"
    r"|long[\s-]term\s+(?:actions?|measures?)|what\s+went\s+wrong|why\s+it\s+happened)\s*\.\s*$",
    re.I,
)
# A short question that names a part, inside a paragraph: "What have you already done?".
_QUESTION_LABEL = compile_rule(r"^\s*(?:how|what|why|which)\b[^.!?\n]{0,60}\?\s*$", re.I)
# A sentence that restates the notice or the metric ("our account was deactivated for an ODR
# of 1.3%", "the complaints were for ASIN …") tells the symptom, not what went wrong.
_NOTICE = compile_rule(
    r"\b(?:deactivat\w*|suspend\w*|appeal\w*|under\s+review|complaints?\s+(?:was|were|is|are)"
    r"\s+(?:for|about|on)|order\s+defect\s+rate|odr|late\s+shipment\s+rate|cancellation\s+rate"
    r"|(?:target|threshold)\s+(?:of|below|under|above))\b",
    re.I,
)


def _rest_of_paragraph(
    body: str, sentences: list[tuple[int, str]], index: int
) -> list[tuple[int, int]]:
    """The sentences after a label, up to the end of its paragraph or the next label."""
    spans: list[tuple[int, int]] = []
    end = sentences[index][0] + len(sentences[index][1])
    for start, sentence in sentences[index + 1 :]:
        if (
            "\n" in body[end:start]
            or _QUESTION_LABEL.match(sentence)
            or _DOTTED_LABEL.match(sentence)
        ):
            break
        spans.append((start, start + len(sentence)))
        end = start + len(sentence)
    return spans


@lru_cache(maxsize=32)
def plan_parts(body: str) -> dict[str, Part]:
    """The Plan-of-Action parts in `body`: by heading first, then by meaning in the prose."""
    headings: list[tuple[int, str, int]] = []  # (line start, kind, text start)
    bounds: list[int] = []
    position = 0
    for line in body.splitlines(keepends=True):
        if line.strip():
            found = heading_kind(line)
            if found is not None:
                headings.append((position, found[0], position + found[1]))
                bounds.append(position)
            elif SIGN_OFF.match(line):
                bounds.append(position)
        position += len(line)
    parts: dict[str, Part] = {}
    for start, kind, text_start in headings:
        if kind in parts:
            continue
        end = next((bound for bound in bounds if bound > start), len(body))
        parts[kind] = Part(start, text_start, max(end, text_start), True)
    missing = [kind for kind in PART_NAMES if kind not in parts]
    if missing:
        # Without a heading, the sentences that do the part's work, wherever they are, or
        # that a label names inside a paragraph ("… on 8 Nov. Prevention: the supervisor…").
        text = Text(body)
        labelled: dict[str, list[tuple[int, int]]] = {}
        sentences = list(text.sentences())
        for index, (start, sentence) in enumerate(sentences):
            colon = _colon(sentence[:MAX_HEADING])
            if colon > 0 and len(sentence[:colon].split()) <= 4:
                found = heading_kind(sentence)
                if found is not None:
                    labelled.setdefault(found[0], []).append((start, start + len(sentence)))
            elif _QUESTION_LABEL.match(sentence) or _DOTTED_LABEL.match(sentence):
                # "What will stop it happening again? Every new design…", "Root cause. Our
                # tool matched…": the label names the part, the rest of its paragraph holds it.
                found = heading_kind(sentence.strip().rstrip(".?"))
                if found is not None:
                    labelled.setdefault(found[0], []).extend(
                        _rest_of_paragraph(body, sentences, index)
                    )
        for kind in missing:
            spans = tuple(
                labelled.get(kind)
                or (
                    (start, start + len(sentence))
                    for start, sentence in text.sentences_matching(CUES[kind])
                    if kind != ROOT or not _claims_a_cause(sentence)
                )
            )
            if spans:
                parts[kind] = Part(spans[0][0], spans[0][0], spans[-1][1], False, spans)
        if ROOT not in parts and CORRECTIVE in parts and not parts[CORRECTIVE].by_heading:
            # Sellers often tell what went wrong as plain facts before what they did ("the
            # listing said 90% down, the lab test shows 80%. We corrected the listing…"): a
            # specific sentence before the first fix is the root cause told as a fact.
            facts = tuple(
                (start, start + len(sentence))
                for start, sentence in text.sentences()
                if start < parts[CORRECTIVE].start
                and _STATED_FACT.search(sentence)
                and len(sentence.split()) >= MIN_FACT_WORDS
                and not _SALUTATION.match(sentence)
                and not _NOTICE.search(sentence)
            )
            if facts:
                parts[ROOT] = Part(facts[0][0], facts[0][0], facts[-1][1], False, facts)
    return parts


def part_texts(body: str, part: Part) -> list[str]:
    """The text a part holds: its section, or the sentences that do its work."""
    if part.by_heading:
        return [body[part.text_start : part.end]]
    return [body[start:end] for start, end in part.spans]
