from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from senders.checks import UnparseableEmail, check_email
from senders.findings import ADVICE
from senders.forms import SenderCheckForm


@require_http_methods(["GET", "POST"])
def sender_check(request: HttpRequest) -> HttpResponse:
    """Paste or upload an e-mail, see whether Amazon sent it. Nothing is stored or fetched."""
    result = None
    if request.method == "POST":
        form = SenderCheckForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                result = check_email(form.raw_email())
            except UnparseableEmail:
                form.add_error(
                    None,
                    _(
                        "SellerDesk could not read this as an e-mail: it found no sender "
                        "address and no link. Paste the e-mail with its headers, or at least "
                        "the sender's address and the links."
                    ),
                )
    else:
        form = SenderCheckForm()
    return render(
        request, "senders/sender_check.html", {"form": form, "result": result, "advice": ADVICE}
    )
