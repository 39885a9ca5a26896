"""What the review shows beside the letter: the checker's findings, where it goes, a link."""

from __future__ import annotations

from collections.abc import Mapping

from letters import exports
from letters.cases import Audience, CaseType
from letters.channels import channels_for
from letters.checks import check_letter
from letters.checks.findings import Finding, Severity
from letters.deadlines import deadlines_for
from letters.delivery import Delivery
from letters.evidence import EVIDENCE_FIELD
from letters.models import TemplateVersion
from letters.rendering import example_values, render_version


def review_findings(
    *,
    version: TemplateVersion,
    case: str,
    subject: str,
    body: str,
    facts: Mapping[str, object] | None = None,
) -> list[Finding]:
    """The checker on the letter as it stands, against the facts the seller gave."""
    # A letter nearly identical to the template filled with its own examples was copied.
    stock = render_version(version, example_values(version.placeholder_list))
    return check_letter(
        case=case,
        subject=subject,
        body=body,
        stock_texts=(stock.body,),
        language=version.template.language,
        facts=facts,
    )


def errors_only(findings: list[Finding]) -> list[Finding]:
    """The findings marked "Must fix": they block Finish unless overridden with a reason."""
    return [finding for finding in findings if finding.severity == Severity.ERROR]


def review_extras(
    *,
    version: TemplateVersion,
    delivery: Delivery,
    subject: str,
    body: str,
    facts: Mapping[str, object] | None = None,
) -> dict:
    """Context for the review of `subject` and `body`, as generated or as edited."""
    findings = review_findings(
        version=version, case=delivery.case.key, subject=subject, body=body, facts=facts
    )
    return {
        "findings": findings,
        "must_fix": errors_only(findings),
        "delivery": delivery,
        "mailto": None
        if delivery.to_buyer
        else exports.mailto_url(to=delivery.recipients, subject=subject, body=body),
    }


def case_extras(*, case: CaseType, delivery: Delivery, facts: Mapping[str, object]) -> dict:
    """The case around the letter: its deadlines, its evidence checklist, its channels."""
    ticked = facts.get(EVIDENCE_FIELD) or []
    context: dict = {
        "deadlines": [
            deadline.as_dict()
            for deadline in deadlines_for(
                case=case.key, marketplace=delivery.market.code, dates=facts
            )
        ],
        "case_key": case.key,
        "ticked": list(ticked) if isinstance(ticked, list | tuple) else [],
        "no_dates_hint": True,
    }
    if case.audience == Audience.AMAZON:
        # Pages show the routes the directory's answer already loaded: a wizard step stays
        # within five queries. `manage.py caseplan` adds the case's further routes.
        context["channels"] = channels_for(case=case, delivery=delivery, extra_routes=False)
    return context
