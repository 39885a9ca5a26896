from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm
from django.core.validators import MaxLengthValidator
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


class LoginForm(AuthenticationForm):
    """Django's login form, with the username's length checked before anyone authenticates:
    an overlong name is a form error, never a failed login that django-axes cannot store."""

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        MaxLengthValidator(self.fields["username"].max_length or 150)(username)
        return username
