from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contacts.models import Contact, Marketplace

CHANGELIST = "/admin/contacts/contact/"
IMPORT = "/admin/contacts/contact/import/"
EXPORT = "/admin/contacts/contact/export/"


def upload(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("contacts.csv", text.encode("utf-8"), content_type="text/csv")


def exported_emails(content: bytes) -> set[str]:
    rows = csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
    return {row["email"] for row in rows}


def listed_emails(client: Client, **params: str) -> set[str]:
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return {contact.email for contact in response.context["cl"].result_list}


@pytest.mark.parametrize("url", [CHANGELIST, IMPORT, EXPORT])
def test_logged_in_non_staff_is_sent_to_admin_login(
    directory: None, client: Client, outsider, url: str
) -> None:
    client.force_login(outsider)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(f"/admin/login/?next={url}")


def test_staff_without_contact_permission_is_refused(
    directory: None, client: Client, django_user_model: type
) -> None:
    client.force_login(django_user_model.objects.create_user("clerk", is_staff=True))

    assert client.get(CHANGELIST).status_code == 403
    assert client.get(IMPORT).status_code == 403
    assert client.get(EXPORT).status_code == 403


def test_viewer_sees_list_and_export_but_not_import(
    directory: None, client: Client, viewer
) -> None:
    client.force_login(viewer)

    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert "Export CSV" in response.content.decode()
    assert "Import CSV" not in response.content.decode()
    assert client.get(EXPORT).status_code == 200
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"file": upload("marketplace,purpose,email\n")}).status_code == 403


def test_editor_sees_import_link_and_form(directory: None, editor_client: Client) -> None:
    assert (
        'href="/admin/contacts/contact/import/"' in editor_client.get(CHANGELIST).content.decode()
    )

    response = editor_client.get(IMPORT)

    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_admin_import_creates_updates_and_says_so(
    directory: None, editor_client: Client, editor
) -> None:
    response = editor_client.post(
        IMPORT,
        {
            "file": upload(
                "marketplace,purpose,email,note\n"
                "DE,ip_notice,markenschutz@amazon.de,\n"
                "DE,ip_notice,benachrichtigung@amazon.de,checked\n"
            )
        },
        follow=True,
    )

    assert response.redirect_chain[-1][0] == CHANGELIST
    assert "Imported: 1 created, 1 updated, 0 unchanged." in response.content.decode()
    assert Contact.objects.get(email="benachrichtigung@amazon.de").changed_by == editor
    assert Contact.objects.get(email="markenschutz@amazon.de").changed_by == editor


def test_admin_import_with_a_bad_row_names_it_and_changes_nothing(
    directory: None, editor_client: Client
) -> None:
    response = editor_client.post(
        IMPORT,
        {
            "file": upload(
                "marketplace,purpose,email,note\n"
                "DE,ip_notice,markenschutz@amazon.de,\n"
                "DE,ip_notice,benachrichtigung@amazon.de,changed note\n"
                "ZZ,ip_notice,notice@amazon.zz,\n"
            )
        },
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "Row 4: unknown marketplace “ZZ”." in content
    assert "nothing was changed" in content
    assert Contact.objects.count() == 47
    assert Contact.objects.get(email="benachrichtigung@amazon.de").note == (
        "IP infringement notices and their retraction"
    )


def test_mark_verified_today_sets_date_changed_by_and_history(
    directory: None, editor_client: Client, editor
) -> None:
    chosen = list(Contact.objects.filter(marketplace__code="JP", purpose__key="seller_performance"))

    response = editor_client.post(
        CHANGELIST,
        {"action": "mark_verified_today", "_selected_action": [c.pk for c in chosen]},
        follow=True,
    )

    assert "Marked 2 contacts as verified today." in response.content.decode()
    today = timezone.localdate()
    for contact in chosen:
        contact.refresh_from_db()
        assert (contact.last_verified, contact.changed_by) == (today, editor)
    assert Contact.objects.filter(last_verified__isnull=False).count() == 2
    entries = LogEntry.objects.filter(user=editor, action_flag=CHANGE)
    assert sorted(int(entry.object_id) for entry in entries) == sorted(c.pk for c in chosen)
    history = editor_client.get(f"{CHANGELIST}{chosen[0].pk}/history/")
    assert history.status_code == 200
    assert "Changed last verified." in history.content.decode()


def test_viewer_cannot_mark_verified(directory: None, client: Client, viewer) -> None:
    client.force_login(viewer)
    contact = Contact.objects.first()

    client.post(CHANGELIST, {"action": "mark_verified_today", "_selected_action": [contact.pk]})

    contact.refresh_from_db()
    assert contact.last_verified is None


def test_saving_in_admin_records_who_changed_it(
    directory: None, editor_client: Client, editor
) -> None:
    contact = Contact.objects.get(email="alliance@amazon.co.jp")

    response = editor_client.post(
        f"{CHANGELIST}{contact.pk}/change/",
        {
            "marketplace": contact.marketplace_id,
            "purpose": contact.purpose_id,
            "email": contact.email,
            "note": "confirmed by a seller in March",
            "source": contact.source,
            "status": contact.status,
            "active": "on",
            "last_verified": "2025-03-31",
        },
    )

    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.note, contact.changed_by) == ("confirmed by a seller in March", editor)
    detail = editor_client.get(f"{CHANGELIST}{contact.pk}/change/").content.decode()
    changed_by_field = detail.split("field-changed_by")[1].split("field-updated_at")[0]
    assert ">editor</a>" in changed_by_field
    history = editor_client.get(f"{CHANGELIST}{contact.pk}/history/").content.decode()
    assert "Changed Note and Last verified." in history


def test_an_address_typed_in_capitals_is_stored_lower_case(
    directory: None, editor_client: Client
) -> None:
    contact = Contact.objects.get(email="alliance@amazon.co.jp")
    data = {
        "marketplace": contact.marketplace_id,
        "purpose": contact.purpose_id,
        "note": "",
        "source": "",
        "status": "reported",
        "active": "on",
        "last_verified": "",
    }

    changed = editor_client.post(
        f"{CHANGELIST}{contact.pk}/change/", {**data, "email": "Alliance@Amazon.co.JP"}
    )
    duplicate = editor_client.post(f"{CHANGELIST}add/", {**data, "email": "ALLIANCE@amazon.co.jp"})

    assert changed.status_code == 302
    contact.refresh_from_db()
    assert contact.email == "alliance@amazon.co.jp"
    assert duplicate.status_code == 200
    assert (
        "This marketplace and purpose already have this e-mail address."
        in duplicate.content.decode()
    )
    assert Contact.objects.filter(email__iexact="alliance@amazon.co.jp").count() == 1


def test_verified_filter(directory: None, editor_client: Client) -> None:
    Contact.objects.filter(email="alliance@amazon.co.jp").update(
        last_verified=datetime.date(2025, 3, 31)
    )

    assert listed_emails(editor_client, verified="yes") == {"alliance@amazon.co.jp"}
    never = listed_emails(editor_client, verified="no")
    assert len(never) == 46
    assert "alliance@amazon.co.jp" not in never


def test_list_filters_and_search(directory: None, editor_client: Client) -> None:
    germany = Marketplace.objects.get(code="DE")

    assert listed_emails(editor_client, marketplace__id__exact=str(germany.pk)) == set(
        Contact.objects.filter(marketplace=germany).values_list("email", flat=True)
    )
    # The note sits on the address the directory lists second.
    assert listed_emails(editor_client, q="second JP") == {"seller-performance-policy@amazon.co.jp"}


def test_export_link_keeps_the_changelist_filters(directory: None, editor_client: Client) -> None:
    germany = Marketplace.objects.get(code="DE")
    changelist = editor_client.get(CHANGELIST, {"marketplace__id__exact": germany.pk})
    assert f'href="{EXPORT}?marketplace__id__exact={germany.pk}"' in changelist.content.decode()

    response = editor_client.get(EXPORT, {"marketplace__id__exact": germany.pk})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="sellerdesk-contacts-')
    assert exported_emails(response.content) == set(
        Contact.objects.filter(marketplace=germany).values_list("email", flat=True)
    )


def test_export_without_filters_has_every_contact(directory: None, editor_client: Client) -> None:
    response = editor_client.get(EXPORT)

    assert len(exported_emails(response.content)) == 47
    assert response.content.startswith("\ufeffmarketplace,purpose,email".encode())


def test_export_selected_action(directory: None, editor_client: Client) -> None:
    chosen = Contact.objects.filter(marketplace__code="JP", purpose__key="seller_performance")

    response = editor_client.post(
        CHANGELIST,
        {"action": "export_selected_csv", "_selected_action": [c.pk for c in chosen]},
    )

    assert exported_emails(response.content) == {
        "alliance@amazon.co.jp",
        "seller-performance-policy@amazon.co.jp",
    }


def test_changelist_query_count_does_not_grow_with_rows(
    editor_client: Client, editor, add_contacts: Callable[[int], None]
) -> None:
    Contact.objects.update(changed_by=editor)
    with CaptureQueriesContext(connection) as small:
        listed_small = listed_emails(editor_client)
    add_contacts(470 - 47)
    Contact.objects.update(changed_by=editor)
    with CaptureQueriesContext(connection) as large:
        listed_large = listed_emails(editor_client)

    assert (len(listed_small), len(listed_large)) == (47, 100)  # one page
    assert len(large) == len(small)


def test_status_is_edited_in_the_admin_and_kept_in_history(
    directory: None, editor_client: Client
) -> None:
    contact = Contact.objects.get(email="alliance@amazon.co.jp")

    response = editor_client.post(
        f"{CHANGELIST}{contact.pk}/change/",
        {
            "marketplace": contact.marketplace_id,
            "purpose": contact.purpose_id,
            "email": contact.email,
            "note": contact.note,
            "source": "Amazon JP auto-reply, 2026-11-02; it bounces now",
            "status": "closed_programme",
            "active": "on",
            "last_verified": "2026-11-02",
        },
    )

    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.status == Contact.Status.CLOSED_PROGRAMME
    history = editor_client.get(f"{CHANGELIST}{contact.pk}/history/").content.decode()
    assert "Changed Status, Source and Last verified." in history
    assert listed_emails(editor_client, status__exact="closed_programme") == {
        "alliance@amazon.co.jp",
        "vendorexpress@amazon.com",
    }


def test_marketplaces_are_the_registry_and_read_only_in_the_admin(
    directory: None, admin_client: Client
) -> None:
    from contacts.models import Marketplace
    from sellerdesk.marketplaces import MARKETS

    rows = list(Marketplace.objects.values_list("code", "name", "domain"))
    assert rows == sorted((market.code, market.name, market.domain) for market in MARKETS)
    germany = Marketplace.objects.get(code="DE")
    assert admin_client.get("/admin/contacts/marketplace/add/").status_code == 403
    page = admin_client.get(f"/admin/contacts/marketplace/{germany.pk}/change/")
    assert page.status_code == 200 and 'name="name"' not in page.content.decode()
    admin_client.post(f"/admin/contacts/marketplace/{germany.pk}/change/", {"name": "Deutschland"})
    assert Marketplace.objects.get(pk=germany.pk).name == "Germany"
