"""What to attach to a case, and what makes each document acceptable to Amazon.

One registry keyed by case key. The seller ticks what they have; the letter names only the
ticked items (each item's `in_letter` phrase fills the `attachments` list placeholder), and a
draft keeps the ticks. Requirements come from policy_notes.md (Amazon EU forum guidance and
staff posts, the Amazon.co.jp forum, Amazon.in forum notices).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# The wizard's answer holding the ticked keys, and the list placeholder a letter names them in.
EVIDENCE_FIELD = "evidence"
ATTACHMENTS_PLACEHOLDER = "attachments"


@dataclass(frozen=True)
class EvidenceItem:
    key: str
    label: Promise
    requirement: Promise
    # How the letter names it when ticked; English, like the letters.
    in_letter: str


INVOICES = EvidenceItem(
    "supplier_invoices",
    _("Supplier invoices"),
    _(
        "Dated within the 365 days before the notice; quantities that cover the last 365 days of "
        "sales of each ASIN concerned; product names or identifiers easy to match to the ASINs; "
        "the supplier's name, phone number, address and website. Prices may be hidden, nothing "
        "else. Authentic PDF, JPG, PNG or GIF: Amazon may call the supplier."
    ),
    "supplier invoices for the ASINs concerned",
)
AUTHORISATION = EvidenceItem(
    "letter_of_authorisation",
    _("Letter of authorisation from the brand owner"),
    _(
        "Names the licensor and the licensee, what is granted, the territory and the term; on the "
        "brand owner's letterhead, signed or stamped. E-mail screenshots only from the trademark "
        "owner's own domain."
    ),
    "a letter of authorisation from the brand owner",
)
UTILITY_BILL = EvidenceItem(
    "utility_bill",
    _("Utility bill"),
    _(
        "No older than 90 days; the name and address exactly as in Seller Central. Simplified "
        "Chinese is among the accepted document languages."
    ),
    "a recent utility bill in the account holder's name",
)
IDENTITY = EvidenceItem(
    "identity_document",
    _("Identity document"),
    _(
        "A valid passport or national ID card of the account holder, whole, in colour, with the "
        "name exactly as in Seller Central."
    ),
    "a copy of the account holder's identity document",
)
BANK_STATEMENT = EvidenceItem(
    "bank_statement",
    _("Bank or credit-card statement"),
    _(
        "For the account's deposit method or card, in the name in Seller Central; the period "
        "Amazon asks for in its notice."
    ),
    "a recent bank statement for the deposit account",
)
TRADEMARK = EvidenceItem(
    "trademark_registration",
    _("Your own trademark registration"),
    _(
        "The registration certificate of your brand in the marketplace's country or region, "
        "with the owner's name matching your business."
    ),
    "our trademark registration certificate",
)
COURT_ORDER = EvidenceItem(
    "court_order",
    _("Court order or legal opinion"),
    _("A court decision or a lawyer's written opinion that the listing does not infringe."),
    "a court order or legal opinion on the complaint",
)
ORDER_IDS = EvidenceItem(
    "order_ids",
    _("Order IDs concerned"),
    _(
        "Each Amazon order ID the notice or the claims name, one per line, in 123-1234567-1234567 form."
    ),
    "the list of order IDs concerned",
)
RETRACTION = EvidenceItem(
    "rights_owner_retraction",
    _("Retraction sent by the rights owner"),
    _(
        "Sent by the rights owner itself, from the e-mail address that filed the complaint, "
        "naming the complaint ID and ASINs. Amazon does not accept a retraction the seller "
        "forwards."
    ),
    "",
)
PRODUCT_PHOTOS = EvidenceItem(
    "product_photos",
    _("Photographs of the product and its packaging"),
    _(
        "Your own recent photographs of the item, its label and packaging, showing the defect fixed or the listing matched."
    ),
    "our own photographs of the product and its packaging",
)
INSPECTION_REPORT = EvidenceItem(
    "inspection_report",
    _("Quality inspection report"),
    _(
        "A dated inspection or test report for the batch concerned, from your factory or an inspection company."
    ),
    "a quality inspection report for the batch concerned",
)
DEACTIVATION_NOTICE = EvidenceItem(
    "deactivation_notice",
    _("Amazon's deactivation notice"),
    _("The e-mail or Account Health notice, with its date, as Amazon sent it."),
    "a copy of Amazon's deactivation notice",
)
SCREENSHOTS = EvidenceItem(
    "message_screenshots",
    _("Screenshots of the messages or feedback"),
    _(
        "Whole screenshots of Buyer-Seller Messaging or the feedback page, with the order ID and date visible."
    ),
    "screenshots of the messages and feedback concerned",
)
TEST_BUY = EvidenceItem(
    "test_buy_proof",
    _("Test-buy evidence"),
    _(
        "The order ID of your test purchase and photographs of the item received, beside a genuine one."
    ),
    "",
)
REMOVAL_ADDRESS = EvidenceItem(
    "return_address",
    _("Return address for the stock"),
    _("A full street address (no P.O. box) where the carrier can deliver the removed units."),
    "",
)

EVIDENCE: dict[str, tuple[EvidenceItem, ...]] = {
    "suspension_verification": (IDENTITY, UTILITY_BILL, BANK_STATEMENT),
    "suspension_hijacking": (INVOICES, AUTHORISATION),
    "odr_deactivation": (ORDER_IDS, DEACTIVATION_NOTICE),
    "inauthentic_complaint": (INVOICES, AUTHORISATION, ORDER_IDS),
    "ip_complaint": (INVOICES, AUTHORISATION),
    "ip_complaint_dispute": (INVOICES, AUTHORISATION, TRADEMARK, COURT_ORDER),
    "ip_retraction": (RETRACTION,),
    "product_quality": (INSPECTION_REPORT, PRODUCT_PHOTOS, INVOICES),
    "funds_release": (DEACTIVATION_NOTICE, IDENTITY, BANK_STATEMENT),
    "fba_removal_locked": (IDENTITY, REMOVAL_ADDRESS),
    "abuse_report": (SCREENSHOTS, ORDER_IDS),
    "cease_and_desist": (TRADEMARK, TEST_BUY),
}


def items_for(case: str) -> tuple[EvidenceItem, ...]:
    return EVIDENCE.get(case, ())


def checklist(case: str, ticked: Iterable[str] = ()) -> list[dict]:
    """The case's items in the active language, each with whether the seller has it."""
    have = set(ticked)
    return [
        {
            "key": item.key,
            "label": str(item.label),
            "requirement": str(item.requirement),
            "have": item.key in have,
        }
        for item in items_for(case)
    ]


def attachments_in_letter(case: str, ticked: Iterable[str]) -> list[str]:
    """What the letter may say is attached: ticked items only, in the checklist's order."""
    have = set(ticked)
    return [item.in_letter for item in items_for(case) if item.key in have and item.in_letter]


def attachments_paragraph(case: str, ticked: Iterable[str]) -> str:
    """The letter's `attachments` paragraph: the ticked documents, or "" when none is.

    An empty optional placeholder leaves no hole in a letter (letters.rendering), so a
    seller who ticked nothing gets a letter that claims no attachment at all.
    """
    items = attachments_in_letter(case, ticked)
    if not items:
        return ""
    return "Attached to this letter:\n" + "\n".join(f"- {item}" for item in items)
