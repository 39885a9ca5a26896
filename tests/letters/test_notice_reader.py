"""The notice reader on its own: dates in every language, deadlines only as stated,
honesty when unsure, phishing signs, and a bounded cost on any input."""

from __future__ import annotations

import datetime
import time

import pytest

from letters.notices.dates import find_dates
from letters.notices.reader import NOTICE_MAX, NoticeTooLong, read_notice

OCT_9 = datetime.date(2026, 10, 9)


@pytest.mark.parametrize(
    "written",
    [
        "9 October 2026",
        "October 9, 2026",
        "Oct 9th, 2026",
        "09.10.2026",
        "9. Oktober 2026",
        "9 octobre 2026",
        "9 ottobre 2026",
        "9 de octubre de 2026",
        "2026年10月9日",
        "2026/10/09",
        "2026-10-09",
    ],
)
def test_a_date_is_read_in_every_language_s_format(written: str) -> None:
    assert [found.value for found in find_dates(f"Notice of {written}.")] == [OCT_9]


def test_slashed_dates_are_day_first_unless_american() -> None:
    assert find_dates("10/09/2026")[0].value == datetime.date(2026, 9, 10)
    assert find_dates("10/09/2026", month_first=True)[0].value == OCT_9
    assert find_dates("25/10/2026", month_first=True)[0].value == datetime.date(2026, 10, 25)


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("31.02.2026 and 2026年13月1日 and 45 October 2026") == []


def test_the_deadline_stated_as_a_date_is_the_due_date() -> None:
    reading = read_notice(
        "Date: 9 October 2026\nYour listing was removed. Send your appeal by 12 November 2026."
    )
    assert reading.notice_date == OCT_9
    assert reading.due_date == datetime.date(2026, 11, 12)
    assert (
        reading.excerpts["due_date"]
        == "Your listing was removed. Send your appeal by 12 November 2026."
    )


def test_within_72_hours_counts_from_the_notice_date() -> None:
    reading = read_notice("Date: 9 October 2026\nPlease respond within 72 hours.")
    assert reading.due_date == datetime.date(2026, 10, 12)


def test_japanese_deadline_is_the_date_before_made() -> None:
    reading = read_notice(
        "通知日: 2026年10月9日\n2026年10月23日までに改善計画書を提出してください。"
    )
    assert (reading.notice_date, reading.due_date) == (OCT_9, datetime.date(2026, 10, 23))


def test_no_deadline_is_invented_when_the_notice_states_none() -> None:
    # Appeals are commonly answered within 17 days, but this notice does not say so.
    reading = read_notice(
        "Date: 9 October 2026\nYour account was deactivated. Send a plan of action."
    )
    assert reading.due_date is None


def test_a_past_period_is_not_a_deadline() -> None:
    reading = read_notice(
        "Date: 9 October 2026\nUpload a utility bill issued within the last 90 days."
    )
    assert reading.due_date is None


def test_text_that_fits_no_case_says_so() -> None:
    reading = read_notice("Thank you for your question about storage fees. We will reply soon.")
    assert reading.case is None
    assert reading.candidates == ()
    assert reading.unsure


def test_text_that_fits_several_cases_lists_them_with_scores() -> None:
    reading = read_notice(
        "Buyers report the items are counterfeit. A rights owner reported a trademark "
        "infringement. Your funds are withheld."
    )
    assert reading.case is None
    cases = [candidate.case for candidate in reading.candidates]
    assert {"inauthentic_complaint", "ip_complaint", "funds_release"} <= set(cases)
    assert all(0 < candidate.score <= 1 for candidate in reading.candidates)
    assert sum(candidate.score for candidate in reading.candidates) == pytest.approx(1, abs=0.02)


def test_nothing_is_invented_from_numbers_that_only_look_like_facts() -> None:
    reading = read_notice(
        "Reference 0306406152 and ticket 1234-1234567-1234567, tracking 12345678901, "
        "call +49 30 1234567, code B0ABC."
    )
    assert reading.asins == ()
    assert reading.order_ids == ()
    assert reading.complaint_id is None
    assert reading.rights_owner is None
    assert reading.notice_date is None


def test_an_isbn_is_an_asin_only_when_the_notice_calls_it_one() -> None:
    assert read_notice("ASIN: 0306406152").asins == ("0306406152",)
    # The check digit is wrong: not an ISBN, so not an ASIN either.
    assert read_notice("ASIN: 0306406153").asins == ()


def test_amazon_s_own_address_is_not_the_rights_owner_s() -> None:
    reading = read_notice("Rights owner: Acme Ltd\nReply to: seller-performance@amazon.co.uk")
    assert reading.rights_owner == "Acme Ltd"
    assert reading.rights_owner_email is None


def test_a_notice_asking_to_log_in_through_a_link_is_flagged() -> None:
    reading = read_notice(
        "Your account will be suspended. Click here to verify your account: "
        "http://sellercentral.amazon.de.account-check.xyz/login"
    )
    rules = {reason.rule for reason in reading.phishing}
    assert rules == {"links.lookalike", "request.click_to_verify"}
    assert "account-check.xyz" in reading.phishing[0].message


def test_a_notice_asking_for_a_password_or_card_is_flagged() -> None:
    for text in (
        "Reply with your password to keep selling.",
        "Bitte senden Sie uns Ihre Kreditkarte und den Bestätigungscode.",
        "请提供您的验证码。",
    ):
        rules = {reason.rule for reason in read_notice(text).phishing}
        assert "request.credentials" in rules, text


def test_a_deadline_in_hours_alone_is_not_flagged_but_shown_beside_another_sign() -> None:
    # Amazon's own notices say "within 72 hours"; the headers are not there to tell more.
    assert read_notice("Please submit a plan of action within 72 hours.").phishing == ()
    reading = read_notice("Send your password within 24 hours or your account is closed.")
    assert {reason.rule for reason in reading.phishing} == {
        "request.credentials",
        "pressure.deadline",
    }


def test_a_link_to_seller_central_is_not_flagged() -> None:
    reading = read_notice(
        "Go to https://sellercentral.amazon.de/performance/dashboard to see Account Health."
    )
    assert reading.phishing == ()


def test_a_notice_longer_than_the_cap_is_refused() -> None:
    with pytest.raises(NoticeTooLong):
        read_notice("a" * (NOTICE_MAX + 1))


@pytest.mark.parametrize(
    "unit",
    ["a.", "B0", "1-", "9 ", "amazon.", "Complaint ID ", "Rechteinhaber: ", "http://a", "年"],
)
def test_the_longest_notice_reads_quickly_whatever_it_repeats(unit: str) -> None:
    text = (unit * (NOTICE_MAX // len(unit)))[:NOTICE_MAX]
    started = time.perf_counter()
    read_notice(text)
    # About 0.5 s on an idle 2-core machine. Work that grows with the square of the input
    # would take minutes here; the margin is for a machine shared with other test runs.
    assert time.perf_counter() - started < 5.0


@pytest.mark.parametrize(
    "line",
    [
        "Rights owner: Acme Inc. (legal@acme.com)",
        "Rights owner: Acme Inc. <legal@acme.com>",
        "権利者：Acme Inc.（legal@acme.com）",
    ],
)
def test_the_rights_owner_s_address_on_the_same_line_is_split_off(line: str) -> None:
    reading = read_notice(line)
    assert (reading.rights_owner, reading.rights_owner_email) == ("Acme Inc.", "legal@acme.com")
