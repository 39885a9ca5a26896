from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from contacts.selectors import DirectoryListing
from senders.checks import domain_warning

# Long enough for any address or phrase; a longer "search" is noise, not a question.
MAX_QUERY_LENGTH = 100


def directory(request: HttpRequest) -> HttpResponse:
    return _directory(request, code=request.GET.get("marketplace", ""))


def directory_marketplace(request: HttpRequest, code: str) -> HttpResponse:
    return _directory(request, code=code)


def _directory(request: HttpRequest, *, code: str) -> HttpResponse:
    # PostgreSQL refuses NUL characters in a query, so they must not reach it.
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    listing = DirectoryListing(code=code, query=query, page=request.GET.get("page"))
    if not listing.exists:
        raise Http404(_("There is no marketplace with that code."))
    # The page is cached under listing.stamp: its rows are read only when that misses.
    context = {
        "listing": listing,
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        # A sender's domain typed into the search: say whether it is Amazon's (no query).
        "sender_warning": domain_warning(query) if query else None,
    }
    return render(request, "contacts/directory.html", context)
