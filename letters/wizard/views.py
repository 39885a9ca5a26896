"""The case wizard: one URL per step, answers kept in the session until the letter is done.

Every request costs a fixed handful of queries (see tests/letters/test_wizard_queries.py):
the session, the case's current template version (fetched once per request and shared by
the step conditions, the facts form and the review), and on the review the directory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage import get_storage
from formtools.wizard.views import NamedUrlSessionWizardView, WizardView

from drafts.selectors import TeamIdentities, team_identities
from letters import letter_files as exports
from letters.appeal_pack import AppealPackError, Pack, pack_response
from letters.cases import CASE_TYPES_BY_KEY, Audience, CaseType
from letters.delivery import Delivery, delivery_for
from letters.evidence import EVIDENCE_FIELD
from letters.models import TemplateVersion
from letters.placeholders import Placeholder
from letters.rendering import ENGLISH, RenderedLetter, render_reading, render_version
from letters.values import fact_placeholders, letter_values
from letters.wizard import cleaned, edits, results, snapshot
from letters.wizard.forms import CaseForm, FactsForm, ReviewForm, WhoForm
from letters.wizard.notice import confirmed_notice, notice_context, notice_initial
from letters.wizard.plan import PlanForm
from letters.wizard.review import case_extras, errors_only, review_extras, review_findings
from letters.wizard.steps import (
    CASE,
    FACTS,
    PLAN,
    REVIEW,
    WHO,
    case_groups,
    progress,
)
from letters.wizard.summary import error_summary
from sellerdesk.marketplaces import MARKETS_BY_CODE, Market
from sellerdesk.teams import current_membership

SESSION_EXPIRED = _("Your session expired, so we could not keep your answers. Please start again.")
SESSION_EXPIRED_LOG_IN = _(
    "Your session expired and you were logged out. Your answers are kept: log in again and "
    "they will be saved as a draft of your team."
)
ANSWERS_SAVED = _("Your answers from before are saved as the draft “%(subject)s” of %(team)s.")
REVIEW_ACTIONS = (
    "check",
    "download_txt",
    "download_eml",
    "download_pdf",
    "download_docx",
    # The choice between the letter edited before a fact changed and the rebuilt one.
    "use_edited",
    "use_rebuilt",
)
# Steps whose saved answers only hold in one context (see ContextForm); the others carry over.
CARRY_OVER = (WHO, FACTS)


def _has_facts(wizard: CaseWizardView) -> bool:
    case = wizard.case()
    return case is None or bool(wizard.fact_placeholders())


def _needs_plan(wizard: CaseWizardView) -> bool:
    # Before a case is chosen, count the plan: the progress bar shows it "for appeals only".
    case = wizard.case()
    return case is None or case.plan_of_action


class CaseWizardView(NamedUrlSessionWizardView):
    form_list = [
        (CASE, CaseForm),
        (WHO, WhoForm),
        (FACTS, FactsForm),
        (PLAN, PlanForm),
        (REVIEW, ReviewForm),
    ]
    condition_dict = {FACTS: _has_facts, PLAN: _needs_plan}
    storage_name = "letters.wizard.storage.QuietSessionStorage"

    # -- request handling ---------------------------------------------------------------

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self._versions: dict[str, dict[str, TemplateVersion]] = {}
        self._carried: dict[str, dict] = {}
        self._finishing = False
        step = kwargs.get("step")
        prefix = self.get_prefix(request, *args, **kwargs)
        # Answers reach the session with the first answer (see QuietSessionStorage): a
        # visitor who only looked at the first step has none, and may post it.
        started = f"wizard_{prefix}" in request.session
        if not started and (request.method == "POST" or step not in (None, CASE)):
            if request.method == "POST" and self.restore_snapshot(request, *args, **kwargs):
                messages.warning(request, SESSION_EXPIRED_LOG_IN)
                return redirect_to_login(reverse("letters:wizard"))
            first_answer = (
                request.method == "POST"
                and request.POST.get(f"{prefix}-current_step") == CASE
                and step in (None, CASE)
            )
            if not first_answer:
                messages.warning(request, SESSION_EXPIRED)
                return redirect("letters:wizard_step", step=CASE)
        return super().dispatch(request, *args, **kwargs)

    def restore_snapshot(self, request: HttpRequest, *args: Any, **kwargs: Any) -> bool:
        """After an expired session: put the page's signed answers back into this wizard.

        Only into this browser's new session, to be saved as a team draft once their author
        has logged in again (see save_pending_answers).
        """
        saved = snapshot.load(request)
        if saved is None or not saved.data.get("step_data"):
            # Nothing was answered before: there is nothing to put back.
            return False
        self.prefix = self.get_prefix(request, *args, **kwargs)
        self.storage = get_storage(self.storage_name, self.prefix, request, None)
        self.storage.data = saved.data
        posted = self._posted_step()
        if posted:
            # The page being posted, edits of the review included, is kept too.
            self.storage.set_step_data(posted, request.POST)
            self.storage.current_step = posted
        snapshot.remember_pending(request, saved)
        return True

    def save_pending_answers(self) -> HttpResponse | None:
        """Answers put back after an expired session become a draft once their author is in."""
        pending = snapshot.pop_pending(self.request)
        if pending is None:
            return None
        membership = snapshot.membership_to_save_in(pending, self.request.user)
        letter = self.finished_letter(**self.reviewed_text())
        if membership is None or letter is None:
            if pending.get("user") != self.request.user.pk:
                # Someone else's answers, left in this browser: not theirs to see or keep.
                self.storage.reset()
            return None
        draft = results.draft_from_letter(
            letter=letter,
            team=membership.team,
            author=self.request.user,
            template_version=self.version(),
        )
        self.storage.reset()
        messages.success(
            self.request,
            ANSWERS_SAVED % {"subject": draft.subject, "team": membership.team.name},
        )
        return redirect(draft.get_absolute_url())

    def reviewed_text(self) -> dict:
        """The subject and letter as edited on the review, when the review was reached."""
        if REVIEW not in self.get_form_list() or self.first_unanswered_before(REVIEW):
            return {}
        form = self.review_form(self.storage.get_step_data(REVIEW))
        if not form.is_bound or not form.is_valid():
            return {}
        subject, body = form.text()
        return {"subject": subject, "body": body}

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # The done step re-validates every answer before done(): there too the review refuses
        # errors marked "Must fix" that were not overridden (see post).
        self._finishing = kwargs.get("step") == self.done_step_name
        saved = self.save_pending_answers()
        if saved is not None:
            return saved
        step = kwargs.get("step")
        preselect = request.GET.get("case") in CASE_TYPES_BY_KEY
        if step is None and ("reset" in request.GET or preselect):
            # ?reset is "Start over"; ?case=<key> is the library's "Use this template": that
            # case is preselected and the other answers are kept.
            if "reset" in request.GET:
                self.storage.reset()
            query = request.GET.copy()
            query.pop("reset", None)
            url = self.get_step_url(CASE)
            return redirect(f"{url}?{query.urlencode()}" if query else url)
        if step is None and not request.GET and (self.storage.current_step or CASE) == CASE:
            # The wizard's front door ("Start a case") shows the first step itself; later
            # steps redirect to their own URL, so a half-done case is picked up again.
            self.storage.current_step = CASE
            return self.render(self.get_form(data=self.storage.get_step_data(CASE)))
        if preselect and step == CASE:
            self.storage.current_step = CASE
            return self.render(self.get_form(data=None))
        unanswered = self.first_unanswered_before(step)
        if unanswered:
            return redirect(self.get_step_url(unanswered))
        return super().get(request, *args, **kwargs)

    def post(self, *args: Any, **kwargs: Any) -> HttpResponse:
        posted = self._posted_step()
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto in self.get_form_list() and posted:
            # Back: keep what was typed on this page, valid or not, for the way forward.
            self.storage.set_step_data(posted, self.request.POST)
            if posted == REVIEW:
                # The edited letter survives a changed fact too (see letters/wizard/edits.py).
                form = self.review_form(self.request.POST)
                edits.remember(self.storage, form=form, generated=self.generated())
        elif posted == REVIEW and self.request.POST.get("action") in REVIEW_ACTIONS:
            self.storage.current_step = REVIEW
            return self.review_action(self.request.POST["action"])
        # Finish: the review form refuses errors marked "Must fix" unless they are overridden
        # on purpose, with a reason. The done step (a redirect after this) checks it again.
        self._finishing = posted == REVIEW and not goto
        return super().post(*args, **kwargs)

    def first_unanswered_before(self, step: str | None) -> str | None:
        """The first earlier step without valid answers: a later step cannot open before it."""
        steps = list(self.get_form_list())
        if step not in steps:
            return None
        for earlier in steps[: steps.index(step)]:
            if self.get_cleaned_data_for_step(earlier) is None:
                return earlier
        return None

    def get_cleaned_data_for_step(self, step: str) -> dict | None:
        """The step's answers, validated: kept from when they were last valid if nothing they
        depend on changed since (see letters/wizard/cleaned.py), else validated again."""
        if step not in self.form_list:
            return None
        memo = self.storage.cleaned_memo
        if step not in memo:
            key = self._cleaned_key(step)
            data = cleaned.load(self.storage, step=step, key=key)
            if data is None:
                form = self.get_form(
                    step=step,
                    data=self.storage.get_step_data(step),
                    files=self.storage.get_step_files(step),
                )
                data = form.cleaned_data if form.is_valid() else None
                if data is not None:
                    cleaned.keep(self.storage, step=step, key=key, data=data)
            memo[step] = data
        data = memo[step]
        return dict(data) if data is not None else None

    def _cleaned_key(self, step: str) -> str:
        # formtools turns the class's list of (step, form) into a dict of steps per view.
        steps = list(cast("dict[str, type]", self.form_list))
        raw = self.storage.data[self.storage.step_data_key]
        raw_steps = [raw.get(earlier) for earlier in steps[: steps.index(step) + 1]]
        if step == CASE:
            return cleaned.answers_key(raw_steps=raw_steps, context=None)
        case = self.case()
        versions = sorted(v.pk for v in self._case_versions(case).values()) if case else []
        context = [self.step_context(step), versions, timezone.localdate().isoformat()]
        return cleaned.answers_key(raw_steps=raw_steps, context=context)

    def render_next_step(self, form: forms.Form, **kwargs: object) -> HttpResponse:
        # The step just posted is valid: keep its cleaned answers for the pages after it.
        step = self.steps.current
        data = form.cleaned_data
        cleaned.keep(self.storage, step=step, key=self._cleaned_key(step), data=data)
        self.storage.cleaned_memo[step] = data
        return super().render_next_step(form, **kwargs)

    def _posted_step(self) -> str | None:
        form = ManagementForm(self.request.POST, prefix=self.prefix)
        if form.is_valid() and form.cleaned_data["current_step"] in self.form_list:
            return form.cleaned_data["current_step"]
        return None

    def review_action(self, action: str) -> HttpResponse:
        """Check again, or download the letter as edited, without leaving the review."""
        unanswered = self.first_unanswered_before(REVIEW)
        if unanswered:
            # Started over in another tab, say: the review has nothing to stand on.
            return redirect(self.get_step_url(unanswered))
        if action == "use_edited":
            data = edits.take(
                self.storage,
                prefix=self.get_form_prefix(REVIEW),
                context=self.step_context(REVIEW) or "",
            )
            if data is not None:
                self.storage.set_step_data(REVIEW, data)
                return self.render(self.get_form(step=REVIEW, data=data))
        if action == "use_rebuilt":
            edits.forget(self.storage)
        form = self.review_form(self.request.POST)
        if action in ("check", "use_edited", "use_rebuilt") or not form.is_valid():
            return self.render(form)
        subject, body = form.text()
        stem = self.file_stem()
        if action == "download_txt":
            return exports.txt_response(subject=subject, body=body, stem=stem)
        if action in ("download_pdf", "download_docx"):
            ticked = self.facts().get(EVIDENCE_FIELD) or []
            pack = Pack(
                subject=subject, body=body, case=self.chosen_case().key, ticked=ticked, stem=stem
            )
            try:
                return pack_response(pack, action.removeprefix("download_"))
            except AppealPackError as error:
                messages.error(self.request, str(error))
                return self.render(form)
        delivery = self.delivery()
        if delivery.to_buyer:
            # Buyer messages go through Amazon's Buyer-Seller Messaging only: never an e-mail.
            raise Http404
        return exports.eml_response(to=delivery.recipients, subject=subject, body=body, stem=stem)

    def render_done(self, form: forms.Form, **kwargs: Any) -> HttpResponse:
        """Finish on the review's POST itself: only a POST writes (a saved draft).

        formtools would redirect to the done URL and finish on that GET, so a reload or a
        prefetch of /letters/new/done/ saved the letter again; that URL now only leads
        back to the review.
        """
        if self.request.method != "POST":
            return redirect(self.get_step_url(REVIEW))
        return WizardView.render_done(self, form, **kwargs)

    def done(self, form_list: list, form_dict: Mapping, **kwargs: Any) -> HttpResponse:
        review = form_dict[REVIEW]
        subject, body = review.text()
        letter = self.finished_letter(subject=subject, body=body)
        assert letter is not None  # done() runs once every step is answered
        if review.overridden:
            letter = replace(
                letter,
                overridden_rules=review.overridden,
                override_reason=review.cleaned_data["override_reason"],
            )
        results.remember(self.request, letter)
        membership = current_membership(self.request)
        if membership is not None and membership.can_edit:
            draft = results.save_as_draft(self.request, letter, membership, self.version())
            return redirect(draft.get_absolute_url())
        return redirect("letters:wizard_letter")

    def finished_letter(
        self, *, subject: str | None = None, body: str | None = None
    ) -> results.FinishedLetter | None:
        """The letter as it stands, with every answer; None before a case and marketplace."""
        case, market, version = self.case(), self.market(), self.version()
        if case is None or market is None:
            return None
        if subject is None or body is None:
            generated = self.generated()
            if generated is None:
                return None
            subject, body = generated.subject, generated.body
        return results.FinishedLetter(
            notice_text=confirmed_notice(self.storage.extra_data).get("text", ""),
            case=case.key,
            marketplace=market.code,
            purpose=self.purpose(),
            subject=subject,
            body=body,
            answers=results.json_safe(self.answers()),
            template_version_id=version.pk if version else None,
            language=version.template.language if version else ENGLISH,
        )

    def answers(self) -> dict:
        """Every step's answers, as a saved draft keeps them (and the next case prefills)."""
        plan = self.get_cleaned_data_for_step(PLAN) if PLAN in self.get_form_list() else None
        who = dict(self.get_cleaned_data_for_step(WHO) or {})
        who.pop("context", None)
        facts = dict(self.facts())
        facts.pop("context", None)
        return {"who": who, "facts": facts, "plan": plan or {}}

    # -- forms --------------------------------------------------------------------------

    def get_template_names(self) -> list[str]:
        return [f"letters/wizard/step_{self.steps.current}.html"]

    def get_form(
        self, step: str | None = None, data: Mapping[str, Any] | None = None, files: Any = None
    ) -> forms.Form | PlanForm:
        step = step or self.steps.current
        if data is not None and data is not self.request.POST:
            # Saved answers given for another case (or another text of the letter) do not
            # belong in this form: show it fresh, prefilled with what still applies.
            prefix = self.get_form_prefix(step)
            context = self.step_context(step)
            if context is not None and data.get(f"{prefix}-context", "") != context:
                if step in CARRY_OVER:
                    self._carried[step] = {
                        key.removeprefix(f"{prefix}-"): data.get(key)
                        for key in data
                        if key.startswith(f"{prefix}-")
                    }
                data = None
        return super().get_form(step, data, files)

    def review_form(self, data: Mapping[str, Any] | None) -> ReviewForm:
        form = self.get_form(step=REVIEW, data=data)
        assert isinstance(form, ReviewForm)  # form_list gives the review a ReviewForm
        return form

    def get_form_initial(self, step: str) -> dict:
        if step == CASE and self.request.GET.get("case") in CASE_TYPES_BY_KEY:
            return {"case": self.request.GET["case"]}
        initial = dict(self._carried.get(step, {}))
        initial.pop("context", None)
        showing = self.request.method == "GET" and self.kwargs.get("step") == WHO
        if step == WHO and not initial and showing:
            # Only on the who page itself: a posted or re-validated form has its own values,
            # and the lookup costs a query.
            initial = dict(self.team_identities().last)
        if step in (WHO, FACTS):
            # What the seller confirmed from Amazon's notice (see letters/wizard/notice.py).
            for name, value in self.from_notice(step).items():
                if not initial.get(name):
                    initial[name] = value
        return initial

    def from_notice(self, step: str) -> dict[str, str]:
        """The initial values this step takes from the confirmed notice, by field name."""
        names = {p.name for p in self.fact_placeholders()} if step == FACTS else set()
        return notice_initial(self.storage.extra_data, step=step, fact_names=names)

    def team_identities(self) -> TeamIdentities:
        """The current team's stores and the user's last sender in it (see team_identities);
        nothing from another team, nothing for visitors. Looked up once per request."""
        if not hasattr(self, "_team_identities"):
            membership = current_membership(self.request)
            self._team_identities = (
                team_identities(team=membership.team, author_id=self.request.user.pk)
                if membership is not None
                else TeamIdentities(last={}, stores=[])
            )
        return self._team_identities

    def get_form_kwargs(self, step: str | None = None) -> dict:
        context = self.step_context(step)
        kwargs: dict = {} if context is None else {"context": context}
        if step == WHO:
            # The English text: every language declares the same names, and the letter's
            # language is itself an answer on this step.
            version = self.version(language=ENGLISH)
            kwargs["case"] = self.case()
            kwargs["declared"] = (
                frozenset(p.name for p in version.placeholder_list) if version else None
            )
        elif step == FACTS:
            kwargs["placeholders"] = self.fact_placeholders()
            case = self.case()
            kwargs["case"] = case.key if case else ""
            kwargs["market"] = self.market()
        elif step == REVIEW:
            kwargs["letter"] = self.generated()
            if self._finishing and self.version() is not None and self.case() is not None:
                kwargs["errors_in"] = self.errors_in
        return kwargs

    def errors_in(self, subject: str, body: str) -> list:
        """The checker's errors ("Must fix") in the letter as the seller finishes it."""
        version = self.version()
        assert version is not None  # the review is given errors_in only with a version
        findings = review_findings(
            version=version,
            case=self.chosen_case().key,
            subject=subject,
            body=body,
            facts=self.facts(),
        )
        return errors_only(findings)

    def step_context(self, step: str | None) -> str | None:
        if step in (WHO, FACTS):
            case = self.case()
            return case.key if case else ""
        if step == REVIEW:
            letter = self.generated()
            text = f"{letter.subject}\n{letter.body}" if letter else ""
            return hashlib.sha256(text.encode()).hexdigest()[:16]
        return None

    # -- answers, cached per request ----------------------------------------------------

    def case(self) -> CaseType | None:
        if self.request.method == "POST" and self._posted_step() == CASE:
            # The case being chosen, not the one it replaces: the step conditions would
            # otherwise fetch the old case's template as well as the new one's.
            posted = CASE_TYPES_BY_KEY.get(self.request.POST.get(f"{CASE}-case", ""))
            if posted:
                return posted
        data = self.get_cleaned_data_for_step(CASE)
        return CASE_TYPES_BY_KEY.get(data["case"]) if data else None

    def chosen_case(self) -> CaseType:
        """The case, on a step that opens only once the case step is answered."""
        case = self.case()
        assert case is not None, "the case step is answered"
        return case

    def chosen_market(self) -> Market:
        """The marketplace, on a step that opens only once the who step is answered."""
        market = self.market()
        assert market is not None, "the who step is answered"
        return market

    def language(self) -> str:
        """The letter's language: the buyer's choice, else the marketplace's; English for
        letters to Amazon and other sellers."""
        case = self.case()
        if case is None or case.audience != Audience.BUYER:
            return ENGLISH
        who = self.get_cleaned_data_for_step(WHO) or {}
        market = MARKETS_BY_CODE.get(who.get("marketplace", ""))
        return who.get("language") or (market.language if market else ENGLISH)

    def version(self, language: str | None = None) -> TemplateVersion | None:
        """The case's current text in the letter's language; English if it has none.

        Every language's current text is fetched at once, in one query: the who step
        needs the English declarations before the letter's language is known.
        """
        case = self.case()
        if case is None:
            return None
        versions = self._case_versions(case)
        return versions.get(language or self.language()) or versions.get(ENGLISH)

    def _case_versions(self, case: CaseType) -> dict[str, TemplateVersion]:
        if case.key not in self._versions:
            self._versions[case.key] = TemplateVersion.objects.current_by_language(case.key)
        return self._versions[case.key]

    def fact_placeholders(self) -> list[Placeholder]:
        version, case = self.version(), self.case()
        # A version exists only for a chosen case.
        return fact_placeholders(case, version.placeholder_list) if version and case else []

    def market(self) -> Market | None:
        who = self.get_cleaned_data_for_step(WHO) or {}
        return MARKETS_BY_CODE.get(who.get("marketplace", ""))

    def facts(self) -> dict:
        if FACTS not in self.get_form_list():
            return {}
        return self.get_cleaned_data_for_step(FACTS) or {}

    def generated(self) -> RenderedLetter | None:
        if not hasattr(self, "_generated"):
            version = self.version()
            self._generated = render_version(version, self.letter_values()) if version else None
        return self._generated

    def letter_values(self) -> dict[str, object]:
        plan = self.get_cleaned_data_for_step(PLAN) if PLAN in self.get_form_list() else {}
        return letter_values(
            who=self.get_cleaned_data_for_step(WHO) or {},
            facts=self.facts(),
            plan=plan or {},
            case=self.case(),
        )

    def reading(self) -> RenderedLetter | None:
        """The Chinese reading of the letter, with the same values: shown, never sent."""
        version = self.version()
        return render_reading(version, self.letter_values()) if version else None

    def purpose(self) -> str | None:
        """The directory purpose, which some answers switch (see CaseType.purpose_for)."""
        return self.chosen_case().purpose_for(self.chosen_market().code, self.facts())

    def delivery(self) -> Delivery:
        return delivery_for(
            case=self.chosen_case(), market=self.chosen_market(), purpose=self.purpose()
        )

    def file_stem(self) -> str:
        return f"sellerdesk-{self.chosen_case().key}-{self.chosen_market().code}"

    # -- pages --------------------------------------------------------------------------

    # `form` is the current step's form: a different class on each step.
    def get_context_data(self, form: Any, **kwargs: Any) -> dict:
        context = super().get_context_data(form=form, **kwargs)
        current, case = self.steps.current, self.case()
        context["progress"] = progress(
            steps=list(self.get_form_list()), current=current, case_known=case is not None
        )
        context["case"] = case
        answers = {k: v for k, v in self.storage.data.items() if k != cleaned.CLEANED_KEY}
        context["snapshot"] = snapshot.sign(self.request, answers)
        if current in (WHO, FACTS):
            initial = self.from_notice(current)
            context.update(notice_context(self.storage.extra_data, form=form, initial=initial))
        anchors = {}
        if current == CASE:
            context["groups"] = case_groups(selected=form["case"].value())
            # The cases are radios drawn by hand: the summary links to the first one.
            anchors["case"] = f"case-{context['groups'][0]['cases'][0]['case'].key}"
        elif current == WHO and self.request.method == "GET":
            stores = self.team_identities().stores
            context["team_stores"] = stores
            if stores and "store_name" in form.fields:
                form.fields["store_name"].widget.attrs["list"] = "team-stores"
        if current == REVIEW and self.request.user.is_authenticated:
            # Finish says what it does: a member who can edit gets a team draft (see done).
            membership = current_membership(self.request)
            context["finish_saves"] = membership is not None and membership.can_edit
        if current == REVIEW and (version := self.version()) and self.market():
            subject, body = form.text()
            context["earlier_edits"] = edits.pending(self.storage, shown=(subject, body))
            context.update(
                review_extras(
                    version=version,
                    delivery=self.delivery(),
                    subject=subject,
                    body=body,
                    facts=self.facts(),
                )
            )
            context.update(
                case_extras(
                    case=self.chosen_case(), delivery=context["delivery"], facts=self.facts()
                )
            )
            context["reading"] = self.reading()
        elif current == REVIEW:
            context["letter_missing"] = True
        context["error_summary"] = error_summary(form, anchors=anchors)
        return context
