"""Template text is saved as immutable, numbered versions."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from letters.models import LetterTemplate, TemplateVersion
from letters.services import template_version_create

PLACEHOLDERS = [{"name": "store_name", "label": "Store name", "example": "Lucky Panda"}]

pytestmark = pytest.mark.django_db


@pytest.fixture
def template() -> LetterTemplate:
    template = LetterTemplate.objects.create(
        slug="odr-appeal", case_type="odr_deactivation", name="ODR appeal"
    )
    template_version_create(
        template=template,
        subject="Appeal for {{ store_name }}",
        body="We are {{ store_name }}.\n",
        placeholders=PLACEHOLDERS,
        note="First text",
    )
    return template


def test_changed_text_makes_version_2(template: LetterTemplate) -> None:
    editor = User.objects.create_user("editor")
    version = template_version_create(
        template=template,
        subject="Appeal for {{ store_name }}",
        body="We are {{ store_name }}, and we have fixed it.\n",
        placeholders=PLACEHOLDERS,
        user=editor,
        note="Say it is fixed",
    )
    assert version.number == 2
    assert version.created_by == editor
    assert version.note == "Say it is fixed"
    assert template.current_version() == version


def test_changed_placeholders_alone_make_a_new_version(template: LetterTemplate) -> None:
    placeholders = [{**PLACEHOLDERS[0], "example": "Happy Otter"}]
    version = template_version_create(
        template=template,
        subject="Appeal for {{ store_name }}",
        body="We are {{ store_name }}.\n",
        placeholders=placeholders,
    )
    assert version.number == 2


def test_unchanged_text_makes_no_version(template: LetterTemplate) -> None:
    version = template_version_create(
        template=template,
        subject="Appeal for {{ store_name }}",
        body="We are {{ store_name }}.\n",
        placeholders=PLACEHOLDERS,
        note="Nothing really",
    )
    assert version.number == 1
    assert template.versions.count() == 1
    assert version.note == "First text"


def test_old_version_stays_readable_and_unchanged(template: LetterTemplate) -> None:
    template_version_create(
        template=template, subject="New subject", body="New body.\n", placeholders=[]
    )
    first = template.versions.get(number=1)
    assert first.subject == "Appeal for {{ store_name }}"
    assert first.body == "We are {{ store_name }}.\n"
    assert first.placeholders == PLACEHOLDERS
    assert first.note == "First text"


@pytest.mark.parametrize(
    ("body", "placeholders"),
    [
        ("We are {{ shop }}.", PLACEHOLDERS),
        ("{% debug %}", PLACEHOLDERS),
        ("We are {{ store_name }}.", [{"name": "Store Name"}]),
        ("We are {{ store_name }}.", {"name": "store_name"}),
    ],
)
def test_refused_text_raises_and_creates_nothing(
    template: LetterTemplate, body: str, placeholders: object
) -> None:
    with pytest.raises(ValidationError):
        template_version_create(
            template=template, subject="Appeal", body=body, placeholders=placeholders
        )
    assert list(template.versions.values_list("number", flat=True)) == [1]


def test_current_for_returns_the_newest_version_of_the_active_template(
    template: LetterTemplate,
) -> None:
    newest = template_version_create(
        template=template, subject="Appeal", body="Version two.\n", placeholders=[]
    )
    assert TemplateVersion.objects.current_for("odr_deactivation") == newest


def test_current_for_ignores_inactive_templates(template: LetterTemplate) -> None:
    template.active = False
    template.save()
    assert TemplateVersion.objects.current_for("odr_deactivation") is None


def test_current_for_a_case_without_templates_is_none(template: LetterTemplate) -> None:
    assert TemplateVersion.objects.current_for("lost_parcel") is None
