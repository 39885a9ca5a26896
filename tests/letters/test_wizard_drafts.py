"""Finishing the wizard keeps the letter as a team draft; the next case starts prefilled."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from letters.cases import get_case_type
from letters.drafts.models import Draft
from letters.models import TemplateVersion
from tests.letters.wizard_helpers import WHO, Wizard, input_value, step_url, walk_to_review

ODR = get_case_type("odr_deactivation")


@pytest.fixture
def templates(directory: None) -> None:
    call_command("loaddata", "letter_templates", verbosity=0)


def finish(wizard: Wizard) -> object:
    walk_to_review(wizard, ODR, "DE")
    return wizard.submit("review", {}, follow=True)


def test_an_editor_finishing_saves_a_draft_of_the_team(templates, team, editor) -> None:
    client = Client()
    client.force_login(editor)

    page = finish(Wizard(client))

    draft = Draft.objects.get()
    assert page.redirect_chain[-1][0] == draft.get_absolute_url()
    assert "Saved as a draft of Lumora Home" in page.content.decode()
    assert draft.team == team
    assert draft.author == editor
    assert draft.case_type == "odr_deactivation"
    assert draft.marketplace == "DE"
    assert draft.recipients == ["verkaeufer-performance@amazon.de"]
    assert draft.route_where == (
        "sellercentral.amazon.de/gp/customer-experience/perf-notifications.html"
    )
    assert draft.template_version == TemplateVersion.objects.current_for("odr_deactivation")
    assert draft.status == Draft.Status.DRAFT
    assert draft.answers["who"]["store_name"] == WHO["store_name"]
    assert draft.answers["plan"]["corrective_actions"]
    assert "Root cause" in draft.body
    assert draft.revisions.count() == 1


def test_a_buyer_message_records_buyer_seller_messaging(templates, team, owner) -> None:
    client = Client()
    client.force_login(owner)
    wizard = Wizard(client)

    walk_to_review(wizard, get_case_type("lost_parcel"), "UK")
    wizard.submit("review", {}, follow=True)

    draft = Draft.objects.get()
    assert draft.recipients == []
    assert draft.route_name == "Buyer-Seller Messaging"


def test_a_viewer_gets_the_letter_but_no_draft(templates, team, viewer) -> None:
    client = Client()
    client.force_login(viewer)

    page = finish(Wizard(client))

    assert page.redirect_chain[-1][0] == reverse("letters:wizard_letter")
    assert "you cannot save drafts" in page.content.decode()
    assert not Draft.objects.exists()
    assert client.post(reverse("letters:wizard_letter_save")).status_code == 403


def test_a_seller_who_logs_in_afterwards_saves_the_letter_once(templates, team, editor) -> None:
    client = Client()
    page = finish(Wizard(client))
    assert "Log in to save this letter" in page.content.decode()
    assert not Draft.objects.exists()

    client.force_login(editor)  # logging in keeps the session and its finished letter
    first = client.post(reverse("letters:wizard_letter_save"))
    second = client.post(reverse("letters:wizard_letter_save"))

    draft = Draft.objects.get()
    assert first["Location"] == second["Location"] == draft.get_absolute_url()
    assert draft.author == editor
    assert "Open the draft" in client.get(reverse("letters:wizard_letter")).content.decode()


def test_saving_needs_a_login(templates) -> None:
    response = Client().post(reverse("letters:wizard_letter_save"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_next_case_starts_with_the_last_cases_store_and_sender(templates, team, editor) -> None:
    client = Client()
    client.force_login(editor)
    finish(Wizard(client))

    wizard = Wizard(client)
    wizard.start()
    wizard.submit("case", {"case": "funds_release"})
    page = client.get(step_url("who"))

    assert input_value(page, "who-store_name") == WHO["store_name"]
    assert input_value(page, "who-sender_name") == WHO["sender_name"]
    assert 'value="DE" selected' in page.content.decode()


def test_another_users_last_case_does_not_prefill(templates, team, editor, owner) -> None:
    client = Client()
    client.force_login(editor)
    finish(Wizard(client))

    other = Client()
    other.force_login(owner)
    wizard = Wizard(other)
    wizard.start()
    wizard.submit("case", {"case": "funds_release"})

    page = other.get(step_url("who")).content.decode()
    assert 'name="who-store_name"' in page
    assert WHO["store_name"] not in page


def test_a_logged_in_member_stays_within_five_statements_a_step(
    templates, team, editor, assert_statements
) -> None:
    client = Client()
    client.force_login(editor)
    finish(Wizard(client))  # an earlier case, so the who step has something to prefill
    wizard = Wizard(client)
    wizard.start()

    with assert_statements(2):  # session, user
        wizard.open("case")
    # A redirect renders no page, so the user is not loaded: session, version, session write
    with assert_statements(3):
        wizard.submit("case", {"case": ODR.key}, follow=False)
    with assert_statements(4):  # session, user, version, the last case's store and sender
        wizard.open("who")
    with assert_statements(3):  # session, version, session write
        wizard.submit("who", {"marketplace": "DE", **WHO}, follow=False)
    with assert_statements(3):  # session, user, version
        wizard.open("facts")
    # session, user, version, route_for: the purpose with route and marketplace, addresses
    walk_to_review(wizard, ODR, "DE")
    with assert_statements(5):
        wizard.open("review")
    with assert_statements(3):  # Finish: session, version, session write
        wizard.submit("review", {}, follow=False)
    # Done: session, user, version, the member's team, route_for (2), the draft, its first
    # revision, session write. A one-off write of several rows, not a step of the interview.
    with assert_statements(9):
        response = client.get(step_url("done"))
    assert response["Location"] == Draft.objects.latest("pk").get_absolute_url()


def expire_session_and_post_plan(client: Client, tamper: bool = False) -> object:
    """Walk an ODR appeal to its plan step, lose the session, then press Next on the page."""
    from django.contrib.sessions.models import Session

    from tests.letters.wizard_helpers import form_fields, plan_answers

    wizard = Wizard(client)
    wizard.start()
    wizard.submit("case", {"case": ODR.key})
    wizard.submit("who", {"marketplace": "DE", **WHO})
    from tests.letters.wizard_helpers import facts_for

    wizard.submit("facts", facts_for(ODR))
    page = wizard.open("plan")
    fields = form_fields(page)
    fields.update({f"plan-{name}": value for name, value in plan_answers().items()})
    if tamper:
        fields["wizard_snapshot"] = fields["wizard_snapshot"][:-3] + "abc"
    Session.objects.all().delete()
    return client.post(step_url("plan"), fields, follow=True)


def test_an_expired_session_saves_the_answers_as_a_draft(templates, team, editor) -> None:
    client = Client()
    client.force_login(editor)

    page = expire_session_and_post_plan(client)

    assert page.redirect_chain[-1][0] == step_url("case")
    draft = Draft.objects.get()
    assert "Your session expired. Your answers so far are saved as the draft" in (
        page.content.decode()
    )
    assert draft.team == team
    assert draft.author == editor
    assert draft.marketplace == "DE"
    # Every answer, the plan posted with the expired session included, is in the letter.
    assert "Lumora Home EU" in draft.body
    assert draft.answers["plan"]["corrective_actions"]
    assert draft.recipients == ["verkaeufer-performance@amazon.de"]


def test_a_tampered_snapshot_saves_nothing(templates, team, editor) -> None:
    client = Client()
    client.force_login(editor)

    page = expire_session_and_post_plan(client, tamper=True)

    assert "we could not keep your answers" in page.content.decode()
    assert not Draft.objects.exists()


def test_a_viewers_expired_answers_are_not_saved_to_the_team(templates, team, viewer) -> None:
    client = Client()
    client.force_login(viewer)

    page = expire_session_and_post_plan(client)

    assert "we could not keep your answers" in page.content.decode()
    assert not Draft.objects.exists()


def test_visitors_pages_carry_no_snapshot(templates) -> None:
    wizard = Wizard(Client())
    wizard.start()

    assert "wizard_snapshot" not in wizard.submit("case", {"case": ODR.key}).content.decode()


def test_the_signed_copy_is_not_stored_among_the_answers(templates, team, editor) -> None:
    client = Client()
    client.force_login(editor)
    wizard = Wizard(client)
    wizard.start()
    wizard.submit("case", {"case": ODR.key})
    page = wizard.submit("who", {"marketplace": "DE", **WHO})

    stored = str(client.session["wizard_case_wizard_view"])
    assert 'name="wizard_snapshot"' in page.content.decode()
    assert "wizard_snapshot" not in stored
    assert "csrfmiddlewaretoken" not in stored
    assert "Lumora Home EU" in stored
