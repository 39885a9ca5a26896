"""Trigger and near-miss examples of tests/letters/test_checks_substance.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.checks import APPEAL, PLAN

OPENING = (
    "Dear Seller Performance Team,\n\nWe write about the deactivation of our account on "
    "3 March 2026 for an Order Defect Rate of 2.4%.\n\n"
)
UNUSUAL_HEADINGS = OPENING + (
    "Why it happened\nBetween 20 December and 5 January our two support staff were on holiday "
    "and nobody answered buyer messages, so 11 A-to-z claims were opened.\n\n"
    "Actions taken\nOn 6 January we answered all 37 open messages and refunded the 11 claims.\n\n"
    "How we prevent it in future\nOur support manager, Li Na, covers messages seven days a "
    "week and checks the reply-time report every Monday.\n\nSincerely,\nLi Wei"
)
PROSE = OPENING + (
    "The claims were caused by our holiday schedule: between 20 December and 5 January nobody "
    "answered buyer messages, and replies took up to 96 hours.\n\n"
    "On 6 January we refunded all 11 claims and answered every open message.\n\n"
    "Going forward, our support manager checks the reply-time report every Monday and a backup "
    "is named on the shift spreadsheet for each holiday.\n\nSincerely,\nLi Wei"
)
VAGUE = OPENING + (
    "Root cause:\nWe did not pay enough attention.\n\nCorrective actions:\nWe have fixed the "
    "problem.\n\nPreventive measures:\nWe will be more careful — owned by team, always.\n"
)
STOCK = OPENING + (
    "1. We take this matter very seriously and have conducted a thorough investigation.\n"
    "2. We have reviewed Amazon's policies and taken immediate action.\n"
    "3. We have implemented stricter quality control to ensure this never happens again.\n"
    "We value our relationship with Amazon.\n"
)


def example(rule: str, body: str, **extra: Any) -> Any:
    return pytest.param(rule, {"case": APPEAL, "body": body, **extra}, id=f"{rule}: {body[-50:]}")


TRIGGERS = [
    example("appeal.vague_part", VAGUE),
    example("appeal.vague_promise", VAGUE),
    example("appeal.vague_promise", PLAN + "We will pay more attention to listings."),
    example("appeal.stock_text", STOCK),
    example(
        "appeal.stock_text",
        PLAN + "We take this very seriously. We value our relationship with Amazon. We "
        "appreciate the opportunity to explain.",
    ),
    example("appeal.blame", PLAN + "The late deliveries were due to the carrier."),
    example("appeal.blame", PLAN + "The rights owner filed a false complaint against us."),
    example("appeal.blame", PLAN + "It was entirely the fault of one new employee."),
    example("appeal.blame", PLAN + "Your system wrongly flagged our listing."),
    example("appeal.legal_threat", PLAN + "Otherwise we will contact our lawyers."),
    example("appeal.legal_threat", PLAN + "We are prepared to go to the press."),
    example("appeal.boast", PLAN + "We are a top seller with 10 years on Amazon."),
    example("appeal.boast", PLAN + "Our products are the best on the market."),
    example("appeal.emotive", PLAN + "Please give us one more chance."),
    example("appeal.emotive", PLAN + "This shop is our only source of income."),
    example(
        "common.inconsistent_facts", "Our ODR of 0.8% is above Amazon's target of less than 1%."
    ),
    example("common.inconsistent_facts", PLAN + "Claims hit 12 of our 5 orders."),
    example("common.inconsistent_facts", PLAN + "We now reply within 0 hours."),
    example("common.inconsistent_facts", PLAN + "Replies within 400 hours at most."),
    example("common.inconsistent_facts", PLAN + "Our bank account number is 12345678901234."),
    example("common.inconsistent_facts", PLAN + "The last 4 digits are 123456."),
    example("common.inconsistent_facts", PLAN + "Write to li@brightleaf for documents."),
    example("common.inconsistent_facts", "Hello.", facts={"odr_percent": 0.8, "odr_target": 1}),
    example("common.inconsistent_facts", "Hello.", facts={"claim_count": 12, "order_count": 5}),
    example("common.inconsistent_facts", "Hello.", facts={"reply_hours": 0}),
    example("common.inconsistent_facts", "Hello.", facts={"bank_last4": "DE89370400440532"}),
    example("common.inconsistent_facts", "Hello.", facts={"account_email": "li@brightleaf"}),
]

NEAR_MISSES = [
    example("appeal.vague_part", UNUSUAL_HEADINGS),
    example("appeal.vague_part", PROSE),
    example("appeal.vague_promise", PLAN + "We will be more careful: Li Na checks every listing."),
    example("appeal.vague_promise", PROSE),
    example("appeal.stock_text", UNUSUAL_HEADINGS),
    example("appeal.stock_text", PLAN + "We take this very seriously."),
    example("appeal.legal_threat", PLAN + "The DMCA counter-notice period of 10 days has passed."),
    example("appeal.legal_threat", PLAN + "We attach the court order of 2 May 2025."),
    example("appeal.boast", PLAN + "We have sold on Amazon.de since 2019."),
    example("appeal.boast", PLAN + "Our quality manager checks 20 units per batch."),
    example("appeal.blame", PLAN + "A new employee uploaded the photos without a rights check."),
    example("appeal.blame", PLAN + "We chose a carrier without tracking; that was our mistake."),
    example("common.inconsistent_facts", "Our ODR of 2.4% is above Amazon's target of 1%."),
    example("common.inconsistent_facts", PLAN + "Claims hit 3 of our 500 orders."),
    example("common.inconsistent_facts", PLAN + "We reply within 24 hours."),
    example("common.inconsistent_facts", PLAN + "Bank account ending in 1234."),
    example("common.inconsistent_facts", PLAN + "Write to li@brightleaf.com for documents."),
    example("common.inconsistent_facts", "Hello.", facts={"odr_percent": 2.4, "odr_target": 1}),
    example("common.inconsistent_facts", "Hello.", facts={"bank_last4": "1234"}),
    example("common.inconsistent_facts", "Hello.", facts={"account_email": "li@brightleaf.com"}),
]
