"""Form fields for the facts a seller gives: ASINs, order IDs, dates, lists.

Each field names the item it refuses, so a seller with twenty ASINs knows which one is
wrong, and normalises what it accepts (upper-case ASINs, no duplicates).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TEXT_MAX = 300
TEXTAREA_MAX = 5000
LINE_MAX = 300
LIST_MAX_ITEMS = 100

ORDER_ID_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ASIN_RE = re.compile(r"^B0[A-Z0-9]{8}$")
ISBN10_RE = re.compile(r"^\d{9}[\dX]$")
# "One per line", but sellers paste from spreadsheets and e-mails: commas and spaces too.
ITEM_SEPARATORS_RE = re.compile(r"[\s,;]+")


def unix_newlines(text: str) -> str:
    """A textarea's text with LF line breaks: browsers send CRLF (or a lone CR), and letters,
    notices and versions are stored, compared and counted with LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def isbn10_checksum_ok(value: str) -> bool:
    digits = [10 if char == "X" else int(char) for char in value]
    return sum((10 - position) * digit for position, digit in enumerate(digits)) % 11 == 0


def normalise_asin(raw: str) -> str:
    """The ASIN in upper case, or ValidationError naming the item."""
    value = raw.strip().upper()
    if ASIN_RE.match(value):
        return value
    if ISBN10_RE.match(value):
        if isbn10_checksum_ok(value):
            return value
        raise ValidationError(
            _("'%(item)s' is not an ASIN: it looks like an ISBN-10, but its check digit is wrong."),
            code="invalid_asin",
            params={"item": raw},
        )
    raise ValidationError(
        _(
            "'%(item)s' is not an ASIN: an ASIN has 10 characters and starts with B0, "
            "or is a 10-digit ISBN."
        ),
        code="invalid_asin",
        params={"item": raw},
    )


def normalise_order_id(raw: str) -> str:
    value = raw.strip()
    if ORDER_ID_RE.match(value):
        return value
    raise ValidationError(
        _("'%(item)s' is not an Amazon order ID: order IDs look like 123-1234567-1234567."),
        code="invalid_order_id",
        params={"item": raw},
    )


def split_items(value: str) -> list[str]:
    return [item for item in ITEM_SEPARATORS_RE.split(value) if item]


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """The form's own copy of a choice field, to set its choices for this request."""
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    return field


def list_widget(rows: int = 4, placeholder: str = "") -> forms.Textarea:
    attrs: dict[str, object] = {"rows": rows, "dir": "auto"}
    if placeholder:
        attrs["placeholder"] = placeholder
    return forms.Textarea(attrs=attrs)


class OrderIdField(forms.CharField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 60)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> str:
        value = super().clean(value)
        return normalise_order_id(value) if value else value


class ItemListField(forms.CharField):
    """Several identifiers, one per line (commas and spaces accepted), each validated.

    Every bad item is reported, by name; duplicates are dropped, first one kept.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", TEXTAREA_MAX)
        kwargs.setdefault("widget", list_widget())
        super().__init__(**kwargs)

    def normalise(self, item: str) -> str:
        raise NotImplementedError

    def clean(self, value: Any) -> list[str]:
        # Required and max_length apply to the typed text, before it is split.
        text = super().clean(value)
        cleaned: list[str] = []
        errors: list[ValidationError] = []
        for item in split_items(text):
            try:
                normal = self.normalise(item)
            except ValidationError as error:
                errors.append(error)
                continue
            if normal not in cleaned:
                cleaned.append(normal)
        if errors:
            raise ValidationError(errors)
        if self.required and not cleaned:
            raise ValidationError(self.error_messages["required"], code="required")
        if len(cleaned) > LIST_MAX_ITEMS:
            raise ValidationError(
                _("Give at most %(max)s items; there are %(count)s."),
                code="too_many",
                params={"max": LIST_MAX_ITEMS, "count": len(cleaned)},
            )
        return cleaned


class OrderIdListField(ItemListField):
    def normalise(self, item: str) -> str:
        return normalise_order_id(item)


class AsinListField(ItemListField):
    def normalise(self, item: str) -> str:
        return normalise_asin(item)


class LinesField(forms.CharField):
    """A list written one item per line; blank lines are dropped, no item may be overlong."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", TEXTAREA_MAX)
        kwargs.setdefault("widget", list_widget(rows=5))
        super().__init__(**kwargs)

    def clean(self, value: Any) -> list[str]:
        text = super().clean(value)
        items = [line.strip() for line in text.splitlines() if line.strip()]
        for number, item in enumerate(items, start=1):
            if len(item) > LINE_MAX:
                raise ValidationError(
                    _(
                        "Line %(number)s is %(length)s characters long; keep each line under %(max)s."
                    ),
                    code="line_too_long",
                    params={"number": number, "length": len(item), "max": LINE_MAX},
                )
        return items


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict | None = None) -> None:
        # The browser's date picker sends ISO dates; show stored values the same way.
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class PastDateField(forms.DateField):
    """A date on or before today: things that already happened."""

    widget = DateInput

    def __init__(self, **kwargs: Any) -> None:
        # The date picker sends ISO dates; typed ones come as 14/10/2026 or 14 October 2026.
        kwargs.setdefault("input_formats", ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %B %Y"])
        super().__init__(**kwargs)

    def validate(self, value: datetime.date | None) -> None:
        super().validate(value)
        today = timezone.localdate()
        if value and value > today:
            raise ValidationError(
                _("%(date)s is in the future; give the date it happened (today or earlier)."),
                code="future_date",
                params={"date": value.isoformat()},
            )
        if value and value.year < 1995:
            raise ValidationError(
                _("%(date)s is before Amazon existed; check the year."),
                code="too_old",
                params={"date": value.isoformat()},
            )


class LastFourField(forms.CharField):
    """The last four digits of a bank account or card: never more of the number."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> str:
        digits = re.sub(r"[\s*xX•.-]", "", super().clean(value))
        if digits and not re.fullmatch(r"\d{4}", digits):
            raise ValidationError(
                _(
                    "Give only the last four digits, e.g. 4821: never the whole account or "
                    "card number."
                ),
                code="last4",
            )
        return digits


# Facts whose declared kind is wider than what they mean, by placeholder name: refused at the
# field rather than printed in the letter. (minimum, maximum, message for out of range)
HOURS_MAX = 720  # 30 days: Amazon's own deadlines are 24 to 72 hours
DAYS_MAX = 60
NUMBER_LIMITS: dict[str, tuple[int, int]] = {
    "reply_hours": (1, HOURS_MAX),
    "refund_hours": (1, HOURS_MAX),
    "deadline_hours": (1, HOURS_MAX),
    "transit_days": (1, DAYS_MAX),
    "expected_days": (1, DAYS_MAX),
    "handling_days": (0, DAYS_MAX),
    "order_count": (1, 10**9),
}
NUMBER_MESSAGES = {
    "hours": (
        _("At least 1 hour; check the number."),
        _("At most 720 hours (30 days); check the number."),
    ),
    "days": (
        _("A number of days cannot be below %(limit_value)s."),
        _("At most 60 days; check the number."),
    ),
}
EMAIL_NAMES = frozenset({"account_email"})
LAST_FOUR_NAMES = frozenset({"bank_last4"})
# Pairs of facts where the first cannot exceed the second (claims of orders), and where the
# first must be below the second (Amazon's target below the rate the letter says was above it).
NOT_ABOVE = (("claim_count", "order_count"),)
BELOW = (("odr_target", "odr_percent"),)


def number_limits(name: str) -> dict:
    """min_value, max_value and their messages for a whole-number fact, by its name."""
    if name not in NUMBER_LIMITS:
        return {}
    low, high = NUMBER_LIMITS[name]
    unit = "hours" if name.endswith("_hours") else "days" if name.endswith("_days") else None
    limits: dict = {"min_value": low, "max_value": high}
    if unit:
        too_low, too_high = NUMBER_MESSAGES[unit]
        limits["error_messages"] = {"min_value": too_low, "max_value": too_high}
    return limits
