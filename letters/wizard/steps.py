"""What the wizard's steps are called and the letter's values (the marketplaces it offers:
`sellerdesk.marketplaces`)."""

from __future__ import annotations

import decimal
from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from letters.cases import CASE_TYPES, Audience, CaseType
from letters.evidence import ATTACHMENTS_PLACEHOLDER, EVIDENCE_FIELD, attachments_paragraph
from letters.placeholders import BUYER_NAMES, IDENTITY_NAMES, PLAN_OF_ACTION_NAMES, Placeholder
from sellerdesk.marketplaces import MARKETS_BY_CODE

CASE, WHO, FACTS, PLAN, REVIEW = "case", "who", "facts", "plan", "review"

STEP_TITLES = {
    CASE: _("Your case"),
    WHO: _("Your store"),
    FACTS: _("The facts"),
    PLAN: _("Plan of action"),
    REVIEW: _("Review and send"),
}

AUDIENCE_LEGENDS = {
    Audience.AMAZON: _("Letters to Amazon"),
    Audience.SELLER: _("Letters to another seller"),
    Audience.BUYER: _("Messages to a buyer"),
}


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
    ticked = values.pop(EVIDENCE_FIELD, None) or ()
    if case is not None:
        values[ATTACHMENTS_PLACEHOLDER] = attachments_paragraph(case.key, ticked)
    return values


def case_groups(*, selected: str | None) -> list[dict]:
    """The case step's radio buttons, grouped by who the letter is for."""
    return [
        {
            "legend": legend,
            "audience": audience.value,
            "cases": [
                {"case": case, "checked": case.key == selected}
                for case in CASE_TYPES
                if case.audience == audience
            ],
        }
        for audience, legend in AUDIENCE_LEGENDS.items()
    ]


def progress(*, steps: list[str], current: str, case_known: bool) -> dict:
    """ "Step 2 of 5 · Your store", and every step's title with its place relative to now."""
    here = steps.index(current)

    def title(step: str) -> str:
        if step == PLAN and not case_known:
            return _("Plan of action (appeals only)")
        return STEP_TITLES[step]

    return {
        "number": here + 1,
        "count": len(steps),
        "title": STEP_TITLES[current],
        "steps": [(step, title(step), index - here) for index, step in enumerate(steps)],
    }
