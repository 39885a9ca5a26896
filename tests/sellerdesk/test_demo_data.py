"""manage.py demo_data: the demo team behind the screenshots, only with DEBUG on."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from drafts.models import Draft
from sellerdesk.models import Membership


def test_demo_data_refuses_without_debug(db: None, settings) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_data", "--password=demo-pass-123")


def test_demo_data_makes_the_team_and_starts_its_drafts_afresh(db: None, settings) -> None:
    settings.DEBUG = True
    call_command("loaddata", "directory", "letter_templates", verbosity=0)
    call_command("demo_data", "--password=demo-pass-123", stdout=StringIO())
    call_command("demo_data", "--password=demo-pass-123", stdout=StringIO())

    roles = dict(
        Membership.objects.filter(team__slug="lumora-home").values_list("user__username", "role")
    )
    assert roles == {"liwei": "owner", "chenjing": "editor", "zhangmin": "viewer"}
    drafts = Draft.objects.filter(team__slug="lumora-home")
    assert drafts.count() == 5  # four letters and one follow-up, not ten
    assert drafts.filter(follow_up_of__isnull=False).count() == 1
    assert not Draft.objects.filter(team__slug="nordlicht").exists()
    assert drafts.get(case_type="odr_deactivation").revisions.count() == 2


def test_every_demo_drafts_chinese_reading_has_its_answers_filled_in(db: None, settings) -> None:
    from drafts.selectors import draft_reading

    settings.DEBUG = True
    call_command("loaddata", "directory", "letter_templates", verbosity=0)
    call_command("demo_data", "--password=demo-pass-123", stdout=StringIO())

    readings = {
        draft.pk: reading.body
        for draft in Draft.objects.filter(team__slug="lumora-home")
        if (reading := draft_reading(draft=draft)) is not None
    }
    assert readings  # the screenshots show them
    # An answer the reading cannot find shows as "[its label]", as "[odr figure]%" did.
    assert {pk: body for pk, body in readings.items() if "[" in body} == {}
