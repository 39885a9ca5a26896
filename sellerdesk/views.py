from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.views import PasswordResetView
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from letters.cases import Audience, case_types_for
from sellerdesk.client_ip import client_ip
from sellerdesk.forms import (
    InvitationForm,
    JoinForm,
    RoleForm,
    TeamForm,
    ThrottledPasswordResetForm,
)
from sellerdesk.models import Membership, Team
from sellerdesk.services import (
    TeamError,
    invitation_accept,
    invitation_for_token,
    invitation_send,
    membership_change_role,
    membership_remove,
    team_create,
)
from sellerdesk.teams import (
    CURRENT_TEAM_SESSION_KEY,
    AuthenticatedRequest,
    current_membership,
    team_view,
)


def home(request: HttpRequest) -> HttpResponse:
    # Every case, by who the letter is for: a seller starts from the one that fits.
    audiences = [(audience, case_types_for(audience)) for audience in Audience]
    return render(request, "sellerdesk/home.html", {"audiences": audiences})


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """Where a seller lands after logging in: their team's drafts, or a new case when the
    team has none yet (or they are in no team)."""
    membership = current_membership(request)
    if membership is not None and membership.team.drafts.exists():
        return redirect("drafts:list", team_slug=membership.team.slug)
    return redirect("letters:wizard")


@login_required
def team_list(request: AuthenticatedRequest) -> HttpResponse:
    form = TeamForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        team = team_create(name=form.cleaned_data["name"], owner=request.user)
        messages.success(request, _("Team “%(team)s” created.") % {"team": team.name})
        return redirect(team)
    memberships = Membership.objects.filter(user=request.user).select_related("team")
    return render(request, "sellerdesk/team_list.html", {"memberships": memberships, "form": form})


@team_view("read")
def team_detail(request: HttpRequest, team: Team, membership: Membership) -> HttpResponse:
    members = team.memberships.select_related("user").order_by("user__username")
    invitations = team.invitations.usable().select_related("invited_by")
    return render(
        request,
        "sellerdesk/team_detail.html",
        {
            "team": team,
            "membership": membership,
            "members": members,
            "invitations": invitations if membership.can_manage else [],
            "invitation_form": InvitationForm(),
            "roles": Membership.Role.choices,
        },
    )


@team_view("read")
@require_POST
def team_switch(request: HttpRequest, team: Team, membership: Membership) -> HttpResponse:
    # team_view has already recorded this team as the current one.
    return redirect(team)


@team_view("manage")
@require_POST
def invitation_create(
    request: AuthenticatedRequest, team: Team, membership: Membership
) -> HttpResponse:
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation_send(
                team=team,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=request.user,
                accept_url_for=lambda token: request.build_absolute_uri(
                    reverse("teams:invitation_accept", kwargs={"token": token})
                ),
            )
        except TeamError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
    else:
        for errors in form.errors.values():
            # ErrorList yields each message as text; str() only tells the type checker so.
            for message in errors:
                messages.error(request, str(message))
    return redirect(team)


@team_view("manage")
@require_POST
def member_role_change(
    request: HttpRequest, team: Team, membership: Membership, member_id: int
) -> HttpResponse:
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            membership_change_role(
                team=team, membership_id=member_id, role=form.cleaned_data["role"]
            )
        except Membership.DoesNotExist:
            raise Http404 from None
        except TeamError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Role changed."))
    return redirect(team)


@team_view("manage")
@require_POST
def member_remove(
    request: HttpRequest, team: Team, membership: Membership, member_id: int
) -> HttpResponse:
    try:
        membership_remove(team=team, membership_id=member_id)
    except Membership.DoesNotExist:
        raise Http404 from None
    except TeamError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Member removed."))
    return redirect(team)


def invitation_accept_view(request: HttpRequest, token: str) -> HttpResponse:
    invitation = invitation_for_token(token)
    if invitation is None:
        return render(request, "sellerdesk/invitation_invalid.html", status=410)
    form = None if request.user.is_authenticated else JoinForm(request.POST or None)
    if request.method == "POST" and (form is None or form.is_valid()):
        try:
            membership = invitation_accept(
                token=token,
                user=request.user if request.user.is_authenticated else None,
                username=form.cleaned_data["username"] if form else "",
                password=form.cleaned_data["password1"] if form else "",
            )
        except TeamError as error:
            messages.error(request, str(error))
            return render(request, "sellerdesk/invitation_invalid.html", status=410)
        if not request.user.is_authenticated:
            login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
        request.session[CURRENT_TEAM_SESSION_KEY] = membership.team.slug
        messages.success(request, _("Welcome to %(team)s.") % {"team": membership.team.name})
        return redirect(membership.team)
    return render(
        request, "sellerdesk/invitation_accept.html", {"invitation": invitation, "form": form}
    )


class ThrottledPasswordResetView(PasswordResetView):
    """Django's password reset, with its e-mails limited per address and per client."""

    form_class = ThrottledPasswordResetForm

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "client": client_ip(self.request)}

    def form_invalid(self, form: PasswordResetForm) -> HttpResponse:
        response = super().form_invalid(form)
        if form.non_field_errors():
            response.status_code = 429
        return response
