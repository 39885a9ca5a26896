"""Trigger and near-miss examples of tests/letters/test_checks_appeal.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.checks import APPEAL, CORRECTIVE, PLAN, PREVENTIVE, ROOT

NOTICE = "Dear team, we answer the notice of 3 March 2025 about ASIN B0ABCDEFGH.\n"
STOCK = (
    "Dear Seller Performance team, we take this matter seriously. Root cause: we did not "
    "check our listings. Corrective actions taken: we removed the listings. Preventive "
    "measures: we will check every listing before we publish it. Please reinstate our account."
)
CEASE = "cease_and_desist"
CEASE_BODY = "Remove your offers on ASIN B0ABCDEFGH within 48 hours."


def example(rule: str, body: str, *, case: str = APPEAL, **extra: Any) -> Any:
    """One text for a rule, with a test id that says which rule and which text."""
    label = body
    for block, name in ((PLAN, "<plan>"), (ROOT, "<root>"), (CORRECTIVE, "<corrective>")):
        label = label.replace(block, f"{name} ")
    label = label.replace(PREVENTIVE, "<preventive> ").replace(STOCK, "<stock>").replace("\n", " ")
    label += f" (previous: {len(extra['previous_texts'])})" if "previous_texts" in extra else ""
    return pytest.param(rule, {"case": case, "body": body, **extra}, id=f"{rule}: {label[:60]}")


TRIGGERS = [
    # A verification appeal that names no document and has no plan.
    example(
        "appeal.verification_unexplained",
        "We have uploaded the business licence again. Please verify us.",
        case="suspension_verification",
    ),
    example(
        "appeal.verification_unexplained",
        "Please see the attached documents.",
        case="suspension_verification",
    ),
    # The three parts of a Plan of Action.
    example("appeal.missing_root_cause", CORRECTIVE + PREVENTIVE),
    example("appeal.missing_root_cause", "Thank you.\n" + CORRECTIVE),
    # Found by meaning, the part is there but says nothing specific: vague, not missing.
    example("appeal.vague_part", "Root of the problem: a new employee.\n" + CORRECTIVE),
    example("appeal.vague_part", "We found the root cause: a new employee.\n" + PREVENTIVE),
    example("appeal.missing_corrective_actions", ROOT + PREVENTIVE),
    example("appeal.missing_corrective_actions", ROOT + "Thank you.\n" + PREVENTIVE),
    example("appeal.vague_part", ROOT + "We corrected it.\n" + PREVENTIVE),
    example("appeal.missing_preventive_measures", ROOT + CORRECTIVE),
    example("appeal.missing_preventive_measures", ROOT + CORRECTIVE + "Thank you for reading."),
    example("appeal.vague_part", ROOT + CORRECTIVE + "To prevent this: more care."),
    # Parts without a date, number, ID, process, tool or role.
    example(
        "appeal.vague_part",
        "Root cause:\nWe made a mistake and did not pay attention.\n" + CORRECTIVE + PREVENTIVE,
    ),
    example(
        "appeal.vague_part",
        ROOT + CORRECTIVE + "Preventive measures:\nWe will be more careful in the future.",
    ),
    example(
        "appeal.vague_part",
        ROOT
        + CORRECTIVE
        + "Preventive measures:\nWe promise 100% compliance.\n\nSincerely,\nLi Wei 2",
    ),
    example("appeal.vague_part", "Root cause:\n" + CORRECTIVE + PREVENTIVE),
    # Blame.
    example("appeal.blame", PLAN + "The buyer lied about the condition."),
    example("appeal.blame", PLAN + "This was Amazon's mistake."),
    example("appeal.blame", PLAN + "A competitor attacked us with complaints."),
    example("appeal.blame", PLAN + "It was not our fault."),
    example("appeal.blame", PLAN + "These are fake complaints from a rival."),
    example("appeal.blame", PLAN + "The customer's fault, not ours."),
    example(
        "appeal.blame",
        PLAN + "Amazon's catalogue merged our listing into the brand's ASIN without our knowledge.",
    ),
    example("appeal.blame", PLAN + "Your verification system is broken."),
    example("appeal.blame", PLAN + "The claims came from customers who ordered the wrong size."),
    example(
        "appeal.blame",
        PLAN + "The carrier changed its pickup. They are responsible for these late orders.",
    ),
    # Emotive or begging language.
    example("appeal.emotive", PLAN + "Please please reinstate us."),
    example("appeal.emotive", PLAN + "I beg you to look again."),
    example("appeal.emotive", PLAN + "We are desperate."),
    example("appeal.emotive", PLAN + "Without sales my family will starve."),
    example("appeal.emotive", PLAN + "We need this account back!!!"),
    example("appeal.emotive", PLAN + "We are innocent."),
    # Injustice claimed is blame (the corpus labels it so), not a plea.
    example("appeal.blame", PLAN + "This decision is unfair."),
    # Promises of perfection.
    example("appeal.promises_perfection", PLAN + "We guarantee it."),
    example("appeal.promises_perfection", PLAN + "This will never happen again."),
    example("appeal.promises_perfection", PLAN + "Never again will a late reply occur."),
    example("appeal.promises_perfection", PLAN + "We will reach 100% on-time replies."),
    example("appeal.promises_perfection", PLAN + "We aim for zero defects."),
    # One more text for each remaining wording, so none of them can silently stop working.
    *(
        example("appeal.blame", PLAN + body)
        for body in (
            "The customer scammed us.",
            "Buyers misused the lamp.",
            "The buyer made it up.",
            "Amazon wrongly closed the account.",
            "Amazon's report is incorrect.",
            "A malicious buyer complained.",
            "These were false claims.",
            "A competitor's team sabotaged the listing.",
            "We did nothing wrong.",
            "It was their fault.",
            "This is unjust.",
        )
    ),
    *(
        example("appeal.emotive", PLAN + body)
        for body in (
            "Please, please help.",
            "Please!please help.",
            "We are starving.",
            "My family depends on it.",
            "We are heartbroken.",
            "We are devastated.",
            "Have mercy.",
            "You are our last hope.",
            "We will go bankrupt.",
        )
    ),
    *(
        example("appeal.promises_perfection", PLAN + body)
        for body in (
            "It will never occur again.",
            "It will never be repeated.",
            "We are one hundred per cent sure.",
            "Our packing will be flawless.",
        )
    ),
    # The stock template, barely changed.
    example("appeal.copies_template", STOCK, stock_texts=[STOCK]),
    example(
        "appeal.copies_template",
        STOCK.replace("Dear Seller Performance team", "Hello team"),
        stock_texts=["An unrelated text.", STOCK],
    ),
    # The cease-and-desist needs a deadline and the ASINs.
    example("seller.no_deadline", "Remove your offers on ASIN B0ABCDEFGH.", case=CEASE),
    example("seller.no_deadline", "Remove B0ABCDEFGH as soon as possible.", case=CEASE),
    example("seller.no_deadline", "Remove B0ABCDEFGH within [deadline in hours].", case=CEASE),
    example("seller.no_asin", "Remove your offers on our listings within 48 hours.", case=CEASE),
    example("seller.no_asin", "Remove your offers on [ASIN] by 1 March 2026.", case=CEASE),
    # Every letter.
    example(
        "common.unfilled_placeholder",
        "Dear [buyer name], order 112-3456789-0123456.",
        case="lost_parcel",
    ),
    example("common.unfilled_placeholder", PLAN + "Affected ASIN: [ASIN]."),
    example("common.unfilled_placeholder", PLAN + "Hello {{ seller_name }}."),
    example(
        "common.unfilled_placeholder", CEASE_BODY + " Signed, {{ settings.SECRET_KEY }}", case=CEASE
    ),
    example("common.unfilled_placeholder", "Balance: [balance amount].", case="funds_release"),
    example("common.unfilled_placeholder", "Hi {buyer_name}.", case="lost_parcel"),
    example("common.repeats_previous", PLAN, previous_texts=[PLAN]),
    example("common.repeats_previous", PLAN + "Thank you.", previous_texts=["Hi.", PLAN]),
    example(
        "common.repeats_previous",
        "Order 112-3456789-0123456: your parcel is with the carrier and should arrive soon.",
        case="shipping_status",
        previous_texts=[
            "Order 112-3456789-0123456: your parcel is with the carrier and should arrive today."
        ],
    ),
]

NEAR_MISSES = [
    example(
        "appeal.verification_unexplained",
        "Attached: our Chase bank statement for October 2026, account ending 2208.",
        case="suspension_verification",
    ),
    example("appeal.verification_unexplained", PLAN, case="suspension_verification"),
    example("appeal.missing_root_cause", PLAN),
    example("appeal.missing_root_cause", "## 1. ROOT CAUSES\nA new employee on 2 May.\n"),
    example("appeal.missing_root_cause", "**Root Cause(s):** a new employee on 2 May."),
    example("appeal.missing_root_cause", "What is the root cause?\nA new employee on 2 May."),
    example("appeal.missing_corrective_actions", PLAN),
    example("appeal.missing_corrective_actions", "2) Corrective Action - we refunded 11 orders."),
    example(
        "appeal.missing_corrective_actions", "# CORRECTIVE ACTIONS TAKEN\nWe refunded 11 orders."
    ),
    example("appeal.missing_preventive_measures", PLAN),
    example("appeal.missing_preventive_measures", "3. Preventative measures:\nA weekly audit."),
    example("appeal.missing_preventive_measures", "### Preventive Measure\nA daily checklist."),
    example("appeal.vague_part", PLAN),
    example(
        "appeal.vague_part",
        "Root cause: our staff were not trained.\nCorrective actions: an SOP.\n"
        "Preventive measures: a weekly audit by the warehouse manager.",
    ),
    example(
        "appeal.vague_part",
        "1. Root cause\nWe listed ASIN B0ABCDEFGH without rights.\n2. Corrective actions\n"
        "We removed it in March.\n3. Preventive measures\nTwo people check every listing.",
    ),
    example("appeal.blame", PLAN + "We made a mistake, and it was our fault."),
    example("appeal.blame", PLAN + "The buyer was right: the item was damaged."),
    example("appeal.blame", PLAN + "We understand Amazon's concern for its customers."),
    example("appeal.blame", PLAN + "Amazon rejected our utility bill because it was 4 months old."),
    example("appeal.blame", PLAN + "Customers who ordered before 3 May were refunded in full."),
    example("appeal.blame", PLAN + "Our QC manager is responsible for the checks on every batch."),
    example("appeal.blame", PLAN + "A competitor's listing used the same photos."),
    example("appeal.emotive", PLAN + "Please review our plan."),
    example(
        "appeal.emotive", PLAN + "We began training on 2 May and we are grateful for your time."
    ),
    example("appeal.emotive", PLAN + "We charge a fair price!"),
    example("appeal.emotive", PLAN + "The account is important to our family business."),
    example("appeal.promises_perfection", PLAN + "We had never sold this brand before."),
    example("appeal.promises_perfection", PLAN + "We inspected 100 units."),
    example(
        "appeal.promises_perfection", PLAN + "The order was never delivered; a warranty covers it."
    ),
    example("appeal.copies_template", STOCK.split(".")[0] + ". " + PLAN, stock_texts=[STOCK]),
    example("appeal.copies_template", PLAN, stock_texts=[STOCK, ""]),
    example("seller.no_deadline", CEASE_BODY, case=CEASE),
    example("seller.no_deadline", "Remove B0ABCDEFGH by 1 March 2026.", case=CEASE),
    example("seller.no_deadline", "Remove B0ABCDEFGH within seven (7) days.", case=CEASE),
    example("seller.no_deadline", "Remove B0ABCDEFGH by 2026-03-01.", case=CEASE),
    example("seller.no_asin", CEASE_BODY, case=CEASE),
    example(
        "seller.no_asin", "Remove offers within 48 hours:\n- B0ABCDEFGH\n- B0ZZZZ9999", case=CEASE
    ),
    example(
        "common.unfilled_placeholder",
        "[Important] Hello, order 112-3456789-0123456.",
        case="lost_parcel",
    ),
    example(
        "common.unfilled_placeholder", CEASE_BODY + "\n- B0ABCDEFGH\n- [B0ABCDEFGH]", case=CEASE
    ),
    example("common.unfilled_placeholder", PLAN + "See [the manual](https://example.com) [1] [x]."),
    example("common.unfilled_placeholder", PLAN + 'Our JSON: {"a": 1}.'),
    example("common.repeats_previous", PLAN, previous_texts=[STOCK]),
    example("common.repeats_previous", PLAN, previous_texts=[]),
    example("common.repeats_previous", "Hi.", case="lost_parcel", previous_texts=[""]),
]
