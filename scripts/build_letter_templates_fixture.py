"""Rebuild fixtures/letter_templates.json from scripts/letter_templates_source.py.

Run from the repository root: DEBUG=true .venv/bin/python scripts/build_letter_templates_fixture.py
Every template is validated the way the app validates a saved version, plus the house
rules for the shipped set (one template per case, the wizard's standard placeholder
names and kinds, Plan-of-Action headings), before anything is written.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "letter_templates.json"
CREATED_AT = "2026-11-01T00:00:00Z"
LANGUAGE = "en"

# Names the wizard fills from its own steps, and the kind each must be declared with.
STANDARD_KINDS = {
    "store_name": "text",
    "marketplace": "text",
    "sender_name": "text",
    "sender_role": "text",
    "buyer_name": "text",
    "order_id": "order_id",
    "root_causes": "lines",
    "corrective_actions": "lines",
    "preventive_measures": "lines",
}
POA_HEADINGS = ("Root cause", "Corrective actions taken", "Preventive measures")
# Routing answers a case must declare (yes/no, optional) even though no text uses them.
ROUTING_ANSWERS = {"suspension_verification": "based_in_china", "funds_release": "account_frozen"}


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sellerdesk.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def check_template(template: dict) -> list[str]:
    """Problems with one template, beyond what validate_template_text refuses."""
    from django.core.exceptions import ValidationError

    from letters.cases import Audience, get_case_type
    from letters.placeholders import (
        LIST_KINDS,
        PLAN_OF_ACTION_NAMES,
        parse_placeholders,
        used_names,
        validate_template_text,
    )

    key = template["case"]
    try:
        case = get_case_type(key)
    except KeyError:
        return [f"{key}: unknown case"]
    try:
        placeholders = parse_placeholders(template["placeholders"])
        validate_template_text(
            subject=template["subject"], body=template["body"], placeholders=placeholders
        )
    except ValidationError as error:
        return [f"{key}: {message}" for message in error.messages]

    problems: list[str] = []
    declared = {placeholder.name: placeholder for placeholder in placeholders}
    used = set(used_names(template["subject"], template["body"]))
    for placeholder in placeholders:
        expected = STANDARD_KINDS.get(placeholder.name)
        if expected and placeholder.kind != expected:
            problems.append(f"{key}: {placeholder.name} must be kind {expected}")
        if placeholder.is_list != isinstance(placeholder.example, list):
            problems.append(f"{key}: {placeholder.name} example must match its kind")
        if not placeholder.example or not placeholder.help:
            problems.append(f"{key}: {placeholder.name} needs a help text and an example")
        if placeholder.name not in used and placeholder.name != ROUTING_ANSWERS.get(key):
            problems.append(f"{key}: {placeholder.name} is declared but not used")
    routing = ROUTING_ANSWERS.get(key)
    if routing and (
        routing not in declared or declared[routing].kind != "yesno" or declared[routing].required
    ):
        problems.append(f"{key}: declare {routing} as an optional yes/no answer")
    if case.plan_of_action:
        lines = template["body"].splitlines()
        for heading, name in zip(POA_HEADINGS, PLAN_OF_ACTION_NAMES, strict=True):
            if heading not in lines:
                problems.append(f"{key}: the heading {heading!r} must be a line of its own")
            if name not in declared or not declared[name].required:
                problems.append(f"{key}: {name} must be declared and required")
    if case.audience == Audience.BUYER:
        for name in ("buyer_name", "order_id"):
            if name not in used:
                problems.append(f"{key}: a buyer message must use {name}")
    body_lines = template["body"].splitlines()
    for placeholder in placeholders:
        token = "{{ " + placeholder.name + " }}"
        # A list renders as "- item" lines, so it needs a line of its own.
        if placeholder.kind in LIST_KINDS and token in template["body"] and token not in body_lines:
            problems.append(f"{key}: put {token} on its own line")
    return problems


def fixture_rows(templates: list[dict]) -> list[dict]:
    rows: list[dict] = []
    for template in templates:
        slug = f"{template['case']}-{LANGUAGE}"
        rows.append(
            {
                "model": "letters.lettertemplate",
                "fields": {
                    "slug": slug,
                    "case_type": template["case"],
                    "language": LANGUAGE,
                    "name": template["name"],
                    "active": True,
                    "created_at": CREATED_AT,
                },
            }
        )
        rows.append(
            {
                "model": "letters.templateversion",
                "fields": {
                    "template": [slug],
                    "number": 1,
                    "subject": template["subject"],
                    "body": template["body"],
                    "placeholders": template["placeholders"],
                    "note": "First version",
                    "created_at": CREATED_AT,
                    "created_by": None,
                },
            }
        )
    return rows


def main() -> int:
    setup_django()
    from letters.cases import CASE_TYPES

    sys.path.insert(0, str(ROOT / "scripts"))
    from letter_templates_source import TEMPLATES

    problems = [problem for template in TEMPLATES for problem in check_template(template)]
    keys = [template["case"] for template in TEMPLATES]
    problems += [f"{key}: more than one template" for key in set(keys) if keys.count(key) > 1]
    problems += [f"{case.key}: no template" for case in CASE_TYPES if case.key not in keys]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    FIXTURE.write_text(
        json.dumps(fixture_rows(TEMPLATES), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"Wrote {len(TEMPLATES)} templates to {FIXTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
