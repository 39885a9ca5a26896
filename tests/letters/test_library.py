"""The public template library: browse by audience and case, read a template's example."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from letters.cases import CASE_TYPES, Audience
from letters.models import LetterTemplate
from letters.services import template_version_create
from tests.factories import BODY, PLACEHOLDERS, SUBJECT, make_template

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert(1)</script>"


def one_template_per_case(*, versions: int = 1) -> None:
    for case in CASE_TYPES:
        make_template(
            case.key.replace("_", "-"), case.key, name=f"Letter for {case.key}", versions=versions
        )


def test_library_lists_each_case_under_its_audience(client: Client) -> None:
    one_template_per_case()
    response = client.get(reverse("letters:library"))
    assert response.status_code == 200
    content = response.content.decode()
    for case in CASE_TYPES:
        assert content.count(f"Letter for {case.key}<") == 1
        assert escape(str(case.name)) in content
        assert escape(str(case.description)) in content
        assert reverse("letters:template_detail", args=[case.key.replace("_", "-")]) in content
    # Grouped: Amazon first, then another seller, then a buyer, each under its heading.
    headings = [content.index(f'id="audience-{audience.value}"') for audience in Audience]
    assert headings == sorted(headings)
    assert content.index("Letter for odr_deactivation") < headings[1]
    assert content.index("Letter for lost_parcel") > headings[2]


def test_every_case_has_a_template_in_the_fixture(client: Client, seeded: None) -> None:
    content = client.get(reverse("letters:library")).content.decode()
    for case in CASE_TYPES:
        assert f'id="case-{case.key}"' in content, case.key
    for template in LetterTemplate.objects.all():
        assert content.count(reverse("letters:template_detail", args=[template.slug])) == 1


def test_fixture_examples_are_complete_and_pass_the_checker(client: Client, seeded: None) -> None:
    for template in LetterTemplate.objects.all():
        response = client.get(reverse("letters:template_detail", args=[template.slug]))
        assert response.status_code == 200, template.slug
        content = response.content.decode()
        assert "Facts without an example" not in content, template.slug
        assert "passes every check" in content, template.slug


def test_library_shows_the_example_subject(client: Client) -> None:
    make_template("where-is-my-parcel")
    response = client.get(reverse("letters:library"))
    assert "Your order 305-1234567-7654321" in response.content.decode()


def test_audience_filter_shows_only_that_audience(client: Client) -> None:
    make_template("parcel", "shipping_status", name="Where is it")
    make_template("odr", "odr_deactivation", name="ODR appeal")
    make_template("hijacker", "cease_and_desist", name="Stop hijacking")

    content = client.get(reverse("letters:library"), {"audience": "amazon"}).content.decode()
    assert "ODR appeal" in content
    assert "Where is it" not in content
    assert "Stop hijacking" not in content

    content = client.get(reverse("letters:library"), {"audience": "buyer"}).content.decode()
    assert "Where is it" in content
    assert "ODR appeal" not in content


def test_an_unknown_audience_shows_every_template(client: Client) -> None:
    make_template("parcel", "shipping_status", name="Where is it")
    make_template("odr", "odr_deactivation", name="ODR appeal")
    content = client.get(reverse("letters:library"), {"audience": "martians"}).content.decode()
    assert "Where is it" in content
    assert "ODR appeal" in content


def test_inactive_and_empty_templates_are_not_listed(client: Client) -> None:
    make_template("retired", name="Retired letter", active=False)
    make_template("draft", name="Not written yet", versions=0)
    content = client.get(reverse("letters:library")).content.decode()
    assert "Retired letter" not in content
    assert "Not written yet" not in content
    assert "No letter templates here yet." in content


@pytest.mark.parametrize("count", [25, 100])
def test_library_runs_a_fixed_number_of_queries(
    client: Client, django_assert_num_queries, count: int
) -> None:
    for number in range(count):
        case = CASE_TYPES[number % len(CASE_TYPES)]
        make_template(f"template-{number}", case.key, versions=3)
    cache.clear()
    # 1. the digest of the templates, versions and drafts the list is made of; then, as the
    # list is not cached yet: 2. the active templates that have a version; 3. their newest
    # versions (prefetch); 4. the drafts' stamp; 5. how the drafts with those versions fared.
    with django_assert_num_queries(5):
        response = client.get(reverse("letters:library"))
    assert response.content.decode().count("/letters/templates/template-") == count
    # Then the list is kept under the digest until one of those rows changes.
    with django_assert_num_queries(1):
        response = client.get(reverse("letters:library"))
    assert response.content.decode().count("/letters/templates/template-") == count


def test_detail_shows_the_example_letter(client: Client) -> None:
    make_template("where-is-my-parcel", name="Where is my parcel", versions=2)
    response = client.get(reverse("letters:template_detail", args=["where-is-my-parcel"]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1" in content and "Where is my parcel</h1>" in content
    assert "Your order 305-1234567-7654321" in content
    assert "Dear Maria,\n\nThank you for your message about order 305-1234567-7654321." in content
    assert "Items: B0ABCDEFGH and B0IJKLMNOP" in content
    assert "Version 2" in content
    assert "passes every check" in content


def test_detail_links_to_the_wizard_with_its_case_chosen(client: Client) -> None:
    make_template("where-is-my-parcel", "shipping_status")
    response = client.get(reverse("letters:template_detail", args=["where-is-my-parcel"]))
    link = f'href="{reverse("letters:wizard")}?case=shipping_status">Use this template</a>'
    assert link in response.content.decode()


def test_detail_explains_each_placeholder(client: Client) -> None:
    make_template("where-is-my-parcel")
    content = client.get(
        reverse("letters:template_detail", args=["where-is-my-parcel"])
    ).content.decode()
    table = content[content.index("<table") : content.index("</table>")]
    assert "Buyer&#x27;s name" in table
    assert "As it appears on the order." in table
    assert "Amazon order ID" in table  # the kind, in words
    assert "ASINs, one per line" in table
    assert "<li>B0ABCDEFGH</li>" in table
    assert table.count("Optional") == 1  # ASINs; the others are required


def test_detail_shows_the_checkers_findings(client: Client) -> None:
    template = make_template("pushy")
    template_version_create(
        template=template,
        subject=SUBJECT,
        body=BODY + "Please leave us a 5-star review!\n",
        placeholders=PLACEHOLDERS,
    )
    content = client.get(reverse("letters:template_detail", args=["pushy"])).content.decode()
    assert "Asks for a positive review" in content
    assert "passes every check" not in content


def test_detail_escapes_hostile_example_values(client: Client) -> None:
    placeholders = [{**PLACEHOLDERS[0], "example": HOSTILE, "help": HOSTILE}, *PLACEHOLDERS[1:]]
    make_template("hostile", placeholders=placeholders)
    content = client.get(reverse("letters:template_detail", args=["hostile"])).content.decode()
    assert HOSTILE not in content
    assert "Dear &lt;script&gt;alert(1)&lt;/script&gt;," in content
    assert content.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 3  # letter, help, example


def test_unknown_slug_is_404(client: Client) -> None:
    assert client.get(reverse("letters:template_detail", args=["no-such"])).status_code == 404


def test_inactive_template_is_404(client: Client) -> None:
    make_template("retired", active=False)
    assert client.get(reverse("letters:template_detail", args=["retired"])).status_code == 404


def test_outcomes_are_team_data_a_member_sees_their_own_teams_a_visitor_none(
    client: Client, team, other_team, owner, outsider
) -> None:
    from drafts.models import Draft

    template = make_template("where-is-my-parcel", versions=2)
    first, second = template.versions.order_by("number")

    def draft(team, version, status, outcome=""):
        return Draft.objects.create(
            team=team,
            case_type="shipping_status",
            marketplace="DE",
            subject="Private subject of a team",
            body="Private body of a team",
            template_version=version,
            status=status,
            outcome=outcome,
        )

    draft(team, first, Draft.Status.RESOLVED, Draft.Outcome.ACCEPTED)
    draft(other_team, first, Draft.Status.RESOLVED, Draft.Outcome.REJECTED)
    draft(other_team, first, Draft.Status.SENT)
    draft(team, second, Draft.Status.SENT)
    detail_url = reverse("letters:template_detail", args=["where-is-my-parcel"])

    # A visitor: two teams are too few to publish totals that a team could be found in.
    visitor = client.get(detail_url)
    assert [(r.version.number, r.counts) for r in visitor.context["outcomes"]] == [
        (2, None),
        (1, None),
    ]
    assert "Not enough teams yet" in visitor.content.decode()
    assert "Letters sent:" not in client.get(reverse("letters:library")).content.decode()

    # A member of `team` sees their own team's letters and nothing of the other team's.
    client.force_login(owner)
    detail = client.get(detail_url)
    rows = detail.context["outcomes"]
    listing = client.get(reverse("letters:library")).content.decode()
    assert [(r.version.number, r.counts) for r in rows] == [
        (2, {"drafts": 1, "sent": 1, "accepted": 0, "rejected": 0}),
        (1, {"drafts": 1, "sent": 1, "accepted": 1, "rejected": 0}),
    ]
    assert "Private" not in detail.content.decode() + listing
    assert "Your team's letters sent: 1 · accepted: 0 · rejected: 0" in listing

    # The outsider's team has its own two letters on version 1 and none on the current one.
    client.force_login(outsider)
    rows = client.get(detail_url).context["outcomes"]
    assert [(r.version.number, r.counts) for r in rows] == [
        (2, {"drafts": 0, "sent": 0, "accepted": 0, "rejected": 0}),
        (1, {"drafts": 2, "sent": 2, "accepted": 0, "rejected": 1}),
    ]


def test_a_visitor_sees_totals_only_for_a_version_enough_teams_used(client: Client) -> None:
    from drafts.models import Draft
    from drafts.selectors import PUBLIC_OUTCOME_MIN_TEAMS
    from sellerdesk.models import Team

    template = make_template("where-is-my-parcel", versions=2)
    first, second = template.versions.order_by("number")
    for number in range(PUBLIC_OUTCOME_MIN_TEAMS):
        team = Team.objects.create(name=f"Team {number}", slug=f"team-{number}")
        Draft.objects.create(
            team=team,
            case_type="shipping_status",
            marketplace="DE",
            subject="s",
            body="b",
            template_version=first,
            status=Draft.Status.RESOLVED,
            outcome=Draft.Outcome.ACCEPTED if number else Draft.Outcome.REJECTED,
        )
    Draft.objects.create(  # one team on the current version: nothing to publish
        team=team, case_type="shipping_status", marketplace="DE", template_version=second
    )

    response = client.get(reverse("letters:template_detail", args=["where-is-my-parcel"]))

    assert [(row.version.number, row.counts) for row in response.context["outcomes"]] == [
        (2, None),
        (1, {"drafts": 5, "sent": 5, "accepted": 4, "rejected": 1}),
    ]
    html = response.content.decode()
    assert html.count("Not enough teams yet") == 1
    assert "Log in to see your own team" in html
