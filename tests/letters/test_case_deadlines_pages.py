"""Deadlines and evidence on the review, the draft and the drafts list; the team's due-soon
page and calendar feed; the "Sent" entry records the channel actually used."""

from __future__ import annotations

import datetime
import html

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_webtest import DjangoTestApp

from drafts.calendar import escape_text, fold
from drafts.models import Draft
from drafts.services import DraftError, draft_set_status
from letters.cases import get_case_type
from tests.factories import as_user, new_draft
from tests.helpers.browser import browser
from tests.helpers.wizard import WHO, Wizard, facts_for, walk_to_review

CHINESE = "zh-CN,zh;q=0.9"


def days_ago(days: int) -> str:
    return (timezone.localdate() - datetime.timedelta(days=days)).isoformat()


def text_of(response) -> str:
    return html.unescape(response.content.decode())


def odr_draft(team, author, *, notice: str, claim: str | None = None, **overrides) -> Draft:
    facts = {"notice_date": notice}
    if claim:
        facts["atoz_claim_date"] = claim
    return new_draft(team, author, answers={"facts": facts}, **overrides)


@pytest.fixture
def site(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


# -- saved on the draft ---------------------------------------------------------------


def test_a_draft_keeps_its_deadlines_in_english_soonest_first(team, owner) -> None:
    draft = odr_draft(team, owner, notice="2026-11-01", claim="2026-11-29")
    assert [d["key"] for d in draft.deadlines] == ["atoz_respond_72h", "eu_complaint_6m"]
    assert draft.deadlines[0]["due"] == "2026-12-02T00:00:00+00:00"
    assert draft.deadlines[0]["label"] == "Respond to the A-to-z claim"
    assert draft.next_due == datetime.datetime(2026, 12, 2, tzinfo=datetime.UTC)


def test_a_draft_without_dates_has_no_deadline(team, owner) -> None:
    draft = new_draft(team, owner)
    assert (draft.deadlines, draft.next_due) == ([], None)


def test_a_draft_keeps_only_checklist_items_of_its_case(team, owner) -> None:
    draft = new_draft(team, owner, evidence=["order_ids", "utility_bill", "<script>"])
    assert draft.evidence == ["order_ids"]


def test_the_drafts_list_says_what_is_due_in_both_languages(team, owner) -> None:
    odr_draft(team, owner, notice=days_ago(10), claim=days_ago(5), subject="Late one")
    odr_draft(team, owner, notice=days_ago(1), claim=days_ago(1), subject="Fresh one")
    client = as_user(owner)
    url = reverse("drafts:list", kwargs={"team_slug": team.slug})
    english = text_of(client.get(url))
    assert "Next deadline" in english
    assert "overdue by 2 days" in english
    assert "due in 2 days" in english
    chinese = text_of(client.get(url, HTTP_ACCEPT_LANGUAGE=CHINESE))
    assert "下一个截止日期" in chinese
    assert "已逾期 2 天" in chinese
    assert "回应 A-to-z 索赔" in chinese


def test_a_resolved_draft_shows_no_deadline(team, owner) -> None:
    draft = odr_draft(team, owner, notice=days_ago(1), claim=days_ago(1))
    Draft.objects.filter(pk=draft.pk).update(status="resolved", outcome="accepted")
    draft.refresh_from_db()
    assert draft.open_deadlines == []


def test_the_draft_page_shows_deadlines_with_basis_and_source_and_the_checklist(
    team, owner
) -> None:
    draft = odr_draft(team, owner, notice=days_ago(1), claim=days_ago(1), evidence=["order_ids"])
    page = text_of(as_user(owner).get(draft.get_absolute_url()))
    assert "Respond to the A-to-z claim" in page
    assert "due in 2 days" in page
    assert "Amazon grants the claim if the seller does not respond within 72 hours." in page
    assert "Source: Seller Central help G202041210" in page
    assert "What to attach" in page
    checklist = page.split("What to attach")[1]
    assert checklist.index("You have it") < checklist.index("Order IDs concerned")
    assert "Not ticked" in checklist  # the deactivation notice


# -- the due-soon page and the calendar feed ------------------------------------------


def test_due_soon_lists_open_drafts_due_within_two_weeks_and_overdue_ones(
    team, other_team, owner, outsider
) -> None:
    odr_draft(team, owner, notice=days_ago(1), claim=days_ago(1), subject="Soon")
    odr_draft(team, owner, notice=days_ago(10), claim=days_ago(10), subject="Overdue")
    odr_draft(team, owner, notice=days_ago(1), subject="Far")  # only the 6-month UK window
    done = odr_draft(team, owner, notice=days_ago(1), claim=days_ago(1), subject="Done")
    Draft.objects.filter(pk=done.pk).update(status="resolved", outcome="accepted")
    odr_draft(other_team, outsider, notice=days_ago(1), claim=days_ago(1), subject="Theirs")
    page = text_of(as_user(owner).get(reverse("drafts:due", kwargs={"team_slug": team.slug})))
    assert page.index("Overdue") < page.index("Soon")
    for absent in ("Far", "Done", "Theirs"):
        assert f">{absent}<" not in page
    chinese = text_of(
        as_user(owner).get(
            reverse("drafts:due", kwargs={"team_slug": team.slug}), HTTP_ACCEPT_LANGUAGE=CHINESE
        )
    )
    assert "即将到期" in chinese and "还剩 2 天" in chinese


def test_due_soon_costs_the_same_for_2_or_40_drafts(
    team, owner, django_assert_max_num_queries
) -> None:
    for number in range(40):
        odr_draft(team, owner, notice=days_ago(1), claim=days_ago(1), subject=f"Case {number}")
    client = as_user(owner)
    url = reverse("drafts:due", kwargs={"team_slug": team.slug})
    client.get(url)
    # Session, user, membership and team, then the drafts with their authors: one query.
    with django_assert_max_num_queries(5):
        client.get(url)


def feed_url(token: str) -> str:
    return reverse("letters:calendar_feed", kwargs={"token": token})


def test_an_owner_makes_a_calendar_address_and_can_replace_it(team, owner, outsider) -> None:
    odr_draft(team, owner, notice="2026-11-01", claim="2026-11-29", subject="Appeal; ODR, UK")
    client = as_user(owner)
    rotate = reverse("drafts:calendar_rotate", kwargs={"team_slug": team.slug})
    client.post(rotate)
    team.refresh_from_db()
    first = team.calendar_token
    assert first and len(first) >= 40
    page = text_of(client.get(reverse("drafts:due", kwargs={"team_slug": team.slug})))
    assert feed_url(first) in page

    # A calendar app has no session.
    feed = Client().get(feed_url(first))
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    body = feed.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")
    unfolded = body.replace("\r\n ", "")
    assert "DTSTART:20261202T000000Z" in unfolded
    assert "DTSTART;VALUE=DATE:20270502" in unfolded  # 182 days after 1 November
    assert "SUMMARY:Respond to the A-to-z claim: Appeal\\; ODR\\, UK" in unfolded
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))

    client.post(rotate)
    team.refresh_from_db()
    assert team.calendar_token != first
    assert Client().get(feed_url(first)).status_code == 404
    assert Client().get(feed_url(team.calendar_token)).status_code == 200


@pytest.mark.parametrize("token", ["wrong", "x" * 43, "a" * 65])
def test_a_wrong_calendar_token_gets_404(team, owner, token: str) -> None:
    as_user(owner).post(reverse("drafts:calendar_rotate", kwargs={"team_slug": team.slug}))
    assert Client().get(feed_url(token)).status_code == 404


def test_a_team_without_a_calendar_address_has_no_feed(team) -> None:
    assert team.calendar_token is None
    assert Client().get(feed_url("None")).status_code == 404


def test_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "回应 A-to-z 索赔" * 10
    folded = fold(line)
    assert folded.endswith("\r\n")
    assert folded.replace("\r\n ", "").removesuffix("\r\n") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


# -- "Sent" records the channel used --------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "english", "chinese"),
    [
        ("email", "Sent by e-mail", "已通过邮件发送"),
        ("web_form", "Sent through a web form", "已通过网页表单发送"),
        ("seller_central", "Sent through Seller Central", "已通过卖家平台发送"),
    ],
)
def test_marking_sent_records_the_channel_the_seller_picked(
    team, owner, channel: str, english: str, chinese: str
) -> None:
    draft = new_draft(team, owner)
    client = as_user(owner)
    client.post(
        reverse("drafts:status", kwargs={"team_slug": team.slug, "pk": draft.pk}),
        {"status": "sent", "channel": channel, "happened_on": days_ago(0)},
    )
    entry = draft.timeline.get(kind="sent")
    assert entry.text == english
    assert chinese in text_of(client.get(draft.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=CHINESE))


def test_marking_sent_never_claims_the_appeal_button_by_itself(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")
    assert draft.timeline.get(kind="sent").text == ""


def test_a_buyer_message_is_sent_only_through_buyer_seller_messaging(team, owner) -> None:
    buyer = new_draft(team, owner, case_type="lost_parcel")
    with pytest.raises(DraftError):
        draft_set_status(draft=buyer, user=owner, status="sent", channel="email")
    draft_set_status(draft=buyer, user=owner, status="sent", channel="buyer_seller_messaging")
    assert buyer.timeline.get(kind="sent").text == "Sent through Buyer-Seller Messaging"
    appeal = new_draft(team, owner)
    with pytest.raises(DraftError):
        draft_set_status(draft=appeal, user=owner, status="sent", channel="buyer_seller_messaging")
    with pytest.raises(DraftError):
        draft_set_status(draft=appeal, user=owner, status="sent", channel="pigeon")


def test_the_draft_page_offers_the_channels_when_marking_sent(team, owner) -> None:
    page = text_of(as_user(owner).get(new_draft(team, owner).get_absolute_url()))
    assert 'name="channel"' in page
    assert '<option value="web_form">Web form</option>' in page


# -- the wizard: dates, ticks, review --------------------------------------------------


def test_the_review_shows_deadlines_the_checklist_and_the_letter_names_only_the_ticks(
    site: None, app: DjangoTestApp
) -> None:
    case = get_case_type("odr_deactivation")
    facts = facts_for(case) | {
        "notice_date": days_ago(3),
        "atoz_claim_date": days_ago(1),
        "evidence": ["order_ids"],
    }
    page = text_of(walk_to_review(Wizard(app), case, "DE", facts=facts))
    assert "Respond to the A-to-z claim" in page
    assert "due in 2 days" in page
    assert "EU/UK complaint about Amazon" in page
    review = page.split("What to attach")[1]
    assert review.index("You have it") < review.index("Order IDs concerned")
    # Seller Central first, then the address with Amazon's auto-reply warning.
    assert page.index("sellercentral.amazon.de/performance/dashboard") < page.index(
        "verkaeufer-performance@amazon.de"
    )
    assert "may say this address is not the right channel" in page


def test_the_facts_step_asks_for_the_clock_dates_and_the_evidence(
    site: None, app: DjangoTestApp
) -> None:
    wizard = Wizard(app)
    wizard.start()
    wizard.submit("case", {"case": "funds_release"})
    page = text_of(wizard.submit("who", {"marketplace": "US", **WHO}))
    assert 'name="facts-deactivation_date"' in page
    assert 'name="facts-evidence"' in page
    assert "Tick only what you have" in page
    bad = text_of(
        wizard.forge(  # no such box on the page: a hand-made request
            "facts",
            facts_for(get_case_type("funds_release")) | {"evidence": ["not_an_item"]},
            follow=True,
        )
    )
    assert wizard.current() == "facts", "an unknown tick is refused"
    assert "not_an_item" in bad


def test_finishing_saves_the_deadlines_and_ticks_on_the_draft(site: None, team, editor) -> None:
    app = browser(editor)
    case = get_case_type("funds_release")
    facts = facts_for(case) | {
        "deactivation_date": days_ago(20),
        "evidence": ["deactivation_notice", "identity_document"],  # in the page's order
    }
    wizard = Wizard(app)
    walk_to_review(wizard, case, "US", facts=facts)
    wizard.submit("review")
    draft = Draft.objects.get()
    assert draft.evidence == ["deactivation_notice", "identity_document"]
    assert [d["key"] for d in draft.deadlines] == ["funds_held_60d"]
    assert (
        draft.deadlines[0]["due"]
        == (timezone.localdate() + datetime.timedelta(days=40)).isoformat()
    )
