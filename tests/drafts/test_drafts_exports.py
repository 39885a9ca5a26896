"""The team export (owner only) and the template-version outcome counts."""

from __future__ import annotations

import csv
import io
import json

from django.urls import reverse

from drafts.models import Draft
from drafts.selectors import template_version_outcomes
from drafts.services import draft_follow_up, draft_set_status, timeline_add
from letters.models import LetterTemplate, TemplateVersion
from tests.factories import (
    PLAN,
    REPLY,
    as_user,
    new_draft,
)


def export_url(team, fmt: str) -> str:
    return reverse("drafts:export", kwargs={"team_slug": team.slug, "fmt": fmt})


def _team_with_history(team, other_team, owner, outsider) -> Draft:
    draft = new_draft(team, owner, subject='=HYPERLINK("http://evil") 店铺')
    # The hostile subject is a finding (Chinese in an English letter): sent on purpose.
    draft_set_status(
        draft=draft, user=owner, status="sent", override_reason="Testing a hostile subject."
    )
    timeline_add(draft=draft, user=owner, kind="comment", text="Sent by the owner.")
    draft_follow_up(draft=draft, user=owner, amazon_reply=REPLY)
    new_draft(other_team, outsider, subject="Not theirs to export")
    return draft


def test_owner_exports_json_with_timelines_and_revisions(team, other_team, owner, outsider) -> None:
    draft = _team_with_history(team, other_team, owner, outsider)

    response = as_user(owner).get(export_url(team, "json"))

    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["team"] == "lumora"
    by_id = {item["id"]: item for item in data["drafts"]}
    assert len(by_id) == 2
    exported = by_id[draft.pk]
    assert exported["body"] == PLAN
    assert exported["status"] == "awaiting_reply"
    assert exported["subject"] == '=HYPERLINK("http://evil") 店铺'
    assert [entry["kind"] for entry in exported["timeline"]] == [
        "status_change",
        "sent",
        "override",
        "comment",
        "amazon_reply",
        "status_change",
        "follow_up",
    ]
    assert exported["revisions"][0]["body"] == PLAN
    follow_up = next(item for item in data["drafts"] if item["id"] != draft.pk)
    assert follow_up["follow_up_of"] == draft.pk
    assert "Not theirs to export" not in response.content.decode()


def test_owner_exports_csv_one_row_per_draft(team, other_team, owner, outsider) -> None:
    draft = _team_with_history(team, other_team, owner, outsider)

    response = as_user(owner).get(export_url(team, "csv"))

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(rows) == 2
    row = next(row for row in rows if row["id"] == str(draft.pk))
    assert row["body"] == PLAN
    assert row["recipients"] == "seller-performance@amazon.co.uk"
    # A spreadsheet must not run the subject as a formula.
    assert row["subject"] == '\'=HYPERLINK("http://evil") 店铺'
    assert "Comment (owner): Sent by the owner." in row["timeline"]
    assert f"Amazon's reply (owner): {REPLY}" in row["timeline"]
    assert "Errors overridden (owner)" in row["timeline"]
    # Six entries; the override's holds two lines (the rules, then the reason).
    assert len(row["timeline"].splitlines()) == 8


def test_only_the_owner_exports(team, owner, editor, viewer, outsider) -> None:
    for user in (editor, viewer):
        assert as_user(user).get(export_url(team, "json")).status_code == 403
        assert as_user(user).get(export_url(team, "csv")).status_code == 403
    assert as_user(outsider).get(export_url(team, "json")).status_code == 404
    assert as_user(owner).get(export_url(team, "xml")).status_code == 404


def test_template_version_outcomes_count_only_the_asking_teams_drafts_in_two_queries(
    team, other_team, owner, outsider, django_assert_num_queries
) -> None:
    template = LetterTemplate.objects.create(slug="odr", case_type="odr_deactivation", name="ODR")
    v1 = TemplateVersion.objects.create(template=template, number=1, subject="s", body="b")
    v2 = TemplateVersion.objects.create(template=template, number=2, subject="s", body="b")
    unused = TemplateVersion.objects.create(template=template, number=3, subject="s", body="b")
    outcomes = ["accepted", "accepted", "rejected", None, "withdrawn"]
    for n, outcome in enumerate(outcomes):
        draft = new_draft(
            team if n % 2 else other_team, owner if n % 2 else outsider, template_version=v1
        )
        if outcome is not None:
            draft_set_status(draft=draft, user=owner, status="sent")
            draft_set_status(draft=draft, user=owner, status="resolved", outcome=outcome)
    awaiting = new_draft(team, owner, template_version=v2)
    draft_set_status(draft=awaiting, user=owner, status="sent")
    draft_set_status(draft=awaiting, user=owner, status="awaiting_reply")
    new_draft(team, owner, template_version=v2)  # not sent yet
    new_draft(team, owner)  # hand-made: counts for no version

    # The drafts' stamp, then the counts; asked again, only the stamp (they are cached).
    with django_assert_num_queries(2):
        counts = template_version_outcomes([v1.pk, v2.pk, unused.pk], team=team)
    with django_assert_num_queries(1):
        assert template_version_outcomes([v1.pk, v2.pk, unused.pk], team=team) == counts

    # The team's own drafts 1 (accepted) and 3 (unsent); the other team's three are theirs.
    assert counts == {
        v1.pk: {"drafts": 2, "sent": 1, "accepted": 1, "rejected": 0},
        v2.pk: {"drafts": 2, "sent": 1, "accepted": 0, "rejected": 0},
        unused.pk: {"drafts": 0, "sent": 0, "accepted": 0, "rejected": 0},
    }


def test_public_outcome_totals_only_once_enough_teams_used_a_version(make_user) -> None:
    from drafts.selectors import PUBLIC_OUTCOME_MIN_TEAMS
    from sellerdesk.models import Team

    template = LetterTemplate.objects.create(slug="odr", case_type="odr_deactivation", name="ODR")
    version = TemplateVersion.objects.create(template=template, number=1, subject="s", body="b")
    author = make_user("author")
    teams = [
        Team.objects.create(name=f"Team {n}", slug=f"team-{n}")
        for n in range(PUBLIC_OUTCOME_MIN_TEAMS)
    ]
    for extra_team in teams[:-1]:
        new_draft(extra_team, author, template_version=version)
        new_draft(extra_team, author, template_version=version)

    # Four teams: one of them could be singled out by subtraction, so nothing is published.
    assert template_version_outcomes([version.pk]) == {version.pk: None}

    new_draft(teams[-1], author, template_version=version)
    published = template_version_outcomes([version.pk])[version.pk]
    assert published == {
        "drafts": 2 * (PUBLIC_OUTCOME_MIN_TEAMS - 1) + 1,
        "sent": 0,
        "accepted": 0,
        "rejected": 0,
    }
