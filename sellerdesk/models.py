"""Teams, memberships and invitations: what every app shares about who may see what."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

INVITATION_LIFETIME = timedelta(days=7)


class Team(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="teams"
    )
    # The secret in the team's calendar-feed URL: a calendar app cannot log in. None until an
    # owner turns the feed on; an owner can replace it, which stops every old subscription.
    calendar_token = models.CharField(
        _("calendar feed token"), max_length=64, null=True, blank=True, unique=True, editable=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("teams:detail", kwargs={"team_slug": self.slug})


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        EDITOR = "editor", _("Editor")
        VIEWER = "viewer", _("Viewer")

    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("team")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        ordering = ["team__name", "user__username"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["team", "user"], name="membership_unique_per_team")
        ]

    def __str__(self) -> str:
        return _("%(user)s in %(team)s (%(role)s)") % {
            "user": self.user,
            "team": self.team,
            "role": self.get_role_display(),
        }

    @property
    def can_edit(self) -> bool:
        return self.role in (self.Role.OWNER, self.Role.EDITOR)

    @property
    def can_manage(self) -> bool:
        return self.role == self.Role.OWNER


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def usable(self) -> InvitationQuerySet:
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """A single-use, expiring link an owner sends; only the token's hash is stored."""

    team = models.ForeignKey(
        Team, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("team")
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.EDITOR
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accepted by"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.team}"

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()


class SeedRecord(models.Model):
    """What `manage.py syncseed` last put into one shipped object, and which row it is.

    The sync compares the object with what it applied: a difference is a staff edit, so
    the object is left alone; a record whose object is gone (or now answers to another
    key) was deleted or changed by staff, so it is not brought back. The admin history
    says who did it.
    """

    model = models.CharField(_("model"), max_length=60)
    key = models.CharField(_("key"), max_length=400)
    object_id = models.PositiveBigIntegerField(_("object ID"), null=True, blank=True)
    applied = models.JSONField(_("values applied"), default=dict)
    synced_at = models.DateTimeField(_("synced"), auto_now=True)

    class Meta:
        ordering = ["model", "key"]
        verbose_name = _("seed record")
        verbose_name_plural = _("seed records")
        constraints = [
            models.UniqueConstraint(fields=["model", "key"], name="seed_record_unique_key")
        ]

    def __str__(self) -> str:
        return f"{self.model} {self.key}"


class PasswordResetRequest(models.Model):
    """One password-reset form sent: counted to limit reset e-mails per address and client."""

    # A hash, so the table is no list of addresses people typed.
    email_hash = models.CharField(_("e-mail address (hashed)"), max_length=64)
    client = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("password reset request")
        verbose_name_plural = _("password reset requests")
        indexes = [models.Index(fields=["email_hash", "created_at"], name="reset_email_time")]

    def __str__(self) -> str:
        return f"{self.client} {self.created_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_email(email: str) -> str:
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()
