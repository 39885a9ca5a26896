from __future__ import annotations

import datetime
import json
from typing import NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from letters.cases import CASE_TYPES_BY_KEY
from letters.channels import channels_for
from letters.deadlines import DATE_NAMES, deadlines_for
from letters.delivery import delivery_for
from letters.evidence import checklist
from sellerdesk.marketplaces import MARKETS_BY_CODE

TRUE_WORDS = frozenset({"1", "true", "yes", "y", "on"})


def _pairs(values: list[str], what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip():
            raise CommandError(f"--{what} takes NAME=VALUE, not {value!r}.", returncode=2)
        pairs[name.strip()] = rest.strip()
    return pairs


class Command(BaseCommand):
    help = (
        "Print a case's deadlines, evidence checklist and routes as JSON. "
        "Exits with status 2 for an unknown case or marketplace, or a malformed date."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="A case key, e.g. odr_deactivation.")
        parser.add_argument("--marketplace", required=True, help="A code such as US or DE.")
        parser.add_argument(
            "--date",
            action="append",
            default=[],
            metavar="NAME=YYYY-MM-DD",
            help=f"A date the clocks run from ({', '.join(DATE_NAMES)}); repeatable.",
        )
        parser.add_argument(
            "--answer",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="A wizard answer that changes the route, e.g. based_in_china=yes; repeatable.",
        )

    def handle(
        self,
        *args: object,
        case: str,
        marketplace: str,
        date: list[str],
        answer: list[str],
        **options: object,
    ) -> None:
        case_type = CASE_TYPES_BY_KEY.get(case)
        if case_type is None:
            self._fail(f"Unknown case {case!r}.")
        market = MARKETS_BY_CODE.get(marketplace.strip().upper())
        if market is None:
            self._fail(f"Unknown marketplace {marketplace!r}.")
        dates: dict[str, datetime.date] = {}
        for name, value in _pairs(date, "date").items():
            try:
                dates[name] = datetime.date.fromisoformat(value)
            except ValueError:
                self._fail(f"--date {name}: {value!r} is not a date in YYYY-MM-DD form.")
        answers = {
            name: value.lower() in TRUE_WORDS for name, value in _pairs(answer, "answer").items()
        }
        with translation.override("en"):
            purpose = case_type.purpose_for(market.code, answers)
            delivery = delivery_for(case=case_type, market=market, purpose=purpose)
            channels = channels_for(case=case_type, delivery=delivery)
            result = {
                "case": case_type.key,
                "marketplace": market.code,
                "deadlines": [
                    deadline.as_dict()
                    for deadline in deadlines_for(
                        case=case_type.key, marketplace=market.code, dates=dates
                    )
                ],
                "evidence": [
                    {"key": item["key"], "label": item["label"], "requirement": item["requirement"]}
                    for item in checklist(case_type.key)
                ],
                "routes": [route.as_dict() for route in channels.routes],
            }
            if channels.dead_end:
                result["dead_end"] = channels.dead_end
            if channels.notes:
                result["notes"] = list(channels.notes)
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))

    def _fail(self, message: str) -> NoReturn:
        raise CommandError(message, returncode=2)
