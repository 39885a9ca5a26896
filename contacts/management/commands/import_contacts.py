from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from contacts.services import ContactImportError, contacts_import_csv


class Command(BaseCommand):
    help = (
        "Create or update contacts from a CSV file (marketplace,purpose,email[,note,active,"
        "last_verified,source]). Every row is checked first; on any error nothing changes "
        "and the command exits with status 2."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The CSV file, UTF-8, with a header row.")
        parser.add_argument(
            "--user",
            help="Username to record as having made the change (and in the admin history).",
        )

    def handle(self, *args: object, file: Path, user: str | None, **options: object) -> None:
        importer = None
        if user:
            try:
                importer = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"No user {user!r}.") from None
        try:
            with file.open("rb") as handle:
                result = contacts_import_csv(file=handle, user=importer)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        except ContactImportError as error:
            self.stderr.write(f"{file}: not imported, nothing was changed (row 1 is the header).")
            for row_error in error.errors:
                self.stderr.write(str(row_error))
            raise SystemExit(2) from None
        self.stdout.write(
            f"{result.created} created, {result.updated} updated, {result.unchanged} unchanged."
        )
