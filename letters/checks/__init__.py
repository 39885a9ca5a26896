"""Check a letter against Amazon's rules before the seller sends it."""

from letters.checks.findings import Finding, Severity
from letters.checks.run import RULES, check_letter

__all__ = ["RULES", "Finding", "Severity", "check_letter"]
