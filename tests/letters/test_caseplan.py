"""`manage.py caseplan`: a case's deadlines, evidence and routes as JSON, and the dead ends."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def caseplan(*args: str) -> dict:
    out = StringIO()
    call_command("caseplan", *args, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_prints_deadlines_evidence_and_routes_in_the_order_to_try(directory: None) -> None:
    plan = caseplan(
        "--case",
        "odr_deactivation",
        "--marketplace",
        "de",
        "--date",
        "notice_date=2026-11-20",
        "--date",
        "atoz_claim_date=2026-11-29",
        "--date",
        "delivery_date=2026-11-01",  # not a date this case uses: ignored
    )
    assert plan["case"] == "odr_deactivation"
    assert plan["marketplace"] == "DE"
    assert [(d["key"], d["due"]) for d in plan["deadlines"]] == [
        ("atoz_respond_72h", "2026-12-02T00:00:00+00:00"),
        ("eu_complaint_6m", "2027-05-21"),
    ]
    assert set(plan["deadlines"][0]) == {"key", "label", "due", "basis", "source"}
    assert [e["key"] for e in plan["evidence"]] == ["order_ids", "deactivation_notice"]
    assert set(plan["evidence"][0]) == {"key", "label", "requirement"}
    routes = plan["routes"]
    assert [(r["channel"], r["where"]) for r in routes] == [
        ("seller_central", "sellercentral.amazon.de/performance/dashboard"),
        ("seller_central", "sellercentral.amazon.de/gp/guarantee-claims/home.html"),
        ("email", "verkaeufer-performance@amazon.de"),
    ]
    assert routes[0] == {
        "name": "Account Health: Reactivate your account / View appeal",
        "channel": "seller_central",
        "where": "sellercentral.amazon.de/performance/dashboard",
        "status": "checked",
        "source": "Seller Central help G200370560",
        "last_checked": "2026-11-30",
    }
    # An e-mail address carries its trust status from the directory.
    assert routes[2]["status"] == "reported"


@pytest.mark.django_db
def test_an_answer_switches_the_route(directory: None) -> None:
    plan = caseplan(
        "--case", "suspension_verification", "--marketplace", "UK", "--answer", "based_in_china=yes"
    )
    emails = [r["where"] for r in plan["routes"] if r["channel"] == "email"]
    assert emails == ["cn-seller-verification-enquiry@amazon.co.uk"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--case", "nope", "--marketplace", "US"], "Unknown case 'nope'."),
        (["--case", "odr_deactivation", "--marketplace", "XX"], "Unknown marketplace 'XX'."),
        (
            ["--case", "odr_deactivation", "--marketplace", "US", "--date", "notice_date=30/11"],
            "not a date",
        ),
        (["--case", "odr_deactivation", "--marketplace", "US", "--date", "x"], "NAME=VALUE"),
    ],
)
def test_unknown_case_or_marketplace_exits_2(
    directory: None, args: list[str], message: str
) -> None:
    with pytest.raises(CommandError, match=message) as error:
        call_command("caseplan", *args, stdout=StringIO())
    assert error.value.returncode == 2


@pytest.mark.django_db
def test_every_case_has_a_route_or_says_what_to_do(directory: None) -> None:
    from letters.cases import CASE_TYPES
    from sellerdesk.marketplaces import MARKETS

    for case in CASE_TYPES:
        for market in MARKETS:
            plan = caseplan("--case", case.key, "--marketplace", market.code)
            assert plan["routes"] or plan["dead_end"], (case.key, market.code)
            for route in plan["routes"]:
                assert route["channel"] in {"seller_central", "web_form", "email"}
                assert "<domain>" not in route["where"]
