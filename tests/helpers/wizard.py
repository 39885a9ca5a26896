"""Walk the case wizard as a browser does: WebTest reads each step's form, fills it in and
presses one of its buttons (django-webtest runs the requests through Django)."""

from __future__ import annotations

from collections.abc import Mapping

from django.urls import reverse
from django_webtest import DjangoTestApp
from webtest import TestResponse
from webtest.forms import Checkbox, Form

from letters.cases import CaseType
from letters.models import TemplateVersion
from letters.placeholders import Kind, Placeholder
from letters.values import fact_placeholders

MANAGEMENT = "case_wizard_view-current_step"

WHO = {"store_name": "Lumora Home EU", "sender_name": "Li Wei", "sender_role": "Owner"}
BUYER = {"buyer_name": "Anna Schmidt", "order_id": "302-4417815-9920318"}

# One Plan of Action, as a seller would type it, and the lines it becomes in the letter.
PLAN_ROWS = {
    "root_causes": [
        {"cause": "A new staff member listed 12 products without checking our invoices"},
        {"cause": "Nobody compared new listings with the brand owner's authorised list"},
    ],
    "corrective_actions": [
        {"date": "2026-10-14", "action": "Removed all 12 listings where we had no invoice"},
        {"date": "2026-10-15", "action": "Trained both listing staff on Amazon's IP policy"},
    ],
    "preventive_measures": [
        {
            "measure": "Invoice check before listing",
            "owner": "the operations manager",
            "frequency": "for every new ASIN",
        },
    ],
}
PLAN_LINES = [
    "A new staff member listed 12 products without checking our invoices",
    "Nobody compared new listings with the brand owner's authorised list",
    "14 October 2026: Removed all 12 listings where we had no invoice",
    "15 October 2026: Trained both listing staff on Amazon's IP policy",
    "Invoice check before listing — owned by the operations manager, for every new ASIN",
]


def step_url(step: str) -> str:
    return reverse("letters:wizard_step", kwargs={"step": step})


def wizard_form(page: TestResponse) -> Form:
    """The wizard's form as a browser submits it.

    The blank formset row inside `<template>` (which the page's script copies when a seller
    adds a row) is not part of what a browser sends, so it is dropped here.
    """
    form = page.forms["wizard-form"]
    inert = {
        node.get("name")
        for template in page.html.select("#wizard-form template")
        for node in template.find_all(["input", "select", "textarea", "button"])
    }
    if inert & form.fields.keys():
        form.field_order = [(name, field) for name, field in form.field_order if name not in inert]
        form.fields = {name: fields for name, fields in form.fields.items() if name not in inert}
    return form


def form_fields(page: TestResponse) -> dict[str, str]:
    """Every field of the wizard's form with the value the browser would send (no button)."""
    return dict(wizard_form(page).submit_fields())


def field_value(page: TestResponse, name: str) -> str:
    """The value a field of any form on the page holds (a textarea's text as shown)."""
    for key, form in page.forms.items():
        if isinstance(key, int) and name in form.fields:
            return form[name].value
    raise AssertionError(f"no field {name}")


def mailto_addresses(page: TestResponse) -> set[str]:
    """Every address any mailto: link on the page would write to."""
    found: set[str] = set()
    for link in page.html.select('a[href^="mailto:"]'):
        addresses = link["href"].removeprefix("mailto:").split("?", 1)[0]
        found.update(address for address in addresses.split(",") if address)
    return found


class Wizard:
    """A seller in a browser: each step's form is read from the page, filled in, submitted."""

    def __init__(self, app: DjangoTestApp) -> None:
        self.app = app
        self.page: TestResponse | None = None

    def start(self, query: str = "reset") -> TestResponse:
        self.page = self.app.get(f"{reverse('letters:wizard')}?{query}").maybe_follow()
        return self.page

    def open(self, step: str) -> TestResponse:
        self.page = self.app.get(step_url(step))
        return self.page

    def submit(
        self,
        step: str,
        answers: Mapping[str, str | list[str] | None] | None = None,
        *,
        follow: bool = True,
        **button: str,
    ) -> TestResponse:
        """Fill in the page of `step` (opening it if it is not on screen) and press a button.

        `answers` are keyed without the step's prefix; None leaves a box unticked. With no
        `button` (e.g. `action="check"` or `wizard_goto_step="who"`) the main button is
        pressed, the one with no name ("Next", "Show my letter", "Save to team drafts").
        """
        form = self.fill(step, answers)
        [(name, value)] = button.items() if button else [(None, None)]
        index = None
        if name is not None:
            pressable = [field.value_if_submitted() for field in form.fields.get(name, [])]
            assert value in pressable, f"no button {name}={value} on the {step} step"
            index = pressable.index(value)  # the first such button: one value sent, as a click
        response = form.submit(name, index=index)
        if follow:
            response = self.page = response.maybe_follow()
        return response

    def forge(
        self,
        step: str,
        answers: Mapping[str, str | list[str]] | None = None,
        *,
        follow: bool = False,
        **extra: str,
    ) -> TestResponse:
        """Post the page of `step` as no browser can: `answers` the form does not offer and
        `extra` fields (a button that is not there), by hand. Any status is returned."""
        fields = [*self.fill(step, {}).submit_fields()]
        posted = {f"{step}-{name}": value for name, value in (answers or {}).items()} | extra
        fields = [(name, value) for name, value in fields if name not in posted]
        for name, value in posted.items():
            fields += (
                [(name, item) for item in value] if isinstance(value, list) else [(name, value)]
            )
        response = self.app.post(step_url(step), fields, status="*")
        if follow:
            response = self.page = response.maybe_follow()
        return response

    def fill(self, step: str, answers: Mapping[str, str | list[str] | None] | None) -> Form:
        if self.page is None or self.page.status_code != 200 or self.current() != step:
            self.open(step)
        assert self.page is not None
        form = wizard_form(self.page)
        for name, value in (answers or {}).items():
            key = f"{step}-{name}"
            if isinstance(value, list):  # the boxes of a group to tick, all others unticked
                form[key] = value
                ticked = [box.value for box in form.fields[key] if box.checked]
                assert sorted(ticked) == sorted(value), f"{key} offers no box for some of {value}"
                continue
            field = form[key]
            if isinstance(field, Checkbox):
                field.checked = value is not None
            else:
                assert value is not None, f"{key} cannot be left out of the form"
                field.value = value
        return form

    def back(self, step: str, answers: Mapping[str, str] | None = None) -> TestResponse:
        return self.submit(step, answers, wizard_goto_step=self.previous())

    def current(self) -> str | None:
        """The step on screen, or None when the page shows no wizard form."""
        page = self.page
        if page is None or page.content_type != "text/html" or "wizard-form" not in page.forms:
            return None
        return page.forms["wizard-form"][MANAGEMENT].value

    def previous(self) -> str:
        assert self.page is not None
        [back] = wizard_form(self.page).fields.get("wizard_goto_step", [None])
        assert back, "no Back button"
        return back.value_if_submitted()


def example_answer(placeholder: Placeholder) -> str | None:
    """The declared example as a seller would type it; yes/no boxes are ticked for "yes"."""
    example = placeholder.example
    if isinstance(example, list):
        return "\n".join(str(item) for item in example)
    if placeholder.kind == Kind.YESNO:
        return "on" if str(example).lower() in ("yes", "true", "1") else None
    return str(example)


def facts_for(case: CaseType) -> dict[str, str | None]:
    version = TemplateVersion.objects.current_for(case.key)
    return {p.name: example_answer(p) for p in fact_placeholders(case, version.placeholder_list)}


def plan_answers() -> dict[str, str]:
    answers: dict[str, str] = {}
    for section, rows in PLAN_ROWS.items():
        for index, row in enumerate(rows):
            for name, value in row.items():
                answers[f"{section}-{index}-{name}"] = value
    return answers


def asked_on(page: TestResponse, step: str, answers: Mapping[str, str]) -> dict[str, str]:
    """The answers to the questions `page` asks (a message to a buyer asks no sender role,
    a letter to Amazon no buyer name)."""
    asked = form_fields(page)
    return {name: value for name, value in answers.items() if f"{step}-{name}" in asked}


def walk_to_review(
    wizard: Wizard,
    case: CaseType,
    market: str,
    *,
    facts: Mapping[str, str] | None = None,
    who: Mapping[str, str] | None = None,
) -> TestResponse:
    """Answer every step of `case` in `market` and land on the review."""
    wizard.start()
    wizard.submit("case", {"case": case.key})
    answers = {"marketplace": market, **WHO, **(BUYER if case.audience == "buyer" else {})}
    answers.update(who or {})
    page = wizard.submit("who", asked_on(wizard.page, "who", answers))
    if wizard.current() == "facts":
        page = wizard.submit("facts", facts if facts is not None else facts_for(case))
    if wizard.current() == "plan":
        page = wizard.submit("plan", plan_answers())
    assert wizard.current() == "review", errors(page)
    return page


def errors(page: TestResponse) -> list[str]:
    """The error messages on a page, to say why a walk stopped."""
    found = [
        f"{node['id'].split('_', 2)[-1]}: {node.get_text(' ', strip=True)}"
        for node in page.html.select('p[id^="error_"]')
    ]
    return found + [node.get_text(" ", strip=True) for node in page.html.select(".alert-danger")]
