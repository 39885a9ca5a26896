"""Finishing the wizard keeps the letter as a team draft; the next case starts prefilled."""

from __future__ import annotations

import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django_webtest import DjangoTestApp
from webtest import TestResponse
from webtest.forms import Form

from drafts.models import Draft
from letters.cases import get_case_type
from letters.models import TemplateVersion
from tests.factories import PASSWORD
from tests.helpers.browser import browser, log_in, log_in_with_password, post
from tests.helpers.wizard import (
    WHO,
    Wizard,
    facts_for,
    field_value,
    plan_answers,
    step_url,
    walk_to_review,
)

ODR = get_case_type("odr_deactivation")


@pytest.fixture
def templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def finish(wizard: Wizard) -> object:
    walk_to_review(wizard, ODR, "DE")
    return wizard.submit("review", {})


def test_an_editor_finishing_saves_a_draft_of_the_team(templates, team, editor) -> None:
    app = browser(editor)

    page = finish(Wizard(app))

    draft = Draft.objects.get()
    assert page.request.path_qs == draft.get_absolute_url()
    assert "Saved as a draft of Lumora Home" in page.content.decode()
    assert draft.team == team
    assert draft.author == editor
    assert draft.case_type == "odr_deactivation"
    assert draft.marketplace == "DE"
    assert draft.recipients == ["verkaeufer-performance@amazon.de"]
    assert draft.route_where == ("sellercentral.amazon.de/performance/dashboard")
    assert draft.template_version == TemplateVersion.objects.current_for("odr_deactivation")
    assert draft.status == Draft.Status.DRAFT
    assert draft.answers["who"]["store_name"] == WHO["store_name"]
    assert draft.answers["plan"]["corrective_actions"]
    assert "Root cause" in draft.body
    assert draft.revisions.count() == 1


def test_a_buyer_message_records_buyer_seller_messaging(templates, team, owner) -> None:
    app = browser(owner)
    wizard = Wizard(app)

    walk_to_review(wizard, get_case_type("lost_parcel"), "UK")
    wizard.submit("review", {})

    draft = Draft.objects.get()
    assert draft.recipients == []
    assert draft.route_name == "Buyer-Seller Messaging"


def finish_button(page: object) -> str:
    html = page.content.decode()
    match = re.search(r'<button type="submit" class="btn btn-primary px-4">(.*?)</button>', html)
    return match.group(1)


def test_the_finish_button_says_it_saves_to_team_drafts_for_an_editor(
    templates, team, editor, viewer
) -> None:
    app = browser(editor)
    assert finish_button(walk_to_review(Wizard(app), ODR, "DE")) == "Save to team drafts"
    app.extra_environ["HTTP_ACCEPT_LANGUAGE"] = "zh-CN"
    assert finish_button(app.get(step_url("review"))) == "保存到团队草稿"

    app = browser(viewer)
    assert finish_button(walk_to_review(Wizard(app), ODR, "DE")) == "Show my letter"
    assert finish_button(walk_to_review(Wizard(browser()), ODR, "DE")) == "Show my letter"


def test_a_viewer_gets_the_letter_but_no_draft(templates, team, viewer) -> None:
    app = browser(viewer)

    page = finish(Wizard(app))

    assert page.request.path_qs == reverse("letters:wizard_letter")
    assert "you cannot save drafts" in page.content.decode()
    assert not Draft.objects.exists()
    assert post(app, reverse("letters:wizard_letter_save"), status=403).status_code == 403


def test_a_seller_who_logs_in_afterwards_saves_the_letter_once(templates, team, editor) -> None:
    app = browser()
    page = finish(Wizard(app))
    assert "Log in to save this letter" in page.content.decode()
    assert not Draft.objects.exists()

    log_in(app, editor)  # logging in keeps the session and its finished letter
    first = post(app, reverse("letters:wizard_letter_save"))
    second = post(app, reverse("letters:wizard_letter_save"))

    draft = Draft.objects.get()
    assert first["Location"] == second["Location"] == draft.get_absolute_url()
    assert draft.author == editor
    assert "Open the draft" in app.get(reverse("letters:wizard_letter")).content.decode()


def test_saving_needs_a_login(templates) -> None:
    response = Client().post(reverse("letters:wizard_letter_save"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_next_case_starts_with_the_last_cases_store_and_sender(templates, team, editor) -> None:
    app = browser(editor)
    finish(Wizard(app))

    wizard = Wizard(app)
    wizard.start()
    wizard.submit("case", {"case": "funds_release"})
    page = app.get(step_url("who"))

    assert field_value(page, "who-store_name") == WHO["store_name"]
    assert field_value(page, "who-sender_name") == WHO["sender_name"]
    assert 'value="DE" selected' in page.content.decode()


def prefilled(response, name: str) -> bool:
    """Whether the input `name` is on the page with a value already in it."""
    content = response.content.decode()
    assert f'name="{name}"' in content
    return re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*value="[^"]', content) is not None


def test_a_teammates_store_is_offered_but_their_sender_is_not_prefilled(
    templates, team, editor, owner
) -> None:
    app = browser(editor)
    finish(Wizard(app))

    other = browser(owner)
    wizard = Wizard(other)
    wizard.start()
    wizard.submit("case", {"case": "funds_release"})

    page = other.get(step_url("who"))
    assert not prefilled(page, "who-store_name")
    assert not prefilled(page, "who-sender_name")
    content = page.content.decode()
    assert f'data-store-name="{WHO["store_name"]}" data-marketplace="DE"' in content
    assert 'list="team-stores"' in content


def test_another_teams_store_is_never_offered_or_prefilled(
    templates, team, other_team, editor, make_user
) -> None:
    from sellerdesk.models import Membership

    app = browser(editor)
    finish(Wizard(app))  # a draft of `team`, signed with WHO's store

    # The same person also works for another team and switches to it.
    Membership.objects.create(team=other_team, user=editor, role=Membership.Role.EDITOR)
    post(app, reverse("teams:switch", kwargs={"team_slug": other_team.slug}))
    wizard = Wizard(app)
    wizard.start()
    wizard.submit("case", {"case": "funds_release"})

    page = app.get(step_url("who"))
    assert not prefilled(page, "who-store_name")
    assert WHO["store_name"] not in page.content.decode()


def test_a_logged_in_member_stays_within_five_statements_a_step(
    templates, team, editor, assert_statements
) -> None:
    app = browser(editor)
    finish(Wizard(app))  # an earlier case, so the who step has something to prefill
    wizard = Wizard(app)
    wizard.start()

    with assert_statements(2):  # session, user
        wizard.open("case")
    # A redirect renders no page, so the user is not loaded: session, version, session write
    with assert_statements(3):
        wizard.submit("case", {"case": ODR.key}, follow=False)
    # session, user, version, the current team, its recent drafts' stores and senders
    with assert_statements(5):
        wizard.open("who")
    with assert_statements(3):  # session, version, session write
        wizard.submit("who", {"marketplace": "DE", **WHO}, follow=False)
    with assert_statements(3):  # session, user, version
        wizard.open("facts")
    # session, user, version, the directory's digest (its answer was cached on the way, see
    # cached_destination_for), and the member's team, for the finish button's words ("Save to
    # team drafts")
    walk_to_review(wizard, ODR, "DE")
    with assert_statements(5):
        wizard.open("review")
    # Finish, on the POST itself: session, user, version, the member's team, the directory's
    # digest, the draft, its first revision, session write. A one-off write of several rows.
    with assert_statements(8):
        response = wizard.submit("review", {}, follow=False)
    assert response["Location"] == Draft.objects.latest("pk").get_absolute_url()


def test_a_get_of_the_done_step_writes_nothing(templates, team, editor) -> None:
    app = browser(editor)
    wizard = Wizard(app)
    wizard.start()
    walk_to_review(wizard, ODR, "DE")
    before = Draft.objects.count()

    response = app.get(step_url("done"))

    assert response.status_code == 302
    assert response["Location"] == step_url("review")
    assert Draft.objects.count() == before


def walk_odr_to(app: DjangoTestApp, step: str) -> tuple[Wizard, Form]:
    """An ODR appeal in DE answered up to `step`; that page's form, filled in, not yet sent."""
    wizard = Wizard(app)
    wizard.start()
    wizard.submit("case", {"case": ODR.key})
    wizard.submit("who", {"marketplace": "DE", **WHO})
    wizard.submit("facts", facts_for(ODR))
    if step == "review":
        wizard.submit("plan", plan_answers())
    return wizard, wizard.fill(step, plan_answers() if step == "plan" else {})


def expire() -> None:
    Session.objects.all().delete()


def log_in_on_the_page(app: DjangoTestApp, username: str) -> TestResponse:
    return log_in_with_password(app, username, PASSWORD, reverse("letters:wizard"))


def test_an_expired_session_keeps_the_answers_and_saves_them_after_logging_in(
    templates, team, editor
) -> None:
    app = browser(editor)
    _, form = walk_odr_to(app, "plan")
    expire()

    page = form.submit().maybe_follow()

    assert page.request.path_qs.startswith(reverse("login"))
    assert "Your answers are kept: log in again" in page.content.decode()
    assert not Draft.objects.exists()  # nothing is written for a visitor who is not logged in

    page = log_in_on_the_page(app, "editor")

    draft = Draft.objects.get()
    assert page.request.path_qs == draft.get_absolute_url()
    assert "Your answers from before are saved as the draft" in page.content.decode()
    assert (draft.team, draft.author, draft.marketplace) == (team, editor, "DE")
    # Every answer, the plan posted with the expired session included, is in the letter.
    assert "Lumora Home EU" in draft.body
    assert draft.answers["plan"]["corrective_actions"]
    assert draft.recipients == ["verkaeufer-performance@amazon.de"]
    # Saved once: the wizard starts afresh.
    app.get(reverse("letters:wizard"))
    assert Draft.objects.count() == 1


def test_edits_on_the_review_survive_an_expired_session(templates, team, editor) -> None:
    app = browser(editor)
    _, form = walk_odr_to(app, "review")
    form["review-body"] = form["review-body"].value + "\nA SENTENCE OF MY OWN.\n"
    expire()

    form.submit()
    log_in_on_the_page(app, "editor")

    assert "A SENTENCE OF MY OWN." in Draft.objects.get().body


def test_a_copied_page_saves_nothing_for_anyone_else(templates, team, editor, outsider) -> None:
    victim = browser(editor)
    _, form = walk_odr_to(victim, "plan")
    fields = dict(form.submit_fields())  # the page, saved and opened elsewhere
    post(victim, reverse("logout"))

    stranger = browser()
    post(stranger, step_url("plan"), {**fields, "plan-root_causes-0-cause": "ATTACKER TEXT"})
    page = log_in_on_the_page(stranger, "outsider")
    again = post(browser(), step_url("plan"), fields).maybe_follow()

    assert not Draft.objects.exists()
    # The editor's answers are not left in the stranger's wizard either.
    assert "Lumora Home EU" not in stranger.get(step_url("who")).content.decode()
    assert page.status_code == 200 and again.status_code == 200


def test_a_tampered_snapshot_keeps_nothing(templates, team, editor) -> None:
    app = browser(editor)
    _, form = walk_odr_to(app, "plan")
    form["wizard_snapshot"] = form["wizard_snapshot"].value[:-3] + "abc"
    expire()

    page = form.submit().maybe_follow()

    assert "we could not keep your answers" in page.content.decode()
    assert page.request.path_qs == step_url("case")
    log_in_on_the_page(app, "editor")
    assert not Draft.objects.exists()


def test_a_viewers_expired_answers_stay_in_the_wizard_not_in_the_team(
    templates, team, viewer
) -> None:
    app = browser(viewer)
    _, form = walk_odr_to(app, "plan")
    expire()

    form.submit()
    log_in_on_the_page(app, "viewer")

    assert not Draft.objects.exists()
    assert "Lumora Home EU" in app.get(step_url("who")).content.decode()


def test_visitors_pages_carry_no_snapshot(templates) -> None:
    wizard = Wizard(browser())
    wizard.start()

    assert "wizard_snapshot" not in wizard.submit("case", {"case": ODR.key}).content.decode()


def test_the_signed_copy_is_not_stored_among_the_answers(templates, team, editor) -> None:
    app = browser(editor)
    wizard = Wizard(app)
    wizard.start()
    wizard.submit("case", {"case": ODR.key})
    page = wizard.submit("who", {"marketplace": "DE", **WHO})

    stored = str(app.session["wizard_case_wizard_view"])
    assert 'name="wizard_snapshot"' in page.content.decode()
    assert "wizard_snapshot" not in stored
    assert "csrfmiddlewaretoken" not in stored
    assert "Lumora Home EU" in stored


def test_the_finished_letter_points_at_its_draft_after_a_team_switch(
    templates, team, other_team, editor
) -> None:
    from sellerdesk.models import Membership

    Membership.objects.create(team=other_team, user=editor, role="editor")
    app = browser(editor)
    post(app, reverse("teams:switch", kwargs={"team_slug": team.slug}))
    finish(Wizard(app))
    draft = Draft.objects.get()

    post(app, reverse("teams:switch", kwargs={"team_slug": other_team.slug}))
    page = app.get(reverse("letters:wizard_letter")).content.decode()
    again = post(app, reverse("letters:wizard_letter_save"))

    assert draft.get_absolute_url() in page
    assert again["Location"] == draft.get_absolute_url()
    assert Draft.objects.count() == 1
