"""The finished letter: kept in the session when the wizard ends, shown and downloaded there.

The wizard's answers are cleared when it finishes, so "Start a case" starts afresh; the
letter it produced stays, so its page can be reloaded and the letter downloaded again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from letters import exports
from letters.cases import CASE_TYPES_BY_KEY, CaseType
from letters.wizard.delivery import delivery_for
from letters.wizard.forms import rows_for
from letters.wizard.steps import MARKETS_BY_CODE, Market

SESSION_KEY = "sellerdesk_finished_letter"


@dataclass(frozen=True)
class FinishedLetter:
    case: str
    marketplace: str
    purpose: str | None
    subject: str
    body: str

    @property
    def case_type(self) -> CaseType:
        return CASE_TYPES_BY_KEY[self.case]

    @property
    def market(self) -> Market:
        return MARKETS_BY_CODE[self.marketplace]

    @property
    def file_stem(self) -> str:
        return f"sellerdesk-{self.case}-{self.marketplace}"


def remember(request: HttpRequest, letter: FinishedLetter) -> None:
    request.session[SESSION_KEY] = asdict(letter)


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
    context = {
        "letter": letter,
        "case": letter.case_type,
        "delivery": delivery,
        "rows": rows_for(letter.body),
        "mailto": exports.mailto_url(
            to=delivery.recipients, subject=letter.subject, body=letter.body
        ),
    }
    return render(request, "letters/wizard/letter_detail.html", context)


def letter_download(request: HttpRequest, extension: str) -> HttpResponse:
    letter = _finished_or_redirect(request)
    if isinstance(letter, HttpResponse):
        return letter
    if extension == "txt":
        return exports.txt_response(subject=letter.subject, body=letter.body, stem=letter.file_stem)
    if extension == "eml":
        delivery = delivery_for(case=letter.case_type, market=letter.market, purpose=letter.purpose)
        return exports.eml_response(
            to=delivery.recipients, subject=letter.subject, body=letter.body, stem=letter.file_stem
        )
    raise Http404
