"""Saving an e-mail from the sender check on a team's case: the team door, a verdict the
server gives again, one entry per form, the e-mail shown escaped, both languages."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from drafts.models import TimelineEntry
from drafts.services import CHECKED_MAIL_KEPT_CHARS
from drafts.team_export import team_export_json
from sellerdesk.models import Membership
from tests.factories import as_user, new_draft, url

CORPUS = Path(__file__).parent.parent / "senders" / "corpus"
PHISHING = (CORPUS / "phishing_us_identity_digits_en_html.eml").read_text(encoding="utf-8")
GENUINE = (CORPUS / "genuine_de_account_health_de_html.eml").read_text(encoding="utf-8")
SENDER_CHECK = "/check-sender/"
# Every team page pays these: the session, the user, the membership with its team (the door).
DOOR = 3


def save_url(team) -> str:
    return reverse("drafts:checked_mail", kwargs={"team_slug": team.slug})


def save(client: Client, draft, message: str = PHISHING, **extra: object):
    data = {"message": message, "draft": draft.pk, "token": str(uuid.uuid4()), **extra}
    return client.post(save_url(draft.team), data)


def test_editor_saves_a_checked_mail_on_the_case_timeline(team, owner, editor) -> None:
    draft = new_draft(team, owner)

    response = save(as_user(editor), draft)

    assert response.status_code == 302
    assert response["Location"] == url("drafts:detail", draft) + "#timeline"
    entry = draft.timeline.get(kind=TimelineEntry.Kind.CHECKED_MAIL)
    assert entry.author == editor
    assert entry.text == PHISHING.replace("\r\n", "\n")
    assert entry.details["verdict"] == "phishing"
    assert entry.details["sender"] == "support@amaz0n-seller.com"
    rules = {reason["rule"] for reason in entry.details["reasons"]}
    assert {"from.lookalike.characters", "links.text_mismatch"} <= rules


def test_the_draft_page_shows_the_verdict_reasons_and_the_mail_escaped(team, owner) -> None:
    draft = new_draft(team, owner)
    client = as_user(owner)
    save(client, draft)

    page = client.get(url("drafts:detail", draft)).content.decode()

    timeline = page[page.index('id="timeline"') :]
    assert 'data-verdict="phishing"' in timeline
    assert ">Phishing</span>" in timeline
    assert 'data-rule="from.lookalike.characters"' in timeline
    assert "The e-mail as it was checked" in timeline
    # The HTML part is text on the page, never markup.
    assert "&lt;a href=3D&quot;https://amaz0n-seller.com/verify" in timeline
    assert '<a href=3D"https://amaz0n-seller.com' not in timeline


def test_a_posted_verdict_is_ignored_the_server_checks_again(team, owner) -> None:
    draft = new_draft(team, owner)

    save(as_user(owner), draft, verdict="genuine", reasons="[]")

    assert draft.timeline.get().details["verdict"] == "phishing"


def test_a_genuine_mail_is_saved_as_genuine(team, owner) -> None:
    draft = new_draft(team, owner)

    save(as_user(owner), draft, message=GENUINE)

    assert draft.timeline.get().details["verdict"] == "genuine"


def test_submitting_the_form_twice_saves_once(team, owner) -> None:
    draft = new_draft(team, owner)
    client = as_user(owner)
    token = str(uuid.uuid4())

    first = save(client, draft, token=token)
    second = save(client, draft, token=token)

    assert first.status_code == second.status_code == 302
    assert draft.timeline.filter(kind=TimelineEntry.Kind.CHECKED_MAIL).count() == 1


def test_viewer_cannot_save(team, owner, viewer) -> None:
    draft = new_draft(team, owner)

    assert save(as_user(viewer), draft).status_code == 403
    assert not draft.timeline.exists()


def test_another_team_s_draft_is_a_404(team, other_team, owner, outsider) -> None:
    ours = new_draft(team, owner)
    theirs = new_draft(other_team, outsider)
    client = as_user(owner)

    # Our team's URL with their draft, and their team's URL: neither is found.
    response = client.post(save_url(team), {"message": PHISHING, "draft": theirs.pk})
    assert response.status_code == 404
    assert save(client, theirs).status_code == 404
    assert save(as_user(outsider), ours).status_code == 404
    assert not TimelineEntry.objects.exists()


def test_anonymous_visitors_are_asked_to_log_in_and_nothing_is_stored(team, owner) -> None:
    draft = new_draft(team, owner)
    client = Client()

    result = client.post(SENDER_CHECK, {"message": PHISHING}).content.decode()
    response = save(client, draft)

    assert "Log in to save this to a team case" in result
    save_section = result[result.index('id="save-checked-mail"') :]
    assert "<form" not in save_section[: save_section.index("</section>")]
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not TimelineEntry.objects.exists()


def test_the_check_result_offers_the_teams_where_the_member_can_edit(
    team, other_team, owner, viewer, django_assert_num_queries
) -> None:
    Membership.objects.create(team=other_team, user=owner, role="viewer")
    client = as_user(owner)
    client.get(SENDER_CHECK)  # the session exists before counting

    # The session, the user, the user's memberships with their teams.
    with django_assert_num_queries(3):
        page = client.post(SENDER_CHECK, {"message": PHISHING}).content.decode()

    save_form = page[page.index('id="save-checked-mail"') :]
    assert f'formaction="{save_url(team)}"' in save_form
    assert save_url(other_team) not in save_form  # a viewer there
    assert "Save to a case of Lumora Home" in save_form
    assert "amaz0n-seller.com/verify?id=3D88213" in save_form  # the e-mail goes along

    viewer_page = as_user(viewer).post(SENDER_CHECK, {"message": PHISHING}).content.decode()
    assert "Only team members who can edit may save it to a case." in viewer_page


@pytest.mark.parametrize("count", [2, 150])
def test_choosing_the_case_costs_the_same_for_2_and_150_drafts(
    team, other_team, owner, outsider, django_assert_num_queries, count: int
) -> None:
    drafts = [new_draft(team, owner, subject=f"Appeal {n}") for n in range(count)]
    new_draft(other_team, outsider, subject="Their appeal")
    client = as_user(owner)
    client.get(reverse("drafts:list", kwargs={"team_slug": team.slug}))

    # The door, then the team's newest drafts.
    with django_assert_num_queries(DOOR + 1):
        response = client.post(save_url(team), {"message": PHISHING})

    assert response.status_code == 200
    page = response.content.decode()
    assert 'data-verdict="phishing"' in page
    assert f'<option value="{drafts[-1].pk}">Appeal {count - 1} ·' in page
    assert "Their appeal" not in page
    choices = page[page.index('id="checked-mail-draft"') :]
    choices = choices[: choices.index("</select>")]
    assert choices.count("<option ") == min(count, 100)
    assert not TimelineEntry.objects.exists()


def test_what_cannot_be_read_or_is_too_long_is_refused_on_the_page(team, owner) -> None:
    draft = new_draft(team, owner)
    client = as_user(owner)

    unreadable = save(client, draft, message="hello there")
    too_long = save(client, draft, message="x" * (200 * 1024 + 1))

    assert unreadable.status_code == too_long.status_code == 400
    assert "could not read this as an e-mail" in unreadable.content.decode()
    assert "at most 204800 characters" in too_long.content.decode()
    assert not TimelineEntry.objects.exists()


def test_a_long_mail_is_kept_cut_with_its_verdict_on_the_whole(team, owner) -> None:
    draft = new_draft(team, owner)
    long_mail = PHISHING + "\n" + "Lorem ipsum dolor sit amet. " * 2000

    save(as_user(owner), draft, message=long_mail)

    entry = draft.timeline.get()
    assert len(entry.text) <= CHECKED_MAIL_KEPT_CHARS + 4
    assert entry.details["cut"] is True
    assert entry.details["verdict"] == "phishing"


def test_saving_in_chinese(team, owner) -> None:
    draft = new_draft(team, owner)
    client = as_user(owner)
    zh = {"HTTP_ACCEPT_LANGUAGE": "zh-CN"}

    result = client.post(SENDER_CHECK, {"message": PHISHING}, **zh).content.decode()
    choose = client.post(save_url(team), {"message": PHISHING}, **zh).content.decode()
    client.post(
        save_url(team),
        {"message": PHISHING, "draft": draft.pk, "token": str(uuid.uuid4())},
        **zh,
    )
    page = client.get(url("drafts:detail", draft), **zh).content.decode()

    assert "保存到 Lumora Home 的案件" in result
    assert "把核查过的邮件保存到案件" in choose
    assert "核查过的邮件" in page
    assert ">钓鱼邮件</span>" in page


def test_the_team_export_keeps_the_verdict_with_the_mail(team, owner) -> None:
    draft = new_draft(team, owner)
    save(as_user(owner), draft)

    export = json.loads(team_export_json(team=team))

    (entry,) = export["drafts"][0]["timeline"]
    assert entry["kind"] == "checked_mail"
    assert entry["details"]["verdict"] == "phishing"
