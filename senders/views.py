from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sellerdesk.teams import editable_memberships
from senders.checks import UnparseableEmail, check_email
from senders.findings import ADVICE
from senders.forms import SenderCheckForm


@require_http_methods(["GET", "POST"])
def sender_check(request: HttpRequest) -> HttpResponse:
    """Paste or upload an e-mail, see whether Amazon sent it. Nothing is stored or fetched
    here: a team member may then save it to one of the team's cases (drafts:checked_mail)."""
    result, checked_text = None, ""
    if request.method == "POST":
        form = SenderCheckForm(request.POST, request.FILES)
        if form.is_valid():
            raw = form.raw_email()
            try:
                result = check_email(raw)
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
                # Sent back with the save form, as text: an upload is not kept anywhere.
                checked_text = raw.decode("utf-8", "replace")
    else:
        form = SenderCheckForm()
    context = {
        "form": form,
        "result": result,
        "advice": ADVICE,
        "checked_text": checked_text,
        "save_to": editable_memberships(request) if result else [],
    }
    return render(request, "senders/sender_check.html", context)
