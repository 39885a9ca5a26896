"""The plan step shown again: answers known to be valid are not validated a second time,
and the page is the same as when they are; and the case's template versions are read again
as soon as they change."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.forms.formsets import BaseFormSet
from django.test.utils import CaptureQueriesContext
from django_webtest import DjangoTestApp

from letters.cases import get_case_type
from letters.models import LetterTemplate, TemplateVersion
from letters.selectors import current_versions
from letters.wizard.plan import PlanForm
from letters.wizard.state import SESSION_KEY
from tests.helpers.wizard import WHO, Wizard, errors, facts_for, form_fields, plan_answers


@pytest.fixture
def wizard(seeded: None, app: DjangoTestApp) -> Wizard:
    wizard = Wizard(app)
    wizard.start()
    case = get_case_type("ip_complaint")
    wizard.submit("case", {"case": case.key})
    wizard.submit("who", {"marketplace": "DE", **WHO})
    wizard.submit("facts", facts_for(case))
    answers = plan_answers()
    answers["root_causes-1-cause"] = 'A second cause with <markup> & "quotes"'
    wizard.submit("plan", answers)
    assert wizard.current() == "review"
    return wizard


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The prefix of each formset validated from here on."""
    validated: list[str] = []
    full_clean = BaseFormSet.full_clean

    def counted(formset: BaseFormSet) -> None:
        validated.append(formset.prefix)
        full_clean(formset)

    monkeypatch.setattr(BaseFormSet, "full_clean", counted)
    return validated


def _page(wizard: Wizard) -> str:
    html = wizard.open("plan").content.decode()
    # The CSRF token and the signed snapshot change with every page.
    return re.sub(r'(name="(?:csrfmiddlewaretoken|wizard_snapshot)" value=)"[^"]*"', r"\1", html)


def test_valid_answers_shown_again_are_not_validated_and_look_as_if_they_were(
    wizard: Wizard, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _page(wizard)
    assert "A second cause with &lt;markup&gt; &amp; &quot;quotes&quot;" in shown
    assert validations == []

    monkeypatch.setattr(PlanForm, "known_valid", lambda self: None)
    assert _page(wizard) == shown
    assert len(validations) == 3  # each formset, once


def test_answers_not_known_valid_are_validated_again(
    wizard: Wizard, validations: list[str]
) -> None:
    # The kept cleaned answers are gone (as after a change of the templates): no shortcut.
    session = wizard.app.session
    session[SESSION_KEY]["cleaned"].pop("plan")
    session.save()

    page = wizard.open("plan")

    assert len(validations) == 3
    assert errors(page) == []
    assert form_fields(page)["plan-root_causes-1-cause"].startswith("A second cause")


@pytest.mark.django_db
def test_a_cases_versions_are_read_again_when_a_version_is_added_or_a_template_changes(
    seeded: None,
) -> None:
    first = current_versions("ip_complaint")
    english = first["en"]

    with CaptureQueriesContext(connection) as queries:
        assert current_versions("ip_complaint") == first
    assert len(queries) == 1  # the digest only

    newer = TemplateVersion.objects.create(
        template=english.template,
        number=english.number + 1,
        subject=english.subject,
        body=english.body + "\nOne more line.",
        placeholders=english.placeholders,
    )
    assert current_versions("ip_complaint")["en"] == newer

    LetterTemplate.objects.filter(pk=english.template.pk).update(active=False)
    assert "en" not in current_versions("ip_complaint")
