"""Rebuild fixtures/directory.json from the reference CSVs in fixtures/.

Run from the repository root: python scripts/build_directory_fixture.py
The CSVs are the facts; the marketplaces come from sellerdesk/marketplaces.py; the route keys
and purpose wording live here.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SOURCE = "seller community guide, 2024"

# How far each address can be trusted (contacts.Contact.Status), and why, in its source.
# Every address comes from a community guide and none has been checked by SellerDesk, so
# all are "reported" except those the guide itself shows are no way to reach support.
REPORTED = ("reported", f"{SOURCE}; reported by sellers, not confirmed by Amazon")
STATUS_BY_EMAIL = {
    "vendorexpress@amazon.com": (
        "closed_programme",
        f"{SOURCE}; Vendor Express is closed, Amazon takes no applications",
    ),
    "jeff@amazon.com": (
        "not_support_channel",
        f"{SOURCE}; the founder's public address, not an Amazon support channel",
    ),
    "payments-funds@amazon.com": (
        "reported",
        f"{SOURCE}; older Amazon notices, newer ones cite disbursement-appeals@amazon.com",
    ),
}
# policy_notes.md: community answers call seller-performance@ addresses deprecated or
# auto-rejecting in many regions.
SELLER_PERFORMANCE = (
    "reported",
    f"{SOURCE}; sellers report an auto-reply pointing to Account Health",
)


ROUTE_KEYS = {
    "Account Health: Reactivate your account / View appeal": "account_health_appeal",
    "Account Health: Product Policy Compliance": "product_policy_compliance",
    "Account Health: Received Intellectual Property Complaints": "ip_complaints_appeal",
    "A-to-z Guarantee claims": "atoz_claims",
    "Performance notifications (Appeal button)": "performance_notifications",
    "Payments / settlement summary": "settlement_summary",
    "Report infringement (rights owner)": "report_infringement",
    "Test-buy / infringement report": "test_buy_report",
    "Best Sellers": "best_sellers",
    "Report a violation (Seller Support)": "report_violation",
    "Seller Support case": "seller_support_case",
}

# key: (name, when to use it, route key)
PURPOSES = {
    "seller_performance": (
        "Seller Performance",
        "Appeals against an account suspension or deactivation: verification, listing "
        "hijacking, order defect rate, inauthentic-item complaints.",
        "account_health_appeal",
    ),
    "seller_verification": (
        "Seller verification",
        "Identity and document verification questions; the UK address is for sellers based in "
        "China.",
        "account_health_appeal",
    ),
    "product_quality_appeal": (
        "Product quality and performance policy",
        "Appeals against a product-quality block or a listing reported as not as described, and "
        "reviews of the seller-performance policy.",
        "product_policy_compliance",
    ),
    "product_quality_review": (
        "Product quality review",
        "Questions about a product-quality review of a listing.",
        "product_policy_compliance",
    ),
    "ip_notice": (
        "IP notices",
        "Intellectual-property complaints and, from the rights owner, their retraction.",
        "ip_complaints_appeal",
    ),
    "design_patent_copyright": (
        "Design patent and copyright",
        "Complaints about a design patent or copyright infringement of a brand.",
        "ip_complaints_appeal",
    ),
    "funds_recovery": (
        "Funds held after deactivation",
        "A balance or reserve held after the account was deactivated or closed.",
        "settlement_summary",
    ),
    "frozen_account_balance": (
        "Frozen account balance",
        "The balance of a frozen account (US).",
        "settlement_summary",
    ),
    "fba_removal_locked_account": (
        "FBA removal from a locked account",
        "You cannot log in but your FBA stock must leave Amazon's warehouse.",
        "seller_support_case",
    ),
    "abuse_report": (
        "Feedback abuse and extortion",
        "A buyer or competitor threatens you or leaves fake feedback to extort something.",
        "report_violation",
    ),
    "seller_evaluation": (
        "Seller evaluation",
        "Questions about a new seller's evaluation.",
        "account_health_appeal",
    ),
    "account_confirmation": (
        "Account confirmation",
        "Confirming the details of a seller account.",
        "account_health_appeal",
    ),
    "vendor_express": (
        "Vendor Express",
        "Applications to Vendor Express.",
        "seller_support_case",
    ),
    "executive_escalation": (
        "Executive escalation",
        "A last resort once the normal routes have been tried and answered.",
        "account_health_appeal",
    ),
}


def build() -> list[dict]:
    objects: list[dict] = []
    from sellerdesk.marketplaces import MARKETS  # the one marketplace registry

    for market in MARKETS:
        objects.append(
            {
                "model": "contacts.marketplace",
                "fields": {
                    "code": market.code,
                    "name": market.name,
                    "domain": market.domain,
                    "seller_central_domain": f"sellercentral.{market.domain}",
                },
            }
        )
    with (FIXTURES / "seller_central_routes.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            objects.append(
                {
                    "model": "contacts.sellercentralroute",
                    "fields": {
                        "key": ROUTE_KEYS[row["name"]],
                        "name": row["name"],
                        "where": row["where"],
                        "note": row["note"],
                        "channel": row["channel"],
                        "needs_login": row["needs_login"] == "true",
                        "source": row["source"],
                        "last_checked": row["last_checked"] or None,
                        "updated_at": "2026-11-30T00:00:00Z",
                    },
                }
            )
    for position, (key, (name, description, route)) in enumerate(PURPOSES.items()):
        objects.append(
            {
                "model": "contacts.purpose",
                "fields": {
                    "key": key,
                    "name": name,
                    "description": description,
                    "route": [route],
                    "position": position,
                },
            }
        )
    with (FIXTURES / "amazon_contacts.csv").open(newline="", encoding="utf-8") as handle:
        for pk, row in enumerate(csv.DictReader(handle), start=1):
            default = SELLER_PERFORMANCE if row["purpose"] == "seller_performance" else REPORTED
            status, source = STATUS_BY_EMAIL.get(row["email"], default)
            objects.append(
                {
                    "model": "contacts.contact",
                    "pk": pk,
                    "fields": {
                        "marketplace": [row["marketplace"]],
                        "purpose": [row["purpose"]],
                        "email": row["email"],
                        "note": row["note"],
                        "status": status,
                        "source": source,
                        "last_verified": None,
                        "active": True,
                        "updated_at": "2024-01-01T00:00:00Z",
                    },
                }
            )
    return objects


if __name__ == "__main__":
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sellerdesk.settings")
    django.setup()
    target = FIXTURES / "directory.json"
    target.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target}")
