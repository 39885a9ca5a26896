from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from contacts.seed import directory_sync
from letters.seed.files import SeedError, load_seed, seed_problems
from letters.seed.sync import templates_sync
from sellerdesk.seed import UNCHANGED, SyncReport


class DryRun(Exception):
    """Raised inside the transaction to roll back a --dry-run."""


class Command(BaseCommand):
    help = (
        "Add the shipped directory and letter templates to the database, and follow shipped "
        "changes where nobody edited the rows since. Never undoes what staff changed, "
        "deactivated or deleted, and never rewrites a template version. Prints what it did "
        "and what it left alone. Run it instead of loaddata, on every deploy."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *args: Any, dry_run: bool, verbosity: int, **options: Any) -> None:
        try:
            cases = load_seed()
        except SeedError as error:
            raise CommandError("The seed files are unreadable:\n" + str(error)) from None
        if problems := seed_problems(cases):
            raise CommandError("The seed files break the rules:\n" + "\n".join(problems))
        report = SyncReport()
        try:
            with transaction.atomic():
                directory_sync(report=report)
                templates_sync(cases=cases, report=report)
                if dry_run:
                    raise DryRun
        except DryRun:
            pass
        for line in report.lines:
            if line.action != UNCHANGED or verbosity > 1:
                self.stdout.write(str(line))
        prefix = "Dry run, nothing changed: would have " if dry_run else "Seed data synchronised: "
        if verbosity:
            self.stdout.write(prefix + report.summary() + ".")
