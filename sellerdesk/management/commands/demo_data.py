from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from drafts.models import Draft
from drafts.services import (
    LetterSpec,
    draft_create,
    draft_follow_up,
    draft_set_status,
    draft_update,
)
from letters.cases import CASE_TYPES_BY_KEY
from letters.delivery import delivery_for
from letters.models import TemplateVersion
from letters.rendering import example_values, render_version
from sellerdesk.marketplaces import MARKETS_BY_CODE
from sellerdesk.models import Membership, Team

# (username, role) in the demo team; every one gets the password given on the command line.
PEOPLE = (("liwei", "owner"), ("chenjing", "editor"), ("zhangmin", "viewer"))
AMAZON_REPLY = (
    "Hello,\n\nThank you for your appeal. To reinstate your listings we need more "
    "information: the licence or invoices that show you may use the images, and the date "
    "each listing was corrected.\n\nRegards,\nNotice Dispute Team"
)


# Dates relative to today, so the demo's drafts always show deadlines: one due in two days,
# one in five, one months away.
DEMO_DAYS_AGO: dict[str, dict[str, int]] = {
    "odr_deactivation": {"notice_date": 3, "atoz_claim_date": 1},
    "ip_complaint": {"notice_date": 20},
    "lost_parcel": {"delivery_date": 25},
    "product_quality": {"notice_date": 40},
}
DEMO_EVIDENCE: dict[str, tuple[str, ...]] = {"odr_deactivation": ("order_ids",)}
# Who signed each demo letter, as the wizard's "Your store" step keeps it: the team's stores
# are offered from these on the next case (see drafts.selectors.team_identities).
DEMO_STORES = {"DE": "Lumora Home EU", "UK": "Lumora Home UK", "US": "Lumora Home US"}
DEMO_SENDERS = {"liwei": ("Li Wei", "Owner"), "chenjing": ("Chen Jing", "Customer service lead")}


def demo_dates(case_key: str) -> dict[str, str]:
    today = timezone.localdate()
    return {
        name: (today - datetime.timedelta(days=days)).isoformat()
        for name, days in DEMO_DAYS_AGO.get(case_key, {}).items()
    }


def _as_answer(value: object) -> object:
    """A template example as the wizard keeps an answer: dates as ISO text (JSON)."""
    return value.isoformat() if isinstance(value, datetime.date) else value


class Command(BaseCommand):
    help = (
        "Fill the database with a demo team (owner liwei, editor chenjing, viewer zhangmin), "
        "its drafts and an empty team, for screenshots. Only with DEBUG on; run it again to "
        "start the demo drafts afresh."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--password", required=True, help="The demo people's password.")

    def handle(self, *args: object, password: str, **options: object) -> None:
        if not settings.DEBUG:
            raise CommandError("Demo data exists only for development (DEBUG on).")
        if not TemplateVersion.objects.exists():
            raise CommandError("Load the letter templates first: manage.py syncseed.")
        with transaction.atomic():
            people = {username: self.person(username, password) for username, _ in PEOPLE}
            team = self.team("Lumora Home", "lumora-home", [(people[u], r) for u, r in PEOPLE])
            self.team("Nordlicht Trading", "nordlicht", [(people["liwei"], "owner")])
            self.drafts(team, people)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo team lumora-home: owner liwei, editor chenjing, viewer zhangmin."
            )
        )

    def person(self, username: str, password: str) -> User:
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.com"}
        )
        user.set_password(password)
        user.save()
        return user

    def team(self, name: str, slug: str, members: list[tuple[User, str]]) -> Team:
        team, _ = Team.objects.get_or_create(slug=slug, defaults={"name": name})
        for user, role in members:
            Membership.objects.update_or_create(team=team, user=user, defaults={"role": role})
        team.drafts.all().delete()
        return team

    def drafts(self, team: Team, people: dict[str, User]) -> None:
        owner, editor = people["liwei"], people["chenjing"]
        odr = self.draft(team, editor, "odr_deactivation", "DE")
        draft_update(
            draft=odr,
            editor=owner,
            subject=odr.subject,
            body=odr.body.replace(
                "and we have changed them.", "and we have changed each of them, as set out below."
            ),
            expected_version=odr.version,
        )
        ip = self.draft(team, owner, "ip_complaint", "UK")
        draft_set_status(draft=ip, user=owner, status=Draft.Status.SENT)
        draft_follow_up(draft=ip, user=editor, amazon_reply=AMAZON_REPLY)
        parcel = self.draft(team, editor, "lost_parcel", "DE")
        draft_set_status(draft=parcel, user=editor, status=Draft.Status.READY_FOR_REVIEW)
        quality = self.draft(team, owner, "product_quality", "US")
        for status in (Draft.Status.SENT, Draft.Status.AWAITING_REPLY):
            quality = draft_set_status(draft=quality, user=owner, status=status)
        draft_set_status(
            draft=quality, user=owner, status=Draft.Status.RESOLVED, outcome=Draft.Outcome.ACCEPTED
        )

    def draft(self, team: Team, author: User, case_key: str, marketplace: str) -> Draft:
        """A letter written from the template's own examples, sent where the wizard says."""
        case, market = CASE_TYPES_BY_KEY[case_key], MARKETS_BY_CODE[marketplace]
        version = TemplateVersion.objects.current_for(case_key)
        if version is None:
            raise CommandError(f"No active template for {case_key}: run manage.py syncseed.")
        sender_name, sender_role = DEMO_SENDERS[author.username]
        who = {
            "marketplace": marketplace,
            "store_name": DEMO_STORES[marketplace],
            "sender_name": sender_name,
            "sender_role": sender_role,
        }
        # The letter and the answers kept with it agree, so the draft's Chinese reading and
        # its deadlines (both read from the answers) tell the same story as the letter.
        dates = demo_dates(case_key)
        facts = {
            name: _as_answer(value)
            for name, value in example_values(version.placeholder_list).items()
            if name not in who
        } | dates
        values = {
            **facts,
            **{name: datetime.date.fromisoformat(day) for name, day in dates.items()},
            **who,
            "marketplace": market.in_letter,
        }
        letter = render_version(version, values)
        delivery = delivery_for(case=case, market=market, purpose=case.purpose)
        route = delivery.primary_route
        return draft_create(
            team=team,
            author=author,
            letter=LetterSpec(
                case_type=case_key,
                marketplace=marketplace,
                subject=letter.subject,
                body=letter.body,
                answers={"who": who, "facts": facts},
                evidence=DEMO_EVIDENCE.get(case_key, ()),
                recipients=delivery.recipients,
                route_name=route.name if route else "",
                route_where=route.where if route else "",
                template_version=version,
            ),
        )
