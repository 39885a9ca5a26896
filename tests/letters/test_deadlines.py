"""Every case's clocks: which apply, from which date, and when they fall due."""

from __future__ import annotations

import datetime

import pytest
from django.utils import translation

from letters.cases import CASE_TYPES, Audience
from letters.deadlines import (
    CLOCKS,
    DATE_NAMES,
    add_business_days,
    date_names_for,
    deadlines_for,
    relative_due,
)

D = datetime.date


def keys(case: str, marketplace: str, **dates: datetime.date) -> dict[str, str]:
    return {
        d.key: d.due_iso for d in deadlines_for(case=case, marketplace=marketplace, dates=dates)
    }


def test_every_case_has_an_entry_and_every_clock_a_known_date_and_a_source() -> None:
    for case in CASE_TYPES:
        assert case.key in CLOCKS
        for clock in CLOCKS[case.key]:
            assert clock.runs_from in DATE_NAMES
            assert clock.source.strip()
            assert str(clock.basis).strip()


@pytest.mark.parametrize(
    "case", ["suspension_verification", "suspension_hijacking", "inauthentic_complaint"]
)
def test_account_appeals_have_the_72_hour_warning_and_the_eu_complaint_window(case: str) -> None:
    assert keys(case, "DE", notice_date=D(2026, 11, 20), at_risk_date=D(2026, 11, 28)) == {
        "at_risk_72h": "2026-12-01T00:00:00+00:00",
        "eu_complaint_6m": "2027-05-21",
    }
    # Outside the EU and the UK there is no six-month complaint window.
    assert keys(case, "US", notice_date=D(2026, 11, 20)) == {}


def test_odr_adds_the_a_to_z_response_and_appeal_windows() -> None:
    got = keys(
        "odr_deactivation",
        "US",
        notice_date=D(2026, 11, 1),
        atoz_claim_date=D(2026, 11, 29),
        atoz_decision_date=D(2026, 11, 10),
    )
    assert got == {
        "atoz_respond_72h": "2026-12-02T00:00:00+00:00",
        "atoz_appeal_30d": "2026-12-10",
    }


def test_product_quality_has_the_a_to_z_clocks_and_the_uk_window() -> None:
    got = keys(
        "product_quality", "UK", notice_date=D(2026, 6, 1), atoz_decision_date=D(2026, 11, 1)
    )
    assert got == {"eu_complaint_6m": "2026-11-30", "atoz_appeal_30d": "2026-12-01"}


@pytest.mark.parametrize("case", ["ip_complaint", "ip_complaint_dispute"])
def test_ip_cases_have_the_dmca_ten_business_days_in_the_us(case: str) -> None:
    # Friday 20 November 2026: ten business days later is Friday 4 December.
    assert keys(case, "US", counter_notice_date=D(2026, 11, 20)) == {
        "dmca_counter_10bd": "2026-12-04"
    }
    assert keys(case, "FR", counter_notice_date=D(2026, 11, 20), notice_date=D(2026, 11, 2)) == {
        "eu_complaint_6m": "2027-05-03"
    }


def test_funds_are_held_60_days_in_the_us_only() -> None:
    assert keys("funds_release", "US", deactivation_date=D(2026, 10, 1)) == {
        "funds_held_60d": "2026-11-30"
    }
    assert keys("funds_release", "IT", deactivation_date=D(2026, 10, 1)) == {
        "eu_complaint_6m": "2027-04-01"
    }


@pytest.mark.parametrize(
    "case", ["ip_retraction", "fba_removal_locked", "abuse_report", "cease_and_desist"]
)
def test_cases_without_a_sourced_clock_have_none(case: str) -> None:
    every_date = dict.fromkeys(DATE_NAMES, D(2026, 11, 1))
    assert deadlines_for(case=case, marketplace="US", dates=every_date) == []


@pytest.mark.parametrize("case", [c.key for c in CASE_TYPES if c.audience == Audience.BUYER])
def test_every_buyer_message_has_the_30_day_proactive_window(case: str) -> None:
    got = keys(case, "JP", delivery_date=D(2026, 11, 1))
    assert got["proactive_message_30d"] == "2026-12-01"


@pytest.mark.parametrize("case", ["remedy_followup", "replacement_sent"])
def test_request_a_review_opens_after_5_days_and_closes_after_30(case: str) -> None:
    (review,) = [
        d
        for d in deadlines_for(case=case, marketplace="US", dates={"delivery_date": "2026-11-01"})
        if d.key == "request_review_window"
    ]
    assert review.opens == D(2026, 11, 6)
    assert review.due == D(2026, 12, 1)


def test_dates_the_case_does_not_use_or_cannot_read_are_ignored() -> None:
    assert keys("funds_release", "US", notice_date=D(2026, 1, 1)) == {}
    assert (
        deadlines_for(case="funds_release", marketplace="US", dates={"deactivation_date": "x"})
        == []
    )


def test_no_seventeen_day_rule() -> None:
    for clocks in CLOCKS.values():
        for clock in clocks:
            assert clock.amount != 17


def test_business_days_skip_weekends() -> None:
    assert add_business_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Friday -> Monday
    assert add_business_days(D(2026, 11, 28), 5) == D(2026, 12, 4)  # Saturday -> Friday


def test_date_names_follow_the_case() -> None:
    assert date_names_for("funds_release") == ["deactivation_date"]
    assert date_names_for("abuse_report") == []


@pytest.mark.parametrize(
    ("due", "english", "chinese"),
    [
        (D(2026, 12, 2), "due in 2 days", "还剩 2 天"),
        (D(2026, 12, 1), "due in 1 day", "还剩 1 天"),
        (D(2026, 11, 30), "due today", "今天到期"),
        (D(2026, 11, 27), "overdue by 3 days", "已逾期 3 天"),
        (datetime.datetime(2026, 12, 2, tzinfo=datetime.UTC), "due in 2 days", "还剩 2 天"),
    ],
)
def test_relative_due_in_both_languages(due: object, english: str, chinese: str) -> None:
    today = D(2026, 11, 30)
    assert relative_due(due, today) == english
    with translation.override("zh-hans"):
        assert relative_due(due, today) == chinese
