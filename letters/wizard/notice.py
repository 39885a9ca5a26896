"""The wizard's optional start: paste Amazon's notice, confirm what it says, go on.

Two plain views before the wizard's own steps. The pasted text waits in the session until
the seller confirms the reading; confirmed values are then put into the wizard's session
state: the case as the case step's answer, the rest as proposals the "who" and facts
steps show as their initial values, marked as coming from the notice. Nothing the seller
did not confirm reaches the wizard.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.datastructures import MultiValueDict
from django.views.decorators.http import require_http_methods

from letters.cases import CASE_TYPES_BY_KEY
from letters.notices.reader import NoticeReading, read_notice
from letters.wizard import state
from letters.wizard.notice_forms import NoticeConfirmForm, NoticePasteForm
from letters.wizard.steps import CASE, FACTS, WHO
from sellerdesk.marketplaces import MARKETS_BY_CODE

SESSION_KEY = "sellerdesk_notice"
# Where the wizard keeps the confirmed notice: its state's extra data, reset with it.
EXTRA_KEY = "notice"
# Confirmed values that go to the facts step under the placeholder of the same name; the
# complaint ID also fills a retraction's list of complaint IDs.
FACT_NAMES = ("notice_date", "asins", "order_ids", "complaint_id", "rights_owner")


def confirmed_notice(extra_data: Mapping) -> dict:
    """What the wizard keeps of a confirmed notice: {"text", "values", "excerpts"}."""
    notice = extra_data.get(EXTRA_KEY)
    return notice if isinstance(notice, dict) else {}


def notice_initial(extra_data: Mapping, *, step: str, fact_names: set[str]) -> dict[str, str]:
    """Initial values of the "who" or facts step from the confirmed notice, by field name."""
    values = confirmed_notice(extra_data).get("values") or {}
    if step == WHO:
        marketplace = values.get("marketplace")
        return {"marketplace": marketplace} if marketplace in MARKETS_BY_CODE else {}
    if step != FACTS:
        return {}
    initial = {n: values[n] for n in FACT_NAMES if n in fact_names and values.get(n)}
    if "complaint_ids" in fact_names and values.get("complaint_id"):
        initial["complaint_ids"] = values["complaint_id"]
    return initial


def notice_context(extra_data: Mapping, *, form: Form, initial: Mapping[str, str]) -> dict:
    """The step's fields still holding the notice's value (with their excerpt), and the
    deadline the notice states."""
    notice = confirmed_notice(extra_data)
    excerpts = notice.get("excerpts") or {}
    due_date = (notice.get("values") or {}).get("due_date")
    return {
        "from_notice": {
            name: excerpts.get(name, "")
            for name in initial
            if name in form.fields and form[name].value() == form.initial.get(name)
        },
        "notice_due_date": datetime.date.fromisoformat(due_date) if due_date else None,
    }


def _start_wizard(request: HttpRequest, *, form: NoticeConfirmForm, text: str) -> str:
    """A fresh wizard holding the confirmed values; the step to go to next."""
    data = form.cleaned_data
    # In place of any earlier answers: a fresh wizard.
    wizard = state.WizardState()
    values = {
        "marketplace": data["marketplace"],
        "notice_date": data["notice_date"].isoformat() if data["notice_date"] else "",
        "due_date": data["due_date"].isoformat() if data["due_date"] else "",
        "asins": "\n".join(data["asins"]),
        "order_ids": "\n".join(data["order_ids"]),
        "complaint_id": data["complaint_id"],
        "rights_owner": data["rights_owner"],
        "rights_owner_email": data["rights_owner_email"],
        "policy": data["policy"],
    }
    wizard.set_extra(
        EXTRA_KEY,
        {
            "text": text,
            "values": {name: value for name, value in values.items() if value},
            "excerpts": form.reading.excerpts,
        },
    )
    step = CASE
    if data["case"] in CASE_TYPES_BY_KEY:
        wizard.set_posted(CASE, MultiValueDict({f"{CASE}-case": [data["case"]]}))
        step = WHO
    wizard.current_step = step
    state.save(request, wizard)
    return step


@require_http_methods(["GET", "POST"])
def notice_paste(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = NoticePasteForm(request.POST)
        if form.is_valid():
            request.session[SESSION_KEY] = form.cleaned_data["notice"]
            return redirect("letters:wizard_notice_confirm")
    else:
        form = NoticePasteForm(initial={"notice": request.session.get(SESSION_KEY, "")})
    return render(request, "letters/wizard/notice_paste.html", {"form": form})


@require_http_methods(["GET", "POST"])
def notice_confirm(request: HttpRequest) -> HttpResponse:
    text = request.session.get(SESSION_KEY)
    if not isinstance(text, str) or not text.strip():
        return redirect("letters:wizard_notice")
    reading: NoticeReading = read_notice(text)
    if request.method == "POST":
        form = NoticeConfirmForm(request.POST, reading=reading)
        if form.is_valid():
            step = _start_wizard(request, form=form, text=text)
            del request.session[SESSION_KEY]
            return redirect("letters:wizard_step", step=step)
    else:
        form = NoticeConfirmForm(reading=reading)
    context = {
        "form": form,
        "reading": reading,
        "text": text,
    }
    return render(request, "letters/wizard/notice_confirm.html", context)
