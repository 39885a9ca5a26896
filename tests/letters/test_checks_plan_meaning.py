"""Plan-of-Action parts found by what the text does, whatever it is called (issue 9).

Labels inside a paragraph, a root cause told as a fact, corrective steps told without "we",
recurring controls ("checks … every Friday", "whenever"), and appeals answered by documents
only: none of these is a missing part. A letter that really lacks a part still is."""

from __future__ import annotations

import pytest

from letters.checks import check_letter

MISSING = {
    "appeal.missing_root_cause",
    "appeal.missing_corrective_actions",
    "appeal.missing_preventive_measures",
}


def _missing(body: str, case: str = "odr_deactivation") -> set[str]:
    return {finding.rule for finding in check_letter(case=case, body=body)} & MISSING


@pytest.mark.parametrize(
    "body",
    [
        # Inline labels in one paragraph.
        "Dear Team,\nCause: the courier label template printed the wrong postcode for 12 "
        "orders in May. Done: new template installed on 3 June, the 12 buyers refunded. "
        "Prevention: our packer Ana checks 10 labels against the order list each morning.",
        # A defect told as a fact, fixes without "we", a control before each batch.
        "Dear Team,\nThe lids of batch 2207 cracked in cold weather; 14 buyers returned them. "
        "All 14 refunded on 2 June and 300 units recalled from FBA. Our inspector Tom now "
        "freezes 5 lids from each lot for 12 hours before we ship it.",
        # Ownership stated, a cause that came from something, a control whenever it applies.
        "Hello,\nThe late orders came from our switch to a new courier on 4 May. That was our "
        "responsibility to test. We moved all orders back to the old courier on 9 May and "
        "refunded 6 buyers. Our manager Eva runs a trial week whenever we change couriers.",
        # A weekday routine.
        "Dear Team,\nOur ODR was 1.3% because 9 buyers got no reply for 3 days. The 9 buyers "
        "got full refunds on 4 May. Our assistant Kim reviews the messages page every Tuesday "
        "and Friday, and our phone app alerts her to each new message.",
        # What went wrong told only as figures before the fix: no "because", no "caused".
        "Dear Team,\nOur oak shelf (ASIN B0C4N2M7XZ) got 9 'not as described' returns in "
        "October: the listing said 60 cm deep, the factory drawing says 45 cm. We corrected "
        "the listing on 16 Nov and refunded all 9 buyers. Our owner Lena compares every "
        "listing with the factory drawing before we send stock to FBA.",
    ],
)
def test_parts_found_by_what_the_text_does(body: str) -> None:
    assert _missing(body) == set()


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # A cause and a fix, but nothing that stops a repeat.
        (
            "Dear Team,\nThe lids of batch 2207 cracked in cold weather; 14 buyers returned "
            "them. All 14 refunded on 2 June and 300 units recalled from FBA.",
            "appeal.missing_preventive_measures",
        ),
        # A cause and a control, but nothing done yet.
        (
            "Dear Team,\nThe late orders came from our switch to a new courier on 4 May. Our "
            "manager Eva will run a trial week whenever we change couriers.",
            "appeal.missing_corrective_actions",
        ),
        # A greeting with a date is no cause: a fix and a control alone still lack one.
        (
            "Dear Team, thank you for your message of 14 November about our account.\n"
            "We refunded all 9 buyers on 16 Nov. Our owner Lena checks every listing weekly.",
            "appeal.missing_root_cause",
        ),
    ],
)
def test_a_part_really_missing_is_still_found(body: str, absent: str) -> None:
    assert absent in _missing(body)
