"""One request's reading of the wizard's answers: which steps apply, each step's form and
cleaned answers, and the letter they make.

Every request costs a fixed handful of queries (see tests/letters/test_wizard_queries.py):
the session, the case's current template version (fetched once per request and shared by
the steps that apply, the facts form and the review), and on the review the directory.
Everything derived here is computed once per request and forgotten when answers change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from django import forms
from django.http import HttpRequest
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from drafts.selectors import TeamIdentities, team_identities
from letters.cases import CASE_TYPES_BY_KEY, Audience, CaseType
from letters.delivery import Delivery, delivery_for
from letters.models import TemplateVersion
from letters.placeholders import Placeholder
from letters.rendering import ENGLISH, RenderedLetter, render_reading, render_version
from letters.selectors import current_versions
from letters.values import fact_placeholders, letter_values
from letters.wizard import cleaned, results, state
from letters.wizard.forms import CaseForm, FactsForm, ReviewForm, WhoForm
from letters.wizard.notice import confirmed_notice, notice_initial
from letters.wizard.plan import PlanForm
from letters.wizard.review import errors_only, review_findings
from letters.wizard.steps import CASE, FACTS, PLAN, REVIEW, WHO
from sellerdesk.marketplaces import MARKETS_BY_CODE, Market
from sellerdesk.teams import current_membership

STEPS = (CASE, WHO, FACTS, PLAN, REVIEW)
FORMS: dict[str, type[forms.Form] | type[PlanForm]] = {
    CASE: CaseForm,
    WHO: WhoForm,
    FACTS: FactsForm,
    PLAN: PlanForm,
    REVIEW: ReviewForm,
}
# The hidden field that names the step a page posts (formtools' name for it, kept: pages
# open in a browser when this changed still post it).
CURRENT_STEP_FIELD = "case_wizard_view-current_step"
# Steps whose saved answers only hold in one context (see ContextForm); the others carry over.
CARRY_OVER = (WHO, FACTS)

StepForm = forms.Form | PlanForm


def posted_step(request: HttpRequest) -> str | None:
    """The step a POST answers, as its page names it."""
    if request.method != "POST":
        return None
    step = request.POST.get(CURRENT_STEP_FIELD, "").strip()
    return step if step in FORMS else None


class Interview:
    def __init__(self, request: HttpRequest, *, url_step: str | None) -> None:
        self.request = request
        self.state = state.load(request)
        self.url_step = url_step
        self.posted_step = posted_step(request)
        # Set while the letter is being finished: the review then refuses errors marked
        # "Must fix" that were not overridden (see ReviewForm.clean).
        self.finishing = False
        self._versions: dict[str, dict[str, TemplateVersion]] = {}
        self._team_identities: TeamIdentities | None = None
        self._forget()

    def _forget(self) -> None:
        """Drop what was derived from the answers: they changed."""
        self._memo: dict[str, dict | None] = {}
        self._steps: list[str] | None = None
        self._generated: tuple[RenderedLetter | None] | None = None

    # -- the answers ------------------------------------------------------------------

    def save_step(self, step: str, data: MultiValueDict) -> None:
        """Keep what was posted for `step`, valid or not."""
        generated = self._generated
        self.state.set_posted(step, data)
        self._forget()
        if step == REVIEW:
            # The letter is made of the earlier steps' answers.
            self._generated = generated

    def replace(self, new: state.WizardState) -> None:
        self.state = new
        self.state.changed = True
        self._forget()

    def reset(self) -> None:
        self.state = state.blank(self.request, self.state)
        self._forget()

    def save(self) -> None:
        state.save(self.request, self.state)

    # -- steps --------------------------------------------------------------------------

    def steps(self) -> list[str]:
        """The steps that apply: the facts when the case asks any, the plan for appeals.

        Before a case is chosen both count: the progress bar shows the plan "for appeals only".
        """
        if self._steps is None:
            case = self.case()
            applies = {
                FACTS: case is None or bool(self.fact_placeholders()),
                PLAN: case is None or case.plan_of_action,
            }
            self._steps = [step for step in STEPS if applies.get(step, True)]
        return self._steps

    def next_step(self, step: str) -> str | None:
        steps = self.steps()
        after = steps[steps.index(step) + 1 :]
        return after[0] if after else None

    def previous_step(self, step: str) -> str | None:
        steps = self.steps()
        index = steps.index(step)
        return steps[index - 1] if index else None

    def first_unanswered_before(self, step: str) -> str | None:
        """The first earlier step without valid answers: a later step cannot open before it."""
        steps = self.steps()
        if step not in steps:
            return None
        for earlier in steps[: steps.index(step)]:
            if self.cleaned(earlier) is None:
                return earlier
        return None

    def cleaned(self, step: str) -> dict | None:
        """The step's answers, validated: kept from when they were last valid if nothing they
        depend on changed since (see letters/wizard/cleaned.py), else validated again."""
        if step not in self._memo:
            key = self._cleaned_key(step)
            data = cleaned.load(self.state.cleaned, step=step, key=key)
            if data is None:
                form = self.form(step, self.state.posted_data(step))
                data = form.cleaned_data if form.is_valid() else None
                if data is not None:
                    cleaned.keep(self.state.cleaned, step=step, key=key, data=data)
            self._memo[step] = data
        data = self._memo[step]
        return dict(data) if data is not None else None

    def keep_cleaned(self, step: str, data: dict) -> None:
        """The step just posted is valid: keep its cleaned answers for the pages after it."""
        cleaned.keep(self.state.cleaned, step=step, key=self._cleaned_key(step), data=data)
        self._memo[step] = data

    def _cleaned_key(self, step: str) -> str:
        raw_steps = [self.state.posted.get(earlier) for earlier in STEPS[: STEPS.index(step) + 1]]
        if step == CASE:
            return cleaned.answers_key(raw_steps=raw_steps, context=None)
        case = self.case()
        versions = sorted(v.pk for v in self._case_versions(case).values()) if case else []
        context = [self.step_context(step), versions, timezone.localdate().isoformat()]
        return cleaned.answers_key(raw_steps=raw_steps, context=context)

    # -- forms --------------------------------------------------------------------------

    def form(self, step: str, data: Mapping[str, Any] | None) -> StepForm:
        """The step's form, bound to `data` (a POST, or the answers kept for the step)."""
        carried: dict[str, Any] = {}
        if data is not None and data is not self.request.POST:
            # Saved answers given for another case (or another text of the letter) do not
            # belong in this form: show it fresh, prefilled with what still applies.
            context = self.step_context(step)
            if context is not None and data.get(f"{step}-context", "") != context:
                if step in CARRY_OVER:
                    carried = {
                        key.removeprefix(f"{step}-"): data.get(key)
                        for key in data
                        if key.startswith(f"{step}-")
                    }
                data = None
        return FORMS[step](
            data=data, prefix=step, initial=self.initial(step, carried), **self.form_kwargs(step)
        )

    def shown_form(self, step: str) -> StepForm:
        """The step's form as a GET shows it: bound to the answers kept for it, which are not
        validated again when they are known to be valid (see PlanForm.known_valid)."""
        form = self.form(step, self.state.posted_data(step))
        if isinstance(form, PlanForm) and form.is_bound and self._known_valid(step):
            form.known_valid()
        return form

    def _known_valid(self, step: str) -> bool:
        key = self._cleaned_key(step)
        return cleaned.load(self.state.cleaned, step=step, key=key) is not None

    def review_form(self, data: Mapping[str, Any] | None) -> ReviewForm:
        form = self.form(REVIEW, data)
        assert isinstance(form, ReviewForm)  # FORMS gives the review a ReviewForm
        return form

    def initial(self, step: str, carried: dict[str, Any]) -> dict:
        if step == CASE and self.request.GET.get("case") in CASE_TYPES_BY_KEY:
            return {"case": self.request.GET["case"]}
        initial = {name: value for name, value in carried.items() if name != "context"}
        showing = self.request.method == "GET" and self.url_step == WHO
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

    def form_kwargs(self, step: str) -> dict:
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
            case = self.case()
            kwargs["placeholders"] = self.fact_placeholders()
            kwargs["case"] = case.key if case else ""
            kwargs["market"] = self.market()
        elif step == REVIEW:
            kwargs["letter"] = self.generated()
            if self.finishing and self.version() is not None and self.case() is not None:
                kwargs["errors_in"] = self.errors_in
        return kwargs

    def step_context(self, step: str) -> str | None:
        """What the step's answers belong to (see ContextForm): the case, or the letter."""
        if step in (WHO, FACTS):
            case = self.case()
            return case.key if case else ""
        if step == REVIEW:
            letter = self.generated()
            text = f"{letter.subject}\n{letter.body}" if letter else ""
            return hashlib.sha256(text.encode()).hexdigest()[:16]
        return None

    def from_notice(self, step: str) -> dict[str, str]:
        """The initial values this step takes from the confirmed notice, by field name."""
        names = {p.name for p in self.fact_placeholders()} if step == FACTS else set()
        return notice_initial(self.state.extra, step=step, fact_names=names)

    def team_identities(self) -> TeamIdentities:
        """The current team's stores and the user's last sender in it (see team_identities);
        nothing from another team, nothing for visitors. Looked up once per request."""
        if self._team_identities is None:
            membership = current_membership(self.request)
            self._team_identities = (
                team_identities(team=membership.team, author_id=membership.user_id)
                if membership is not None
                else TeamIdentities(last={}, stores=[])
            )
        return self._team_identities

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

    # -- what the answers say -----------------------------------------------------------

    def case(self) -> CaseType | None:
        if self.posted_step == CASE:
            # The case being chosen, not the one it replaces: the steps that apply would
            # otherwise fetch the old case's template as well as the new one's.
            posted = CASE_TYPES_BY_KEY.get(self.request.POST.get(f"{CASE}-case", ""))
            if posted:
                return posted
        data = self.cleaned(CASE)
        return CASE_TYPES_BY_KEY.get(data["case"]) if data else None

    def chosen_case(self) -> CaseType:
        """The case, on a step that opens only once the case step is answered."""
        case = self.case()
        assert case is not None, "the case step is answered"
        return case

    def market(self) -> Market | None:
        who = self.cleaned(WHO) or {}
        return MARKETS_BY_CODE.get(who.get("marketplace", ""))

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
        who = self.cleaned(WHO) or {}
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
            self._versions[case.key] = current_versions(case.key)
        return self._versions[case.key]

    def fact_placeholders(self) -> list[Placeholder]:
        version, case = self.version(), self.case()
        # A version exists only for a chosen case.
        return fact_placeholders(case, version.placeholder_list) if version and case else []

    def facts(self) -> dict:
        if FACTS not in self.steps():
            return {}
        return self.cleaned(FACTS) or {}

    def plan(self) -> dict:
        return (self.cleaned(PLAN) if PLAN in self.steps() else None) or {}

    def letter_values(self) -> dict[str, object]:
        return letter_values(
            who=self.cleaned(WHO) or {}, facts=self.facts(), plan=self.plan(), case=self.case()
        )

    def generated(self) -> RenderedLetter | None:
        """The letter as the answers make it, before the seller's edits."""
        if self._generated is None:
            version = self.version()
            self._generated = (render_version(version, self.letter_values()) if version else None,)
        return self._generated[0]

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

    def answers(self) -> dict:
        """Every step's answers, as a saved draft keeps them (and the next case prefills)."""
        who = {k: v for k, v in (self.cleaned(WHO) or {}).items() if k != "context"}
        facts = {k: v for k, v in self.facts().items() if k != "context"}
        return {"who": who, "facts": facts, "plan": self.plan()}

    def reviewed_text(self) -> dict:
        """The subject and letter as edited on the review, when the review was reached."""
        if REVIEW not in self.steps() or self.first_unanswered_before(REVIEW):
            return {}
        form = self.review_form(self.state.posted_data(REVIEW))
        if not form.is_bound or not form.is_valid():
            return {}
        subject, body = form.text()
        return {"subject": subject, "body": body}

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
            notice_text=confirmed_notice(self.state.extra).get("text", ""),
            case=case.key,
            marketplace=market.code,
            purpose=self.purpose(),
            subject=subject,
            body=body,
            answers=results.json_safe(self.answers()),
            template_version_id=version.pk if version else None,
            language=version.template.language if version else ENGLISH,
        )
