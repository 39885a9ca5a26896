"""What a template may ask for: declared placeholders and the kinds of value they take.

A template declares every placeholder it uses. The declaration is data (stored as JSON on
each template version), so the wizard can build its "facts" form from it and the
renderer can refuse anything undeclared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    TEXT = "text", _("One line of text")
    TEXTAREA = "textarea", _("Several lines of text")
    DATE = "date", _("Date (not in the future)")
    INTEGER = "integer", _("Whole number")
    PERCENT = "percent", _("Percentage 0–100")
    MONEY = "money", _("Amount of money")
    ORDER_ID = "order_id", _("Amazon order ID")
    ORDER_IDS = "order_ids", _("Amazon order IDs, one per line")
    ASINS = "asins", _("ASINs, one per line")
    LINES = "lines", _("A list, one item per line")
    YESNO = "yesno", _("Yes or no")


# Kinds whose value is a list, rendered one item per line.
LIST_KINDS = frozenset({Kind.ORDER_IDS, Kind.ASINS, Kind.LINES})

# Filled by the wizard's "who you are" and Plan-of-Action steps rather than its facts step.
IDENTITY_NAMES = ("marketplace", "store_name", "sender_name", "sender_role")
BUYER_NAMES = ("buyer_name", "order_id")
PLAN_OF_ACTION_NAMES = ("root_causes", "corrective_actions", "preventive_measures")

NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# {{ name }} or {{ name|inline }}; anything else between braces is refused on save.
TOKEN_RE = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)\s*(?:\|\s*(inline)\s*)?\}\}")
BRACES_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


@dataclass(frozen=True)
class Placeholder:
    name: str
    label: str
    kind: str = Kind.TEXT
    help: str = ""
    example: str | list[str] = ""
    required: bool = True

    @property
    def is_list(self) -> bool:
        return self.kind in LIST_KINDS

    @property
    def marker(self) -> str:
        """What a missing required value renders as: visible, never blank."""
        return f"[{self.label.lower()}]"

    # Pages show the label and help in the reader's language: the shipped ones are listed
    # for makemessages in letters/placeholder_strings.py; one staff have edited since stays
    # English. Letters always use the English `label` (see `marker`).
    @property
    def display_label(self) -> str:
        return capfirst(gettext(self.label))

    @property
    def display_help(self) -> str:
        # gettext("") would return the catalogue's header.
        return gettext(self.help) if self.help else ""

    def as_dict(self) -> dict:
        return asdict(self)


def parse_placeholders(data: object) -> list[Placeholder]:
    """Placeholder declarations from their JSON form, refusing malformed ones."""
    if not isinstance(data, list):
        raise ValidationError(_("Placeholders must be a list of objects."))
    placeholders: list[Placeholder] = []
    seen: set[str] = set()
    for position, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ValidationError(_("Placeholder %(n)s must be an object."), params={"n": position})
        name = item.get("name", "")
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise ValidationError(
                _("Placeholder %(n)s: the name %(name)r must be lower-case letters, digits or _."),
                params={"n": position, "name": name},
            )
        if name in seen:
            raise ValidationError(
                _("Placeholder %(name)s is declared twice."), params={"name": name}
            )
        seen.add(name)
        kind = item.get("kind", Kind.TEXT)
        if kind not in Kind.values:
            raise ValidationError(
                _("Placeholder %(name)s: unknown kind %(kind)r."),
                params={"name": name, "kind": kind},
            )
        unknown = set(item) - {"name", "label", "kind", "help", "example", "required"}
        if unknown:
            raise ValidationError(
                _("Placeholder %(name)s: unknown keys %(keys)s."),
                params={"name": name, "keys": ", ".join(sorted(unknown))},
            )
        placeholders.append(
            Placeholder(
                name=name,
                label=str(item.get("label") or name.replace("_", " ")),
                kind=kind,
                help=str(item.get("help", "")),
                example=item.get("example", ""),
                required=bool(item.get("required", True)),
            )
        )
    return placeholders


def used_names(*texts: str) -> list[str]:
    names: list[str] = []
    for text in texts:
        for match in TOKEN_RE.finditer(text):
            if match.group(1) not in names:
                names.append(match.group(1))
    return names


def validate_template_text(*, subject: str, body: str, placeholders: Iterable[Placeholder]) -> None:
    """Refuse a template that uses an undeclared placeholder or any other template syntax."""
    declared = {placeholder.name: placeholder for placeholder in placeholders}
    errors: list[ValidationError] = []
    for text in (subject, body):
        for chunk in BRACES_RE.findall(text):
            if not TOKEN_RE.fullmatch(chunk):
                errors.append(
                    ValidationError(
                        _("%(chunk)s is not a placeholder; write {{ name }} with a declared name."),
                        params={"chunk": chunk},
                    )
                )
    undeclared = [name for name in used_names(subject, body) if name not in declared]
    if undeclared:
        errors.append(
            ValidationError(
                _("These placeholders are used but not declared: %(names)s."),
                params={"names": ", ".join(undeclared)},
            )
        )
    for match in TOKEN_RE.finditer(subject + "\n" + body):
        name, modifier = match.groups()
        if modifier == "inline" and name in declared and not declared[name].is_list:
            errors.append(
                ValidationError(
                    _("|inline only applies to list placeholders, not to %(name)s."),
                    params={"name": name},
                )
            )
    for match in TOKEN_RE.finditer(subject):
        name, modifier = match.groups()
        if modifier != "inline" and name in declared and declared[name].is_list:
            # Without |inline a list renders one "- item" per line: a subject is one line.
            errors.append(
                ValidationError(
                    _(
                        "%(name)s is a list: in the subject write {{ %(name)s|inline }} to put "
                        "its items on one line."
                    ),
                    params={"name": name},
                )
            )
    if errors:
        raise ValidationError(errors)
