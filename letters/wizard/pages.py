"""A wizard step's page: the form, the progress, and what the step shows beside it."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.http import HttpResponse
from django.shortcuts import render

from letters.wizard import edits, snapshot
from letters.wizard.forms import ContextForm, ReviewForm
from letters.wizard.interview import CURRENT_STEP_FIELD, Interview, StepForm
from letters.wizard.notice import notice_context
from letters.wizard.review import case_extras, review_extras
from letters.wizard.steps import CASE, FACTS, REVIEW, WHO, case_groups, progress
from letters.wizard.summary import error_summary
from sellerdesk.teams import current_membership
from sellerdesk.templatetags.plain_fields import plain_field


@dataclass(frozen=True)
class StepLinks:
    """The step on show and its neighbours among the steps that apply (the Back button's
    target, and whether Next finishes)."""

    current: str
    prev: str | None
    next: str | None


def step_page(interview: Interview, step: str, form: StepForm) -> HttpResponse:
    case = interview.case()
    steps = interview.steps()
    context: dict = {
        "wizard": {
            "form": form,
            "steps": StepLinks(step, interview.previous_step(step), interview.next_step(step)),
            "current_step_field": CURRENT_STEP_FIELD,
        },
        "progress": progress(steps=steps, current=step, case_known=case is not None),
        "case": case,
        "snapshot": snapshot.sign(interview.request, interview.state.snapshot_data()),
        # What the step's answers belong to (see ContextForm), drawn without a form template.
        "context_input": plain_field(form["context"]) if isinstance(form, ContextForm) else "",
    }
    anchors: dict[str, str] = {}
    if step == CASE:
        assert isinstance(form, forms.Form)
        context["groups"] = case_groups(selected=form["case"].value())
        # The cases are radios drawn by hand: the summary links to the first one.
        anchors["case"] = f"case-{context['groups'][0]['cases'][0]['case'].key}"
    if step in (WHO, FACTS):
        assert isinstance(form, forms.Form)
        initial = interview.from_notice(step)
        context.update(notice_context(interview.state.extra, form=form, initial=initial))
    if step == WHO and interview.request.method == "GET":
        context.update(_team_stores(interview, form))
    if step == REVIEW:
        context.update(_review(interview, form))
    context["error_summary"] = error_summary(form, anchors=anchors)
    return render(interview.request, f"letters/wizard/step_{step}.html", context)


def _team_stores(interview: Interview, form: StepForm) -> dict:
    """The team's stores, offered on the who step (pick one and its marketplace follows)."""
    stores = interview.team_identities().stores
    assert isinstance(form, forms.Form)
    if stores and "store_name" in form.fields:
        form.fields["store_name"].widget.attrs["list"] = "team-stores"
    return {"team_stores": stores}


def _review(interview: Interview, form: StepForm) -> dict:
    """The letter's findings, where it goes and the case around it."""
    assert isinstance(form, ReviewForm)
    context: dict = {}
    request = interview.request
    if request.user.is_authenticated:
        # Finish says what it does: a member who can edit gets a team draft.
        membership = current_membership(request)
        context["finish_saves"] = membership is not None and membership.can_edit
    version = interview.version()
    if version is None or interview.market() is None:
        return {**context, "letter_missing": True}
    subject, body = form.text()
    delivery, facts = interview.delivery(), interview.facts()
    context["earlier_edits"] = edits.pending(interview.state, shown=(subject, body))
    context.update(
        review_extras(version=version, delivery=delivery, subject=subject, body=body, facts=facts)
    )
    context.update(case_extras(case=interview.chosen_case(), delivery=delivery, facts=facts))
    context["reading"] = interview.reading()
    return context
