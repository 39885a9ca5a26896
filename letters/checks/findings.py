"""What a check reports: a finding with a stable rule id, a severity and a message."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Severity(models.TextChoices):
    ERROR = "error", _("Error")
    WARNING = "warning", _("Warning")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str | Promise
    # The sentence or snippet that triggered the rule; "" when something is missing.
    excerpt: str

    def as_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "message": str(self.message),
            "excerpt": self.excerpt,
        }
