"""Each step's validated answers are kept in the session: later pages do not validate the
earlier steps again, and any change to an answer they depend on is seen at once."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from django import forms
from django_webtest import DjangoTestApp

from letters.cases import get_case_type
from letters.wizard.cleaned import NotStorable, decode, encode
from tests.helpers.wizard import Wizard, step_url, walk_to_review


def test_cleaned_answers_survive_the_sessions_json_with_their_types() -> None:
    answers = {
        "notice_date": datetime.date(2026, 10, 14),
        "odr_percent": Decimal("1.25"),
        "reply_hours": 24,
        "rows": ["14 October 2026: Removed 12 listings", "Trained staff"],
        "evidence": ("invoices", "photos"),
        "yes": True,
        "nothing": None,
    }
    kept = decode(json.loads(json.dumps(encode(answers))))
    assert kept == {**answers, "evidence": ["invoices", "photos"]}
    assert type(kept["odr_percent"]) is Decimal
    assert type(kept["notice_date"]) is datetime.date


def test_a_value_the_session_cannot_hold_is_refused_not_mangled() -> None:
    with pytest.raises(NotStorable):
        encode({"when": object()})
    with pytest.raises(NotStorable):
        encode({"row": {"__date__": "2026-10-14"}})


@pytest.fixture
def at_review(seeded: None, app: DjangoTestApp) -> Wizard:
    wizard = Wizard(app)
    walk_to_review(wizard, get_case_type("odr_deactivation"), "DE")
    return wizard


def test_the_review_does_not_validate_the_earlier_steps_again(
    at_review: Wizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    validated: list[str] = []
    full_clean = forms.Form.full_clean

    def counting(form: forms.Form) -> None:
        validated.append(type(form).__name__)
        full_clean(form)

    monkeypatch.setattr(forms.Form, "full_clean", counting)
    page = at_review.open("review")
    assert page.status_code == 200
    assert "Lumora Home EU" in page.content.decode()
    assert not {"CaseForm", "WhoForm", "FactsForm"} & set(validated), validated


def test_an_answer_changed_on_back_is_seen_by_the_later_pages(at_review: Wizard) -> None:
    at_review.open("who")
    at_review.submit("who", {"store_name": "Brightwater Goods"})
    review = at_review.open("review")
    assert "Brightwater Goods" in review.content.decode()
    assert "Lumora Home EU" not in review.content.decode()

    # Back from the facts with an answer that is no longer valid: the review cannot open.
    at_review.open("facts")
    at_review.submit("facts", {"odr_percent": "101"}, wizard_goto_step="who")
    response = at_review.app.get(step_url("review"))
    assert response.status_code == 302
    assert response["Location"] == step_url("facts")
