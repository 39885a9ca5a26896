from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.urls import reverse

from sellerdesk.smoke import MAIN_PAGES


class Command(BaseCommand):
    help = "Request every main page once and fail unless each answers 200."

    def handle(self, *args: object, **options: object) -> None:
        client = Client(HTTP_HOST="localhost")
        failures = []
        for name in MAIN_PAGES:
            url = reverse(name)
            status = client.get(url).status_code
            self.stdout.write(f"{status} {url}")
            if status != 200:
                failures.append(f"{url} answered {status}")
        if failures:
            raise CommandError("; ".join(failures))
        self.stdout.write(self.style.SUCCESS(f"smoke: {len(MAIN_PAGES)} pages answered 200"))
