"""The wizard's session state: one typed value, kept as JSON, read back whatever it finds;
and the wizard's views stay short and on public APIs."""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path

import pytest
from django.http import QueryDict
from django.test import Client
from django.urls import reverse

from letters.wizard.interview import CURRENT_STEP_FIELD as MANAGEMENT
from letters.wizard.state import SESSION_KEY, WizardState

WIZARD = Path(__file__).resolve().parents[2] / "letters" / "wizard"
WHO = {"store_name": "Lumora Home EU", "sender_name": "Li Wei", "sender_role": "Owner"}


def step_url(step: str) -> str:
    return reverse("letters:wizard_step", kwargs={"step": step})


def input_value(page: object, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', page.content.decode())
    assert match, f"no input {name}"
    return html.unescape(match.group(1))


def answer(client: Client, step: str, answers: dict[str, str]) -> object:
    fields = {f"{step}-{name}": value for name, value in answers.items()}
    if step != "case":
        fields[f"{step}-context"] = "odr_deactivation"
    return client.post(step_url(step), {MANAGEMENT: step, **fields})


def posted(fields: dict[str, str | list[str]]) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, value in fields.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data


def test_the_state_survives_the_sessions_json() -> None:
    state = WizardState(current_step="facts")
    state.set_posted("case", posted({"case-case": "odr_deactivation"}))
    state.set_posted(
        "facts", posted({"facts-evidence": ["invoices", "photos"], "facts-context": "x"})
    )
    state.set_extra("notice", {"text": "Dear seller", "values": {"marketplace": "DE"}})

    again = WizardState.from_session(json.loads(json.dumps(state.to_session())))

    assert again == state
    assert again.posted_data("facts").getlist("facts-evidence") == ["invoices", "photos"]
    assert again.posted_data("plan") is None


def test_only_the_steps_own_fields_are_kept() -> None:
    state = WizardState()
    state.set_posted(
        "who",
        posted(
            {
                "who-store_name": "Lumora",
                MANAGEMENT: "who",
                "wizard_snapshot": "signed",
                "csrfmiddlewaretoken": "token",
                "wizard_goto_step": "case",
                "action": "check",
            }
        ),
    )

    assert state.posted == {"who": {"who-store_name": ["Lumora"]}}


def test_only_a_change_of_answers_asks_for_a_session_write() -> None:
    state = WizardState.from_session({"step": "who", "step_data": {}, "extra_data": {}})
    state.current_step = "facts"
    state.cleaned["case"] = {"key": "k", "data": {}}
    state.drop_extra("review_edits")
    assert not state.changed

    state.set_posted("who", posted({"who-store_name": "Lumora"}))
    assert state.changed


@pytest.mark.parametrize(
    "stored",
    [None, "text", [], {"step": 3, "step_data": "x", "extra_data": [], "cleaned": None}],
)
def test_anything_else_in_the_session_reads_as_a_blank_wizard(stored: object) -> None:
    assert WizardState.from_session(stored) == WizardState()


def test_a_session_written_by_formtools_is_picked_up_where_it_was(
    seeded: None, client: Client
) -> None:
    # formtools' layout: every posted field of a step, and an empty step_files.
    session = client.session
    session[SESSION_KEY] = {
        "step": "who",
        "step_data": {
            "case": {"case-case": ["odr_deactivation"], MANAGEMENT: ["case"]},
            "who": {"who-store_name": ["Lumora Home EU"], "who-context": ["odr_deactivation"]},
        },
        "step_files": {"case": {}, "who": {}},
        "extra_data": {},
        "cleaned": {},
    }
    session.save()

    response = client.get(reverse("letters:wizard"))
    assert response["Location"] == step_url("who")
    assert input_value(client.get(step_url("who")), "who-store_name") == "Lumora Home EU"


def test_a_page_posted_after_starting_over_elsewhere_goes_back_to_the_start(
    seeded: None, client: Client
) -> None:
    assert answer(client, "case", {"case": "odr_deactivation"})["Location"] == step_url("who")
    assert answer(client, "who", {"marketplace": "DE", **WHO})["Location"] == step_url("facts")
    client.get(reverse("letters:wizard") + "?reset")  # "Start over" in another tab

    response = answer(client, "facts", {"claim_count": "3"})

    assert response.status_code == 302
    assert response["Location"] == step_url("case")


def functions(path: Path) -> list[ast.FunctionDef]:
    tree = ast.parse(path.read_text("utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]


@pytest.mark.parametrize(
    "module", ["views.py", "pages.py", "interview.py", "state.py", "notice.py", "results.py"]
)
def test_no_wizard_view_or_helper_is_over_forty_lines(module: str) -> None:
    long = [
        f"{node.name}: {node.end_lineno - node.lineno + 1} lines"
        for node in functions(WIZARD / module)
        if node.end_lineno and node.end_lineno - node.lineno + 1 > 40
    ]
    assert long == []


def test_the_wizard_uses_no_form_wizard_library() -> None:
    # Its private methods were subclassed once: an upgrade could break the session restore,
    # the carry-over and the review actions at once.
    imported = [
        (path.name, name)
        for path in WIZARD.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [a.name for a in node.names]
        )
    ]
    assert len(imported) > 50  # the scan read the package
    assert [(path, name) for path, name in imported if name.startswith("formtools")] == []
