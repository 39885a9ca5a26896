"""The drafts pages. Every view goes through the team door; drafts are fetched via the team."""

from __future__ import annotations

import uuid

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from drafts import team_export as exports
from drafts.diff import diff_html
from drafts.forms import (
    CheckedMailForm,
    DraftEditForm,
    DraftFilterForm,
    FollowUpForm,
    RevisionPairForm,
    StatusForm,
    TimelineEntryForm,
)
from drafts.models import OVERRIDE_REASON_MAX, Draft, TimelineEntry
from drafts.selectors import (
    draft_choices,
    draft_findings,
    draft_get,
    draft_history,
    draft_list,
    draft_reading,
    draft_rows_fingerprint,
    latest_amazon_reply,
    latest_revisions,
    revision_pair,
    team_marketplaces,
)
from drafts.services import (
    ChecksBlockError,
    DraftError,
    DraftGoneError,
    StaleDraftError,
    draft_delete,
    draft_duplicate,
    draft_follow_up,
    draft_set_status,
    draft_update,
    timeline_add,
    timeline_checked_mail_add,
)
from letters import letter_files as letter_exports
from letters.appeal_pack import AppealPackError, Pack, pack_response
from letters.checks.findings import Severity
from letters.notices.reader import read_notice
from sellerdesk.models import Membership, Team
from sellerdesk.teams import AuthenticatedRequest, team_view
from senders.checks import UnparseableEmail, check_email
from senders.findings import Result

PAGE_SIZE = 25


def _to_draft(team: Team, draft: Draft, anchor: str = "") -> HttpResponse:
    url = reverse("drafts:detail", kwargs={"team_slug": team.slug, "pk": draft.pk})
    return redirect(url + anchor)


def _must_fix_message(error: ChecksBlockError) -> str:
    """The refusal with every error it is about, each with the words it quotes."""
    listed = [
        f"{finding.message} (“{finding.excerpt}”)" if finding.excerpt else str(finding.message)
        for finding in error.errors
    ]
    return f"{error} {' · '.join(listed)}"


def _gone(request: HttpRequest, team: Team, membership: Membership) -> HttpResponse:
    """A write on a draft a teammate deleted meanwhile: say so, with the way back."""
    context = {"team": team, "membership": membership}
    return render(request, "letters/drafts/draft_gone.html", context, status=404)


def _form_errors(request: HttpRequest, form: forms.BaseForm) -> None:
    for errors in form.errors.values():
        # ErrorList yields each message as text; str() only tells the type checker so.
        for error in errors:
            messages.error(request, str(error))


@team_view("read")
def draft_list_view(request: HttpRequest, team: Team, membership: Membership) -> HttpResponse:
    form = DraftFilterForm(request.GET, team=team, marketplaces=team_marketplaces(team=team))
    filters = form.filters()
    page = Paginator(draft_list(team=team, **filters), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "team": team,
        "membership": membership,
        "form": form,
        "page": page,
        "rows_fingerprint": draft_rows_fingerprint(page.object_list),
        "filtered": any(filters.values()),
    }
    return render(request, "letters/drafts/draft_list.html", context)


@team_view("read")
def draft_detail(request: HttpRequest, team: Team, membership: Membership, pk: int) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    latest = latest_revisions(draft=draft)
    findings = draft_findings(draft=draft, subject=draft.subject, body=draft.body)
    context = {
        "team": team,
        "membership": membership,
        "draft": draft,
        "history": draft_history(draft=draft),
        "findings": findings,
        "must_fix": [f for f in findings if f.severity == Severity.ERROR],
        "override_reason_max": OVERRIDE_REASON_MAX,
        "reading": draft_reading(draft=draft),
        "latest_change": latest if len(latest) == 2 else None,
        "latest_diff": diff_html(latest[1].body, latest[0].body) if len(latest) == 2 else "",
        "outcomes": Draft.Outcome.choices,
        "timeline_form": TimelineEntryForm(auto_id="timeline_%s"),
        "follow_up_form": FollowUpForm(auto_id="follow_up_%s"),
        # One per form: submitting a form twice adds one record (see the services).
        "tokens": {name: uuid.uuid4() for name in ("status", "timeline", "follow_up")},
        "today": timezone.localdate(),
        # Read again on show: a pure function of the stored text, no query.
        "notice_reading": read_notice(draft.notice_text) if draft.notice_text else None,
    }
    return render(request, "letters/drafts/draft_detail.html", context)


def _edit_context(team: Team, membership: Membership, draft: Draft, form: DraftEditForm) -> dict:
    subject, body = draft.subject, draft.body
    if form.is_bound and form.is_valid():
        subject, body = form.cleaned_data["subject"], form.cleaned_data["body"]
    earlier = draft.follow_up_of
    return {
        "team": team,
        "membership": membership,
        "draft": draft,
        "form": form,
        "findings": draft_findings(draft=draft, subject=subject, body=body),
        "earlier": earlier,
        "amazon_reply": latest_amazon_reply(draft=earlier) if earlier else None,
    }


@team_view("edit")
def draft_edit(
    request: AuthenticatedRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    if not draft.is_editable:
        messages.info(
            request, _("This letter was sent. To change it, make a copy or start a follow-up.")
        )
        return _to_draft(team, draft)
    initial = {"subject": draft.subject, "body": draft.body, "version": draft.version}
    form = DraftEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = draft_update(
                draft=draft,
                editor=request.user,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                expected_version=form.cleaned_data["version"],
            )
        except StaleDraftError as conflict:
            return _conflict(request, team, membership, conflict.current, form)
        except DraftGoneError:
            return _gone(request, team, membership)
        except DraftError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved. The checker has looked at the new text."))
            return redirect("drafts:edit", team_slug=team.slug, pk=saved.pk)
    context = _edit_context(team, membership, draft, form)
    return render(
        request, "letters/drafts/draft_edit.html", context, status=400 if form.errors else 200
    )


def _conflict(
    request: HttpRequest, team: Team, membership: Membership, current: Draft, yours: DraftEditForm
) -> HttpResponse:
    """Both texts side by side; yours stays in a form carrying the version now saved."""
    mine = {**yours.cleaned_data, "version": current.version}
    context = {
        **_edit_context(team, membership, current, DraftEditForm(mine)),
        "theirs": current,
        "saved_by": latest_revisions(draft=current)[0].author,
        "yours": mine,
        "diff": diff_html(current.body, mine["body"]),
    }
    return render(request, "letters/drafts/draft_conflict.html", context, status=409)


@team_view("edit")
@require_POST
def draft_duplicate_view(
    request: AuthenticatedRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    try:
        copy = draft_duplicate(draft=draft_get(team=team, pk=pk), user=request.user)
    except DraftGoneError:
        return _gone(request, team, membership)
    messages.success(request, _("Copied. This is the new draft."))
    return _to_draft(team, copy)


@team_view("edit")
def draft_delete_view(
    request: AuthenticatedRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    if request.method == "POST":
        try:
            draft_delete(draft=draft, user=request.user)
        except DraftGoneError:
            return _gone(request, team, membership)
        messages.success(request, _("Draft deleted."))
        return redirect("drafts:list", team_slug=team.slug)
    context = {"team": team, "membership": membership, "draft": draft}
    return render(request, "letters/drafts/draft_delete.html", context)


@team_view("read")
def draft_download(
    request: HttpRequest, team: Team, membership: Membership, pk: int, fmt: str
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    stem = slugify(draft.subject)[:60] or f"draft-{draft.pk}"
    if fmt == "txt":
        return letter_exports.txt_response(subject=draft.subject, body=draft.body, stem=stem)
    if fmt == "eml" and not draft.to_buyer:
        # Buyer messages go through Amazon's Buyer-Seller Messaging only: never an e-mail.
        return letter_exports.eml_response(
            to=draft.recipients, subject=draft.subject, body=draft.body, stem=stem
        )
    if fmt in ("pdf", "docx"):
        pack = Pack(
            subject=draft.subject,
            body=draft.body,
            case=draft.case_type,
            ticked=draft.evidence,
            stem=stem,
        )
        try:
            return pack_response(pack, fmt)
        except AppealPackError as error:
            messages.error(request, str(error))
            return _to_draft(team, draft)
    raise Http404("No such format.")


@team_view("edit")
@require_POST
def draft_status(
    request: AuthenticatedRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _to_draft(team, draft)
    try:
        draft = draft_set_status(draft=draft, user=request.user, **form.status_change())
    except ChecksBlockError as error:
        messages.error(request, _must_fix_message(error))
    except DraftGoneError:
        return _gone(request, team, membership)
    except DraftError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Status: %(status)s.") % {"status": draft.get_status_display()})
    return _to_draft(team, draft)


@team_view("edit")
@require_POST
def timeline_add_view(
    request: AuthenticatedRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    form = TimelineEntryForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _to_draft(team, draft, "#timeline")
    try:
        timeline_add(draft=draft, user=request.user, **form.cleaned_data)
    except DraftGoneError:
        return _gone(request, team, membership)
    except DraftError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Added to the timeline."))
    return _to_draft(team, draft, "#timeline")


@team_view("edit")
@require_POST
def draft_follow_up_view(
    request: AuthenticatedRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _to_draft(team, draft, "#follow-up")
    data = dict(form.cleaned_data)
    if data.pop("record_only"):
        return _record_reply(request, team, draft, data)
    try:
        follow_up = draft_follow_up(draft=draft, user=request.user, **data)
    except DraftGoneError:
        return _gone(request, team, membership)
    except DraftError as error:
        messages.error(request, str(error))
        return _to_draft(team, draft, "#follow-up")
    messages.success(
        request, _("Amazon's reply is on the timeline. Answer what it asked in this follow-up.")
    )
    return redirect("drafts:edit", team_slug=team.slug, pk=follow_up.pk)


def _record_reply(
    request: AuthenticatedRequest, team: Team, draft: Draft, data: dict
) -> HttpResponse:
    """Amazon's reply on the timeline, with no follow-up: it asks for nothing more."""
    try:
        timeline_add(
            draft=draft,
            user=request.user,
            kind=TimelineEntry.Kind.AMAZON_REPLY,
            text=data["amazon_reply"],
            happened_on=data["happened_on"],
            token=data["token"],
        )
    except DraftError as error:
        messages.error(request, str(error))
        return _to_draft(team, draft, "#follow-up")
    messages.success(request, _("Amazon's reply is on the timeline."))
    return _to_draft(team, draft)


@team_view("read")
def revision_diff(
    request: HttpRequest, team: Team, membership: Membership, pk: int
) -> HttpResponse:
    draft = draft_get(team=team, pk=pk)
    form = RevisionPairForm(request.GET)
    context = {"team": team, "membership": membership, "draft": draft, "form": form}
    if not form.is_valid():
        return render(request, "letters/drafts/revision_diff.html", context, status=400)
    old, new = revision_pair(draft=draft, **form.cleaned_data)
    context.update(
        old=old,
        new=new,
        subject_diff=diff_html(old.subject, new.subject),
        body_diff=diff_html(old.body, new.body),
        newest=draft.revisions.order_by("-number").values_list("number", flat=True).first(),
    )
    return render(request, "letters/drafts/revision_diff.html", context)


@team_view("manage")
def team_export(request: HttpRequest, team: Team, membership: Membership, fmt: str) -> HttpResponse:
    stem = f"{team.slug}-drafts-{timezone.localdate().isoformat()}"
    if fmt == "json":
        return letter_exports.download(
            exports.team_export_json(team=team),
            filename=f"{stem}.json",
            content_type="application/json",
        )
    if fmt == "csv":
        # The byte-order mark makes spreadsheet programs read the file as UTF-8.
        content = "\ufeff" + exports.team_export_csv(team=team)
        return letter_exports.download(
            content, filename=f"{stem}.csv", content_type="text/csv; charset=utf-8"
        )
    raise Http404("No such format.")


@team_view("edit")
@require_POST
def checked_mail_save(
    request: AuthenticatedRequest, team: Team, membership: Membership
) -> HttpResponse:
    """Keep an e-mail from the sender check on one of the team's cases.

    The sender check posts the e-mail alone: this page then asks for the case. Posted again
    with a case, the e-mail goes on that draft's timeline, checked once more by the service.
    """
    form = CheckedMailForm(request.POST)
    if not form.is_valid() or form.cleaned_data["draft"] is None:
        return _checked_mail_page(request, team, membership, form)
    draft = draft_get(team=team, pk=form.cleaned_data["draft"])
    try:
        timeline_checked_mail_add(
            draft=draft,
            user=request.user,
            raw_email=form.cleaned_data["message"],
            token=form.cleaned_data["token"],
        )
    except DraftGoneError:
        return _gone(request, team, membership)
    except DraftError as error:
        form.add_error(None, str(error))
        return _checked_mail_page(request, team, membership, form)
    messages.success(request, _("The checked e-mail is on this case's timeline."))
    return _to_draft(team, draft, "#timeline")


def _checked_mail_page(
    request: HttpRequest, team: Team, membership: Membership, form: CheckedMailForm
) -> HttpResponse:
    result: Result | None = None
    if form.is_valid():
        try:
            result = check_email(form.cleaned_data["message"])
        except UnparseableEmail:
            form.add_error(
                None, _("SellerDesk could not read this as an e-mail, so there is nothing to save.")
            )
    context = {
        "team": team,
        "membership": membership,
        "form": form,
        "result": result,
        "drafts": draft_choices(team=team) if result else [],
        # One per page: choosing twice (a double click, a resent POST) saves once.
        "token": uuid.uuid4(),
    }
    status = 200 if result else 400
    return render(request, "letters/drafts/checked_mail_save.html", context, status=status)
