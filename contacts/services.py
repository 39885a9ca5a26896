"""Writes to the directory that touch several contacts: CSV import and export, bulk verify."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Field, QuerySet
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from contacts.models import Contact, Marketplace, Purpose
from contacts.validators import formula_start, spreadsheet_safe, validate_contact_email

if TYPE_CHECKING:
    from _typeshed import SupportsWrite
    from django.contrib.auth.models import User

CSV_COLUMNS = (
    "marketplace",
    "purpose",
    "email",
    "note",
    "active",
    "last_verified",
    "source",
    "status",
)
REQUIRED_COLUMNS = ("marketplace", "purpose", "email")
# Editable by hand in a spreadsheet: a directory of a few hundred rows is far below this.
MAX_IMPORT_BYTES = 2 * 1024 * 1024

_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}
_UPDATABLE = ("note", "active", "last_verified", "source", "status")


@dataclass(frozen=True)
class RowError:
    """One reason a CSV file was refused. Row 1 is the header, so data starts at row 2."""

    row: int
    message: str

    def __str__(self) -> str:
        return _("Row %(row)d: %(message)s") % {"row": self.row, "message": self.message}


class ContactImportError(Exception):
    """The file was refused as a whole; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class _Row:
    number: int
    marketplace: Marketplace
    purpose: Purpose
    email: str
    # Contact field values by name, set through Contact(**values) and setattr.
    values: dict[str, Any]

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.marketplace.pk, self.purpose.pk, self.email)


def contacts_import_csv(*, file: IO[bytes], user: User | None) -> ImportResult:
    """Create or update contacts from a CSV file, keyed by marketplace, purpose and e-mail.

    Every row is checked before anything is written; one bad row refuses the whole file
    with a ContactImportError listing every problem. Optional columns the file lacks give
    new contacts their defaults (active, never verified, no source) and leave existing
    contacts' values as they are. Rows identical to the stored contact are not written, so
    re-importing a file does not claim changes nobody made.
    """
    text = _decode(file)
    rows, columns = _parse(text)
    # A file without last_verified must not wipe the dates people recorded.
    fields = [field for field in _UPDATABLE if field in columns]
    try:
        with transaction.atomic():
            return _write(rows, fields=fields, user=user)
    except IntegrityError:
        # Someone imported or added the same addresses while this file was being read:
        # this transaction is rolled back whole, so the file can simply be imported again.
        raise ContactImportError(
            [
                RowError(
                    1,
                    _(
                        "someone else added some of these addresses at the same moment; "
                        "nothing was imported. Import the file again."
                    ),
                )
            ]
        ) from None


def contacts_export_csv(*, contacts: Iterable[Contact], file: SupportsWrite[str]) -> int:
    """Write contacts as CSV in the columns the import reads back; returns the row count.

    A cell a spreadsheet would run as a formula (=, +, -, @ first) gets an apostrophe in
    front, so it shows as the text it is.
    """
    writer = csv.writer(file)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for contact in contacts:
        writer.writerow(
            [
                spreadsheet_safe(contact.marketplace.code),
                spreadsheet_safe(contact.purpose.key),
                spreadsheet_safe(contact.email),
                spreadsheet_safe(contact.note),
                "true" if contact.active else "false",
                contact.last_verified.isoformat() if contact.last_verified else "",
                spreadsheet_safe(contact.source),
                contact.status,
            ]
        )
        count += 1
    return count


def contacts_mark_verified(
    *, contacts: QuerySet[Contact], user: User, day: datetime.date | None = None
) -> int:
    """Record that someone checked these addresses today; returns how many were marked."""
    day = day or timezone.localdate()
    with transaction.atomic():
        marked = list(contacts.select_related("marketplace", "purpose"))
        Contact.objects.filter(pk__in=[contact.pk for contact in marked]).update(
            last_verified=day, changed_by=user, updated_at=timezone.now()
        )
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=marked,
            action_flag=CHANGE,
            change_message=[{"changed": {"fields": [_field_label("last_verified")]}}],
        )
    return len(marked)


def _decode(file: IO[bytes]) -> str:
    data = file.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise ContactImportError(
            [RowError(1, _("the file is larger than %(size)d MB.") % {"size": 2})]
        )
    try:
        # utf-8-sig: spreadsheet programs often put a byte-order mark in front.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ContactImportError(
            [RowError(1, _("the file is not UTF-8 text; save it as “CSV UTF-8”."))]
        ) from None


def _parse(text: str) -> tuple[list[_Row], list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    errors: list[RowError] = []
    try:
        records = list(enumerate(reader, start=1))
    except csv.Error as error:
        raise ContactImportError(
            [RowError(reader.line_num, _("unreadable CSV: %(error)s") % {"error": error})]
        ) from None
    if not records:
        raise ContactImportError([RowError(1, _("the file is empty; expected a header row."))])

    if nul := _nul_error(1, records[0][1]):
        raise ContactImportError([nul])
    header = [name.strip().lower() for name in records[0][1]]
    errors.extend(_check_header(header))
    if errors:
        raise ContactImportError(errors)

    marketplaces = {m.code: m for m in Marketplace.objects.all()}
    purposes = {p.key: p for p in Purpose.objects.all()}
    rows: list[_Row] = []
    seen: dict[tuple[int, int, str], int] = {}
    for number, cells in records[1:]:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, or a spreadsheet's trailing ",,,"
        if nul := _nul_error(number, cells):
            errors.append(nul)
            continue
        if len(cells) != len(header):
            errors.append(
                RowError(
                    number,
                    _("has %(found)d fields, the header has %(expected)d.")
                    % {"found": len(cells), "expected": len(header)},
                )
            )
            continue
        record = dict(zip(header, (cell.strip() for cell in cells), strict=True))
        row, row_errors = _check_row(number, record, marketplaces, purposes)
        errors.extend(row_errors)
        if row is None:
            continue
        if row.key in seen:
            errors.append(
                RowError(
                    number,
                    _("repeats row %(first)d (same marketplace, purpose and e-mail).")
                    % {"first": seen[row.key]},
                )
            )
            continue
        seen[row.key] = number
        rows.append(row)
    if errors:
        raise ContactImportError(errors)
    return rows, header


def _nul_error(number: int, cells: list[str]) -> RowError | None:
    """PostgreSQL cannot store NUL in text; a binary paste or a bad export can leave one."""
    if any("\x00" in cell for cell in cells):
        return RowError(
            number, _("contains a NUL character (a zero byte); remove it and import again.")
        )
    return None


def _check_header(header: list[str]) -> list[RowError]:
    errors = [
        RowError(1, _("missing required column “%(column)s”.") % {"column": column})
        for column in REQUIRED_COLUMNS
        if column not in header
    ]
    for position, column in enumerate(header):
        if column not in CSV_COLUMNS:
            errors.append(
                RowError(
                    1,
                    _("unknown column “%(column)s”; the columns are %(columns)s.")
                    % {"column": column, "columns": ", ".join(CSV_COLUMNS)},
                )
            )
        elif column in header[:position]:
            errors.append(RowError(1, _("column “%(column)s” appears twice.") % {"column": column}))
    return errors


def _check_row(
    number: int,
    record: dict[str, str],
    marketplaces: dict[str, Marketplace],
    purposes: dict[str, Purpose],
) -> tuple[_Row | None, list[RowError]]:
    problems: list[str] = []
    code = record["marketplace"].upper()
    marketplace = marketplaces.get(code)
    if marketplace is None:
        problems.append(_("unknown marketplace “%(code)s”.") % {"code": record["marketplace"]})
    purpose = purposes.get(record["purpose"])
    if purpose is None:
        problems.append(_("unknown purpose “%(key)s”.") % {"key": record["purpose"]})
    # Amazon's addresses ignore letter case: FOO@amazon.de is foo@amazon.de, stored so.
    email = record["email"].lower()
    email_limit = _max_length("email")
    if len(email) > email_limit:
        problems.append(
            _("%(column)s is longer than %(limit)d characters.")
            % {"column": "email", "limit": email_limit}
        )
    else:
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("invalid e-mail address “%(email)s”.") % {"email": record["email"]})
        else:
            try:
                validate_contact_email(email)
            except ValidationError as error:
                problems.extend(error.messages)
    values: dict[str, Any] = {
        "note": record.get("note", ""),
        "source": record.get("source", ""),
        "active": True,
        "last_verified": None,
        "status": record.get("status", "").lower() or Contact.Status.REPORTED,
    }
    if values["status"] not in Contact.Status.values:
        problems.append(
            _("status must be one of %(statuses)s, not “%(value)s”.")
            % {"statuses": ", ".join(Contact.Status.values), "value": record["status"]}
        )
    for field in ("note", "source"):
        if start := formula_start(values[field]):
            problems.append(
                _(
                    "%(column)s starts with “%(char)s”, which a spreadsheet runs as a formula; "
                    "start it with a letter, a digit or an apostrophe."
                )
                % {"column": field, "char": start.strip() or _("a tab")}
            )
        limit = _max_length(field)
        if len(values[field]) > limit:
            problems.append(
                _("%(column)s is longer than %(limit)d characters.")
                % {"column": field, "limit": limit}
            )
    active = record.get("active", "").lower()
    if active in _FALSE:
        values["active"] = False
    elif active and active not in _TRUE:
        problems.append(
            _("active must be true or false, not “%(value)s”.") % {"value": record["active"]}
        )
    if record.get("last_verified"):
        try:
            verified = datetime.date.fromisoformat(record["last_verified"])
        except ValueError:
            problems.append(
                _("last_verified “%(value)s” is not a date like 2025-03-31.")
                % {"value": record["last_verified"]}
            )
        else:
            if verified > timezone.localdate():
                problems.append(
                    _("last_verified %(value)s is in the future.") % {"value": verified}
                )
            values["last_verified"] = verified
    errors = [RowError(number, problem) for problem in problems]
    if errors:
        return None, errors
    # An unknown marketplace or purpose added a problem above.
    assert marketplace is not None and purpose is not None
    return _Row(number, marketplace, purpose, email, values), []


def _own_field(name: str) -> Field:
    """One of the contact's own columns (get_field also answers for reverse relations)."""
    field = Contact._meta.get_field(name)
    assert isinstance(field, Field)
    return field


def _max_length(name: str) -> int:
    """The column's limit, which the import checks itself so the error names the row."""
    limit = _own_field(name).max_length
    assert limit is not None
    return limit


def _write(rows: list[_Row], *, fields: list[str], user: User | None) -> ImportResult:
    existing = {
        (c.marketplace_id, c.purpose_id, c.email): c
        for c in Contact.objects.select_for_update().filter(email__in={row.email for row in rows})
    }
    created: list[Contact] = []
    updated: list[tuple[Contact, list[str]]] = []
    now = timezone.now()
    for row in rows:
        contact = existing.get(row.key)
        if contact is None:
            created.append(
                Contact(
                    marketplace=row.marketplace,
                    purpose=row.purpose,
                    email=row.email,
                    changed_by=user,
                    **row.values,
                )
            )
            continue
        changed = [field for field in fields if getattr(contact, field) != row.values[field]]
        if changed:
            for field in changed:
                setattr(contact, field, row.values[field])
            # Keep the marketplace and purpose already in hand for the log entry's text.
            contact.marketplace, contact.purpose = row.marketplace, row.purpose
            contact.changed_by, contact.updated_at = user, now
            updated.append((contact, changed))
    Contact.objects.bulk_create(created)
    Contact.objects.bulk_update(
        [contact for contact, _fields in updated], [*fields, "changed_by", "updated_at"]
    )
    if user is not None:
        _log_import(user=user, created=created, updated=updated)
    return ImportResult(
        created=len(created),
        updated=len(updated),
        unchanged=len(rows) - len(created) - len(updated),
    )


def _log_import(
    *,
    user: User,
    created: list[Contact],
    updated: list[tuple[Contact, list[str]]],
) -> None:
    """Admin history entries, so the contact's history page shows the import."""
    if created:
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=created,
            action_flag=ADDITION,
            change_message=_("Added by CSV import."),
        )
    for contact, fields in updated:
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=[contact],
            action_flag=CHANGE,
            change_message=_("Changed %(fields)s by CSV import.")
            % {"fields": get_text_list([_field_label(field) for field in fields], _("and"))},
        )


def _field_label(field: str) -> str:
    return str(_own_field(field).verbose_name)
