from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sellerdesk.models import Membership, Team


class Command(BaseCommand):
    help = "Create (or reset) the demo staff login and print its password. Only with DEBUG on."

    def handle(self, *args: object, **options: object) -> None:
        if not settings.DEBUG:
            raise CommandError("The demo login exists only for development (DEBUG on).")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username="demo", defaults={"email": "demo@example.com"}
        )
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        # A team of their own, so drafts can be tried straight away.
        team, _ = Team.objects.get_or_create(slug="demo", defaults={"name": "Demo team"})
        Membership.objects.get_or_create(
            team=team, user=user, defaults={"role": Membership.Role.OWNER}
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo staff login for this run: user 'demo', password '{password}' "
                f"(owner of the team '{team.name}')"
            )
        )
