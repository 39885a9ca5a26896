"""An error marked "Must fix" blocks Finish and "mark as sent" unless overridden with a reason."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from drafts.models import OVERRIDE_REASON_MAX, Draft, TimelineEntry
from drafts.services import ChecksBlockError, LetterSpec, draft_create, draft_set_status
from letters.cases import get_case_type
from letters.checks import check_letter
from tests.helpers.browser import browser, log_in, post
from tests.helpers.wizard import Wizard, field_value, walk_to_review

ODR = get_case_type("odr_deactivation")
# No root cause, no corrective actions, no preventive measures: three errors.
HOLLOW = "Dear Seller Performance team,\n\nPlease reinstate our account.\n"
ORDER = "302-4417815-9920318"
BAD_BUYER = (
    f"Dear Anna,\n\nSorry about order {ORDER}. A new lamp is on its way. "
    "Please leave us a 5-star review when it arrives.\n\nBest regards,\nLi Wei"
)
GOOD_BUYER = (
    f"Dear Anna,\n\nSorry about order {ORDER}. We can send a new lamp or refund you in full; "
    "which do you prefer?\n\nBest regards,\nLi Wei"
)
REASON = "The case worker asked for exactly this short text on the phone."


def errors(case: str, body: str) -> list[str]:
    return [f.rule for f in check_letter(case=case, body=body) if f.severity == "error"]


def test_the_letters_used_here_are_what_they_say() -> None:
    assert len(errors("odr_deactivation", HOLLOW)) >= 1
    assert errors("review_followup", BAD_BUYER) != []
    assert errors("review_followup", GOOD_BUYER) == []


@pytest.fixture
def templates(seeded: None) -> None:
    """The shipped directory and letter templates (loaded once per run)."""


def editor_wizard(editor) -> Wizard:
    return Wizard(browser(editor))


def refused_once(wizard: Wizard) -> None:
    """Finish the hollow letter once: refused, and the review now offers "Finish anyway"."""
    wizard.submit("review", {"body": HOLLOW})
    assert 'id="override"' in wizard.page.content.decode()


# -- the wizard's Finish ------------------------------------------------------------------


def test_finish_with_an_error_stays_on_the_review_and_lists_the_errors_first(
    templates, team, editor
) -> None:
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")

    page = wizard.submit("review", {"body": HOLLOW})

    assert wizard.current() == "review"
    html = page.content.decode()
    alert = html[html.index('id="must-fix-alert"') :]
    assert "Fix them and check again, or tick “Finish anyway” and say why." in alert
    # The first error the checker finds is named in the alert, before the letter's fields.
    assert alert.index("</div>") < alert.index('name="review-body"')
    assert "Please reinstate our account." in alert
    assert Draft.objects.count() == 0


def test_finish_anyway_without_a_reason_is_refused_at_the_reason(templates, team, editor) -> None:
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")
    refused_once(wizard)

    page = wizard.submit("review", {"body": HOLLOW, "override": "on", "override_reason": "  "})

    assert wizard.current() == "review"
    assert "Say why you send the letter with errors marked “Must fix”." in page.content.decode()
    assert Draft.objects.count() == 0


def test_a_reason_longer_than_the_limit_is_refused(templates, team, editor) -> None:
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")
    refused_once(wizard)

    reason = "x" * (OVERRIDE_REASON_MAX + 1)
    page = wizard.submit("review", {"body": HOLLOW, "override": "on", "override_reason": reason})

    assert wizard.current() == "review"
    assert page.status_code == 200
    assert Draft.objects.count() == 0


def test_finish_anyway_with_a_reason_saves_the_draft_and_the_timeline_keeps_why(
    templates, team, editor
) -> None:
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")
    refused_once(wizard)

    page = wizard.submit("review", {"body": HOLLOW, "override": "on", "override_reason": REASON})

    draft = Draft.objects.get()
    assert page.request.path_qs == draft.get_absolute_url()
    entry = draft.timeline.get(kind=TimelineEntry.Kind.OVERRIDE)
    rules = sorted(set(errors("odr_deactivation", HOLLOW)))
    assert entry.text == f"Finished despite errors marked “Must fix”: {', '.join(rules)}\n{REASON}"
    assert entry.author == editor
    assert REASON in page.content.decode()


def test_a_letter_without_errors_finishes_without_an_override(templates, team, editor) -> None:
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")

    page = wizard.submit("review", {})

    draft = Draft.objects.get()
    assert page.request.path_qs == draft.get_absolute_url()
    assert not draft.timeline.filter(kind=TimelineEntry.Kind.OVERRIDE).exists()


def test_ticking_the_box_on_a_letter_without_errors_records_nothing(
    templates, team, editor
) -> None:
    wizard = editor_wizard(editor)
    letter = field_value(walk_to_review(wizard, ODR, "DE"), "review-body")
    refused_once(wizard)  # the box shows; the seller ticks it, then puts the letter back

    wizard.submit("review", {"body": letter, "override": "on", "override_reason": REASON})

    assert not TimelineEntry.objects.filter(kind=TimelineEntry.Kind.OVERRIDE).exists()
    assert Draft.objects.count() == 1


def test_finish_is_blocked_for_a_visitor_without_a_team_too(templates) -> None:
    wizard = Wizard(browser())
    walk_to_review(wizard, ODR, "DE")

    page = wizard.submit("review", {"body": HOLLOW})
    assert wizard.current() == "review"
    assert 'id="must-fix-alert"' in page.content.decode()

    page = wizard.submit("review", {"body": HOLLOW, "override": "on", "override_reason": REASON})
    assert page.request.path_qs == reverse("letters:wizard_letter")


def test_check_again_and_downloads_are_not_blocked(templates, team, editor) -> None:
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")

    checked = wizard.submit("review", {"body": HOLLOW}, action="check")
    assert 'id="must-fix-alert"' not in checked.content.decode()
    assert 'id="override"' in checked.content.decode()
    download = wizard.submit("review", {"body": HOLLOW}, follow=False, action="download_txt")
    assert download.status_code == 200
    assert download.content.decode().endswith(HOLLOW)


def test_the_refusal_and_the_override_box_speak_chinese(templates, team, editor) -> None:
    app = browser(editor)
    app.extra_environ["HTTP_ACCEPT_LANGUAGE"] = "zh-CN"
    wizard = Wizard(app)
    walk_to_review(wizard, ODR, "DE")

    html = wizard.submit("review", {"body": HOLLOW}).content.decode()

    assert "检查器标出了“必须修改”的错误。" in html
    assert "带着错误完成？" in html
    assert "仍然完成：我已看过这些错误，确定要这样发送" in html


# -- a draft's "mark as sent" -------------------------------------------------------------


def buyer_draft(team, author, body: str) -> Draft:
    return draft_create(
        team=team,
        author=author,
        letter=LetterSpec(
            case_type="review_followup",
            marketplace="DE",
            subject="Your order",
            body=body,
            answers={},
            recipients=[],
            route_name="Buyer-Seller Messaging",
            route_where="",
            template_version=None,
        ),
    )


def status_url(draft: Draft) -> str:
    return reverse("drafts:status", kwargs={"team_slug": draft.team.slug, "pk": draft.pk})


def as_user(user, **headers: str) -> Client:
    client = Client(**headers)
    client.force_login(user)
    return client


def test_mark_as_sent_with_an_error_is_refused_with_the_errors_listed(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)

    page = as_user(editor).post(status_url(draft), {"status": "sent"}, follow=True)

    draft.refresh_from_db()
    assert draft.status == Draft.Status.DRAFT
    assert not draft.timeline.exists()
    html = page.content.decode()
    assert "This letter has errors marked “Must fix”" in html
    assert "5-star review" in html  # the excerpt of the error
    assert 'name="override_reason"' in html


def test_send_anyway_needs_the_box_and_a_reason(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)
    client = as_user(editor)

    # A reason without the box ticked is not an override.
    client.post(status_url(draft), {"status": "sent", "override_reason": REASON})
    page = client.post(status_url(draft), {"status": "sent", "override": "on"}, follow=True)

    draft.refresh_from_db()
    assert draft.status == Draft.Status.DRAFT
    assert "Say why you send the letter with errors marked “Must fix”." in page.content.decode()


def test_send_anyway_with_a_reason_sends_and_the_timeline_keeps_why(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)

    as_user(editor).post(
        status_url(draft), {"status": "sent", "override": "on", "override_reason": REASON}
    )

    draft.refresh_from_db()
    assert draft.status == Draft.Status.SENT
    entry = draft.timeline.get(kind=TimelineEntry.Kind.OVERRIDE)
    rules = sorted(set(errors("review_followup", BAD_BUYER)))
    assert entry.text == (
        f"Marked as sent despite errors marked “Must fix”: {', '.join(rules)}\n{REASON}"
    )
    assert entry.author == editor


def test_the_override_entry_is_read_in_chinese_with_the_reason_as_typed(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)
    draft_set_status(draft=draft, user=editor, status="sent", override_reason=REASON)

    html = as_user(editor, HTTP_ACCEPT_LANGUAGE="zh-CN").get(draft.get_absolute_url())

    text = html.content.decode()
    assert "在有“必须修改”错误的情况下标记为已发送：" in text
    assert REASON in text


def test_a_letter_without_errors_is_sent_without_an_override(team, editor) -> None:
    draft = buyer_draft(team, editor, GOOD_BUYER)

    page = as_user(editor).get(draft.get_absolute_url())
    assert 'name="override_reason"' not in page.content.decode()
    as_user(editor).post(status_url(draft), {"status": "sent"})

    draft.refresh_from_db()
    assert draft.status == Draft.Status.SENT
    assert not draft.timeline.filter(kind=TimelineEntry.Kind.OVERRIDE).exists()


def test_asking_for_review_is_not_blocked_by_errors(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)

    as_user(editor).post(status_url(draft), {"status": "ready_for_review"})

    draft.refresh_from_db()
    assert draft.status == Draft.Status.READY_FOR_REVIEW


def test_the_service_refuses_to_send_with_errors_and_names_them(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)

    with pytest.raises(ChecksBlockError) as refused:
        draft_set_status(draft=draft, user=editor, status="sent")

    assert [f.rule for f in refused.value.errors] == errors("review_followup", BAD_BUYER)
    draft.refresh_from_db()
    assert draft.status == Draft.Status.DRAFT


def test_the_service_bounds_the_reason(team, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)

    with pytest.raises(Exception, match="too long"):
        draft_set_status(
            draft=draft, user=editor, status="sent", override_reason="x" * (OVERRIDE_REASON_MAX + 1)
        )
    draft.refresh_from_db()
    assert draft.status == Draft.Status.DRAFT


def test_a_viewer_cannot_send_anyway(team, viewer, editor) -> None:
    draft = buyer_draft(team, editor, BAD_BUYER)

    response = as_user(viewer).post(
        status_url(draft), {"status": "sent", "override": "on", "override_reason": REASON}
    )

    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.status == Draft.Status.DRAFT


def test_the_done_step_refuses_a_letter_with_errors_kept_by_going_back(
    templates, team, editor
) -> None:
    # "Back" keeps the review's text unchecked; opening the done step's URL by hand must not
    # finish it: the answers are checked again there.
    wizard = editor_wizard(editor)
    walk_to_review(wizard, ODR, "DE")
    wizard.submit("review", {"body": HOLLOW}, follow=False, wizard_goto_step="plan")

    response = wizard.app.get(reverse("letters:wizard_step", kwargs={"step": "done"}))

    assert response.status_code == 302
    assert Draft.objects.count() == 0


def test_a_letter_finished_anyway_then_saved_after_logging_in_keeps_the_reason(
    templates, team, editor
) -> None:
    wizard = Wizard(browser())
    walk_to_review(wizard, ODR, "DE")
    wizard.submit("review", {"body": HOLLOW})  # refused: the box to finish anyway shows
    wizard.submit("review", {"body": HOLLOW, "override": "on", "override_reason": REASON})
    log_in(wizard.app, editor)

    post(wizard.app, reverse("letters:wizard_letter_save"))

    entry = Draft.objects.get().timeline.get(kind=TimelineEntry.Kind.OVERRIDE)
    assert entry.text.endswith(f"\n{REASON}")
    assert entry.author == editor
