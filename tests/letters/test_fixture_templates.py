"""The shipped letter templates: one per case, complete with examples, clean for the checker."""

from __future__ import annotations

import pytest

from letters.cases import CASE_TYPES, Audience, get_case_type
from letters.checks import Severity, check_letter
from letters.models import LetterTemplate, TemplateVersion
from letters.placeholders import PLAN_OF_ACTION_NAMES
from letters.rendering import RenderedLetter, example_values, render_version

CASE_KEYS = [case.key for case in CASE_TYPES]
APPEAL_KEYS = [case.key for case in CASE_TYPES if case.plan_of_action]
BUYER_KEYS = [case.key for case in CASE_TYPES if case.audience == Audience.BUYER]
POA_HEADINGS = ("Root cause", "Corrective actions taken", "Preventive measures")


@pytest.fixture
def letter_templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def _version(case: str) -> TemplateVersion:
    return TemplateVersion.objects.current_for(case)


def _rendered(case: str, **values: object) -> RenderedLetter:
    version = _version(case)
    return render_version(version, {**example_values(version.placeholder_list), **values})


def test_every_case_has_an_active_english_template_at_version_1(letter_templates: None) -> None:
    templates = LetterTemplate.objects.active().filter(language="en")
    assert sorted(templates.values_list("case_type", flat=True)) == sorted(CASE_KEYS)
    for template in templates:
        assert template.slug == f"{template.case_type}-en"
        assert list(template.versions.values_list("number", flat=True)) == [1]


@pytest.mark.parametrize("case", CASE_KEYS)
def test_renders_with_its_examples_and_nothing_missing(letter_templates: None, case: str) -> None:
    version = _version(case)
    rendered = _rendered(case)
    assert rendered.missing == ()
    for placeholder in version.placeholder_list:
        assert placeholder.marker not in rendered.subject + rendered.body
    assert "{{" not in rendered.subject + rendered.body


@pytest.mark.parametrize("case", CASE_KEYS)
def test_checker_finds_no_errors(letter_templates: None, case: str) -> None:
    rendered = _rendered(case)
    findings = check_letter(case=case, subject=rendered.subject, body=rendered.body)
    errors = [(f.rule, f.excerpt) for f in findings if f.severity == Severity.ERROR]
    assert errors == []


@pytest.mark.parametrize("case", CASE_KEYS)
def test_checker_finds_no_warnings(letter_templates: None, case: str) -> None:
    # No stock_texts: a stock template is identical to itself by definition.
    rendered = _rendered(case)
    findings = check_letter(case=case, subject=rendered.subject, body=rendered.body)
    assert [(f.rule, f.excerpt) for f in findings] == []


@pytest.mark.parametrize("case", CASE_KEYS)
def test_empty_optional_values_leave_no_trace(letter_templates: None, case: str) -> None:
    optional = {p.name: "" for p in _version(case).placeholder_list if not p.required}
    rendered = _rendered(case, **optional)
    assert rendered.missing == ()
    assert "\n\n\n" not in rendered.body
    assert check_letter(case=case, subject=rendered.subject, body=rendered.body) == []


@pytest.mark.parametrize("case", APPEAL_KEYS)
def test_appeal_has_the_three_plan_of_action_parts(letter_templates: None, case: str) -> None:
    version = _version(case)
    lines = _rendered(case).body.splitlines()
    for heading in POA_HEADINGS:
        assert heading in lines
    required = {p.name for p in version.placeholder_list if p.required and p.kind == "lines"}
    assert set(PLAN_OF_ACTION_NAMES) <= required


@pytest.mark.parametrize("case", BUYER_KEYS)
def test_buyer_message_is_short_and_names_the_buyer_and_order(
    letter_templates: None, case: str
) -> None:
    rendered = _rendered(case)
    assert len(rendered.body.split()) <= 200
    assert rendered.body.startswith("Dear Anna Schmidt,")
    assert "302-4417815-9920318" in rendered.subject + rendered.body


def test_cease_and_desist_names_the_asins_and_the_deadline(letter_templates: None) -> None:
    body = _rendered("cease_and_desist").body
    assert "B0C7M4QX2T" in body
    assert "B0C9K2LRW5" in body
    assert "48 hours" in body
    assert "018734562" in body


@pytest.mark.parametrize("case", [c.key for c in CASE_TYPES if c.purpose_overrides])
def test_purpose_answers_are_declared_as_optional_yes_no(letter_templates: None, case: str) -> None:
    declared = {p.name: p for p in _version(case).placeholder_list}
    for _marketplace, answer, _purpose in get_case_type(case).purpose_overrides:
        assert declared[answer].kind == "yesno"
        assert not declared[answer].required
