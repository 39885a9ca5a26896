from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandParser

from senders.checks import UnparseableEmail, check_email
from senders.forms import MAX_EMAIL_BYTES


class Command(BaseCommand):
    help = (
        "Check whether one e-mail (RFC 822 text, e.g. an .eml file) really comes from Amazon "
        "and print the verdict and its reasons as JSON. Exits with status 2 on input that "
        "cannot be read or parsed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The e-mail file, or - for standard input.")

    def handle(self, *args: Any, file: str, **options: Any) -> None:
        try:
            if file == "-":
                raw = sys.stdin.buffer.read(MAX_EMAIL_BYTES + 1)
            else:
                with Path(file).open("rb") as handle:
                    raw = handle.read(MAX_EMAIL_BYTES + 1)
        except OSError as error:
            self._fail(f"Cannot read {file}: {error.strerror}.")
        if len(raw) > MAX_EMAIL_BYTES:
            self._fail(f"{file} is larger than {MAX_EMAIL_BYTES // 1024} KB.")
        try:
            result = check_email(raw)
        except UnparseableEmail as error:
            self._fail(f"Cannot parse {file}: {error}")
        self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))

    def _fail(self, message: str) -> NoReturn:
        self.stderr.write(" ".join(message.split()))
        raise SystemExit(2)
