"""What a rule is and what it sees: Rule, the Letter under check, and a Hit."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from django.utils.functional import Promise

from letters.cases import Audience, CaseType
from letters.checks.findings import Severity
from letters.checks.text import NeedleSet, Text, fold

# Where a hit is: findings are ordered subject first, then body, then what is missing.
SUBJECT, BODY, NOWHERE = 0, 1, 2


class Hit(NamedTuple):
    part: int
    start: int
    excerpt: str


MISSING = Hit(NOWHERE, 0, "")


class _NeedleRegistry:
    """Every needle the rules have asked about, compiled into one NeedleSet.

    Rebuilt when a rule asks about a needle it does not hold yet (only while the first
    letters are checked); a letter keeps the set it started with.
    """

    def __init__(self) -> None:
        self.current = NeedleSet(())

    def register(self, needles: Iterable[str]) -> None:
        if not self.current.needles.issuperset(needles):
            self.current = NeedleSet(self.current.needles.union(needles))


_NEEDLES = _NeedleRegistry()


class Letter:
    """One letter under check: what every rule reads, worked out once and shared."""

    def __init__(
        self,
        *,
        case: CaseType,
        body: str,
        subject: str,
        stock_texts: Sequence[str],
        previous_texts: Sequence[str],
        language: str = "en",
        facts: Mapping[str, object] | None = None,
    ) -> None:
        self.case = case
        # The language the letter is meant to be in ("en", "de", "fr", "it", "es", "ja").
        self.language = language
        # The wizard's answers, typed as it stores them; empty when only the text is known.
        self.facts: Mapping[str, object] = facts or {}
        self.body = Text(body)
        self.subject = Text(subject)
        self.stock_texts = stock_texts
        self.previous_texts = previous_texts
        self._present: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._needle_set: NeedleSet | None = None
        self._needles_found: set[str] = set()

    @cached_property
    def _folded(self) -> str:
        return fold(f"{self.subject.text}\n{self.body.text}")

    @cached_property
    def written_in(self) -> str | None:
        """The language the text is in by its words (None when too short or mixed to tell).

        A letter written in another language than the one chosen for it still breaks the
        rules in the language it is written in.
        """
        from letters.checks.language import detect_language  # language.py imports this module

        return detect_language(f"{self.subject.text}\n{self.body.text}")

    @property
    def folded(self) -> str:
        """The subject and body, lower-cased, white space collapsed (see `text.fold`)."""
        return self._folded

    def present(self, needles: tuple[str, ...]) -> tuple[str, ...]:
        """The `needles` that occur in the letter (subject and body, as `fold` sees them)."""
        try:
            return self._present[needles]
        except KeyError:
            pass
        # Every rule's needles are looked for at once, in one pass over the letter (see
        # NeedleSet); a needle registered after this letter's pass is looked for on its own.
        _NEEDLES.register(needles)
        if self._needle_set is None:
            self._needle_set = _NEEDLES.current
            self._needles_found = self._needle_set.found_in(self._folded)
        known, found = self._needle_set.needles, self._needles_found
        present = self._present[needles] = tuple(
            needle
            for needle in needles
            if (needle in found if needle in known else needle in self._folded)
        )
        return present

    def parts(self) -> tuple[tuple[int, Text], ...]:
        return ((SUBJECT, self.subject), (BODY, self.body))

    def sentences_matching(
        self,
        pattern: re.Pattern[str],
        *,
        needles: tuple[str, ...] = (),
        also: tuple[str, ...] = (),
    ) -> Iterator[Hit]:
        """A hit for each sentence of the subject and body with a match of `pattern`.

        With `needles`, only sentences that hold one of them are searched (see `Rule`); with
        `also` too (words one of which every match holds as well), only those that hold one
        of `also` as well, or follow a sentence that does.
        """
        if needles:
            needles = self.present(needles)
            if not needles:
                return
            if also:
                also = self.present(also)
                if not also:
                    return
        for part, text in self.parts():
            for start, sentence in text.sentences_matching(pattern, needles=needles, also=also):
                yield Hit(part, start, sentence)

    def matches(self, pattern: re.Pattern[str]) -> Iterator[Hit]:
        """A hit for each distinct match of `pattern`, the match itself as the excerpt."""
        seen: set[str] = set()
        for part, text in self.parts():
            for match in text.finditer(pattern):
                excerpt = text.text[match.start() : match.end()]
                if excerpt not in seen:
                    seen.add(excerpt)
                    yield Hit(part, match.start(), excerpt)

    def contains(self, pattern: re.Pattern[str]) -> bool:
        return any(text.search(pattern) for _part, text in self.parts())


Check = Callable[[Letter], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    audiences: frozenset[Audience]
    message: Promise
    check: Check
    # Appeals are the Plan-of-Action letters; other letters to Amazon skip these rules.
    appeals_only: bool = False
    # Strings one of which every match holds, as `text.fold` sees it: a letter without
    # any skips the rule, and pattern rules search only the sentences that hold one.
    # That keeps checking fast. Empty: always run, everywhere.
    needles: tuple[str, ...] = ()

    def applies_to(self, case: CaseType) -> bool:
        return case.audience in self.audiences and (case.plan_of_action or not self.appeals_only)


class RuleBook:
    """The rules one module defines, in order, for the audiences it serves."""

    def __init__(self, *audiences: Audience, appeals_only: bool = False) -> None:
        self.audiences = frozenset(audiences)
        self.appeals_only = appeals_only
        self.rules: list[Rule] = []

    def rule(
        self,
        rule_id: str,
        severity: Severity,
        message: Promise,
        *,
        needles: tuple[str, ...] = (),
    ) -> Callable[[Check], Check]:
        """Register the decorated function as the check of rule `rule_id`."""

        def register(check: Check) -> Check:
            self.rules.append(
                Rule(
                    rule_id,
                    severity,
                    self.audiences,
                    message,
                    check,
                    self.appeals_only,
                    needles,
                )
            )
            return check

        return register

    def pattern(
        self,
        rule_id: str,
        severity: Severity,
        message: Promise,
        pattern: re.Pattern[str],
        *,
        needles: tuple[str, ...] = (),
    ) -> None:
        """Register a rule that reports each sentence where `pattern` matches."""

        def check(letter: Letter) -> Iterator[Hit]:
            return letter.sentences_matching(pattern, needles=needles)

        self.rule(rule_id, severity, message, needles=needles)(check)
