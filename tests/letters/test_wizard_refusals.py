"""Facts that cannot be true are refused at the field, with a message saying why."""

from __future__ import annotations

import pytest
from django.utils import translation

from letters.placeholders import Kind, Placeholder
from letters.wizard.forms import FactsForm

P = Placeholder


def facts_form(data: dict[str, str], *placeholders: Placeholder) -> FactsForm:
    return FactsForm(
        data={f"facts-{k}": v for k, v in data.items()},
        prefix="facts",
        placeholders=list(placeholders),
    )


BANK = P("bank_last4", "Last 4 digits", Kind.TEXT)
EMAIL = P("account_email", "Account e-mail", Kind.TEXT)
REPLY = P("reply_hours", "Reply hours", Kind.INTEGER)
DEADLINE = P("deadline_hours", "Deadline hours", Kind.INTEGER)
TRANSIT = P("transit_days", "Transit days", Kind.INTEGER)
HANDLING = P("handling_days", "Handling days", Kind.INTEGER)
CLAIMS = P("claim_count", "Claims", Kind.INTEGER)
ORDERS = P("order_count", "Orders", Kind.INTEGER)
ODR = P("odr_percent", "ODR", Kind.PERCENT)
TARGET = P("odr_target", "Target", Kind.PERCENT)


@pytest.mark.parametrize("typed", ["4821", " 4821 ", "****4821", "48 21"])
def test_the_last_four_digits_are_accepted(typed: str) -> None:
    form = facts_form({"bank_last4": typed}, BANK)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["bank_last4"] == "4821"


@pytest.mark.parametrize("typed", ["6222021001122334455", "482", "48a1", "DE89370400440532013000"])
def test_a_whole_account_number_or_not_four_digits_is_refused(typed: str) -> None:
    form = facts_form({"bank_last4": typed}, BANK)
    assert not form.is_valid()
    assert "only the last four digits" in form.errors["bank_last4"][0]


def test_an_email_needs_a_domain() -> None:
    assert facts_form({"account_email": "finance@sunfieldhome.com"}, EMAIL).is_valid()
    for typed in ("finance@sunfieldhome", "finance", "finance@", "li wei@shop.com"):
        form = facts_form({"account_email": typed}, EMAIL)
        assert not form.is_valid(), typed
        assert "with its domain" in form.errors["account_email"][0]


def test_hours_must_be_at_least_one_and_plausible() -> None:
    assert facts_form({"reply_hours": "12"}, REPLY).is_valid()
    assert facts_form({"reply_hours": "720"}, REPLY).is_valid()
    zero = facts_form({"reply_hours": "0"}, REPLY)
    assert "At least 1 hour" in str(zero.errors["reply_hours"])
    many = facts_form({"deadline_hours": "721"}, DEADLINE)
    assert "At most 720 hours" in str(many.errors["deadline_hours"])


def test_transit_takes_at_least_a_day_and_handling_may_be_same_day() -> None:
    assert "cannot be below 1" in str(facts_form({"transit_days": "0"}, TRANSIT).errors)
    assert facts_form({"transit_days": "4"}, TRANSIT).is_valid()
    assert facts_form({"handling_days": "0"}, HANDLING).is_valid()
    assert "At most 60 days" in str(facts_form({"handling_days": "61"}, HANDLING).errors)


def test_claims_cannot_exceed_orders_and_the_message_is_at_the_claims() -> None:
    assert facts_form({"claim_count": "5", "order_count": "5"}, CLAIMS, ORDERS).is_valid()
    form = facts_form({"claim_count": "12", "order_count": "5"}, CLAIMS, ORDERS)
    assert not form.is_valid()
    assert list(form.errors) == ["claim_count"]
    assert "12 cannot be more than 5" in str(form.errors["claim_count"])


def test_an_order_count_of_zero_is_refused() -> None:
    assert not facts_form({"order_count": "0"}, ORDERS).is_valid()


def test_a_rate_said_to_be_above_the_target_must_be_above_it() -> None:
    assert facts_form({"odr_percent": "1.8", "odr_target": "1"}, ODR, TARGET).is_valid()
    form = facts_form({"odr_percent": "0.8", "odr_target": "1"}, ODR, TARGET)
    assert not form.is_valid()
    assert "0.8% is above Amazon's target of less than 1%" in form.errors["odr_percent"][0]
    assert not facts_form({"odr_percent": "1", "odr_target": "1"}, ODR, TARGET).is_valid()


def test_a_relation_is_checked_only_when_both_facts_are_asked() -> None:
    assert facts_form({"claim_count": "12"}, CLAIMS).is_valid()
    assert facts_form({"odr_percent": "0.5"}, ODR).is_valid()


def test_the_refusals_speak_chinese() -> None:
    with translation.override("zh-hans"):
        bank = facts_form({"bank_last4": "6222021001122334455"}, BANK)
        claims = facts_form({"claim_count": "12", "order_count": "5"}, CLAIMS, ORDERS)
        odr = facts_form({"odr_percent": "0.8", "odr_target": "1"}, ODR, TARGET)
        email = facts_form({"account_email": "a@b"}, EMAIL)
        hours = facts_form({"reply_hours": "0"}, REPLY)
        messages = [
            str(form.errors) for form in (bank, claims, odr, email, hours) if not form.is_valid()
        ]
    assert len(messages) == 5
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in message) for message in messages)
