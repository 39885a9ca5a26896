"""Letters and small helpers that several checker test modules share."""

from __future__ import annotations

from typing import Any

import pytest

from letters.checks import check_letter

CASE = "review_followup"
APPEAL = "odr_deactivation"
# A complete Plan of Action in three short parts.
ROOT = "Root cause:\nReplies took up to 96 hours while our two support staff were away.\n"
CORRECTIVE = "Corrective actions taken:\nOn 6 January 2025 we refunded all 11 claims.\n"
PREVENTIVE = "Preventive measures:\nA support manager answers every message within 24 hours.\n"
PLAN = ROOT + CORRECTIVE + PREVENTIVE

GOOD_APPEAL = """Dear Seller Performance Team,

We are writing about the notice of 3 March 2025 that deactivated our account, Brightleaf Home (merchant token A2BC3DEF4GHIJ), on Amazon.com for an Order Defect Rate of 2.4% against the 1% target.

1. Root cause
Between 20 December 2024 and 5 January 2025 our two-person support team was on holiday and no one answered buyer messages. Eleven A-to-z claims were opened on orders such as 111-2223334-4445556 because replies took up to 96 hours and refunds up to 9 days.

2. Corrective actions taken
- On 6 January 2025 we answered every open message and refunded all 11 claims in full.
- We contacted each of the 14 buyers who left negative feedback and offered a replacement or a refund.

3. Preventive measures
- A support manager now covers messages seven days a week, with a backup named on the shift spreadsheet.
- Every message is answered within 24 hours and every approved refund is issued within 48 hours; we check both numbers in a weekly report.
- Before any holiday, listings are set to inactive in Seller Central two days ahead.

We respectfully ask you to reinstate our selling privileges.

Sincerely,
Li Wei, Brightleaf Home
"""


def example(rule: str, body: str, *, subject: str = "", case: str = CASE) -> Any:
    """One text for a rule, with a test id that says which rule and which text."""
    label = f"{subject} | {body}" if subject else body
    return pytest.param(
        rule, {"case": case, "body": body, "subject": subject}, id=f"{rule}: {label[:60]}"
    )


def rule_ids(letter: dict[str, str]) -> list[str]:
    return [finding.rule for finding in check_letter(**letter)]
