"""Test data built the way the product builds it: through the services."""

from __future__ import annotations

import dataclasses

from django.test import Client
from django.urls import reverse

from drafts.models import Draft
from drafts.services import LetterSpec, draft_create
from letters.models import LetterTemplate
from letters.services import template_version_create

# Every test user's password.
PASSWORD = "correct horse battery staple"
SPEC_FIELDS = frozenset(field.name for field in dataclasses.fields(LetterSpec))


def create_draft(**values: object) -> Draft:
    """draft_create with the letter's fields given flat, beside team, author and the rest."""
    spec = {name: value for name, value in values.items() if name in SPEC_FIELDS}
    rest = {name: value for name, value in values.items() if name not in SPEC_FIELDS}
    return draft_create(letter=LetterSpec(**spec), **rest)  # type: ignore[arg-type]


# A complete, specific Plan of Action: nothing in it blocks "Mark as sent".
PLAN = (
    "Dear Seller Performance Team,\n\n"
    "We are writing about the deactivation of our store Lumora Home on 3 March 2025 for an "
    "Order Defect Rate of 2.4% against the 1% target.\n\n"
    "Root cause: eleven A-to-z claims came from orders that shipped late while our only "
    "warehouse worker was ill, and we answered buyers after 48 hours instead of 24.\n\n"
    "Corrective actions: we refunded all eleven buyers in full by 10 March, replied to every "
    "open message, and removed the two listings whose stock ran out.\n\n"
    "Preventive measures: a second trained packer covers every shift, a shared inbox is "
    "checked every four hours, and refunds are issued within 24 hours of a return scan.\n\n"
    "We ask you to reinstate our selling privileges.\n\nKind regards,\nMei Chen, Lumora Home"
)
REPLY = "Please provide more information about your supplier and the invoices for ASIN B0ABC."


def new_draft(team, author, **overrides) -> Draft:
    values = {
        "team": team,
        "author": author,
        "case_type": "odr_deactivation",
        "marketplace": "UK",
        "subject": "Appeal: Order Defect Rate, Lumora Home",
        "body": PLAN,
        "answers": {"store_name": "Lumora Home", "odr": "2.4%"},
        "recipients": ["seller-performance@amazon.co.uk"],
        "route_name": "Account Health appeal",
        "route_where": "sellercentral.amazon.co.uk/performance/account/health",
        "template_version": None,
    }
    values.update(overrides)
    return create_draft(**values)


def url(name: str, draft: Draft, **kwargs: object) -> str:
    return reverse(name, kwargs={"team_slug": draft.team.slug, "pk": draft.pk, **kwargs})


def as_user(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# A small buyer template with every kind of placeholder the library shows.
PLACEHOLDERS = [
    {
        "name": "buyer_name",
        "label": "Buyer's name",
        "help": "As it appears on the order.",
        "example": "Maria",
    },
    {"name": "order_id", "label": "Order ID", "kind": "order_id", "example": "305-1234567-7654321"},
    {
        "name": "asins",
        "label": "ASINs",
        "kind": "asins",
        "example": ["B0ABCDEFGH", "B0IJKLMNOP"],
        "required": False,
    },
    {"name": "store_name", "label": "Store name", "example": "Lucky Panda"},
]
SUBJECT = "Your order {{ order_id }}"
BODY = (
    "Dear {{ buyer_name }},\n\n"
    "Thank you for your message about order {{ order_id }}. It left our warehouse yesterday "
    "and usually arrives within five days.\n\n"
    "Items: {{ asins|inline }}\n\n"
    "Kind regards,\n{{ store_name }}\n"
)


def make_template(
    slug: str,
    case_type: str = "shipping_status",
    *,
    name: str | None = None,
    active: bool = True,
    placeholders: list[dict] | None = None,
    versions: int = 1,
) -> LetterTemplate:
    template = LetterTemplate.objects.create(
        slug=slug, case_type=case_type, name=name or slug.replace("-", " ").title(), active=active
    )
    for number in range(1, versions + 1):
        template_version_create(
            template=template,
            subject=SUBJECT,
            body=BODY + "\n" * number,  # each version's text differs, so each is saved
            placeholders=PLACEHOLDERS if placeholders is None else placeholders,
        )
    return template
