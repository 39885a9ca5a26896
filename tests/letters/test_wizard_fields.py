"""The facts fields: identifiers checked one by one, lists tidied, dates in the past."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from letters.fields import AsinListField, LinesField, OrderIdListField, PastDateField
from letters.placeholders import Kind, Placeholder
from letters.wizard.forms import FactsForm, field_for


def messages(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


def test_asins_are_upper_cased_split_on_lines_commas_and_spaces_and_deduplicated() -> None:
    field = AsinListField()

    assert field.clean("b0c7m4qx2t\nB0C9K2LRW5, B0C7M4QX2T  0306406152\n\n") == [
        "B0C7M4QX2T",
        "B0C9K2LRW5",
        "0306406152",
    ]


@pytest.mark.parametrize(
    "isbn",
    ["0306406152", "080442957X", "080442957x"],
)
def test_an_isbn_10_with_a_valid_check_digit_is_an_asin(isbn: str) -> None:
    assert AsinListField().clean(isbn) == [isbn.upper()]


def test_every_bad_asin_is_named() -> None:
    with pytest.raises(ValidationError) as error:
        AsinListField().clean("B0XYZ\nB0C7M4QX2T\nA0C7M4QX2T\nB0C7M4QX2T1\n0306406153")

    assert messages(error.value) == [
        "'B0XYZ' is not an ASIN: an ASIN has 10 characters and starts with B0, or is a 10-digit ISBN.",
        "'A0C7M4QX2T' is not an ASIN: an ASIN has 10 characters and starts with B0, or is a 10-digit ISBN.",
        "'B0C7M4QX2T1' is not an ASIN: an ASIN has 10 characters and starts with B0, or is a 10-digit ISBN.",
        "'0306406153' is not an ASIN: it looks like an ISBN-10, but its check digit is wrong.",
    ]


def test_order_ids_are_checked_one_by_one_and_kept_once() -> None:
    field = OrderIdListField()

    assert field.clean("302-4417815-9920318,302-4417815-9920318 302-8830142-5561907") == [
        "302-4417815-9920318",
        "302-8830142-5561907",
    ]
    with pytest.raises(ValidationError) as error:
        field.clean("302-4417815-9920318\n3024417815992031")
    assert messages(error.value) == [
        "'3024417815992031' is not an Amazon order ID: order IDs look like 123-1234567-1234567."
    ]


def test_a_required_list_needs_at_least_one_item() -> None:
    with pytest.raises(ValidationError, match="This field is required."):
        OrderIdListField().clean(" \n , ")


def test_lines_drop_blank_lines_and_refuse_an_overlong_line() -> None:
    field = LinesField()

    assert field.clean("  Business licence  \n\nPassport of Li Wei\n") == [
        "Business licence",
        "Passport of Li Wei",
    ]
    with pytest.raises(ValidationError, match="Line 2 is 301 characters long"):
        field.clean("fine\n" + "x" * 301)


def test_a_date_may_be_today_but_not_tomorrow() -> None:
    field = PastDateField()
    today = timezone.localdate()

    assert field.clean(today.isoformat()) == today
    assert field.clean("9 October 2026") == datetime.date(2026, 10, 9)
    with pytest.raises(ValidationError, match="is in the future"):
        field.clean((today + datetime.timedelta(days=1)).isoformat())


def test_each_kind_gets_its_field_with_the_declared_label_help_and_example() -> None:
    declared = [
        Placeholder("odr_percent", "ODR figure", Kind.PERCENT, help="From Account Health."),
        Placeholder("claim_count", "number of defects", Kind.INTEGER, example="5"),
        Placeholder("based_in_china", "based in China", Kind.YESNO, required=True),
        Placeholder("notes", "notes", Kind.TEXTAREA, required=False),
    ]
    form = FactsForm(
        data={"odr_percent": "1.80", "claim_count": "5", "notes": ""},
        placeholders=declared,
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data["odr_percent"] == Decimal("1.80")
    assert form.cleaned_data["based_in_china"] is False
    assert form["odr_percent"].label == "ODR figure"
    assert form["odr_percent"].help_text == "From Account Health."
    assert form["claim_count"].label == "Number of defects"
    assert 'placeholder="e.g. 5"' in str(form["claim_count"])
    assert 'type="date"' in str(
        field_for(Placeholder("on", "on", Kind.DATE)).widget.render("d", "")
    )
    assert field_for(declared[3]).max_length == 5000
