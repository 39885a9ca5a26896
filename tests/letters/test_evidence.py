"""Every case's evidence checklist, and that a letter names only what the seller ticked."""

from __future__ import annotations

import pytest

from letters.cases import CASE_TYPES, Audience
from letters.evidence import EVIDENCE, attachments_in_letter, checklist, items_for

EXPECTED = {
    "suspension_verification": ["identity_document", "utility_bill", "bank_statement"],
    "suspension_hijacking": ["supplier_invoices", "letter_of_authorisation"],
    "odr_deactivation": ["order_ids", "deactivation_notice"],
    "inauthentic_complaint": ["supplier_invoices", "letter_of_authorisation", "order_ids"],
    "ip_complaint": ["supplier_invoices", "letter_of_authorisation"],
    "ip_retraction": ["rights_owner_retraction"],
    "product_quality": ["inspection_report", "product_photos", "supplier_invoices"],
    "funds_release": ["deactivation_notice", "identity_document", "bank_statement"],
    "fba_removal_locked": ["identity_document", "return_address"],
    "abuse_report": ["message_screenshots", "order_ids"],
    "cease_and_desist": ["trademark_registration", "test_buy_proof"],
}


@pytest.mark.parametrize(("case", "expected"), EXPECTED.items())
def test_each_case_asks_for_its_documents(case: str, expected: list[str]) -> None:
    assert [item.key for item in items_for(case)] == expected
    for item in items_for(case):
        assert str(item.label).strip() and str(item.requirement).strip()


def test_buyer_messages_need_no_attachments() -> None:
    for case in CASE_TYPES:
        if case.audience == Audience.BUYER:
            assert items_for(case.key) == ()
        else:
            assert case.key in EVIDENCE


def test_the_disputing_ip_appeal_offers_the_documents_that_dispute() -> None:
    keys = [item.key for item in items_for("ip_complaint_dispute")]
    assert keys == [
        "supplier_invoices",
        "letter_of_authorisation",
        "trademark_registration",
        "court_order",
    ]


def test_requirements_carry_amazons_conditions() -> None:
    invoices = {i["key"]: i for i in checklist("ip_complaint")}["supplier_invoices"]
    assert "365 days" in invoices["requirement"]
    assert "phone number, address and website" in invoices["requirement"]
    bill = {i["key"]: i for i in checklist("suspension_verification")}["utility_bill"]
    assert "90 days" in bill["requirement"]
    retraction = checklist("ip_retraction")[0]
    assert "from the e-mail address that filed the complaint" in retraction["requirement"]
    loa = {i["key"]: i for i in checklist("suspension_hijacking")}["letter_of_authorisation"]
    assert "territory and the term" in loa["requirement"]


def test_the_letter_names_only_ticked_items_in_checklist_order() -> None:
    assert attachments_in_letter("ip_complaint", []) == []
    assert attachments_in_letter("ip_complaint", ["letter_of_authorisation", "nonsense"]) == [
        "a letter of authorisation from the brand owner"
    ]
    assert attachments_in_letter(
        "ip_complaint", ["letter_of_authorisation", "supplier_invoices"]
    ) == [
        "supplier invoices for the ASINs concerned",
        "a letter of authorisation from the brand owner",
    ]


def test_checklist_marks_what_the_seller_has() -> None:
    items = checklist("abuse_report", ["order_ids"])
    assert [(i["key"], i["have"]) for i in items] == [
        ("message_screenshots", False),
        ("order_ids", True),
    ]
