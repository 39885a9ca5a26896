"""Editing letter templates in the admin: new versions, refusals, live preview, history."""

from __future__ import annotations

import html
import json

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client
from django.urls import reverse

from letters.models import LetterTemplate
from letters.services import template_version_create

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script>"
PLACEHOLDERS = [
    {"name": "buyer_name", "label": "Buyer's name", "example": "Maria"},
    {"name": "order_id", "label": "Order ID", "kind": "order_id", "example": "305-1234567-7654321"},
]
SUBJECT = "Your order {{ order_id }}"
BODY = (
    "Dear {{ buyer_name }},\n\n"
    "Your order {{ order_id }} left our warehouse yesterday and usually arrives within five "
    "days.\n\nKind regards,\nLucky Panda\n"
)


@pytest.fixture
def template() -> LetterTemplate:
    template = LetterTemplate.objects.create(
        slug="where-is-my-parcel", case_type="shipping_status", name="Where is my parcel"
    )
    template_version_create(
        template=template, subject=SUBJECT, body=BODY, placeholders=PLACEHOLDERS, note="First"
    )
    return template


@pytest.fixture
def member_client(client: Client) -> Client:
    """A signed-in seller who is not staff."""
    client.force_login(User.objects.create_user("seller"))
    return client


def change_url(template: LetterTemplate) -> str:
    return reverse("admin:letters_lettertemplate_change", args=[template.pk])


def form_data(template: LetterTemplate, **changes: str) -> dict[str, str]:
    """What the change page posts when nothing was edited, with `changes` applied."""
    data = {
        "name": template.name,
        "case_type": template.case_type,
        "language": template.language,
        "active": "on",
        "subject": SUBJECT,
        # Browsers send textarea lines with CRLF.
        "body": BODY.replace("\n", "\r\n"),
        "placeholders": json.dumps(PLACEHOLDERS, indent=2),
        "note": "",
    }
    return data | changes


def test_staff_sees_templates_listed_with_case_audience_and_version(
    admin_client: Client, template: LetterTemplate
) -> None:
    template_version_create(
        template=template, subject=SUBJECT, body=BODY + "\n", placeholders=PLACEHOLDERS
    )
    response = admin_client.get(reverse("admin:letters_lettertemplate_changelist"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Where is my parcel" in content
    assert "Where is my parcel?" in content  # the case's name
    assert "A buyer" in content  # its audience
    assert '<td class="field-current_version_number">2</td>' in content


def test_changelist_filters_by_audience(admin_client: Client, template: LetterTemplate) -> None:
    LetterTemplate.objects.create(slug="odr", case_type="odr_deactivation", name="ODR appeal")
    url = reverse("admin:letters_lettertemplate_changelist")
    content = admin_client.get(url, {"audience": "amazon"}).content.decode()
    assert "ODR appeal" in content
    assert "Where is my parcel</a>" not in content


def test_changelist_searches_by_slug(admin_client: Client, template: LetterTemplate) -> None:
    LetterTemplate.objects.create(slug="odr", case_type="odr_deactivation", name="ODR appeal")
    url = reverse("admin:letters_lettertemplate_changelist")
    content = admin_client.get(url, {"q": "where-is"}).content.decode()
    assert "Where is my parcel</a>" in content
    assert "ODR appeal" not in content


def test_change_page_shows_current_text_preview_and_findings(
    admin_client: Client, template: LetterTemplate
) -> None:
    template_version_create(
        template=template,
        subject=SUBJECT,
        body=BODY + "Please leave us a 5-star review at https://example.com\n",
        placeholders=PLACEHOLDERS,
    )
    response = admin_client.get(change_url(template))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Please leave us a 5-star review" in content  # the body field, prefilled
    assert "Dear Maria," in content  # the preview, filled with examples
    assert '<li class="finding finding-error">' in content
    assert "Asks for a positive review" in content
    assert "Contains a link" in content
    assert reverse("admin:letters_lettertemplate_preview") in content
    assert "js/template_preview.js" in content


def test_saving_changed_text_creates_a_new_version(
    admin_client: Client, template: LetterTemplate
) -> None:
    body = BODY.replace("five days", "seven days")
    response = admin_client.post(
        change_url(template), form_data(template, body=body, note="Slower carrier"), follow=True
    )
    assert response.status_code == 200
    assert "saved as version 2" in response.content.decode()
    version = template.current_version()
    assert version.number == 2
    assert version.body == body  # stored with LF, as typed
    assert version.note == "Slower carrier"
    assert version.created_by.username == "admin"
    assert template.versions.get(number=1).body == BODY


def test_saving_unchanged_text_creates_no_version(
    admin_client: Client, template: LetterTemplate
) -> None:
    response = admin_client.post(
        change_url(template), form_data(template, name="Parcel status"), follow=True
    )
    assert "no new version" in response.content.decode()
    template.refresh_from_db()
    assert template.name == "Parcel status"
    assert template.versions.count() == 1


def test_undeclared_placeholder_is_refused_and_the_typed_text_kept(
    admin_client: Client, template: LetterTemplate
) -> None:
    body = BODY + "Your tracking number is {{ tracking_number }}.\n"
    response = admin_client.post(change_url(template), form_data(template, body=body))
    assert response.status_code == 200
    content = response.content.decode()
    assert "These placeholders are used but not declared: tracking_number." in content
    assert "Your tracking number is {{ tracking_number }}." in content
    assert template.versions.count() == 1


def test_a_list_in_the_subject_needs_inline(admin_client: Client, template: LetterTemplate) -> None:
    asins = {"name": "asins", "label": "ASINs", "kind": "asins", "example": ["B0ABCDEFGH"]}
    placeholders = json.dumps([*PLACEHOLDERS, asins])

    refused = admin_client.post(
        change_url(template),
        form_data(template, subject="Blocked: {{ asins }}", placeholders=placeholders),
    )
    saved = admin_client.post(
        change_url(template),
        form_data(template, subject="Blocked: {{ asins|inline }}", placeholders=placeholders),
    )

    assert refused.status_code == 200
    assert (
        "asins is a list: in the subject write {{ asins|inline }} to put its items on one line."
        in html.unescape(refused.content.decode())
    )
    assert saved.status_code == 302
    assert list(template.versions.values_list("subject", flat=True)) == [
        "Blocked: {{ asins|inline }}",
        SUBJECT,
    ]


def test_invalid_placeholder_json_is_refused_and_kept(
    admin_client: Client, template: LetterTemplate
) -> None:
    typed = '[{"name": "buyer_name", "label": "Buyer"'
    response = admin_client.post(
        change_url(template), form_data(template, placeholders=typed, name="Renamed")
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Enter a valid JSON." in content
    assert (
        "[{&quot;name&quot;: &quot;buyer_name&quot;, &quot;label&quot;: &quot;Buyer&quot;"
        in content
    )
    assert 'value="Renamed"' in content
    template.refresh_from_db()
    assert template.name == "Where is my parcel"


def test_malformed_placeholder_declaration_is_refused(
    admin_client: Client, template: LetterTemplate
) -> None:
    placeholders = json.dumps([{"name": "Buyer Name"}])
    response = admin_client.post(
        change_url(template), form_data(template, placeholders=placeholders)
    )
    assert response.status_code == 200
    assert "must be lower-case letters, digits or _" in response.content.decode()
    assert template.versions.count() == 1


def test_adding_a_template_saves_version_1(admin_client: Client) -> None:
    data = {
        "name": "Where is my parcel",
        "slug": "parcel-status",
        "case_type": "shipping_status",
        "language": "en",
        "active": "on",
        "subject": SUBJECT,
        "body": BODY,
        "placeholders": json.dumps(PLACEHOLDERS),
        "note": "New",
    }
    response = admin_client.post(reverse("admin:letters_lettertemplate_add"), data)
    assert response.status_code == 302
    template = LetterTemplate.objects.get(slug="parcel-status")
    version = template.current_version()
    assert (version.number, version.subject, version.note) == (1, SUBJECT, "New")


def test_add_page_opens_with_an_empty_preview(admin_client: Client) -> None:
    response = admin_client.get(reverse("admin:letters_lettertemplate_add"))
    assert response.status_code == 200
    assert "the letter appears here" in response.content.decode()


def test_non_staff_is_sent_to_the_admin_login(
    member_client: Client, template: LetterTemplate
) -> None:
    for url in (reverse("admin:letters_lettertemplate_changelist"), change_url(template)):
        response = member_client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_version_history_is_listed_with_links_to_each_text(
    admin_client: Client, template: LetterTemplate
) -> None:
    second = template_version_create(
        template=template,
        subject=SUBJECT,
        body=BODY + "\n",
        placeholders=PLACEHOLDERS,
        note="Shorter",
    )
    content = admin_client.get(change_url(template)).content.decode()
    history = content[content.index('id="version-history"') :]
    assert "Version history" in history
    assert history.index("Shorter") < history.index("First")  # newest first
    for version in template.versions.all():
        assert reverse("admin:letters_templateversion_change", args=[version.pk]) in history
    # Each version's text stays readable, and cannot be edited or deleted.
    response = admin_client.get(reverse("admin:letters_templateversion_change", args=[second.pk]))
    assert response.status_code == 200
    assert 'name="body"' not in response.content.decode()
    assert "Delete" not in response.content.decode()
    first = template.versions.get(number=1)
    response = admin_client.post(
        reverse("admin:letters_templateversion_delete", args=[first.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert template.versions.count() == 2


def preview_data(**changes: str) -> dict[str, str]:
    data = {
        "case_type": "shipping_status",
        "subject": SUBJECT,
        "body": BODY,
        "placeholders": json.dumps(PLACEHOLDERS),
    }
    return data | changes


def test_preview_renders_the_posted_text_with_findings(admin_client: Client) -> None:
    body = BODY + "Add me on WeChat: luckypanda\n"
    response = admin_client.post(
        reverse("admin:letters_lettertemplate_preview"), preview_data(body=body)
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Your order 305-1234567-7654321" in content
    assert "Dear Maria," in content
    assert '<li class="finding finding-error">' in content
    assert "Asks the buyer to reach you on a messenger app" in content


def test_preview_of_a_clean_letter_has_no_findings(admin_client: Client) -> None:
    response = admin_client.post(reverse("admin:letters_lettertemplate_preview"), preview_data())
    assert "No findings" in response.content.decode()


def test_preview_shows_why_the_text_cannot_be_saved(admin_client: Client) -> None:
    response = admin_client.post(
        reverse("admin:letters_lettertemplate_preview"), preview_data(body="Hi {{ nobody }}")
    )
    assert response.status_code == 200
    assert "used but not declared: nobody" in response.content.decode()


def test_preview_is_staff_only(member_client: Client) -> None:
    url = reverse("admin:letters_lettertemplate_preview")
    response = member_client.post(url, preview_data())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_preview_needs_permission_to_edit_templates(client: Client) -> None:
    viewer = User.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_lettertemplate"))
    client.force_login(viewer)
    url = reverse("admin:letters_lettertemplate_preview")
    assert client.post(url, preview_data()).status_code == 403


def test_preview_refuses_get(admin_client: Client) -> None:
    assert admin_client.get(reverse("admin:letters_lettertemplate_preview")).status_code == 405


def test_preview_is_csrf_protected(template: LetterTemplate) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.create_superuser("boss"))
    url = reverse("admin:letters_lettertemplate_preview")
    assert client.post(url, preview_data()).status_code == 403


def test_hostile_examples_are_escaped_on_the_change_page_and_preview(
    admin_client: Client, template: LetterTemplate
) -> None:
    placeholders = [{**PLACEHOLDERS[0], "example": HOSTILE}, PLACEHOLDERS[1]]
    version = template_version_create(
        template=template, subject=SUBJECT, body=BODY, placeholders=placeholders
    )
    content = admin_client.get(change_url(template)).content.decode()
    assert HOSTILE not in content
    assert "Dear &lt;script&gt;alert(1)&lt;/script&gt;," in content

    url = reverse("admin:letters_templateversion_change", args=[version.pk])
    content = admin_client.get(url).content.decode()
    assert HOSTILE not in content
    assert "Dear &lt;script&gt;alert(1)&lt;/script&gt;," in content

    response = admin_client.post(
        reverse("admin:letters_lettertemplate_preview"),
        preview_data(placeholders=json.dumps(placeholders)),
    )
    content = response.content.decode()
    assert HOSTILE not in content
    assert "Dear &lt;script&gt;alert(1)&lt;/script&gt;," in content
