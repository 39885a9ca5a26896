"""Directory CSV: addresses are addresses, formulas stay text, and two imports at once."""

from __future__ import annotations

import csv
import io
import threading
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from contacts.models import Contact, Marketplace, Purpose
from contacts.services import ContactImportError, contacts_export_csv, contacts_import_csv

IMPORT = reverse("admin:contacts_contact_import")


def csv_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def import_errors(text: str) -> list[str]:
    with pytest.raises(ContactImportError) as error:
        contacts_import_csv(file=csv_file(text), user=None)
    return [str(row_error) for row_error in error.value.errors]


@pytest.mark.parametrize(
    "email", ["=1+2@example.com", "+1@amazon.de", "-x@amazon.de", '"a b"@amazon.de', "@amazon.de"]
)
def test_an_address_a_spreadsheet_would_run_or_nobody_would_type_is_refused(
    directory: None, email: str
) -> None:
    errors = import_errors(f"marketplace,purpose,email\nDE,ip_notice,{email}\n")
    assert len(errors) == 1 and errors[0].startswith("Row 2:")
    assert not Contact.objects.filter(email__iexact=email).exists()


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)"])
def test_a_note_or_source_a_spreadsheet_would_run_is_refused_with_its_row(
    directory: None, cell: str
) -> None:
    errors = import_errors(
        "marketplace,purpose,email,note,source\n"
        "DE,ip_notice,ok@amazon.de,fine,fine\n"
        f'DE,ip_notice,other@amazon.de,"{cell.replace(chr(34), chr(34) * 2)}",\n'
        f'DE,ip_notice,third@amazon.de,,"{cell.replace(chr(34), chr(34) * 2)}"\n'
    )
    assert [error.split(":")[0] for error in errors] == ["Row 3", "Row 4"]
    assert "runs as a formula" in errors[0]
    assert not Contact.objects.filter(email="ok@amazon.de").exists()


def test_plain_addresses_with_dots_hyphens_and_plus_are_kept(directory: None) -> None:
    contacts_import_csv(
        file=csv_file("marketplace,purpose,email\nDE,ip_notice,seller-perf.de+eu@amazon.de\n"),
        user=None,
    )
    assert Contact.objects.filter(email="seller-perf.de+eu@amazon.de").exists()


def test_the_export_neutralises_cells_staff_typed_in_the_admin(directory: None) -> None:
    Contact.objects.create(
        marketplace=Marketplace.objects.get(code="DE"),
        purpose=Purpose.objects.get(key="ip_notice"),
        email="team@amazon.de",
        note='=HYPERLINK("http://evil")',
        source="@import",
    )
    out = io.StringIO()
    contacts_export_csv(contacts=Contact.objects.filter(email="team@amazon.de"), file=out)
    row = list(csv.DictReader(io.StringIO(out.getvalue())))[0]
    assert row["note"] == '\'=HYPERLINK("http://evil")'
    assert row["source"] == "'@import"
    assert row["email"] == "team@amazon.de"


def test_the_admin_refuses_an_address_that_is_not_one(
    directory: None, admin_client: Client
) -> None:
    response = admin_client.post(
        reverse("admin:contacts_contact_add"),
        {
            "marketplace": Marketplace.objects.get(code="DE").pk,
            "purpose": Purpose.objects.get(key="ip_notice").pk,
            "email": "=1+2@example.com",
            "active": "on",
        },
    )
    assert response.status_code == 200
    assert "is not a plain e-mail address" in response.content.decode()
    assert not Contact.objects.filter(email="=1+2@example.com").exists()


def _waiting_for(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE %s = ANY(pg_blocking_pids(pid))", [pid]
        )
        return cursor.fetchone()[0] > 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's locks")
def test_two_imports_of_the_same_new_addresses_at_once_say_try_again(
    directory: None, editor_client: Client
) -> None:
    text = "marketplace,purpose,email\nDE,ip_notice,new-one@amazon.de\nDE,ip_notice,new-two@amazon.de\n"
    results: list = []

    def second_import() -> None:
        try:
            upload = SimpleUploadedFile("c.csv", text.encode(), content_type="text/csv")
            results.append(editor_client.post(IMPORT, {"file": upload}))
        except BaseException as error:
            results.append(error)
        finally:
            connection.close()

    with transaction.atomic():
        contacts_import_csv(file=csv_file(text), user=None)  # written, not yet committed
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        thread = threading.Thread(target=second_import)
        thread.start()
        deadline = time.monotonic() + 20
        while not _waiting_for(pid):
            assert thread.is_alive(), results
            assert time.monotonic() < deadline, "the second import never met the first"
            time.sleep(0.05)
    thread.join(timeout=30)

    response = results[0]
    assert response.status_code == 200
    assert "Import the file again" in response.content.decode()
    assert Contact.objects.filter(email__startswith="new-").count() == 2
