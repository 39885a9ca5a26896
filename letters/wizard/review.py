"""What the review shows beside the letter: the checker's findings, where it goes, a link."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from django.core.cache import cache
from django.utils.translation import get_language

from drafts.selectors import FINDINGS_CACHE_SECONDS
from letters import letter_files as exports
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
    """The checker on the letter as it stands, against the facts the seller gave.

    Cached by content: every GET of the review and every Check again would otherwise run
    the whole checker on the same letter. The key holds everything the findings depend on
    (versions are never edited, so the version's pk stands for its stock text; a fact whose
    repr is not stable only costs a miss), so any change is a new key, never a stale answer.
    """
    language = version.template.language
    digest = hashlib.sha256()
    texts = (case, language, get_language() or "", str(version.pk), subject, body)
    for text in (*texts, repr(sorted((facts or {}).items()))):
        digest.update(f"{len(text)}:{text}".encode())
    key = f"wizard.findings:{digest.hexdigest()}"
    findings = cache.get(key)
    if findings is None:
        # A letter nearly identical to the template filled with its own examples was copied.
        stock = render_version(version, example_values(version.placeholder_list))
        findings = check_letter(
            case=case,
            subject=subject,
            body=body,
            stock_texts=(stock.body,),
            language=language,
            facts=facts,
        )
        cache.set(key, findings, FINDINGS_CACHE_SECONDS)
    return findings


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
