"""The finished letter: kept in the session when the wizard ends, shown and downloaded there.

The wizard's answers are cleared when it finishes, so "Start a case" starts afresh; the
letter it produced stays, so its page can be reloaded and the letter downloaded again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from contacts.models import Channel
from drafts.models import Draft
from drafts.services import LetterSpec, draft_create
from letters import letter_files as exports
from letters.appeal_pack import AppealPackError, Pack, pack_response
from letters.cases import CASE_TYPES_BY_KEY, Audience, CaseType
from letters.channels import channels_for
from letters.delivery import Route, delivery_for
from letters.evidence import EVIDENCE_FIELD
from letters.models import TemplateVersion
from letters.wizard.forms import rows_for
from letters.wizard.review import case_extras
from sellerdesk.marketplaces import MARKETS_BY_CODE, Market
from sellerdesk.models import Membership, Team
from sellerdesk.teams import AuthenticatedRequest, current_membership, membership_for

SESSION_KEY = "sellerdesk_finished_letter"


@dataclass(frozen=True)
class FinishedLetter:
    case: str
    marketplace: str
    purpose: str | None
    subject: str
    body: str
    # JSON-safe: the session stores it as JSON, and a draft saved later keeps it.
    answers: dict = field(default_factory=dict)
    template_version_id: int | None = None
    draft_id: int | None = None
    # The team the draft was saved to: the seller may have switched team since.
    draft_team: str | None = None
    # The letter's language (a Language code); "en" for letters finished before languages.
    language: str = "en"
    # Amazon's notice, when the case started from it; kept with the team draft.
    notice_text: str = ""
    # The checker's errors the seller finished with on purpose, and why: the draft's
    # timeline records them, whenever the letter is saved to a team.
    overridden_rules: list[str] = field(default_factory=list)
    override_reason: str = ""

    @property
    def case_type(self) -> CaseType:
        return CASE_TYPES_BY_KEY[self.case]

    @property
    def market(self) -> Market:
        return MARKETS_BY_CODE[self.marketplace]

    @property
    def evidence(self) -> list[str]:
        """The checklist items the seller ticked in the facts step."""
        facts = self.answers.get("facts") or {}
        ticked = facts.get(EVIDENCE_FIELD) if isinstance(facts, dict) else None
        return [key for key in ticked if isinstance(key, str)] if isinstance(ticked, list) else []

    @property
    def file_stem(self) -> str:
        return f"sellerdesk-{self.case}-{self.marketplace}"


def json_safe(answers: dict) -> dict:
    """Dates and decimals as text, the way the session and a draft's JSON keep them."""
    return json.loads(json.dumps(answers, cls=DjangoJSONEncoder))


def remember(request: HttpRequest, letter: FinishedLetter) -> None:
    request.session[SESSION_KEY] = asdict(letter)


def draft_from_letter(
    *,
    letter: FinishedLetter,
    team: Team,
    author: User,
    template_version: TemplateVersion | None,
) -> Draft:
    """A team draft of the letter, with where it goes and every answer behind it (and the
    checker's errors the author finished with on purpose, with their reason)."""
    delivery = delivery_for(case=letter.case_type, market=letter.market, purpose=letter.purpose)
    route = delivery.primary_route
    if letter.case_type.audience == Audience.AMAZON:
        # The first page that works for this case (none behind a login for a locked-out
        # seller), not simply the purpose's route.
        found = channels_for(case=letter.case_type, delivery=delivery, extra_routes=False)
        first = next((r for r in found.routes if r.channel != Channel.EMAIL), None)
        route = Route(first.name, first.where) if first else None
    return draft_create(
        team=team,
        author=author,
        letter=LetterSpec(
            case_type=letter.case,
            marketplace=letter.marketplace,
            subject=letter.subject,
            body=letter.body,
            answers=letter.answers,
            recipients=delivery.recipients,
            route_name=route.name if route else "",
            route_where=route.where if route else "",
            template_version=template_version,
            language=letter.language,
            notice_text=letter.notice_text,
            evidence=letter.evidence,
        ),
        overridden_rules=letter.overridden_rules,
        override_reason=letter.override_reason,
    )


def save_as_draft(
    request: AuthenticatedRequest,
    letter: FinishedLetter,
    membership: Membership,
    template_version: TemplateVersion | None,
) -> Draft:
    """Keep the finished letter as a draft of the member's current team (once)."""
    draft = draft_from_letter(
        letter=letter,
        team=membership.team,
        author=request.user,
        template_version=template_version,
    )
    remember(request, replace(letter, draft_id=draft.pk, draft_team=membership.team.slug))
    messages.success(
        request,
        _gettext("Saved as a draft of %(team)s. Your team can review it here.")
        % {"team": membership.team.name},
    )
    return draft


def recall(request: HttpRequest) -> FinishedLetter | None:
    """The letter the wizard last finished in this session, if it is still whole."""
    data = request.session.get(SESSION_KEY)
    if not isinstance(data, dict):
        return None
    try:
        letter = FinishedLetter(**data)
    except TypeError:
        return None
    if letter.case not in CASE_TYPES_BY_KEY or letter.marketplace not in MARKETS_BY_CODE:
        return None
    return letter


def _finished_or_redirect(request: HttpRequest) -> FinishedLetter | HttpResponse:
    letter = recall(request)
    if letter is None:
        messages.info(request, _("There is no finished letter yet. Start a case to write one."))
        return redirect("letters:wizard")
    return letter


def letter_detail(request: HttpRequest) -> HttpResponse:
    letter = _finished_or_redirect(request)
    if isinstance(letter, HttpResponse):
        return letter
    delivery = delivery_for(case=letter.case_type, market=letter.market, purpose=letter.purpose)
    membership = current_membership(request)
    context = {
        "letter": letter,
        "membership": membership,
        "case": letter.case_type,
        "delivery": delivery,
        "rows": rows_for(letter.body),
        "mailto": exports.mailto_url(
            to=delivery.recipients, subject=letter.subject, body=letter.body
        ),
    }
    facts = letter.answers.get("facts")
    context.update(
        case_extras(
            case=letter.case_type, delivery=delivery, facts=facts if isinstance(facts, dict) else {}
        )
    )
    return render(request, "letters/wizard/letter_detail.html", context)


def letter_download(request: HttpRequest, extension: str) -> HttpResponse:
    letter = _finished_or_redirect(request)
    if isinstance(letter, HttpResponse):
        return letter
    if extension == "txt":
        return exports.txt_response(subject=letter.subject, body=letter.body, stem=letter.file_stem)
    if extension in ("pdf", "docx"):
        pack = Pack(
            subject=letter.subject,
            body=letter.body,
            case=letter.case,
            ticked=letter.evidence,
            stem=letter.file_stem,
        )
        try:
            return pack_response(pack, extension)
        except AppealPackError as error:
            messages.error(request, str(error))
            return redirect("letters:wizard_letter")
    delivery = delivery_for(case=letter.case_type, market=letter.market, purpose=letter.purpose)
    if extension == "eml" and not delivery.to_buyer:
        # Buyer messages go through Amazon's Buyer-Seller Messaging only: never an e-mail.
        return exports.eml_response(
            to=delivery.recipients, subject=letter.subject, body=letter.body, stem=letter.file_stem
        )
    raise Http404


@login_required
@require_POST
def letter_save(request: AuthenticatedRequest) -> HttpResponse:
    """Save the finished letter to the current team: for a seller who logged in after it."""
    letter = _finished_or_redirect(request)
    if isinstance(letter, HttpResponse):
        return letter
    if letter.draft_id is not None:
        # Through the team door: an outsider of the draft's team gets 404.
        team = membership_for(request.user, letter.draft_team or "").team
        draft = Draft.objects.filter(pk=letter.draft_id, team=team).first()
        if draft is None:
            raise Http404
        return redirect(draft.get_absolute_url())
    membership = current_membership(request)
    if membership is None or not membership.can_edit:
        raise PermissionDenied
    version_id = letter.template_version_id
    version = TemplateVersion.objects.filter(pk=version_id).first() if version_id else None
    draft = save_as_draft(request, letter, membership, version)
    return redirect(draft.get_absolute_url())
