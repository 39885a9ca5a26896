"""The cases SellerDesk writes letters for: one registry, stable keys.

A case's key is stored on templates and drafts, so keys never change; names and
descriptions are for people and may.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


class Audience(models.TextChoices):
    AMAZON = "amazon", _("Amazon")
    SELLER = "seller", _("Another seller")
    BUYER = "buyer", _("A buyer")


@dataclass(frozen=True)
class CaseType:
    key: str
    audience: Audience
    name: StrPromise
    description: StrPromise
    # The directory purpose a letter to Amazon goes to; None for sellers and buyers.
    purpose: str | None = None
    # Appeals are a Plan of Action: root cause, corrective actions, preventive measures.
    plan_of_action: bool = False
    # Seller Central routes (keys) to follow after the letter, e.g. for a cease-and-desist.
    follow_up_routes: tuple[str, ...] = ()
    # (marketplace code, answer name) pairs that switch to another purpose when the answer
    # is true: the UK verification team for China-based sellers, the US frozen-balance team.
    purpose_overrides: tuple[tuple[str, str, str], ...] = field(default=())

    def purpose_for(self, marketplace: str, answers: Mapping[str, object]) -> str | None:
        for market, answer, purpose in self.purpose_overrides:
            if marketplace == market and answers.get(answer):
                return purpose
        return self.purpose


A, S, B = Audience.AMAZON, Audience.SELLER, Audience.BUYER

CASE_TYPES: tuple[CaseType, ...] = (
    CaseType(
        "suspension_verification",
        A,
        _("Account suspended: identity or verification"),
        _(
            "Amazon could not verify your identity, address or documents and suspended a new account."
        ),
        purpose="seller_performance",
        plan_of_action=True,
        purpose_overrides=(("UK", "based_in_china", "seller_verification"),),
    ),
    CaseType(
        "suspension_hijacking",
        A,
        _("Account under review: listing hijacking"),
        _(
            "You offered goods on other sellers' listings without the right to, and the account is under review."
        ),
        purpose="seller_performance",
        plan_of_action=True,
    ),
    CaseType(
        "odr_deactivation",
        A,
        _("Deactivated for Order Defect Rate"),
        _("A-to-z claims, negative feedback or chargebacks pushed your Order Defect Rate over 1%."),
        purpose="seller_performance",
        plan_of_action=True,
    ),
    CaseType(
        "inauthentic_complaint",
        A,
        _("Inauthentic or counterfeit complaints"),
        _(
            "Buyers reported your items as not genuine and Amazon blocked the listings or the account."
        ),
        purpose="seller_performance",
        plan_of_action=True,
    ),
    CaseType(
        "ip_complaint",
        A,
        _("Intellectual-property complaint"),
        _(
            "A listing was removed because a rights owner said it used their image, trademark, copyright or design."
        ),
        purpose="ip_notice",
        plan_of_action=True,
    ),
    CaseType(
        "ip_complaint_dispute",
        A,
        _("Intellectual-property complaint you dispute"),
        _(
            "The complaint is wrong: your goods are genuine and authorised, the brand is yours, "
            "or the listing uses nothing of theirs."
        ),
        purpose="ip_notice",
    ),
    CaseType(
        "ip_retraction",
        A,
        _("Retraction of an IP complaint"),
        _("The rights owner agreed to withdraw the complaint: the retraction they send to Amazon."),
        purpose="ip_notice",
    ),
    CaseType(
        "product_quality",
        A,
        _('Product quality or "not as described"'),
        _("A product-quality block or A-to-z claims say the item did not match its listing."),
        purpose="product_quality_appeal",
        plan_of_action=True,
    ),
    CaseType(
        "funds_release",
        A,
        _("Funds held after deactivation"),
        _("Your balance is held after the account was deactivated or closed."),
        purpose="funds_recovery",
        purpose_overrides=(("US", "account_frozen", "frozen_account_balance"),),
    ),
    CaseType(
        "fba_removal_locked",
        A,
        _("Remove FBA stock from a locked account"),
        _("You cannot log in, but your stock must leave Amazon's warehouse."),
        purpose="fba_removal_locked_account",
    ),
    CaseType(
        "abuse_report",
        A,
        _("Feedback abuse or extortion"),
        _(
            "A buyer or competitor threatens you or leaves fake feedback to extort a refund or more."
        ),
        purpose="abuse_report",
    ),
    CaseType(
        "cease_and_desist",
        S,
        _("Cease-and-desist to a listing hijacker"),
        _("Another seller offers goods on your brand's listings: demand that they stop."),
        follow_up_routes=("report_violation", "report_infringement", "test_buy_report"),
    ),
    CaseType(
        "review_followup",
        B,
        _("Bad experience or negative review"),
        _("A buyer had a bad experience: apologise and offer a replacement or a refund."),
    ),
    CaseType(
        "remedy_followup",
        B,
        _("Follow-up after a remedy"),
        _("Check that the replacement arrived and offer more help."),
    ),
    CaseType(
        "return_size",
        B,
        _("Return: the item does not fit"),
        _("Offer to keep the item with a partial refund, or to go ahead with the return."),
    ),
    CaseType(
        "return_reason",
        B,
        _("Return: ask the reason"),
        _("Ask what went wrong and for photos of any defect for quality control."),
    ),
    CaseType(
        "return_fbm",
        B,
        _("Return on a merchant-fulfilled order"),
        _("Ask the reason, and offer a replacement or a partial refund as alternatives."),
    ),
    CaseType(
        "exchange_after_dispatch",
        B,
        _("Exchange asked after dispatch"),
        _("A shipped parcel cannot be changed: offer a free replacement or a full refund."),
    ),
    CaseType(
        "shipping_status",
        B,
        _("Where is my parcel?"),
        _(
            "Tell the buyer the current status, the usual transit time, and that you are tracking it."
        ),
    ),
    CaseType(
        "delivery_time",
        B,
        _("Delivery time question"),
        _("Tell the buyer how long delivery usually takes."),
    ),
    CaseType(
        "lost_parcel",
        B,
        _("Parcel lost or tracking not updating"),
        _("You are checking with the carrier: offer to reship or to refund in full."),
    ),
    CaseType(
        "tracking_number",
        B,
        _("Tracking number question"),
        _("Explain when orders ship and when the shipping confirmation arrives."),
    ),
    CaseType(
        "how_to_use",
        B,
        _("How to use the product"),
        _("Thank the buyer for asking and give the instructions."),
    ),
    CaseType(
        "replacement_sent",
        B,
        _("Replacement dispatched"),
        _("Tell the buyer the replacement is on its way, with tracking and expected arrival."),
    ),
    CaseType(
        "confirm_quantity",
        B,
        _("Confirm the quantity of a large order"),
        _("Confirm the items and quantities before you ship."),
    ),
    CaseType(
        "wrong_address",
        B,
        _("Shipped to a wrong address"),
        _("Apologise; reship with a partial refund, or refund in full."),
    ),
)

CASE_TYPES_BY_KEY: dict[str, CaseType] = {case.key: case for case in CASE_TYPES}
CASE_TYPE_CHOICES: list[tuple[str, StrPromise]] = [(case.key, case.name) for case in CASE_TYPES]


def get_case_type(key: str) -> CaseType:
    """The case for a key; KeyError for an unknown one."""
    return CASE_TYPES_BY_KEY[key]


def case_types_for(audience: Audience) -> list[CaseType]:
    return [case for case in CASE_TYPES if case.audience == audience]
