"""Print a case's letter for a marketplace (and language) as JSON, with its Chinese reading."""

from __future__ import annotations

import json
from typing import NoReturn

from django.core.management.base import BaseCommand, CommandParser

from letters.cases import CASE_TYPES_BY_KEY
from letters.models import Language
from letters.selectors import example_letter
from sellerdesk.marketplaces import MARKETS_BY_CODE


class Command(BaseCommand):
    help = (
        "Render a case's current template for a marketplace and print JSON {case, marketplace, "
        "language, subject, body, reading_zh}. The language follows the marketplace for buyer "
        "messages and is English otherwise, unless --language names another. Exits with "
        "status 2 for an unknown case, marketplace or language."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="A case-type key, e.g. delivery_time.")
        parser.add_argument("--marketplace", required=True, help="A code such as DE or JP.")
        parser.add_argument("--language", default=None, help="en, de, fr, it, es or ja.")
        parser.add_argument(
            "--example",
            action="store_true",
            help="Fill every placeholder with its example (otherwise facts show as [label]).",
        )

    def handle(
        self,
        *args: object,
        case: str,
        marketplace: str,
        language: str | None,
        example: bool,
        **options: object,
    ) -> None:
        case_type = CASE_TYPES_BY_KEY.get(case)
        if case_type is None:
            self._fail(f"Unknown case {case!r}.")
        code = marketplace.upper()
        if code not in MARKETS_BY_CODE:
            self._fail(f"Unknown marketplace {marketplace!r}: one of {', '.join(MARKETS_BY_CODE)}.")
        if language is not None and language not in Language.values:
            self._fail(f"Unknown language {language!r}: one of {', '.join(Language.values)}.")
        result = example_letter(
            case=case_type, marketplace=code, language=language, examples=example
        )
        if result is None:
            self._fail(f"The case {case!r} has no active template in {language!r}.")
        reading = result.reading
        output = {
            "case": result.case,
            "marketplace": result.marketplace,
            "language": result.language,
            "subject": result.letter.subject,
            "body": result.letter.body,
            "reading_zh": (
                {"subject": reading.subject, "body": reading.body} if reading is not None else None
            ),
        }
        self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))

    def _fail(self, message: str) -> NoReturn:
        self.stderr.write(" ".join(message.split()))
        raise SystemExit(2)
