from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandParser

from contacts.destinations import UnknownMarketplace, UnknownPurpose, destination_for


class Command(BaseCommand):
    help = "Print, as JSON, where a letter for a purpose in a marketplace should go."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--purpose", required=True, help="A purpose key, e.g. ip_notice.")
        parser.add_argument("--marketplace", required=True, help="A marketplace code, e.g. DE.")

    def handle(self, *args: object, purpose: str, marketplace: str, **options: object) -> None:
        try:
            destination = destination_for(purpose=purpose, marketplace=marketplace)
        except (UnknownMarketplace, UnknownPurpose) as error:
            self.stderr.write(str(error))
            raise SystemExit(2) from None
        self.stdout.write(json.dumps(destination.as_dict(), ensure_ascii=False))
