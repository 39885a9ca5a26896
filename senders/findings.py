"""What the sender check answers: a verdict and its reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Severity(StrEnum):
    OK = "ok"  # a check that came out well
    NOTE = "note"  # worth knowing, changes nothing on its own
    WARNING = "warning"  # not what Amazon's mail looks like: suspicious
    STRONG = "strong"  # one is enough: phishing


class Verdict(StrEnum):
    GENUINE = "genuine"
    SUSPICIOUS = "suspicious"
    PHISHING = "phishing"

    @property
    def label(self) -> str:
        return str(VERDICT_LABELS[self])


VERDICT_LABELS = {
    Verdict.GENUINE: _("Genuine"),
    Verdict.SUSPICIOUS: _("Suspicious"),
    Verdict.PHISHING: _("Phishing"),
}


@dataclass(frozen=True)
class Reason:
    """One finding. `rule` is a stable dotted id; `message` is plain words for the seller."""

    rule: str
    message: str
    severity: Severity

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "message": self.message, "severity": str(self.severity)}


@dataclass(frozen=True)
class Result:
    verdict: Verdict
    reasons: list[Reason] = field(default_factory=list)
    sender: str = ""

    @property
    def rules(self) -> set[str]:
        return {reason.rule for reason in self.reasons}

    def as_dict(self) -> dict:
        return {
            "verdict": str(self.verdict),
            "sender": self.sender,
            "reasons": [reason.as_dict() for reason in self.reasons],
            "advice": [str(line) for line in ADVICE],
        }


def verdict_for(reasons: list[Reason], *, authenticated_amazon: bool) -> Verdict:
    """One strong sign is phishing; any warning, or a sender not proven to be Amazon, suspicious."""
    severities = {reason.severity for reason in reasons}
    if Severity.STRONG in severities:
        return Verdict.PHISHING
    if Severity.WARNING in severities or not authenticated_amazon:
        return Verdict.SUSPICIOUS
    return Verdict.GENUINE


# Said after every verdict, genuine included (Amazon help 32261; policy_notes.md).
ADVICE = (
    _(
        "Check the claim yourself: open Seller Central by typing its address, then look at "
        "Account Health and the message centre. Every genuine notice is also there."
    ),
    _("Do not click the links in the e-mail, open its attachments or reply with any details."),
    _("Forward a suspicious e-mail as an attachment to stop-spoofing@amazon.com, then delete it."),
)
