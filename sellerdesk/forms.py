from __future__ import annotations

from django import forms
from django.contrib.auth.forms import BaseUserCreationForm
from django.utils.translation import gettext_lazy as _

from sellerdesk.models import Membership


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Team name"), max_length=120)


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(
        label=_("Role"), choices=Membership.Role.choices, initial=Membership.Role.EDITOR
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class JoinForm(BaseUserCreationForm):
    """A new account for someone who was invited; there is no open sign-up."""

    class Meta(BaseUserCreationForm.Meta):
        fields = ("username",)
