"""Walk the case wizard like a browser: read each step's form, fill it in, submit it."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from html.parser import HTMLParser

from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

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


class FormReader(HTMLParser):
    """The fields of the wizard's form with the values a browser would submit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self._in_form = False
        self._template_depth = 0
        self._textarea: str | None = None
        self._select: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in attrs}
        if tag == "form" and attr.get("id") == "wizard-form":
            self._in_form = True
        if not self._in_form:
            return
        if tag == "template":
            self._template_depth += 1
        if self._template_depth:
            return
        name = attr.get("name")
        if tag == "input" and name and attr.get("type") not in ("submit", "button"):
            if attr.get("type") in ("checkbox", "radio") and "checked" not in attr:
                return
            self.fields[name] = attr.get("value", "on" if attr.get("type") == "checkbox" else "")
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select = name
            self.fields.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attr:
            self.fields[self._select] = attr.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "template" and self._template_depth:
            self._template_depth -= 1
        elif tag == "textarea" and self._textarea:
            self.fields[self._textarea] = "".join(self._text).removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self._text.append(data)


def form_fields(response: HttpResponse) -> dict[str, str]:
    reader = FormReader()
    reader.feed(response.content.decode())
    return reader.fields


def textarea(response: HttpResponse, name: str) -> str:
    """The text of a textarea as the browser shows it (unescaped, first newline dropped)."""
    match = re.search(
        rf'<textarea[^>]*name="{re.escape(name)}"[^>]*>(.*?)</textarea>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no textarea {name}"
    return html.unescape(match.group(1)).removeprefix("\n")


def input_value(response: HttpResponse, name: str) -> str:
    match = re.search(
        rf'<input[^>]*name="{re.escape(name)}"[^>]*value="([^"]*)"', response.content.decode()
    )
    assert match, f"no input {name}"
    return html.unescape(match.group(1))


def mailto_addresses(response: HttpResponse) -> set[str]:
    """Every address any mailto: link on the page would write to."""
    found: set[str] = set()
    for href in re.findall(r'href="mailto:([^"]*)"', response.content.decode()):
        addresses = html.unescape(href).split("?", 1)[0]
        found.update(address for address in addresses.split(",") if address)
    return found


class Wizard:
    """A seller in a browser: each step is read from the page, then submitted."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.page: HttpResponse | None = None

    def start(self, query: str = "reset") -> HttpResponse:
        self.page = self.client.get(f"{reverse('letters:wizard')}?{query}", follow=True)
        return self.page

    def open(self, step: str) -> HttpResponse:
        self.page = self.client.get(step_url(step))
        return self.page

    def submit(
        self,
        step: str,
        answers: Mapping[str, str] | None = None,
        *,
        follow: bool = True,
        **extra: str,
    ) -> HttpResponse:
        """Fill in the page of `step` (opening it if it is not on screen) and submit it."""
        if self.page is None or self.page.status_code != 200 or self.current() != step:
            self.open(step)
        fields = form_fields(self.page)
        fields.update({f"{step}-{name}": value for name, value in (answers or {}).items()})
        fields.update(extra)
        fields = {name: value for name, value in fields.items() if value is not None}
        response = self.client.post(step_url(step), fields, follow=follow)
        if follow:
            self.page = response
        return response

    def back(self, step: str, answers: Mapping[str, str] | None = None) -> HttpResponse:
        return self.submit(step, answers, wizard_goto_step=self.previous())

    def current(self) -> str | None:
        match = re.search(
            rf'name="{MANAGEMENT}" value="(\w+)"', self.page.content.decode() if self.page else ""
        )
        return match.group(1) if match else None

    def previous(self) -> str:
        match = re.search(r'name="wizard_goto_step" value="(\w+)"', self.page.content.decode())
        assert match, "no Back button"
        return match.group(1)


def example_answer(placeholder: Placeholder) -> str:
    """The declared example as a seller would type it; yes/no boxes are ticked for "yes"."""
    example = placeholder.example
    if isinstance(example, list):
        return "\n".join(str(item) for item in example)
    if placeholder.kind == Kind.YESNO:
        return "on" if str(example).lower() in ("yes", "true", "1") else None
    return str(example)


def facts_for(case: CaseType) -> dict[str, str]:
    version = TemplateVersion.objects.current_for(case.key)
    return {p.name: example_answer(p) for p in fact_placeholders(case, version.placeholder_list)}


def plan_answers() -> dict[str, str]:
    answers: dict[str, str] = {}
    for section, rows in PLAN_ROWS.items():
        for index, row in enumerate(rows):
            for name, value in row.items():
                answers[f"{section}-{index}-{name}"] = value
    return answers


def walk_to_review(
    wizard: Wizard,
    case: CaseType,
    market: str,
    *,
    facts: Mapping[str, str] | None = None,
    who: Mapping[str, str] | None = None,
) -> HttpResponse:
    """Answer every step of `case` in `market` and land on the review."""
    wizard.start()
    wizard.submit("case", {"case": case.key})
    answers = {"marketplace": market, **WHO, **(BUYER if case.audience == "buyer" else {})}
    answers.update(who or {})
    page = wizard.submit("who", answers)
    if wizard.current() == "facts":
        page = wizard.submit("facts", facts if facts is not None else facts_for(case))
    if wizard.current() == "plan":
        page = wizard.submit("plan", plan_answers())
    assert wizard.current() == "review", errors(page)
    return page


def errors(page: HttpResponse) -> list[str]:
    """The error messages on a page, to say why a walk stopped."""
    html = page.content.decode()
    found = re.findall(r'<p id="error_\d+_([^"]+)"><strong>(.*?)</strong>', html, re.S)
    found += re.findall(r'class="alert alert-danger[^"]*"[^>]*>(.*?)</div>', html, re.S)
    return [unescape_all(item) for item in found]


def unescape_all(item: str | tuple[str, ...]) -> str:
    return (
        " ".join(html.unescape(part) for part in item)
        if isinstance(item, tuple)
        else html.unescape(item)
    )
