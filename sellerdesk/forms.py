from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm, PasswordResetForm
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sellerdesk.models import Membership, PasswordResetRequest

# Reset e-mails per hour: to one address, and forms sent from one client address.
RESET_WINDOW = timedelta(hours=1)
RESET_PER_ADDRESS = 3
RESET_PER_CLIENT = 10


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
        username_field = self.fields["username"]
        # AuthenticationForm's username is a UsernameField, a CharField.
        assert isinstance(username_field, forms.CharField)
        MaxLengthValidator(username_field.max_length or 150)(username)
        return username


class ThrottledPasswordResetForm(PasswordResetForm):
    """Django's reset form, limited per hour: per e-mail address (past the limit nothing is
    sent, and the page says what it always says, so it tells nobody which addresses exist)
    and per client address (past that limit the form says to wait)."""

    def __init__(self, *args: Any, client: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.client = client or None

    def clean(self) -> dict[str, Any] | None:
        data = super().clean()
        since = timezone.now() - RESET_WINDOW
        recent = PasswordResetRequest.objects.filter(created_at__gte=since)
        if self.client and recent.filter(client=self.client).count() >= RESET_PER_CLIENT:
            raise forms.ValidationError(
                _("Too many password-reset requests from your network. Try again in an hour.")
            )
        return data

    def save(self, *args: Any, **kwargs: Any) -> None:
        email = self.cleaned_data["email"]
        email_hash = PasswordResetRequest.hash_email(email)
        since = timezone.now() - RESET_WINDOW
        sent = PasswordResetRequest.objects.filter(email_hash=email_hash, created_at__gte=since)
        over = sent.count() >= RESET_PER_ADDRESS
        PasswordResetRequest.objects.create(email_hash=email_hash, client=self.client)
        if not over:
            super().save(*args, **kwargs)
