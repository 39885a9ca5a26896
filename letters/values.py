"""A case's answers as the letter's values: which placeholders the facts step asks for, and
what each answer looks like in the letter. Shared by the wizard, the drafts and the commands."""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping
from typing import cast

from letters.cases import Audience, CaseType
from letters.evidence import ATTACHMENTS_PLACEHOLDER, EVIDENCE_FIELD, attachments_paragraph
from letters.placeholders import BUYER_NAMES, IDENTITY_NAMES, PLAN_OF_ACTION_NAMES, Placeholder
from sellerdesk.marketplaces import MARKETS_BY_CODE


def standard_names(case: CaseType) -> frozenset[str]:
    """Placeholders filled by the "who" and "plan" steps rather than the facts step."""
    # Filled from the evidence ticks (letters.evidence), never typed.
    names = {*IDENTITY_NAMES, ATTACHMENTS_PLACEHOLDER}
    if case.audience == Audience.BUYER:
        names.update(BUYER_NAMES)
    if case.plan_of_action:
        names.update(PLAN_OF_ACTION_NAMES)
    return frozenset(names)


def fact_placeholders(case: CaseType, placeholders: list[Placeholder]) -> list[Placeholder]:
    standard = standard_names(case)
    return [placeholder for placeholder in placeholders if placeholder.name not in standard]


def _letter_value(value: object) -> object:
    if isinstance(value, decimal.Decimal):
        # 1.50 -> 1.5, 100.00 -> 100: a percentage as a seller would write it; the renderer
        # writes it with the letter language's decimal separator.
        return decimal.Decimal(format(value.normalize(), "f"))
    return value


def letter_values(
    *,
    who: Mapping[str, object],
    facts: Mapping[str, object],
    plan: Mapping[str, object],
    case: CaseType | None = None,
) -> dict[str, object]:
    """Every answer under its placeholder name, as the letter should show it."""
    values: dict[str, object] = {name: _letter_value(value) for name, value in facts.items()}
    values.update(plan)
    for name in ("store_name", "sender_name", "sender_role", *BUYER_NAMES):
        if name in who:
            values[name] = who[name]
    market = MARKETS_BY_CODE.get(str(who.get("marketplace", "")))
    if market:
        # Named in the letter's language by the renderer ("Germany (amazon.de)" in English).
        values["marketplace"] = market
    values.pop("context", None)
    # Only what the seller ticked may be called attached (a template names it with
    # {{ attachments }}); the ticks themselves are not a placeholder.
    # The evidence ticks are a MultipleChoiceField's answer: a list of document keys.
    ticked = cast("Iterable[str]", values.pop(EVIDENCE_FIELD, None) or ())
    if case is not None:
        values[ATTACHMENTS_PLACEHOLDER] = attachments_paragraph(case.key, ticked)
    return values
