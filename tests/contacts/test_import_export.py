from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.management import call_command
from django.db import IntegrityError, transaction

from contacts.models import Contact
from contacts.services import ContactImportError, RowError, contacts_import_csv

REFERENCE_CSV = Path(settings.BASE_DIR) / "fixtures" / "amazon_contacts.csv"
HEADER = "marketplace,purpose,email,note,active,last_verified,source\n"


def csv_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def import_errors(text: str) -> list[str]:
    with pytest.raises(ContactImportError) as refused:
        contacts_import_csv(file=csv_file(text), user=None)
    return [str(error) for error in refused.value.errors]


def snapshot() -> list[tuple]:
    return list(
        Contact.objects.order_by("pk").values_list(
            "marketplace__code",
            "purpose__key",
            "email",
            "note",
            "active",
            "last_verified",
            "source",
            "status",
        )
    )


def test_good_csv_creates_and_updates(directory: None, editor) -> None:
    result = contacts_import_csv(
        file=csv_file(
            HEADER
            + "DE,ip_notice,markenschutz@amazon.de,new German address,true,2025-03-31,call\n"
            + "DE,ip_notice,benachrichtigung@amazon.de,checked by phone,yes,2025-04-01,\n"
            + "US,seller_performance,seller-performance@amazon.com,,true,,"
            + '"seller community guide, 2024; sellers report an auto-reply pointing to Account Health"\n'
        ),
        user=editor,
    )

    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    assert Contact.objects.count() == 48
    new = Contact.objects.get(email="markenschutz@amazon.de")
    assert (new.note, new.last_verified, new.source, new.changed_by) == (
        "new German address",
        datetime.date(2025, 3, 31),
        "call",
        editor,
    )
    updated = Contact.objects.get(email="benachrichtigung@amazon.de")
    assert (updated.note, updated.last_verified, updated.source, updated.changed_by) == (
        "checked by phone",
        datetime.date(2025, 4, 1),
        "",
        editor,
    )
    untouched = Contact.objects.get(email="seller-performance@amazon.com")
    assert untouched.changed_by is None


def test_import_records_admin_history(directory: None, editor) -> None:
    contacts_import_csv(
        file=csv_file(
            "marketplace,purpose,email,note\n"
            "DE,ip_notice,markenschutz@amazon.de,\n"
            "DE,ip_notice,benachrichtigung@amazon.de,checked by phone\n"
        ),
        user=editor,
    )

    entries = {entry.object_repr: entry for entry in LogEntry.objects.filter(user=editor)}
    added = entries["markenschutz@amazon.de (DE, ip_notice)"]
    changed = entries["benachrichtigung@amazon.de (DE, ip_notice)"]
    assert added.action_flag == ADDITION
    assert added.get_change_message() == "Added by CSV import."
    assert changed.action_flag == CHANGE
    assert changed.get_change_message() == "Changed note by CSV import."


def test_one_bad_row_refuses_the_whole_file(directory: None, editor) -> None:
    before = snapshot()
    text = (
        "marketplace,purpose,email,note\n"
        "DE,ip_notice,markenschutz@amazon.de,new\n"
        "DE,ip_notice,benachrichtigung@amazon.de,changed note\n"
        "ZZ,ip_notice,notice@amazon.zz,\n"
    )

    with pytest.raises(ContactImportError) as refused:
        contacts_import_csv(file=csv_file(text), user=editor)

    assert refused.value.errors == [RowError(4, "unknown marketplace “ZZ”.")]
    assert str(refused.value.errors[0]) == "Row 4: unknown marketplace “ZZ”."
    assert snapshot() == before
    assert Contact.objects.get(email="benachrichtigung@amazon.de").note == (
        "IP infringement notices and their retraction"
    )
    assert not LogEntry.objects.exists()


def test_every_bad_row_is_reported(directory: None) -> None:
    text = (
        HEADER
        + "DE,ip_notice,a@amazon.de,,true,,\n"  # row 2: fine
        + "DE,no_such_purpose,b@amazon.de,,true,,\n"
        + "DE,ip_notice,not-an-address,,true,,\n"
        + "DE,ip_notice,c@amazon.de,,maybe,,\n"
        + "DE,ip_notice,d@amazon.de,,true,31/03/2025,\n"
        + "DE,ip_notice,a@amazon.de,,true,,\n"  # row 7 repeats row 2
        + "DE,ip_notice,e@amazon.de\n"
        + "DE,ip_notice,f@amazon.de,,true,2999-01-01,\n"
        + f"DE,ip_notice,g@amazon.de,{'x' * 301},true,,\n"
    )

    assert import_errors(text) == [
        "Row 3: unknown purpose “no_such_purpose”.",
        "Row 4: invalid e-mail address “not-an-address”.",
        "Row 5: active must be true or false, not “maybe”.",
        "Row 6: last_verified “31/03/2025” is not a date like 2025-03-31.",
        "Row 7: repeats row 2 (same marketplace, purpose and e-mail).",
        "Row 8: has 3 fields, the header has 7.",
        "Row 9: last_verified 2999-01-01 is in the future.",
        "Row 10: note is longer than 300 characters.",
    ]
    assert not Contact.objects.filter(email__in=[f"{x}@amazon.de" for x in "abcdefg"]).exists()


def test_an_address_longer_than_254_characters_is_a_row_error(directory: None) -> None:
    # Valid in form (64-character local part, 63-character labels) but too long to store.
    long_address = f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 59}.com"
    assert len(long_address) == 256

    errors = import_errors(HEADER + f"DE,ip_notice,{long_address},,true,,\n")

    assert errors == ["Row 2: email is longer than 254 characters."]
    assert Contact.objects.count() == 47


def test_a_nul_character_in_any_cell_is_a_row_error(directory: None) -> None:
    text = (
        HEADER
        + "DE,ip_notice,a@amazon.de,fine,true,,\n"
        + "DE,ip_notice,b@amazon.de,half\x00note,true,,\n"
        + "DE,ip_notice,c@amazon.de\x00,,true,,\n"
        + "DE,ip_notice,d@amazon.de,,true,,from a \x00 paste\n"
    )

    assert import_errors(text) == [
        f"Row {row}: contains a NUL character (a zero byte); remove it and import again."
        for row in (3, 4, 5)
    ]
    assert import_errors("marketplace,purpose,email\x00\nDE,ip_notice,a@amazon.de\n") == [
        "Row 1: contains a NUL character (a zero byte); remove it and import again."
    ]
    assert not Contact.objects.filter(email__endswith="@amazon.de", note="fine").exists()


def test_an_address_in_other_letter_case_is_the_same_contact(directory: None) -> None:
    result = contacts_import_csv(
        file=csv_file(
            "marketplace,purpose,email,note\n"
            "DE,ip_notice,Benachrichtigung@Amazon.DE,checked by phone\n"
            "DE,ip_notice,Markenschutz@Amazon.de,new\n"
        ),
        user=None,
    )

    assert (result.created, result.updated) == (1, 1)
    assert Contact.objects.count() == 48
    assert Contact.objects.get(email="benachrichtigung@amazon.de").note == "checked by phone"
    assert Contact.objects.filter(email="markenschutz@amazon.de").exists()
    assert not Contact.objects.filter(email__regex="[A-Z]").exists()


def test_the_same_address_twice_in_other_letter_case_repeats_a_row(directory: None) -> None:
    text = (
        "marketplace,purpose,email\n"
        "DE,ip_notice,markenschutz@amazon.de\n"
        "DE,ip_notice,MARKENSCHUTZ@amazon.de\n"
    )

    assert import_errors(text) == ["Row 3: repeats row 2 (same marketplace, purpose and e-mail)."]


def test_the_database_refuses_an_address_in_other_letter_case(directory: None) -> None:
    existing = Contact.objects.get(email="benachrichtigung@amazon.de")

    with pytest.raises(IntegrityError), transaction.atomic():
        Contact.objects.create(
            marketplace=existing.marketplace,
            purpose=existing.purpose,
            email="BENACHRICHTIGUNG@amazon.de",
        )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("marketplace,purpose,note\nDE,ip_notice,x\n", "Row 1: missing required column “email”."),
        (
            "marketplace,purpose,email,remark\n",
            "Row 1: unknown column “remark”; the columns are "
            "marketplace, purpose, email, note, active, last_verified, source, status.",
        ),
        ("", "Row 1: the file is empty; expected a header row."),
    ],
)
def test_bad_header_refuses_the_file(directory: None, text: str, message: str) -> None:
    assert import_errors(text) == [message]


def test_file_that_is_not_utf8_is_refused(directory: None) -> None:
    gbk = "marketplace,purpose,email,note\nDE,ip_notice,a@amazon.de,中国卖家\n".encode("gbk")

    with pytest.raises(ContactImportError) as refused:
        contacts_import_csv(file=io.BytesIO(gbk), user=None)

    assert "not UTF-8" in str(refused.value.errors[0])


def test_excel_byte_order_mark_and_blank_lines_are_accepted(directory: None) -> None:
    text = (
        "\ufeffmarketplace,purpose,email,note\r\n\r\nDE,ip_notice,a@amazon.de,中国卖家\r\n,,,\r\n"
    )

    result = contacts_import_csv(file=csv_file(text), user=None)

    assert result.created == 1
    assert Contact.objects.get(email="a@amazon.de").note == "中国卖家"


def test_reference_file_imports_into_an_empty_table(directory: None) -> None:
    Contact.objects.all().delete()

    with REFERENCE_CSV.open("rb") as handle:
        result = contacts_import_csv(file=handle, user=None)

    assert (result.created, result.updated) == (47, 0)
    assert Contact.objects.count() == 47
    assert set(Contact.objects.values_list("active", "last_verified", "source")) == {
        (True, None, "")
    }
    assert Contact.objects.get(email="seller-performance-policy@amazon.co.jp").note == (
        "second JP seller-performance address"
    )


def test_export_then_import_round_trips(directory: None, tmp_path: Path) -> None:
    Contact.objects.filter(email="alliance@amazon.co.jp").update(
        active=False,
        last_verified=datetime.date(2025, 1, 2),
        note='面向中国卖家, "quoted"',
        status=Contact.Status.IN_USE,
    )
    before = sorted(snapshot())
    exported = tmp_path / "contacts.csv"
    call_command("export_contacts", output=exported, stdout=io.StringIO())

    Contact.objects.all().delete()
    call_command("import_contacts", exported, stdout=io.StringIO())

    assert sorted(snapshot()) == before


def test_reimporting_an_export_changes_nothing(directory: None, tmp_path: Path) -> None:
    exported = tmp_path / "contacts.csv"
    call_command("export_contacts", output=exported, stdout=io.StringIO())

    with exported.open("rb") as handle:
        result = contacts_import_csv(file=handle, user=None)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 47)


def test_export_command_writes_csv_to_stdout(directory: None) -> None:
    out = io.StringIO()

    call_command("export_contacts", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0] == "marketplace,purpose,email,note,active,last_verified,source,status"
    assert len(lines) == 48
    assert (
        "DE,ip_notice,benachrichtigung@amazon.de,IP infringement notices and their retraction,"
        'true,,"seller community guide, 2024; reported by sellers, not confirmed by Amazon",'
        "reported"
    ) in lines
    assert (
        "US,vendor_express,vendorexpress@amazon.com,Vendor Express application,true,,"
        '"seller community guide, 2024; Vendor Express is closed, Amazon takes no applications",'
        "closed_programme"
    ) in lines


def test_missing_columns_leave_existing_values_alone(directory: None) -> None:
    Contact.objects.filter(email="notice@amazon.co.uk").update(
        last_verified=datetime.date(2025, 3, 31), active=False
    )

    with REFERENCE_CSV.open("rb") as handle:
        result = contacts_import_csv(file=handle, user=None)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 47)
    kept = Contact.objects.get(email="notice@amazon.co.uk")
    assert (kept.last_verified, kept.active, kept.source) == (
        datetime.date(2025, 3, 31),
        False,
        "seller community guide, 2024; reported by sellers, not confirmed by Amazon",
    )


def test_import_command_reports_counts(directory: None, tmp_path: Path, editor) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        "marketplace,purpose,email,note\n"
        "DE,ip_notice,markenschutz@amazon.de,\n"
        "DE,ip_notice,benachrichtigung@amazon.de,checked\n",
        encoding="utf-8",
    )
    out = io.StringIO()

    call_command("import_contacts", good, user="editor", stdout=out)

    assert out.getvalue().strip() == "1 created, 1 updated, 0 unchanged."
    assert Contact.objects.get(email="markenschutz@amazon.de").changed_by == editor
    assert LogEntry.objects.filter(user=editor).count() == 2


def test_import_command_exits_2_with_every_row_error_and_changes_nothing(
    directory: None, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "marketplace,purpose,email,note\n"
        "DE,ip_notice,markenschutz@amazon.de,\n"
        "DE,ip_notice,benachrichtigung@amazon.de,changed note\n"
        "ZZ,ip_notice,notice@amazon.zz,\n"
        "DE,nope,x@amazon.de,\n",
        encoding="utf-8",
    )
    before = snapshot()

    with pytest.raises(SystemExit) as exit_info:
        call_command("import_contacts", bad)

    assert exit_info.value.code == 2
    errors = capsys.readouterr().err
    assert "nothing was changed (row 1 is the header)" in errors
    assert "Row 4: unknown marketplace “ZZ”." in errors
    assert "Row 5: unknown purpose “nope”." in errors
    assert snapshot() == before


def test_status_column_is_imported_and_checked(directory: None) -> None:
    result = contacts_import_csv(
        file=csv_file(
            "marketplace,purpose,email,status\n"
            "DE,ip_notice,benachrichtigung@amazon.de,In_Use\n"
            "DE,ip_notice,new-notice@amazon.de,\n"
        ),
        user=None,
    )

    assert (result.created, result.updated) == (1, 1)
    assert Contact.objects.get(email="benachrichtigung@amazon.de").status == "in_use"
    # A new address without a status is "reported by sellers" until someone checks it.
    assert Contact.objects.get(email="new-notice@amazon.de").status == "reported"
    assert import_errors("marketplace,purpose,email,status\nDE,ip_notice,x@amazon.de,gone\n") == [
        "Row 2: status must be one of in_use, reported, closed_programme, "
        "not_support_channel, not “gone”."
    ]


def test_file_without_status_column_keeps_the_status(directory: None) -> None:
    contacts_import_csv(
        file=csv_file(
            "marketplace,purpose,email,note\nUS,executive_escalation,jeff@amazon.com,x\n"
        ),
        user=None,
    )

    assert Contact.objects.get(email="jeff@amazon.com").status == "not_support_channel"
