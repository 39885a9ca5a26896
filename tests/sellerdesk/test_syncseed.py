"""`manage.py syncseed`: shipped data is synchronised, never reloaded over staff work."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from contacts.models import Contact
from contacts.seed import DIRECTORY_FIXTURE, directory_sync
from letters.models import LetterTemplate
from letters.seed.files import SEED_DIR, load_seed
from letters.seed.sync import templates_sync
from sellerdesk.models import SeedRecord
from sellerdesk.seed import CREATED, LEFT_ALONE, UNCHANGED, UPDATED, SyncReport

pytestmark = pytest.mark.django_db

SHIPPED_ROWS = json.loads(DIRECTORY_FIXTURE.read_text(encoding="utf-8"))
SHIPPED_CONTACTS = [row for row in SHIPPED_ROWS if row["model"] == "contacts.contact"]


def sync() -> str:
    out = io.StringIO()
    call_command("syncseed", stdout=out)
    return out.getvalue()


def shipped_contact(number: int = 0) -> Contact:
    fields = SHIPPED_CONTACTS[number]["fields"]
    return Contact.objects.get(
        marketplace__code=fields["marketplace"][0],
        purpose__key=fields["purpose"][0],
        email=fields["email"],
    )


def contact_form(contact: Contact, **changes: str) -> dict[str, str]:
    data = {
        "marketplace": str(contact.marketplace_id),
        "purpose": str(contact.purpose_id),
        "email": contact.email,
        "note": contact.note,
        "source": contact.source,
        "active": "on" if contact.active else "",
        "last_verified": "",
    }
    return {name: value for name, value in (data | changes).items() if value != ""}


def template_form(template: LetterTemplate, **changes: str) -> dict[str, str]:
    version = template.current_version()
    data = {
        "name": template.name,
        "case_type": template.case_type,
        "language": template.language,
        "active": "on" if template.active else "",
        "subject": version.subject,
        "body": version.body.replace("\n", "\r\n"),
        "placeholders": json.dumps(version.placeholders),
        "note": "",
    }
    return {name: value for name, value in (data | changes).items() if value != ""}


def edited_seed(tmp_path: Path, case: str, old: str, new: str) -> list:
    """The seed files with one English text changed, loaded from a copy."""
    copy = tmp_path / "templates"
    shutil.copytree(SEED_DIR, copy)
    english = copy / case / "en.txt"
    text = english.read_text(encoding="utf-8")
    assert old in text
    english.write_text(text.replace(old, new), encoding="utf-8")
    return load_seed(copy)


def run(*, cases: list | None = None, rows: list | None = None) -> SyncReport:
    report = SyncReport()
    directory_sync(rows=rows, report=report)
    templates_sync(cases=cases or load_seed(), report=report)
    return report


def test_a_fresh_database_gets_every_shipped_row_once() -> None:
    first = sync()
    assert "0 updated, 0 left alone, 0 unchanged" in first
    templates = LetterTemplate.objects.all()
    assert templates.count() == sum(len(case.texts) for case in load_seed())
    assert Contact.objects.count() == len(SHIPPED_CONTACTS)
    assert all(list(t.versions.values_list("number", flat=True)) == [1] for t in templates)
    second = sync()
    assert "0 created, 0 updated, 0 left alone" in second
    assert Contact.objects.count() == len(SHIPPED_CONTACTS)
    assert SeedRecord.objects.count() == len(SHIPPED_ROWS) + templates.count()


def test_admin_edits_versions_and_a_deactivation_survive_two_syncs(admin_client: Client) -> None:
    sync()
    contact = shipped_contact()
    response = admin_client.post(
        reverse("admin:contacts_contact_change", args=[contact.pk]),
        contact_form(contact, note="Answers within 2 days (checked by phone)"),
    )
    assert response.status_code == 302
    template = LetterTemplate.objects.get(slug="return_size-en")
    shipped_body = template.current_version().body
    staff_body = shipped_body.replace("Kind regards,", "Best wishes,")
    response = admin_client.post(
        reverse("admin:letters_lettertemplate_change", args=[template.pk]),
        template_form(template, body=staff_body.replace("\n", "\r\n"), active=""),
    )
    assert response.status_code == 302
    retired = LetterTemplate.objects.get(slug="lost_parcel-en")
    response = admin_client.post(
        reverse("admin:letters_lettertemplate_change", args=[retired.pk]),
        template_form(retired, active=""),
    )
    assert response.status_code == 302

    outputs = [sync(), sync()]

    contact.refresh_from_db()
    assert contact.note == "Answers within 2 days (checked by phone)"
    assert contact.changed_by.username == "admin"
    template.refresh_from_db()
    assert not template.active
    versions = list(template.versions.order_by("number"))
    assert [(v.number, v.body) for v in versions] == [(1, shipped_body), (2, staff_body)]
    assert versions[1].created_by.username == "admin"
    retired.refresh_from_db()
    assert not retired.active
    assert list(retired.versions.values_list("number", flat=True)) == [1]
    for output in outputs:
        assert "0 created, 0 updated" in output
        assert f"left alone contact {contact.marketplace.code}/" in output
        assert "edited by admin on" in output
        assert "return_size-en: version 2 by admin is current" in output
        assert "lost_parcel-en: kept inactive" in output


def test_a_changed_shipped_text_is_a_new_version_and_version_1_is_never_rewritten(
    tmp_path: Path,
) -> None:
    run()
    template = LetterTemplate.objects.get(slug="return_size-en")
    first = template.current_version()
    shipped = (first.subject, first.body, first.placeholders)
    cases = edited_seed(tmp_path, "return_size", "Kind regards,", "With kind regards,")

    report = run(cases=cases)
    again = run(cases=cases)

    first.refresh_from_db()
    assert (first.subject, first.body, first.placeholders) == shipped
    versions = list(template.versions.order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert "With kind regards," in versions[1].body
    assert versions[1].created_by is None
    assert [str(line) for line in report.of(UPDATED)] == [
        "updated    letter template return_size-en: version 2 with the shipped text"
    ]
    assert again.of(UPDATED) == [] and again.of(LEFT_ALONE) == []


def test_a_shipped_change_is_not_applied_over_a_staff_version(
    admin_client: Client, tmp_path: Path
) -> None:
    run()
    template = LetterTemplate.objects.get(slug="return_size-en")
    staff_body = template.current_version().body.replace("I am sorry", "We are sorry")
    admin_client.post(
        reverse("admin:letters_lettertemplate_change", args=[template.pk]),
        template_form(template, body=staff_body),
    )
    cases = edited_seed(tmp_path, "return_size", "Kind regards,", "With kind regards,")

    report = run(cases=cases)

    assert template.current_version().number == 2
    assert template.current_version().body == staff_body
    assert [line.key for line in report.of(LEFT_ALONE)] == ["return_size-en"]


def test_a_name_staff_changed_is_kept_and_an_untouched_one_follows_the_seed(
    admin_client: Client, tmp_path: Path
) -> None:
    run()
    renamed = LetterTemplate.objects.get(slug="return_size-en")
    admin_client.post(
        reverse("admin:letters_lettertemplate_change", args=[renamed.pk]),
        template_form(renamed, name="Returns: wrong size (our wording)"),
    )
    copy = tmp_path / "templates"
    shutil.copytree(SEED_DIR, copy)
    for case in ("return_size", "return_reason"):
        english = copy / case / "en.txt"
        text = english.read_text(encoding="utf-8")
        english.write_text(text.replace("name: ", "name: Buyer: ", 1), encoding="utf-8")

    run(cases=load_seed(copy))

    renamed.refresh_from_db()
    assert renamed.name == "Returns: wrong size (our wording)"
    assert LetterTemplate.objects.get(slug="return_reason-en").name.startswith("Buyer: ")


def test_a_contact_staff_deleted_is_not_brought_back(admin_client: Client) -> None:
    run()
    contact = shipped_contact(3)
    key = f"{contact.marketplace.code}/{contact.purpose.key}/{contact.email}"
    response = admin_client.post(
        reverse("admin:contacts_contact_delete", args=[contact.pk]), {"post": "yes"}
    )
    assert response.status_code == 302

    output = sync() + sync()

    assert not Contact.objects.filter(pk=contact.pk).exists()
    assert Contact.objects.count() == len(SHIPPED_CONTACTS) - 1
    assert f"left alone contact {key}: deleted by admin on" in output


def test_a_contact_whose_address_staff_changed_is_not_brought_back(admin_client: Client) -> None:
    run()
    contact = shipped_contact(5)
    old = contact.email
    admin_client.post(
        reverse("admin:contacts_contact_change", args=[contact.pk]),
        contact_form(contact, email="new-team@amazon.de"),
    )

    output = sync()

    assert not Contact.objects.filter(email=old, purpose=contact.purpose).exists()
    assert Contact.objects.get(pk=contact.pk).email == "new-team@amazon.de"
    assert f"changed to {contact.marketplace.code}/{contact.purpose.key}/new-team@amazon.de" in (
        output
    )


def test_an_untouched_contact_follows_the_seed_and_a_new_one_is_added() -> None:
    run()
    rows = json.loads(json.dumps(SHIPPED_ROWS))
    contacts = [row for row in rows if row["model"] == "contacts.contact"]
    contacts[0]["fields"]["note"] = "Shipped note, corrected"
    added = {**contacts[1], "pk": 999, "fields": {**contacts[1]["fields"], "email": "x@amazon.de"}}
    rows.append(added)

    report = run(rows=rows)

    assert shipped_contact(0).note == "Shipped note, corrected"
    assert Contact.objects.filter(email="x@amazon.de").count() == 1
    assert [line.action for line in report.lines if line.action != UNCHANGED] == [UPDATED, CREATED]


def test_a_database_loaded_with_loaddata_is_adopted_without_undoing_staff_work(
    admin_client: Client,
) -> None:
    call_command("loaddata", "directory", "letter_templates", verbosity=0)
    contact = shipped_contact(2)
    admin_client.post(reverse("admin:contacts_contact_delete", args=[contact.pk]), {"post": "yes"})
    edited = shipped_contact(4)
    admin_client.post(
        reverse("admin:contacts_contact_change", args=[edited.pk]),
        contact_form(edited, note="Staff note"),
    )

    report = run()

    assert report.of(CREATED) == [] and report.of(UPDATED) == []
    assert {line.detail.split(" by ")[0] for line in report.of(LEFT_ALONE)} == {
        "deleted",
        "edited",
    }
    assert Contact.objects.count() == len(SHIPPED_CONTACTS) - 1
    assert shipped_contact(4).note == "Staff note"
    assert LogEntry.objects.count() == 2  # the sync writes no history of its own


def test_a_dry_run_changes_nothing() -> None:
    out = io.StringIO()
    call_command("syncseed", "--dry-run", stdout=out)
    assert "Dry run, nothing changed: would have" in out.getvalue()
    assert LetterTemplate.objects.count() == 0
    assert Contact.objects.count() == 0
    assert SeedRecord.objects.count() == 0


def test_a_new_language_version_is_added_as_its_own_template(tmp_path: Path) -> None:
    run()
    copy = tmp_path / "templates"
    shutil.copytree(SEED_DIR, copy)
    english = (copy / "return_size" / "en.txt").read_text(encoding="utf-8")
    (copy / "return_size" / "de.txt").write_text(
        english.replace("name: Return: the item does not fit", "name: Rückgabe: passt nicht"),
        encoding="utf-8",
    )

    report = run(cases=load_seed(copy))

    german = LetterTemplate.objects.get(slug="return_size-de")
    assert (german.language, german.name, german.active) == ("de", "Rückgabe: passt nicht", True)
    assert [line.key for line in report.of(CREATED)] == ["return_size-de"]


def test_staff_can_read_the_seed_records_but_not_change_them(admin_client: Client) -> None:
    run()
    record = SeedRecord.objects.get(model="letters.lettertemplate", key="return_size-en")
    listing = admin_client.get(reverse("admin:sellerdesk_seedrecord_changelist"))
    assert listing.status_code == 200
    assert "return_size-en" in listing.content.decode()
    change = reverse("admin:sellerdesk_seedrecord_change", args=[record.pk])
    assert admin_client.get(change).status_code == 200
    assert admin_client.post(change, {"key": "other"}).status_code == 403
    record.refresh_from_db()
    assert record.key == "return_size-en"
