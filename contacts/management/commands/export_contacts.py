from __future__ import annotations

import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from contacts.selectors import contact_list_for_export
from contacts.services import contacts_export_csv


class Command(BaseCommand):
    help = "Write every contact as CSV, in the columns import_contacts reads back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output", type=Path, help="Write to this file instead of standard output."
        )

    def handle(self, *args: object, output: Path | None, **options: object) -> None:
        contacts = contact_list_for_export()
        if output is None:
            buffer = io.StringIO()
            contacts_export_csv(contacts=contacts, file=buffer)
            self.stdout.write(buffer.getvalue(), ending="")
            return
        with output.open("w", newline="", encoding="utf-8") as handle:
            count = contacts_export_csv(contacts=contacts, file=handle)
        self.stdout.write(f"Wrote {count} contacts to {output}.")
