"""What the wizard's steps are called, and how its case step groups the cases (the letter's
values: `letters.values`; the marketplaces: `sellerdesk.marketplaces`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from letters.cases import CASE_TYPES, Audience

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

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

    def title(step: str) -> StrOrPromise:
        if step == PLAN and not case_known:
            return _("Plan of action (appeals only)")
        return STEP_TITLES[step]

    return {
        "number": here + 1,
        "count": len(steps),
        "title": STEP_TITLES[current],
        "steps": [(step, title(step), index - here) for index, step in enumerate(steps)],
    }
