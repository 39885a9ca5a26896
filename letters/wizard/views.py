"""The case wizard: one URL per step, answers kept in the session until the letter is done.

One view serves every step. A GET shows a step once the steps before it are answered; a
POST names its step in a hidden field and either goes back (keeping what was typed), runs
one of the review's actions, or answers the step and moves on; the review's answer
finishes the letter. The answers are read and kept by letters/wizard/interview.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from letters import letter_files as exports
from letters.appeal_pack import AppealPackError, Pack, pack_response
from letters.cases import CASE_TYPES_BY_KEY
from letters.evidence import EVIDENCE_FIELD
from letters.wizard import edits, results, snapshot, state
from letters.wizard.forms import ReviewForm
from letters.wizard.interview import Interview
from letters.wizard.pages import step_page
from letters.wizard.steps import CASE, REVIEW
from sellerdesk.teams import AuthenticatedRequest, current_membership, logged_in_user

SESSION_EXPIRED = _("Your session expired, so we could not keep your answers. Please start again.")
SESSION_EXPIRED_LOG_IN = _(
    "Your session expired and you were logged out. Your answers are kept: log in again and "
    "they will be saved as a draft of your team."
)
ANSWERS_SAVED = _("Your answers from before are saved as the draft “%(subject)s” of %(team)s.")
# The done URL only leads back to the review: the letter is finished on the review's POST,
# so a reload or a prefetch of /letters/new/done/ saves nothing.
DONE = "done"
# The review's buttons that act on the letter as edited without leaving the review.
DOWNLOADS = ("download_txt", "download_eml", "download_pdf", "download_docx")
REVIEW_ACTIONS = (
    "check",
    *DOWNLOADS,
    # The choice between the letter edited before a fact changed and the rebuilt one.
    "use_edited",
    "use_rebuilt",
)


def step_url(step: str) -> str:
    return reverse("letters:wizard_step", kwargs={"step": step})


@require_http_methods(["GET", "HEAD", "POST"])
def case_wizard(request: HttpRequest, step: str | None = None) -> HttpResponse:
    interview = Interview(request, url_step=step)
    response = None if state.started(request) else _refuse_without_answers(interview)
    if response is None and request.method == "POST":
        response = _post(interview)
    elif response is None:
        response = _pending_draft(interview) or _get(interview, step)
    interview.save()
    return response


def _refuse_without_answers(interview: Interview) -> HttpResponse | None:
    """A session without answers may open the first step and post its first answer; for
    anything else the session expired (or never was). A signed copy of the answers on the
    posted page puts them back, for their author to save once logged in again."""
    request, step = interview.request, interview.url_step
    posting = request.method == "POST"
    if not posting and step in (None, CASE):
        return None
    if posting and _restore_snapshot(interview):
        messages.warning(request, SESSION_EXPIRED_LOG_IN)
        return redirect_to_login(reverse("letters:wizard"))
    if posting and interview.posted_step == CASE and step in (None, CASE):
        return None
    messages.warning(request, SESSION_EXPIRED)
    return redirect(step_url(CASE))


def _restore_snapshot(interview: Interview) -> bool:
    """After an expired session: put the page's signed answers back into this wizard.

    Only into this browser's new session, to be saved as a team draft once their author
    has logged in again (see _pending_draft).
    """
    request = interview.request
    saved = snapshot.load(request)
    if saved is None or not saved.data.get("step_data"):
        # Nothing was answered before: there is nothing to put back.
        return False
    interview.replace(state.WizardState.from_session(saved.data))
    posted = interview.posted_step
    if posted:
        # The page being posted, edits of the review included, is kept too.
        interview.save_step(posted, request.POST)
        interview.state.current_step = posted
    snapshot.remember_pending(request, saved)
    return True


def _pending_draft(interview: Interview) -> HttpResponse | None:
    """Answers put back after an expired session become a draft once their author is in."""
    request = interview.request
    pending = snapshot.pop_pending(request)
    if pending is None:
        return None
    user = logged_in_user(request)  # pop_pending gives nothing to visitors
    membership = snapshot.membership_to_save_in(pending, user)
    letter = interview.finished_letter(**interview.reviewed_text())
    if membership is None or letter is None:
        if pending.get("user") != user.pk:
            # Someone else's answers, left in this browser: not theirs to see or keep.
            interview.reset()
        return None
    draft = results.draft_from_letter(
        letter=letter,
        team=membership.team,
        author=user,
        template_version=interview.version(),
    )
    interview.reset()
    messages.success(
        request, ANSWERS_SAVED % {"subject": draft.subject, "team": membership.team.name}
    )
    return redirect(draft.get_absolute_url())


# -- GET ----------------------------------------------------------------------------------


def _get(interview: Interview, step: str | None) -> HttpResponse:
    if step is None:
        return _front_door(interview)
    if step == DONE:
        return redirect(step_url(REVIEW))
    if step == CASE and interview.request.GET.get("case") in CASE_TYPES_BY_KEY:
        # The library's "Use this template": that case is preselected, nothing else changes.
        interview.state.current_step = CASE
        return step_page(interview, CASE, interview.form(CASE, None))
    unanswered = interview.first_unanswered_before(step)
    if unanswered:
        return redirect(step_url(unanswered))
    if step not in interview.steps():
        interview.state.current_step = CASE
        return redirect(step_url(CASE))
    interview.state.current_step = step
    return step_page(interview, step, interview.shown_form(step))


def _front_door(interview: Interview) -> HttpResponse:
    """/letters/new/: "Start a case" shows the first step itself; a half-done case is picked
    up again at its own step's URL. ?reset is "Start over"; ?case=<key> preselects a case
    and keeps the other answers."""
    query = interview.request.GET.copy()
    if "reset" in query or query.get("case") in CASE_TYPES_BY_KEY:
        if "reset" in query:
            interview.reset()
            query.pop("reset")
        return redirect(f"{step_url(CASE)}?{query.urlencode()}" if query else step_url(CASE))
    current = interview.state.current_step or CASE
    if current == CASE and not query:
        interview.state.current_step = CASE
        return step_page(interview, CASE, interview.form(CASE, interview.state.posted_data(CASE)))
    return redirect(f"{step_url(current)}?{query.urlencode()}" if query else step_url(current))


# -- POST ---------------------------------------------------------------------------------


def _post(interview: Interview) -> HttpResponse:
    request, posted = interview.request, interview.posted_step
    goto = request.POST.get("wizard_goto_step")
    if goto and goto in interview.steps():
        return _go_back(interview, goto)
    if posted is None:
        raise SuspiciousOperation("The wizard's current step is missing or has been tampered.")
    if posted == REVIEW and request.POST.get("action") in REVIEW_ACTIONS:
        interview.state.current_step = REVIEW
        return _review_action(interview, request.POST["action"])
    return _answer(interview, posted)


def _go_back(interview: Interview, goto: str) -> HttpResponse:
    """Back: keep what was typed on this page, valid or not, for the way forward."""
    posted = interview.posted_step
    if posted:
        interview.save_step(posted, interview.request.POST)
    if posted == REVIEW:
        # The edited letter survives a changed fact too (see letters/wizard/edits.py).
        form = interview.review_form(interview.request.POST)
        edits.remember(interview.state, form=form, generated=interview.generated())
    interview.state.current_step = goto
    return redirect(step_url(goto))


def _answer(interview: Interview, step: str) -> HttpResponse:
    """Next: a valid answer is kept and the next step opens; the review's answer finishes."""
    if step not in interview.steps():
        # A page of a step the case no longer has (changed in another tab, say).
        return redirect("letters:wizard")
    unanswered = interview.first_unanswered_before(step)
    if unanswered:
        return redirect(step_url(unanswered))
    interview.state.current_step = step
    # Finish: the review form refuses errors marked "Must fix" unless they are overridden
    # on purpose, with a reason.
    interview.finishing = step == REVIEW
    form = interview.form(step, interview.request.POST)
    if not form.is_valid():
        return step_page(interview, step, form)
    interview.save_step(step, interview.request.POST)
    if step == REVIEW:
        return _finish(interview)
    interview.keep_cleaned(step, form.cleaned_data)
    following = interview.next_step(step)
    assert following is not None  # only the review is last
    interview.state.current_step = following
    return redirect(step_url(following))


def _finish(interview: Interview) -> HttpResponse:
    """Every step validated once more, then the letter: a team draft for a member who can
    edit, else the finished letter's page. The answers are cleared for the next case."""
    steps = interview.steps()
    forms = {step: interview.form(step, interview.state.posted_data(step)) for step in steps}
    invalid = next((step for step, form in forms.items() if not form.is_valid()), None)
    if invalid is not None:
        interview.state.current_step = invalid
        return redirect(step_url(invalid))
    review = forms[REVIEW]
    assert isinstance(review, ReviewForm)  # FORMS gives the review a ReviewForm
    subject, body = review.text()
    letter = interview.finished_letter(subject=subject, body=body)
    assert letter is not None  # every step is answered
    if review.overridden:
        reason = review.cleaned_data["override_reason"]
        letter = replace(letter, overridden_rules=review.overridden, override_reason=reason)
    results.remember(interview.request, letter)
    membership = current_membership(interview.request)
    if membership is not None and membership.can_edit:
        # A membership is only ever found for a logged-in user.
        request = cast("AuthenticatedRequest", interview.request)
        draft = results.save_as_draft(request, letter, membership, interview.version())
        response = redirect(draft.get_absolute_url())
    else:
        response = redirect("letters:wizard_letter")
    interview.reset()
    return response


# -- the review's actions -----------------------------------------------------------------


def _review_action(interview: Interview, action: str) -> HttpResponse:
    """Check again, choose between kept edits and the rebuilt letter, or download the
    letter as edited, without leaving the review."""
    unanswered = interview.first_unanswered_before(REVIEW)
    if unanswered:
        # Started over in another tab, say: the review has nothing to stand on.
        return redirect(step_url(unanswered))
    if action == "use_edited":
        context = interview.step_context(REVIEW) or ""
        data = edits.take(interview.state, prefix=REVIEW, context=context)
        if data is not None:
            interview.save_step(REVIEW, data)
            return step_page(interview, REVIEW, interview.form(REVIEW, data))
    if action == "use_rebuilt":
        edits.forget(interview.state)
    form = interview.review_form(interview.request.POST)
    if action not in DOWNLOADS or not form.is_valid():
        return step_page(interview, REVIEW, form)
    return _download(interview, action, form)


def _download(interview: Interview, action: str, form: ReviewForm) -> HttpResponse:
    subject, body = form.text()
    stem = interview.file_stem()
    if action == "download_txt":
        return exports.txt_response(subject=subject, body=body, stem=stem)
    if action in ("download_pdf", "download_docx"):
        ticked = interview.facts().get(EVIDENCE_FIELD) or []
        case = interview.chosen_case().key
        pack = Pack(subject=subject, body=body, case=case, ticked=ticked, stem=stem)
        try:
            return pack_response(pack, action.removeprefix("download_"))
        except AppealPackError as error:
            messages.error(interview.request, str(error))
            return step_page(interview, REVIEW, form)
    delivery = interview.delivery()
    if delivery.to_buyer:
        # Buyer messages go through Amazon's Buyer-Seller Messaging only: never an e-mail.
        raise Http404
    return exports.eml_response(to=delivery.recipients, subject=subject, body=body, stem=stem)
