from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from contacts.models import Marketplace
from contacts.selectors import directory_page
from senders.checks import domain_warning

# Long enough for any address or phrase; a longer "search" is noise, not a question.
MAX_QUERY_LENGTH = 100


def directory(request: HttpRequest) -> HttpResponse:
    return _directory(request, code=request.GET.get("marketplace", ""))


def directory_marketplace(request: HttpRequest, code: str) -> HttpResponse:
    return _directory(request, code=code)


def _directory(request: HttpRequest, *, code: str) -> HttpResponse:
    marketplaces = list(Marketplace.objects.all())
    selected = None
    if code:
        selected = next((m for m in marketplaces if m.code == code.strip().upper()), None)
        if selected is None:
            raise Http404(_("There is no marketplace with that code."))
    # PostgreSQL refuses NUL characters in a query, so they must not reach it.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    page = directory_page(
        marketplaces=marketplaces, marketplace=selected, query=query, page=request.GET.get("page")
    )
    context = {
        "marketplaces": marketplaces,
        "selected": selected,
        "query": query,
        "page": page,
        "sections": page.sections,
        "address_count": page.address_count,
        "max_query_length": MAX_QUERY_LENGTH,
        # A sender's domain typed into the search: say whether it is Amazon's (no query).
        "sender_warning": domain_warning(query) if query else None,
    }
    return render(request, "contacts/directory.html", context)
