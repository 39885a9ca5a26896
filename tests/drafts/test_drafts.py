"""Drafts: saving, editing with conflicts, status and timeline, follow-ups, revisions."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from drafts.diff import diff_html
from drafts.models import Draft, DraftRevision, TimelineEntry
from drafts.services import (
    FOLLOW_UP_NOTE,
    DraftError,
    StaleDraftError,
    draft_set_status,
    draft_update,
)
from tests.factories import PLAN, REPLY, as_user, new_draft, url

# -- saving and editing ---------------------------------------------------------------------


def test_new_draft_keeps_its_first_text_as_revision_1(team, owner) -> None:
    draft = new_draft(team, owner)

    revision = draft.revisions.get()
    assert (revision.number, revision.body, revision.author) == (1, PLAN, owner)
    assert (draft.status, draft.version) == ("draft", 1)


def test_wizard_answers_with_dates_are_kept(team, owner) -> None:
    draft = new_draft(team, owner, answers={"notice_date": datetime.date(2025, 3, 3), "n": 11})

    draft.refresh_from_db()
    assert draft.answers == {"notice_date": "2025-03-03", "n": 11}


def test_unknown_case_and_foreign_follow_up_are_refused(team, other_team, owner, outsider) -> None:
    theirs = new_draft(other_team, outsider)

    with pytest.raises(DraftError):
        new_draft(team, owner, case_type="no_such_case")
    with pytest.raises(DraftError):
        new_draft(team, owner, follow_up_of=theirs)
    assert not team.drafts.exists()


def test_editor_saves_a_new_text_as_the_next_revision(team, owner, editor) -> None:
    draft = new_draft(team, owner)

    response = as_user(editor).post(
        url("drafts:edit", draft),
        {"subject": "Appeal, second try", "body": PLAN + "\nP.S. invoices attached.", "version": 1},
        follow=True,
    )

    draft.refresh_from_db()
    assert draft.subject == "Appeal, second try"
    assert draft.version == 2
    assert list(draft.revisions.values_list("number", "author__username")) == [
        (2, "editor"),
        (1, "owner"),
    ]
    assert "Saved." in response.content.decode()
    # The checker ran on the saved text: its panel is on the page.
    assert "What the checker says" in response.content.decode()


def test_saving_the_same_text_adds_no_revision(team, owner) -> None:
    draft = new_draft(team, owner)

    draft_update(draft=draft, editor=owner, subject=draft.subject, body=PLAN, expected_version=1)

    draft.refresh_from_db()
    assert draft.version == 1
    assert draft.revisions.count() == 1


def test_browser_line_breaks_do_not_count_as_a_change(team, owner) -> None:
    draft = new_draft(team, owner)

    as_user(owner).post(
        url("drafts:edit", draft),
        {"subject": draft.subject, "body": PLAN.replace("\n", "\r\n"), "version": 1},
    )

    draft.refresh_from_db()
    assert draft.body == PLAN
    assert draft.revisions.count() == 1


def test_stale_save_is_refused_with_both_texts_and_nothing_overwritten(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    # The owner saves while the editor still has version 1 open.
    draft_update(
        draft=draft, editor=owner, subject="Theirs", body="Their careful text.", expected_version=1
    )

    response = as_user(editor).post(
        url("drafts:edit", draft),
        {"subject": "Mine", "body": "My <b>own</b> text.", "version": 1},
    )

    content = response.content.decode()
    assert response.status_code == 409
    assert "Their careful text." in content
    assert "My &lt;b&gt;own&lt;/b&gt; text." in content
    # Mine stays in an editable form that now carries the version saved in between.
    assert 'name="version" value="2"' in content
    draft.refresh_from_db()
    assert (draft.subject, draft.body, draft.version) == ("Theirs", "Their careful text.", 2)
    assert draft.revisions.count() == 2

    # Re-applying from the conflict page saves mine on top of theirs, keeping both revisions.
    again = as_user(editor).post(
        url("drafts:edit", draft), {"subject": "Mine", "body": "My own text.", "version": 2}
    )
    draft.refresh_from_db()
    assert again.status_code == 302
    assert (draft.body, draft.version) == ("My own text.", 3)
    assert list(draft.revisions.values_list("body", flat=True)) == [
        "My own text.",
        "Their careful text.",
        PLAN,
    ]


def test_stale_draft_error_carries_the_current_text(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_update(draft=draft, editor=owner, subject="A", body="First change.", expected_version=1)

    with pytest.raises(StaleDraftError) as raised:
        draft_update(draft=draft, editor=owner, subject="B", body="Late.", expected_version=1)

    assert raised.value.current.body == "First change."


def test_a_sent_letter_is_not_edited_in_place(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")

    page = as_user(owner).get(url("drafts:edit", draft))
    with pytest.raises(DraftError):
        draft_update(draft=draft, editor=owner, subject="x", body="changed", expected_version=1)

    assert page.status_code == 302
    assert page["Location"] == url("drafts:detail", draft)


def test_too_long_subject_is_refused_on_the_form(team, owner) -> None:
    draft = new_draft(team, owner)

    response = as_user(owner).post(
        url("drafts:edit", draft), {"subject": "x" * 301, "body": PLAN, "version": 1}
    )

    assert response.status_code == 400
    assert "at most 300 characters" in response.content.decode()
    draft.refresh_from_db()
    assert draft.subject == "Appeal: Order Defect Rate, Lumora Home"


# -- status and timeline --------------------------------------------------------------------


def test_status_moves_on_and_the_timeline_records_each_step(team, owner, editor) -> None:
    draft = new_draft(team, editor)
    editor_client, owner_client = as_user(editor), as_user(owner)
    status_url = url("drafts:status", draft)
    today = timezone.localdate()
    earlier = today - datetime.timedelta(days=8)

    editor_client.post(status_url, {"status": "ready_for_review", "happened_on": earlier})
    owner_client.post(
        status_url, {"status": "sent", "happened_on": today, "channel": "seller_central"}
    )
    owner_client.post(status_url, {"status": "awaiting_reply"})
    owner_client.post(status_url, {"status": "resolved", "outcome": "accepted"})

    draft.refresh_from_db()
    assert (draft.status, draft.outcome) == ("resolved", "accepted")
    # The timeline runs by when things happened, ties by when they were recorded.
    assert list(draft.timeline.values_list("happened_on", "kind", "text", "author__username")) == [
        (earlier, "status_change", "Draft → Ready for a teammate's check", "editor"),
        (today, "status_change", "Ready for a teammate's check → Sent", "owner"),
        # The channel the owner picked, not the route the draft was meant for.
        (today, "sent", "Sent through Seller Central", "owner"),
        (today, "status_change", "Sent → Awaiting reply", "owner"),
        (today, "status_change", "Awaiting reply → Resolved (Accepted)", "owner"),
    ]
    page = owner_client.get(url("drafts:detail", draft)).content.decode()
    assert date_format(earlier, "DATE_FORMAT") in page
    assert "Resolved · Accepted" in page


def test_a_status_change_cannot_be_dated_before_the_previous_one(team, owner, editor) -> None:
    draft = new_draft(team, editor)
    status_url = url("drafts:status", draft)
    as_user(editor).post(status_url, {"status": "ready_for_review"})  # today

    response = as_user(owner).post(
        status_url,
        {"status": "sent", "happened_on": "2025-03-12", "channel": "seller_central"},
        follow=True,
    )

    draft.refresh_from_db()
    assert draft.status == "ready_for_review"
    assert "the status last changed on" in response.content.decode()
    assert list(draft.timeline.values_list("text", flat=True)) == [
        "Draft → Ready for a teammate's check"
    ]


def test_the_timeline_page_shows_entries_by_date_then_by_when_they_were_recorded(
    team, owner
) -> None:
    draft = new_draft(team, owner)
    day = timezone.localdate() - datetime.timedelta(days=3)
    for text, happened_on in (("second on the day", day), ("later day", None)):
        as_user(owner).post(
            url("drafts:timeline_add", draft),
            {"kind": "comment", "text": text, "happened_on": happened_on or timezone.localdate()},
        )
    as_user(owner).post(
        url("drafts:timeline_add", draft),
        {
            "kind": "comment",
            "text": "recorded last, happened first",
            "happened_on": day - datetime.timedelta(days=1),
        },
    )

    html = as_user(owner).get(url("drafts:detail", draft)).content.decode()

    positions = [
        html.index(text)
        for text in ("recorded last, happened first", "second on the day", "later day")
    ]
    assert positions == sorted(positions)


def test_entries_of_the_same_day_keep_the_order_they_were_recorded_in(team, owner) -> None:
    draft = new_draft(team, owner)
    day = timezone.localdate() - datetime.timedelta(days=2)
    # Recorded in this order, all on one day; alphabetically they sort the other way round.
    for text in ("zz recorded first", "mm recorded second", "aa recorded third"):
        as_user(owner).post(
            url("drafts:timeline_add", draft), {"kind": "comment", "text": text, "happened_on": day}
        )

    html = as_user(owner).get(url("drafts:detail", draft)).content.decode()

    positions = [
        html.index(text)
        for text in ("zz recorded first", "mm recorded second", "aa recorded third")
    ]
    assert positions == sorted(positions)


def test_a_status_cannot_be_skipped_to_resolved(team, owner) -> None:
    draft = new_draft(team, owner)

    response = as_user(owner).post(
        url("drafts:status", draft), {"status": "resolved", "outcome": "accepted"}, follow=True
    )

    draft.refresh_from_db()
    assert draft.status == "draft"
    assert "cannot become" in response.content.decode()
    assert not draft.timeline.exists()


def test_resolved_needs_an_outcome_and_only_resolved_has_one(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")

    with pytest.raises(DraftError):
        draft_set_status(draft=draft, user=owner, status="resolved")
    with pytest.raises(IntegrityError):
        Draft.objects.filter(pk=draft.pk).update(outcome="accepted")


def test_comment_and_amazon_reply_are_added_to_the_timeline(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent", happened_on=datetime.date(2025, 3, 1))
    client = as_user(editor)

    client.post(
        url("drafts:timeline_add", draft),
        {"kind": "comment", "happened_on": "2025-03-01", "text": "Check the invoice dates."},
    )
    recorded = client.post(
        url("drafts:follow_up", draft),
        {"amazon_reply": REPLY, "happened_on": "2025-03-02", "record_only": "on"},
    )
    empty = client.post(
        url("drafts:timeline_add", draft),
        {"kind": "comment", "happened_on": "2025-03-03", "text": "   "},
        follow=True,
    )

    assert list(
        draft.timeline.exclude(kind__in=["status_change", "sent"]).values_list("kind", "text")
    ) == [
        ("comment", "Check the invoice dates."),
        ("amazon_reply", REPLY),
    ]
    assert recorded["Location"] == url("drafts:detail", draft)
    assert not Draft.objects.filter(follow_up_of=draft).exists()  # recorded only
    assert "Write the comment" in empty.content.decode()


def test_amazons_reply_has_one_form_on_the_draft_page(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")

    html = as_user(owner).get(url("drafts:detail", draft)).content.decode()

    assert html.count('name="amazon_reply"') == 1
    assert 'value="amazon_reply"' not in html  # not a kind of the timeline form
    refused = as_user(owner).post(
        url("drafts:timeline_add", draft),
        {"kind": "amazon_reply", "happened_on": "2025-03-02", "text": REPLY},
    )
    assert refused.status_code == 302
    assert not draft.timeline.filter(kind="amazon_reply").exists()


@pytest.mark.parametrize(
    ("view", "data"),
    [
        ("drafts:status", {"status": "sent"}),
        ("drafts:timeline_add", {"kind": "comment", "text": "Called the courier."}),
        ("drafts:follow_up", {"amazon_reply": REPLY}),
    ],
    ids=["sent-on", "timeline", "reply-received-on"],
)
def test_a_date_in_the_future_is_refused(team, owner, view: str, data: dict) -> None:
    draft = new_draft(team, owner)
    if view == "drafts:follow_up":
        draft = draft_set_status(draft=draft, user=owner, status="sent")
    entries = draft.timeline.count()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    client = as_user(owner)

    page = client.get(url("drafts:detail", draft)).content.decode()
    response = client.post(
        url(view, draft), {**data, "happened_on": tomorrow.isoformat()}, follow=True
    )

    assert (
        f"{tomorrow.isoformat()} is in the future; give the date it happened (today or earlier)."
        in response.content.decode()
    )
    assert draft.timeline.count() == entries
    assert not Draft.objects.filter(follow_up_of=draft).exists()
    assert Draft.objects.get(pk=draft.pk).status == draft.status
    # The date pickers do not offer a day after today in the first place.
    assert f'max="{timezone.localdate().isoformat()}"' in page


# -- follow-ups -----------------------------------------------------------------------------


def test_amazon_asks_for_more_and_a_follow_up_carries_the_case(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")

    response = as_user(editor).post(
        url("drafts:follow_up", draft), {"amazon_reply": REPLY, "happened_on": timezone.localdate()}
    )

    follow_up = Draft.objects.get(follow_up_of=draft)
    assert response["Location"] == url("drafts:edit", follow_up)
    assert (follow_up.case_type, follow_up.marketplace) == ("odr_deactivation", "UK")
    assert follow_up.recipients == draft.recipients
    assert (follow_up.route_name, follow_up.answers) == (draft.route_name, draft.answers)
    assert follow_up.body.startswith(FOLLOW_UP_NOTE)
    assert "Preventive measures: a second trained packer" in follow_up.body
    assert (follow_up.status, follow_up.author) == ("draft", editor)
    draft.refresh_from_db()
    assert draft.status == "awaiting_reply"
    reply = draft.timeline.get(kind="amazon_reply")
    assert (reply.text, reply.happened_on) == (REPLY, timezone.localdate())
    assert draft.timeline.filter(kind="follow_up").exists()


def test_follow_up_page_shows_the_earlier_letter_and_warns_until_rewritten(
    team, owner, editor
) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")
    client = as_user(editor)
    client.post(
        url("drafts:follow_up", draft), {"amazon_reply": REPLY, "happened_on": timezone.localdate()}
    )
    follow_up = Draft.objects.get(follow_up_of=draft)

    before = client.get(url("drafts:edit", follow_up)).content.decode()

    assert "The earlier letter" in before
    assert REPLY in before
    assert 'data-rule="common.repeats_previous"' in before
    rewritten = (
        "Dear Seller Performance Team,\n\nThank you for your reply of 20 March. You asked for "
        "our supplier and invoices for ASIN B0ABC. Our supplier is Shenzhen Brightway Ltd, "
        "licence 91440300MA5, who has supplied us since 2021. We attach invoices 2231 and "
        "2290 dated 2 and 19 February 2025 covering all 640 units sold, with the supplier's "
        "contact person and telephone number so you can verify them. We also attach the "
        "packing lists and the courier receipts for both deliveries.\n\nKind regards,\nMei Chen"
    )
    client.post(
        url("drafts:edit", follow_up),
        {"subject": follow_up.subject, "body": rewritten, "version": follow_up.version},
    )
    after = client.get(url("drafts:edit", follow_up)).content.decode()
    assert 'data-rule="common.repeats_previous"' not in after
    # The earlier letter links to its follow-up, and the follow-up back to it.
    assert (
        url("drafts:detail", follow_up) in client.get(url("drafts:detail", draft)).content.decode()
    )
    assert (
        url("drafts:detail", draft) in client.get(url("drafts:detail", follow_up)).content.decode()
    )


def test_follow_up_needs_the_reply(team, owner) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")

    as_user(owner).post(
        url("drafts:follow_up", draft), {"amazon_reply": "  ", "happened_on": "2025-03-20"}
    )

    assert not Draft.objects.filter(follow_up_of=draft).exists()
    draft.refresh_from_db()
    assert draft.status == "sent"


@pytest.mark.parametrize(
    ("case_type", "status", "message"),
    [
        (
            "odr_deactivation",
            "draft",
            "This letter has not been sent yet: mark it as sent, then start a follow-up.",
        ),
        (
            "odr_deactivation",
            "ready_for_review",
            "This letter has not been sent yet: mark it as sent, then start a follow-up.",
        ),
        ("shipping_status", "sent", "Only letters to Amazon have follow-ups."),
        ("cease_and_desist", "sent", "Only letters to Amazon have follow-ups."),
    ],
    ids=["unsent", "in-review", "to-a-buyer", "to-a-seller"],
)
def test_follow_up_only_on_a_sent_letter_to_amazon(
    team, owner, case_type: str, status: str, message: str
) -> None:
    # The page offers no follow-up form for these; a hand-made POST must not start one.
    draft = new_draft(team, owner, case_type=case_type)
    if status != "draft":
        # The appeal's text is not a good letter to a seller; what it says does not matter here.
        reason = "The text does not matter in this test."
        draft_set_status(draft=draft, user=owner, status=status, override_reason=reason)

    response = as_user(owner).post(
        url("drafts:follow_up", draft),
        {"amazon_reply": REPLY, "happened_on": "2025-03-20"},
        follow=True,
    )

    assert message in response.content.decode()
    assert not Draft.objects.filter(follow_up_of=draft).exists()
    assert not draft.timeline.filter(kind__in=["amazon_reply", "follow_up"]).exists()
    draft.refresh_from_db()
    assert draft.status == status


# -- revisions and diff ---------------------------------------------------------------------


def test_diff_marks_removed_and_added_words_and_escapes_html() -> None:
    html = diff_html("Refund within 48 hours.", "Refund within <b>24</b> hours.")

    assert '<del class="diff-del">48</del>' in html
    assert '<ins class="diff-ins">&lt;b&gt;24&lt;/b&gt;</ins>' in html
    assert "<b>" not in html


def test_diff_reads_a_rewritten_sentence_as_one_removal_and_one_addition() -> None:
    html = diff_html(
        "Our weekend cover: a second person answers messages.\n\nKind regards",
        "You asked for invoices: they are attached.\n\nKind regards",
    )

    assert html == (
        '<del class="diff-del">Our weekend cover: a second person answers messages</del>'
        '<ins class="diff-ins">You asked for invoices: they are attached</ins>.\n\nKind regards'
    )


def test_diff_shrinks_long_unchanged_stretches_around_a_change() -> None:
    old = "\n".join(f"Line {n}" for n in range(40))

    html = diff_html(old, old.replace("Line 20", "Line twenty"))

    before, after = html.split("twenty")
    assert "… 18 unchanged lines …" in before
    assert "… 17 unchanged lines …" in after
    assert "Line 18\nLine 19\nLine " in html
    assert "Line 5\n" not in html
    assert "Line 5\n" in diff_html(old, old.replace("Line 20", "Line twenty"), context=None)


def test_any_two_revisions_can_be_compared(team, owner, editor) -> None:
    draft = new_draft(team, owner, body="We reply within 48 hours.")
    draft_update(
        draft=draft,
        editor=editor,
        subject=draft.subject,
        body="We reply within 24 hours.",
        expected_version=1,
    )
    draft_update(
        draft=draft,
        editor=owner,
        subject=draft.subject,
        body="We reply within 24 hours. <script>alert(1)</script>",
        expected_version=2,
    )
    client = as_user(editor)

    response = client.get(url("drafts:revision_diff", draft), {"old": 1, "new": 3})
    missing = client.get(url("drafts:revision_diff", draft), {"old": 1, "new": 9})

    content = response.content.decode()
    assert response.status_code == 200
    assert '<del class="diff-del">48</del>' in content
    assert '<ins class="diff-ins">24</ins>' in content
    assert "&lt;script&gt;alert" in content
    assert "<script>alert" not in content
    assert missing.status_code == 404
    # The detail page lists every revision with its author and shows the last change.
    detail = client.get(url("drafts:detail", draft)).content.decode()
    assert "Last change: revision 2 → 3, by owner" in detail


# -- duplicate, delete, downloads -----------------------------------------------------------


def test_duplicate_starts_a_fresh_draft_with_the_same_letter(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    draft_set_status(draft=draft, user=owner, status="sent")

    response = as_user(editor).post(url("drafts:duplicate", draft))

    copy = Draft.objects.exclude(pk=draft.pk).get()
    assert response["Location"] == url("drafts:detail", copy)
    assert (copy.body, copy.status, copy.author, copy.version) == (PLAN, "draft", editor, 1)
    assert copy.revisions.count() == 1


def test_delete_asks_first_then_deletes(team, owner, editor) -> None:
    draft = new_draft(team, owner)
    client = as_user(editor)

    confirm = client.get(url("drafts:delete", draft))
    assert Draft.objects.filter(pk=draft.pk).exists()
    response = client.post(url("drafts:delete", draft))

    assert "Delete this draft?" in confirm.content.decode()
    assert response["Location"] == reverse("drafts:list", kwargs={"team_slug": team.slug})
    assert not Draft.objects.filter(pk=draft.pk).exists()
    assert not DraftRevision.objects.exists()


def test_eml_download_parses_back(team, owner) -> None:
    import email
    import email.policy

    draft = new_draft(team, owner, subject="Appeal — 店铺 Lumora 🌟")

    response = as_user(owner).get(url("drafts:download", draft, fmt="eml"))

    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert response["Content-Type"] == "message/rfc822"
    assert "attachment" in response["Content-Disposition"]
    assert message["To"] == "seller-performance@amazon.co.uk"
    assert message["Subject"] == "Appeal — 店铺 Lumora 🌟"
    assert message["Date"] is not None
    assert message.get_content().replace("\r\n", "\n").strip() == PLAN.strip()


def test_a_buyer_message_has_no_eml_download_only_buyer_seller_messaging(team, owner) -> None:
    draft = new_draft(
        team, owner, case_type="shipping_status", recipients=["buyer@marketplace.amazon.co.uk"]
    )

    response = as_user(owner).get(url("drafts:download", draft, fmt="eml"))

    assert response.status_code == 404
    detail = as_user(owner).get(url("drafts:detail", draft)).content.decode()
    assert "Buyer-Seller Messaging" in detail and "Manage Orders" in detail
    assert "Download .eml" not in detail and "mailto:" not in detail
    assert "buyer@marketplace.amazon.co.uk" not in detail
    assert as_user(owner).get(url("drafts:download", draft, fmt="txt")).status_code == 200


def test_txt_download_and_unknown_format(team, owner) -> None:
    draft = new_draft(team, owner)
    client = as_user(owner)

    text = client.get(url("drafts:download", draft, fmt="txt"))
    unknown = client.get(url("drafts:download", draft, fmt="rtf"))

    assert text.content.decode() == f"Subject: {draft.subject}\n\n{PLAN}"
    assert unknown.status_code == 404


# -- access ---------------------------------------------------------------------------------


def test_outsider_gets_404_even_with_our_pk_in_their_own_team_url(
    team, other_team, owner, outsider
) -> None:
    ours = new_draft(team, owner)
    client = as_user(outsider)

    for name in ("drafts:detail", "drafts:edit", "drafts:revision_diff", "drafts:delete"):
        their_url = reverse(name, kwargs={"team_slug": other_team.slug, "pk": ours.pk})
        assert client.get(their_url).status_code == 404, name
    their_download = reverse(
        "drafts:download", kwargs={"team_slug": other_team.slug, "pk": ours.pk, "fmt": "txt"}
    )
    assert client.get(their_download).status_code == 404
    assert (
        client.post(
            reverse("drafts:delete", kwargs={"team_slug": other_team.slug, "pk": ours.pk})
        ).status_code
        == 404
    )
    assert Draft.objects.filter(pk=ours.pk).exists()


def test_viewer_reads_everything_but_every_write_is_403(team, owner, viewer) -> None:
    draft = new_draft(team, owner)
    client = as_user(viewer)

    detail = client.get(url("drafts:detail", draft)).content.decode()
    writes = {
        "drafts:edit": {"subject": "x", "body": "hijacked", "version": 1},
        "drafts:status": {"status": "ready_for_review"},
        "drafts:timeline_add": {"kind": "comment", "happened_on": "2025-03-01", "text": "x"},
        "drafts:follow_up": {"amazon_reply": REPLY, "happened_on": "2025-03-01"},
        "drafts:duplicate": {},
        "drafts:delete": {},
    }

    assert PLAN.splitlines()[0] in detail
    assert url("drafts:edit", draft) not in detail
    assert url("drafts:status", draft) not in detail
    for name, data in writes.items():
        assert client.post(url(name, draft), data).status_code == 403, name
    draft.refresh_from_db()
    assert (draft.body, draft.status) == (PLAN, "draft")
    assert Draft.objects.count() == 1
    assert not TimelineEntry.objects.exists()


# -- list -----------------------------------------------------------------------------------


def test_list_filters_and_searches(team, owner, editor) -> None:
    uk = new_draft(team, owner, subject="Appeal UK")
    new_draft(team, editor, subject="Appeal DE", marketplace="DE")
    buyer = new_draft(
        team,
        owner,
        subject="Where is my parcel",
        case_type="shipping_status",
        body="Your parcel left today.",
    )
    draft_set_status(draft=uk, user=owner, status="ready_for_review")
    client = as_user(editor)
    list_url = reverse("drafts:list", kwargs={"team_slug": team.slug})

    def subjects(**params: object) -> set[str]:
        page = client.get(list_url, params).context["page"]
        return {draft.subject for draft in page.object_list}

    assert subjects() == {"Appeal UK", "Appeal DE", "Where is my parcel"}
    assert subjects(status="ready_for_review") == {"Appeal UK"}
    assert subjects(marketplace="DE") == {"Appeal DE"}
    assert subjects(author=editor.pk) == {"Appeal DE"}
    assert subjects(case_type="shipping_status") == {buyer.subject}
    assert subjects(q="PARCEL LEFT") == {"Where is my parcel"}
    assert subjects(status="nonsense") == {"Appeal UK", "Appeal DE", "Where is my parcel"}


def test_list_is_paginated_by_25(team, owner) -> None:
    Draft.objects.bulk_create(
        Draft(
            team=team,
            author=owner,
            case_type="odr_deactivation",
            marketplace="UK",
            subject=f"Letter {n}",
            body="x",
        )
        for n in range(30)
    )
    client = as_user(owner)
    list_url = reverse("drafts:list", kwargs={"team_slug": team.slug})

    first = client.get(list_url)
    second = client.get(list_url, {"page": 2})

    assert len(first.context["page"].object_list) == 25
    assert len(second.context["page"].object_list) == 5
    assert "Page 2 of 2" in second.content.decode()


def test_empty_list_says_what_to_do_next(team, owner, viewer) -> None:
    list_url = reverse("drafts:list", kwargs={"team_slug": team.slug})

    owner_page = as_user(owner).get(list_url).content.decode()
    viewer_page = as_user(viewer).get(list_url).content.decode()

    start = f'class="btn btn-primary" href="{reverse("letters:wizard")}"'
    assert "No drafts yet — start a case" in owner_page
    assert start in owner_page
    assert start not in viewer_page
    assert "Ask an editor or the owner" in viewer_page


def test_team_page_links_to_the_drafts(team, viewer) -> None:
    page = as_user(viewer).get(reverse("teams:detail", kwargs={"team_slug": team.slug}))

    assert reverse("drafts:list", kwargs={"team_slug": team.slug}) in page.content.decode()
