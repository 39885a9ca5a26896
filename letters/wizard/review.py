"""What the review shows beside the letter: the checker's findings, where it goes, a link."""

from __future__ import annotations

from letters import exports
from letters.checks import check_letter
from letters.models import TemplateVersion
from letters.rendering import example_values, render_version
from letters.wizard.delivery import Delivery


def review_extras(*, version: TemplateVersion, delivery: Delivery, subject: str, body: str) -> dict:
    """Context for the review of `subject` and `body`, as generated or as edited."""
    # A letter nearly identical to the template filled with its own examples was copied.
    stock = render_version(version, example_values(version.placeholder_list))
    return {
        "findings": check_letter(
            case=delivery.case.key, subject=subject, body=body, stock_texts=(stock.body,)
        ),
        "delivery": delivery,
        "mailto": None
        if delivery.to_buyer
        else exports.mailto_url(to=delivery.recipients, subject=subject, body=body),
    }
