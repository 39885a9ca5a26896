"""No template claims what the seller did not confirm; the IP appeal that disputes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings
from django_webtest import DjangoTestApp

from letters.cases import CASE_TYPES_BY_KEY, get_case_type
from letters.models import TemplateVersion
from letters.rendering import render_version
from letters.values import letter_values
from tests.helpers.wizard import Wizard, facts_for, walk_to_review

SEED = Path(settings.BASE_DIR) / "letters" / "seed" / "templates"
# Claims of an action or attachment that no wizard answer confirms (issue 11).
CLAIMS = (
    "attached the user guide",
    "asked the carrier",
    "to trace it",
    "our own product photographs",
    "copies attached",
    "screenshots attached",
    "附截图",
    "附复印件",
    "附上了用户手册",
)


@pytest.fixture
def templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def test_no_shipped_template_claims_an_unconfirmed_action_or_attachment() -> None:
    files = sorted(SEED.glob("*/*.txt"))
    assert len(files) > 50
    for path in files:
        text = path.read_text(encoding="utf-8")
        for claim in CLAIMS:
            assert claim not in text, f"{path.relative_to(SEED)}: {claim!r}"
        # "{{ carrier }}" in the lost-parcel message may be tracked, not traced on request.
        assert "to trace" not in text


def test_every_amazon_template_that_names_attachments_takes_them_from_the_ticks() -> None:
    for case_dir in SEED.iterdir():
        placeholders = json.loads((case_dir / "placeholders.json").read_text(encoding="utf-8"))
        names = {p["name"]: p for p in placeholders}
        if "attachments" in names:
            assert names["attachments"]["required"] is False, case_dir.name
            assert "{{ attachments }}" in (case_dir / "en.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "case", ["suspension_hijacking", "inauthentic_complaint", "ip_complaint", "abuse_report"]
)
def test_a_letter_names_only_the_documents_ticked(templates: None, case: str) -> None:
    case_type = get_case_type(case)
    version = TemplateVersion.objects.current_for(case)
    facts = {p.name: p.example for p in version.placeholder_list}
    facts.pop("attachments")
    # What the seller types may mention an attachment; here they typed nothing of the kind.
    facts.pop("rights_owner_agreement", None)
    who = {"store_name": "Lumora", "sender_name": "Li Wei", "sender_role": "Owner"}
    nothing = render_version(
        version, letter_values(who=who, facts=facts, plan=facts, case=case_type)
    )
    assert "attached" not in nothing.body.lower()
    assert nothing.complete
    first, *_ = (item for item in case_type_items(case))
    ticked = render_version(
        version,
        letter_values(who=who, facts=facts | {"evidence": [first.key]}, plan=facts, case=case_type),
    )
    assert f"Attached to this letter:\n- {first.in_letter}" in ticked.body
    assert ticked.body.count("\n- ") >= 1


def case_type_items(case: str):
    from letters.evidence import items_for

    return [item for item in items_for(case) if item.in_letter]


def test_the_disputing_ip_appeal_is_a_case_of_its_own(templates: None) -> None:
    case = CASE_TYPES_BY_KEY["ip_complaint_dispute"]
    assert case.purpose == "ip_notice"
    assert not case.plan_of_action
    version = TemplateVersion.objects.current_for("ip_complaint_dispute")
    text = version.body
    assert "we believe it is not valid" in text
    assert "agree that we had no right" not in text
    assert "{{ dispute_reason }}" in text
    # The admitting appeal is still there for sellers who were wrong.
    assert "agree that we had no right" in TemplateVersion.objects.current_for("ip_complaint").body


def test_a_seller_picks_the_disputing_appeal_in_the_wizard_and_reaches_its_review(
    templates: None, app: DjangoTestApp
) -> None:
    wizard = Wizard(app)
    page = wizard.start().content.decode()
    assert 'value="ip_complaint_dispute"' in page
    case = get_case_type("ip_complaint_dispute")
    facts = facts_for(case) | {
        "dispute_reason": "The goods are genuine: we buy them from the brand's own distributor.",
        "evidence": ["supplier_invoices", "trademark_registration"],
        "counter_notice_date": "2026-11-20",
    }
    review = walk_to_review(wizard, case, "US", facts=facts).content.decode()
    assert "we believe it is not valid" in review
    assert "supplier invoices for the ASINs concerned" in review
    assert "our trademark registration certificate" in review
    assert "a letter of authorisation" not in review.split("What to attach")[0]
    assert "Account Health: Received Intellectual Property Complaints" in review
    assert "Rights owner&#x27;s time to sue after your counter-notice" in review
