"""The clocks of a case: what is due when, computed from the dates the seller gives.

One registry keyed by case key. Each clock names the date it runs from (a wizard date such
as notice_date or delivery_date), its length and unit, the rule it stands on and where that
rule was read (policy_notes.md in the shared reference, each line with its public source).
No clock is invented: a rule without a source is not here (there is no "17-day" appeal rule).
Hours run from the start of the given day in UTC, the safe side when only a date is known.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from letters.cases import CASE_TYPES, Audience

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

Unit = Literal["hours", "days", "business_days"]

EU_UK = frozenset({"UK", "DE", "FR", "IT", "ES"})

# The dates a clock can run from, with the wizard's label and help for asking them.
DATE_NAMES: dict[str, tuple[StrPromise, StrPromise]] = {
    "notice_date": (
        _("date of Amazon's notice"),
        _("The date on the e-mail or Account Health notice."),
    ),
    "deactivation_date": (
        _("date of deactivation"),
        _("The day Amazon deactivated or closed the account."),
    ),
    "at_risk_date": (
        _("date of an 'at risk' warning"),
        _(
            "Only if Amazon warned that the account is at risk of deactivation, or an Account "
            "Health Assurance specialist contacted you: the date of that message."
        ),
    ),
    "atoz_claim_date": (
        _("date of the A-to-z claim"),
        _("Only if an A-to-z claim is part of this case: the day Amazon told you about it."),
    ),
    "atoz_decision_date": (
        _("date of Amazon's A-to-z decision"),
        _("Only if Amazon already decided an A-to-z claim against you: the date of the decision."),
    ),
    "counter_notice_date": (
        _("date of your DMCA counter-notice"),
        _("Only for a copyright complaint, if you sent a counter-notice: the date you sent it."),
    ),
    "delivery_date": (
        _("delivery date"),
        _("The day the order was delivered (Order details in Seller Central)."),
    ),
}


@dataclass(frozen=True)
class Clock:
    key: str
    label: Promise
    runs_from: str
    amount: int
    unit: Unit
    basis: Promise
    source: str
    # Only these marketplaces (None: every marketplace).
    marketplaces: frozenset[str] | None = None
    # A window that opens this many days after its start (Request a Review: 5 days).
    opens_after_days: int | None = None

    def applies_to(self, marketplace: str) -> bool:
        return self.marketplaces is None or marketplace.upper() in self.marketplaces

    def due(self, start: datetime.date) -> datetime.date | datetime.datetime:
        if self.unit == "hours":
            midnight = datetime.datetime.combine(start, datetime.time(0, 0), tzinfo=datetime.UTC)
            return midnight + datetime.timedelta(hours=self.amount)
        if self.unit == "business_days":
            return add_business_days(start, self.amount)
        return start + datetime.timedelta(days=self.amount)


def add_business_days(start: datetime.date, days: int) -> datetime.date:
    """Monday to Friday; public holidays differ by country and are not counted out."""
    current = start
    left = days
    while left > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


SRC_AHA = (
    'Amazon seller forum announcement "Account Health Assurance helps you address issues '
    'without account deactivation"; Amazon EU seller forums ("at risk" notices)'
)
SRC_ATOZ = (
    'Seller Central help G202041210 "About A-to-z Guarantee" '
    "(sellercentral.amazon.com/gp/help/external/G202041210)"
)
SRC_FUNDS = "Amazon announcement of 25 Oct 2024 (reposted on seller-forum.com)"
SRC_EU = "Seller Central EU help GG7CAYUTVZKATDUY; EU Digital Services Act, art. 20"
SRC_DMCA = "Seller Central help 202017130 (sellercentral.amazon.com/gp/help/external/202017130)"
SRC_BUYER = "Amazon communication guidelines (summarised by sonemos.be and ecommercenurse.com)"
SRC_REVIEW = "Seller Central help G201972160; Selling Partner API Solicitations documentation"

AT_RISK = Clock(
    "at_risk_72h",
    _("Answer the 'at risk' warning"),
    "at_risk_date",
    72,
    "hours",
    _(
        "An account at risk of deactivation is deactivated within 72 hours unless you act; with "
        "Account Health Assurance, engaging with the specialist within 72 hours avoids it."
    ),
    SRC_AHA,
)
ATOZ_RESPOND = Clock(
    "atoz_respond_72h",
    _("Respond to the A-to-z claim"),
    "atoz_claim_date",
    72,
    "hours",
    _("Amazon grants the claim if the seller does not respond within 72 hours."),
    SRC_ATOZ,
)
ATOZ_APPEAL = Clock(
    "atoz_appeal_30d",
    _("Appeal Amazon's A-to-z decision"),
    "atoz_decision_date",
    30,
    "days",
    _("A seller can appeal an A-to-z decision within 30 calendar days."),
    SRC_ATOZ,
)
FUNDS_HELD = Clock(
    "funds_held_60d",
    _("End of the hold on your funds"),
    "deactivation_date",
    60,
    "days",
    _(
        "Since 25 October 2024 Amazon holds the funds of a deactivated US account for 60 days "
        "(it was 90) while it checks identity, finances and supply chain."
    ),
    SRC_FUNDS,
    marketplaces=frozenset({"US"}),
)
DMCA_COUNTER = Clock(
    "dmca_counter_10bd",
    _("Rights owner's time to sue after your counter-notice"),
    "counter_notice_date",
    10,
    "business_days",
    _(
        "After a valid DMCA counter-notice the listing can be reinstated if the complainant does "
        "not file a court action within 10 business days."
    ),
    SRC_DMCA,
    marketplaces=frozenset({"US"}),
)
BUYER_PROACTIVE = Clock(
    "proactive_message_30d",
    _("Last day to write to the buyer first"),
    "delivery_date",
    30,
    "days",
    _(
        "Messages you start (not replies) are allowed within 30 days of the order's completion; "
        "after that, only answer the buyer's own messages."
    ),
    SRC_BUYER,
)
REQUEST_REVIEW = Clock(
    "request_review_window",
    _('Last day for "Request a Review"'),
    "delivery_date",
    30,
    "days",
    _(
        '"Request a Review" opens 5 days and closes 30 days after delivery; one request per '
        "order, and none if you already asked in a message."
    ),
    SRC_REVIEW,
    opens_after_days=5,
)


def _eu_complaint(runs_from: str) -> Clock:
    return Clock(
        "eu_complaint_6m",
        _("EU/UK complaint about Amazon's decision"),
        runs_from,
        182,
        "days",
        _(
            "In the EU and the UK a seller can file an internal complaint against a restriction "
            "for six months after the decision (counted here as 182 days, the safe side)."
        ),
        SRC_EU,
        marketplaces=EU_UK,
    )


_ACCOUNT_APPEAL = (AT_RISK, _eu_complaint("notice_date"))

CLOCKS: dict[str, tuple[Clock, ...]] = {
    "suspension_verification": _ACCOUNT_APPEAL,
    "suspension_hijacking": _ACCOUNT_APPEAL,
    "odr_deactivation": (*_ACCOUNT_APPEAL, ATOZ_RESPOND, ATOZ_APPEAL),
    "inauthentic_complaint": _ACCOUNT_APPEAL,
    "ip_complaint": (_eu_complaint("notice_date"), DMCA_COUNTER),
    "ip_complaint_dispute": (_eu_complaint("notice_date"), DMCA_COUNTER),
    "ip_retraction": (),
    "product_quality": (_eu_complaint("notice_date"), ATOZ_RESPOND, ATOZ_APPEAL),
    "funds_release": (FUNDS_HELD, _eu_complaint("deactivation_date")),
    "fba_removal_locked": (),
    "abuse_report": (),
    "cease_and_desist": (),
    "remedy_followup": (BUYER_PROACTIVE, REQUEST_REVIEW),
    "replacement_sent": (BUYER_PROACTIVE, REQUEST_REVIEW),
}
for _case in CASE_TYPES:
    if _case.audience == Audience.BUYER:
        CLOCKS.setdefault(_case.key, (BUYER_PROACTIVE,))


def clocks_for(case: str, marketplace: str) -> tuple[Clock, ...]:
    return tuple(clock for clock in CLOCKS.get(case, ()) if clock.applies_to(marketplace))


def date_names_for(case: str) -> list[str]:
    """The dates any clock of the case runs from, in first-use order."""
    names: list[str] = []
    for clock in CLOCKS.get(case, ()):
        if clock.runs_from not in names:
            names.append(clock.runs_from)
    return names


@dataclass(frozen=True)
class Deadline:
    key: str
    label: str
    due: datetime.date | datetime.datetime
    basis: str
    source: str
    opens: datetime.date | None = None

    @property
    def due_iso(self) -> str:
        return self.due.isoformat()

    def as_dict(self) -> dict:
        data = {
            "key": self.key,
            "label": self.label,
            "due": self.due_iso,
            "basis": self.basis,
            "source": self.source,
        }
        if self.opens is not None:
            data["opens"] = self.opens.isoformat()
        return data


def _as_date(value: object) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def deadlines_for(*, case: str, marketplace: str, dates: Mapping[str, object]) -> list[Deadline]:
    """The clocks that apply, for the dates given; a clock without its date is left out.

    Labels and bases are in the active language (English when stored on a draft).
    """
    found = []
    for clock in clocks_for(case, marketplace):
        start = _as_date(dates.get(clock.runs_from))
        if start is None:
            continue
        found.append(
            Deadline(
                key=clock.key,
                label=str(clock.label),
                due=clock.due(start),
                basis=str(clock.basis),
                source=clock.source,
                opens=(
                    start + datetime.timedelta(days=clock.opens_after_days)
                    if clock.opens_after_days
                    else None
                ),
            )
        )
    return sorted(found, key=lambda d: due_sort_key(d.due))


def due_sort_key(due: datetime.date | datetime.datetime) -> datetime.datetime:
    if isinstance(due, datetime.datetime):
        return due
    return datetime.datetime.combine(due, datetime.time(23, 59), tzinfo=datetime.UTC)


def parse_due(value: str) -> datetime.date | datetime.datetime:
    """A stored `due`: an ISO date, or an ISO date-time for clocks in hours."""
    if "T" in value:
        return datetime.datetime.fromisoformat(value)
    return datetime.date.fromisoformat(value)


def days_left(due: datetime.date | datetime.datetime, today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    day = due.date() if isinstance(due, datetime.datetime) else due
    return (day - today).days


def relative_due(due: datetime.date | datetime.datetime, today: datetime.date | None = None) -> str:
    """ "due in 2 days", "due today", "overdue by 3 days" in the active language."""
    left = days_left(due, today)
    if left == 0:
        return str(_("due today"))
    if left > 0:
        return ngettext("due in %(count)d day", "due in %(count)d days", left) % {"count": left}
    return ngettext("overdue by %(count)d day", "overdue by %(count)d days", -left) % {
        "count": -left
    }


def label_for(key: str) -> str:
    """A stored clock's label in the active language (drafts store the key and English)."""
    for clocks in CLOCKS.values():
        for clock in clocks:
            if clock.key == key:
                return str(clock.label)
    return key


def basis_for(key: str) -> str:
    for clocks in CLOCKS.values():
        for clock in clocks:
            if clock.key == key:
                return str(clock.basis)
    return ""
