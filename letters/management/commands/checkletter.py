from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

from django.core.management.base import BaseCommand, CommandParser

from letters.cases import get_case_type
from letters.checks import check_letter
from letters.checks.language import LANGUAGES


class Command(BaseCommand):
    help = (
        "Check a letter against Amazon's rules and print the findings as JSON. "
        "Exits with status 2 for an unknown case or a file that cannot be read."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="A case-type key, e.g. review_followup.")
        parser.add_argument("--subject", default="", help="The subject line, for buyer messages.")
        parser.add_argument(
            "--language",
            default="en",
            choices=LANGUAGES,
            help="The language the letter is meant to be in (default en).",
        )
        parser.add_argument("file", help="The letter as UTF-8 text, or - for standard input.")

    def handle(
        self,
        *args: object,
        case: str,
        subject: str,
        file: str,
        language: str = "en",
        **options: object,
    ) -> None:
        try:
            get_case_type(case)
        except KeyError:
            self._fail(f"Unknown case {case!r}.")
        try:
            body = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            self._fail(f"Cannot read {file}: {reason}.")
        findings = check_letter(case=case, body=body, subject=subject, language=language)
        result = {"case": case, "findings": [finding.as_dict() for finding in findings]}
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))

    def _fail(self, message: str) -> NoReturn:
        # One line, so scripts can show it as it is.
        self.stderr.write(" ".join(message.split()))
        raise SystemExit(2)
