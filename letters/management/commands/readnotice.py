from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

from django.core.management.base import BaseCommand, CommandParser

from letters.notices.reader import NOTICE_MAX, read_notice


class Command(BaseCommand):
    help = (
        "Read a notice from Amazon and print what it says as JSON: the case, the "
        "marketplace, the dates and the facts, with the excerpt each came from. Unknown "
        "values are null. Exits with status 2 on empty input or a file that cannot be read."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The notice as UTF-8 text, or - for standard input.")

    def handle(self, *args: object, file: str, **options: object) -> None:
        try:
            # One character more than allowed is enough to refuse a text that is too long.
            if file == "-":
                text = sys.stdin.read(NOTICE_MAX + 1)
            else:
                with Path(file).open(encoding="utf-8") as handle:
                    text = handle.read(NOTICE_MAX + 1)
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            self._fail(f"Cannot read {file}: {reason}.")
        if not text.strip():
            self._fail("The notice is empty: paste or pipe the text Amazon sent.")
        if len(text) > NOTICE_MAX:
            self._fail(f"The notice is longer than {NOTICE_MAX:,} characters: not read.")
        reading = read_notice(text)
        self.stdout.write(json.dumps(reading.as_json(), ensure_ascii=False, indent=2))

    def _fail(self, message: str) -> NoReturn:
        # One line, so scripts can show it as it is.
        self.stderr.write(" ".join(message.split()))
        raise SystemExit(2)
