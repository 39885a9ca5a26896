"""What the review shows beside the letter: the checker's findings, where it goes, a link."""

from __future__ import annotations

from letters import exports
from letters.checks import check_letter
from letters.checks.findings import Finding, Severity
from letters.models import TemplateVersion
from letters.rendering import example_values, render_version
from letters.wizard.delivery import Delivery


def review_findings(
    *, version: TemplateVersion, case: str, subject: str, body: str
) -> list[Finding]:
    """The checker on the letter as it stands."""
    # A letter nearly identical to the template filled with its own examples was copied.
    stock = render_version(version, example_values(version.placeholder_list))
    return check_letter(case=case, subject=subject, body=body, stock_texts=(stock.body,))


def errors_only(findings: list[Finding]) -> list[Finding]:
    """The findings marked "Must fix": they block Finish unless overridden with a reason."""
    return [finding for finding in findings if finding.severity == Severity.ERROR]


def review_extras(*, version: TemplateVersion, delivery: Delivery, subject: str, body: str) -> dict:
    """Context for the review of `subject` and `body`, as generated or as edited."""
    findings = review_findings(version=version, case=delivery.case.key, subject=subject, body=body)
    return {
        "findings": findings,
        "must_fix": errors_only(findings),
        "delivery": delivery,
        "mailto": exports.mailto_url(to=delivery.recipients, subject=subject, body=body),
    }
