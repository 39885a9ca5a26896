"""What the wizard's steps are called, the marketplaces it offers, and the letter's values."""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from letters.cases import CASE_TYPES, Audience, CaseType
from letters.evidence import ATTACHMENTS_PLACEHOLDER, EVIDENCE_FIELD, attachments_paragraph
from letters.placeholders import BUYER_NAMES, IDENTITY_NAMES, PLAN_OF_ACTION_NAMES, Placeholder

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


@dataclass(frozen=True)
class Market:
    code: str
    # English, as the letter names it; translated for the page with gettext().
    name: str
    domain: str

    @property
    def tld(self) -> str:
        return self.domain.removeprefix("amazon.")

    @property
    def in_letter(self) -> str:
        """How a letter (always English) names the marketplace: "Germany (amazon.de)"."""
        return f"{self.name} ({self.domain})"

    @property
    def label(self) -> str:
        return f"{gettext(self.name)} ({self.domain})"


# The ten marketplaces of the contact directory. A constant, not a model choice: formtools
# re-validates every step's form on each request, and a queryset would cost a query each time.
MARKETS: tuple[Market, ...] = (
    Market("US", gettext_noop("United States"), "amazon.com"),
    Market("CA", gettext_noop("Canada"), "amazon.ca"),
    Market("UK", gettext_noop("United Kingdom"), "amazon.co.uk"),
    Market("DE", gettext_noop("Germany"), "amazon.de"),
    Market("FR", gettext_noop("France"), "amazon.fr"),
    Market("IT", gettext_noop("Italy"), "amazon.it"),
    Market("ES", gettext_noop("Spain"), "amazon.es"),
    Market("JP", gettext_noop("Japan"), "amazon.co.jp"),
    Market("IN", gettext_noop("India"), "amazon.in"),
    Market("MX", gettext_noop("Mexico"), "amazon.com.mx"),
)
MARKETS_BY_CODE = {market.code: market for market in MARKETS}


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
        # 1.50 -> "1.5", 100.00 -> "100": a percentage as a seller would write it.
        return format(value.normalize(), "f")
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
        values["marketplace"] = market.in_letter
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
