"""Pages whose slow parts are cached HTML show every change on the next request.

The library's list, the drafts list's rows and the directory's sections are cached under a
digest of what they show (see library_fingerprint, draft_rows_fingerprint and
DirectoryPage.fingerprint): a change is a new key, never a stale page.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_webtest import DjangoTestApp

from contacts.models import Contact
from drafts.models import Draft
from letters.models import LetterTemplate
from letters.services import template_version_create
from tests.factories import BODY, PLACEHOLDERS, SUBJECT, as_user, make_template, new_draft
from tests.helpers.wizard import Wizard, mailto_addresses, walk_to_review

pytestmark = pytest.mark.django_db


def test_library_shows_a_renamed_template_and_a_sent_letter_at_once(team, owner) -> None:
    template = make_template("where-is-my-parcel")
    version = template.versions.get()
    client = as_user(owner)
    url = reverse("letters:library")
    before = client.get(url).content.decode()

    LetterTemplate.objects.filter(pk=template.pk).update(name="Where is my parcel, renamed")
    Draft.objects.create(
        team=team,
        case_type="shipping_status",
        marketplace="DE",
        subject="Parcel",
        body="Body",
        template_version=version,
        status=Draft.Status.SENT,
    )
    after = client.get(url).content.decode()

    assert "Where Is My Parcel" in before and "Your team's letters sent" not in before
    assert "Where is my parcel, renamed" in after
    assert "Your team's letters sent: 1 · accepted: 0 · rejected: 0" in after


def test_library_list_follows_the_page_language(client: Client) -> None:
    make_template("where-is-my-parcel")
    url = reverse("letters:library")

    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    chinese = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()

    assert "Letters to: A buyer" in english
    assert "收信方：" in chinese and "Letters to:" not in chinese


def test_drafts_list_shows_a_changed_status_and_subject_at_once(team, owner) -> None:
    draft = new_draft(team, owner, subject="First subject")
    client = as_user(owner)
    url = reverse("drafts:list", kwargs={"team_slug": team.slug})
    before = client.get(url).content.decode()

    # update() leaves updated_at alone: the row's own values are in the key, not only the time.
    Draft.objects.filter(pk=draft.pk).update(subject="Second subject", status=Draft.Status.SENT)
    after = client.get(url).content.decode()

    assert "First subject" in before and "draft-status-draft" in before
    assert "Second subject" in after and "First subject" not in after
    assert "draft-status-sent" in after and "draft-status-draft" not in after


def test_drafts_filter_shows_a_new_member_and_marketplace_at_once(team, owner, make_user) -> None:
    from sellerdesk.models import Membership

    new_draft(team, owner, marketplace="UK")
    client = as_user(owner)
    url = reverse("drafts:list", kwargs={"team_slug": team.slug})
    before = client.get(url).content.decode()

    Membership.objects.create(team=team, user=make_user("newcomer"), role="editor")
    new_draft(team, owner, marketplace="JP")
    after = client.get(url).content.decode()

    assert '<option value="JP"' not in before and ">newcomer</option>" not in before
    assert '<option value="JP"' in after and ">newcomer</option>" in after
    assert "2 drafts" in after


def test_drafts_rows_of_one_team_never_show_in_another(team, other_team, owner, outsider) -> None:
    new_draft(team, owner, subject="Only for the first team")
    new_draft(other_team, outsider, subject="Only for the other team")

    mine = as_user(owner).get(reverse("drafts:list", kwargs={"team_slug": team.slug}))
    theirs = as_user(outsider).get(reverse("drafts:list", kwargs={"team_slug": other_team.slug}))

    assert "Only for the first team" in mine.content.decode()
    assert "Only for the other team" not in mine.content.decode()
    assert "Only for the other team" in theirs.content.decode()
    assert "Only for the first team" not in theirs.content.decode()


def test_directory_shows_an_edited_address_at_once(directory: None, client: Client) -> None:
    contact = Contact.objects.get(email="verkaeufer-performance@amazon.de")
    before = client.get("/directory/").content.decode()

    Contact.objects.filter(pk=contact.pk).update(
        email="neu-performance@amazon.de", status=Contact.Status.CLOSED_PROGRAMME
    )
    after = client.get("/directory/").content.decode()

    assert "verkaeufer-performance@amazon.de" in before
    assert "neu-performance@amazon.de" in after
    assert "verkaeufer-performance@amazon.de" not in after
    row = after.split('data-copy-text="neu-performance@amazon.de"')[1].split("</li>")[0]
    assert "closed programme" in row


@pytest.mark.parametrize("url", ["/directory/", "/directory/DE/", "/directory/?page=7"])
def test_directory_shows_edited_purposes_routes_and_marketplaces_at_once(
    directory: None, client: Client, url: str
) -> None:
    """Without a search the page's key is the database's digest of what it shows: an edit
    made by any means (here a queryset update, which sends no signal) is a new page."""
    from contacts.models import Marketplace, Purpose, SellerCentralRoute

    client.get(url)
    purpose = Purpose.objects.order_by("position", "name").first()
    Purpose.objects.filter(pk=purpose.pk).update(description="Only for the cache test")
    assert "Only for the cache test" in client.get(url).content.decode()

    SellerCentralRoute.objects.filter(pk=purpose.route_id).update(name="Route for the cache test")
    assert "Route for the cache test" in client.get(url).content.decode()

    Marketplace.objects.filter(code="DE").update(name="Germania")
    assert "Germania" in client.get(url).content.decode()

    shown = Contact.objects.filter(active=True, marketplace__code="DE").order_by("email").first()
    before = client.get(url).content.decode()
    Contact.objects.filter(pk=shown.pk).update(active=False)
    after = client.get(url).content.decode()
    assert f'data-copy-text="{shown.email}"' in before
    assert f'data-copy-text="{shown.email}"' not in after


@pytest.mark.parametrize(
    ("url", "word"), [("/directory/?q=amazon.de", "amazon.de"), ("/directory/DE/?q=verk", "verk")]
)
def test_a_directory_search_follows_edits_at_once(
    directory: None, client: Client, url: str, word: str
) -> None:
    """A search's page is keyed by a digest of the addresses the search finds (not of the
    whole directory's first page, which fifty other addresses fill here): an address edited
    into or out of the search, or a changed note, is on the next page."""
    from contacts.models import Marketplace, Purpose
    from contacts.selectors import DIRECTORY_PAGE_SIZE

    first = Purpose.objects.order_by("position", "name").first()
    germany = Marketplace.objects.get(code="DE")
    Contact.objects.bulk_create(
        Contact(purpose=first, marketplace=germany, email=f"0-filler-{n:03}@example.net")
        for n in range(DIRECTORY_PAGE_SIZE + 10)
    )
    found = (
        Contact.objects.filter(active=True, marketplace=germany, email__contains=word)
        .order_by("pk")
        .first()
    )
    assert f'data-copy-text="{found.email}"' in client.get(url).content.decode()

    Contact.objects.filter(pk=found.pk).update(note="Checked again for the cache test")
    assert "Checked again for the cache test" in client.get(url).content.decode()

    # Out of the search, and back into it.
    Contact.objects.filter(pk=found.pk).update(email="elsewhere@example.org", note="")
    assert f'data-copy-text="{found.email}"' not in client.get(url).content.decode()
    Contact.objects.filter(pk=found.pk).update(email=found.email)
    assert f'data-copy-text="{found.email}"' in client.get(url).content.decode()


def test_directory_page_two_follows_an_address_added_on_page_one(
    directory: None, client: Client
) -> None:
    """An address added before page two's rows moves them: page two is a new page."""
    from contacts.models import Marketplace, Purpose
    from contacts.selectors import DIRECTORY_PAGE_SIZE

    first = Purpose.objects.order_by("position", "name").first()
    germany = Marketplace.objects.get(code="DE")
    Contact.objects.bulk_create(
        Contact(purpose=first, marketplace=germany, email=f"filler-{n:03}@amazon.de")
        for n in range(DIRECTORY_PAGE_SIZE)
    )

    def addresses(url: str) -> list[str]:
        return re.findall(r'data-copy-text="([^"]+)"', client.get(url).content.decode())

    first_page, second_page = addresses("/directory/"), addresses("/directory/?page=2")
    Contact.objects.create(purpose=first, marketplace=germany, email="aaa-first@amazon.de")
    moved = addresses("/directory/?page=2")

    # The last address of page one is pushed to the top of page two.
    assert first_page[-1] not in second_page
    assert moved[0] == first_page[-1]
    assert moved[1:] == second_page[: len(moved) - 1]


def test_template_page_counts_follow_a_status_change_and_a_deletion(team, owner) -> None:
    from drafts.services import draft_delete, draft_set_status

    template = make_template("where-is-my-parcel")
    version = template.versions.get()
    draft = new_draft(team, owner, case_type="shipping_status", template_version=version)
    client = as_user(owner)
    url = reverse("letters:template_detail", args=[template.slug])

    def counts() -> dict[str, int]:
        return client.get(url).context["outcomes"][0].counts

    assert counts() == {"drafts": 1, "sent": 0, "accepted": 0, "rejected": 0}
    draft_set_status(draft=draft, user=owner, status=Draft.Status.SENT)
    assert counts() == {"drafts": 1, "sent": 1, "accepted": 0, "rejected": 0}
    draft = Draft.objects.get(pk=draft.pk)
    draft_set_status(
        draft=draft, user=owner, status=Draft.Status.RESOLVED, outcome=Draft.Outcome.ACCEPTED
    )
    assert counts() == {"drafts": 1, "sent": 1, "accepted": 1, "rejected": 0}
    draft_delete(draft=Draft.objects.get(pk=draft.pk), user=owner)
    assert counts() == {"drafts": 0, "sent": 0, "accepted": 0, "rejected": 0}


def test_the_wizard_review_shows_an_edited_address_at_once(
    seeded: None, app: DjangoTestApp
) -> None:
    from letters.cases import get_case_type

    wizard = Wizard(app)
    before = mailto_addresses(walk_to_review(wizard, get_case_type("odr_deactivation"), "DE"))
    assert before
    address = sorted(before)[0]

    # update() leaves updated_at alone: the digest is of the rows themselves.
    Contact.objects.filter(email=address, marketplace__code="DE").update(
        email="reinstatement-review@amazon.de"
    )
    after = mailto_addresses(wizard.open("review"))
    assert "reinstatement-review@amazon.de" in after and address not in after

    Contact.objects.filter(email="reinstatement-review@amazon.de").update(active=False)
    assert "reinstatement-review@amazon.de" not in mailto_addresses(wizard.open("review"))


def test_the_wizard_reviews_channels_follow_the_directory_at_once(
    seeded: None, app: DjangoTestApp
) -> None:
    """The "Where to send it" list is cached under the directory rows' digest: an edited
    note, a renamed route or a closed address is on the next review."""
    from contacts.models import Purpose, SellerCentralRoute
    from letters.cases import get_case_type

    def channels(page) -> str:
        return str(page.html.select_one("section.wizard-delivery"))

    wizard = Wizard(app)
    first = channels(walk_to_review(wizard, get_case_type("odr_deactivation"), "DE"))
    address = sorted(mailto_addresses(wizard.open("review")))[0]
    contact = Contact.objects.get(email=address, marketplace__code="DE")
    assert address in first

    Contact.objects.filter(pk=contact.pk).update(note="Answers within two days")
    route_id = Purpose.objects.get(pk=contact.purpose_id).route_id
    SellerCentralRoute.objects.filter(pk=route_id).update(name="Account Health, renamed")
    edited = channels(wizard.open("review"))
    assert "Answers within two days" in edited and "Account Health, renamed" in edited

    Contact.objects.filter(pk=contact.pk).update(status=Contact.Status.CLOSED_PROGRAMME)
    assert address not in channels(wizard.open("review"))


def test_template_page_shows_a_new_versions_text_and_the_page_language_at_once(
    client: Client,
) -> None:
    template = make_template("where-is-my-parcel")
    url = reverse("letters:template_detail", args=[template.slug])
    before = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    template_version_create(
        template=template,
        subject=SUBJECT,
        body=BODY + "A new closing line, shown at once.\n",
        placeholders=PLACEHOLDERS,
    )
    after = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    chinese = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()

    assert "A new closing line" not in before
    assert "A new closing line, shown at once." in after and "What you will be asked" in after
    assert "你需要回答的问题" in chinese and "What you will be asked" not in chinese


def test_draft_page_shows_new_history_and_a_renamed_author_at_once(team, owner, editor) -> None:
    from django.contrib.auth import get_user_model

    from drafts.services import draft_set_status, draft_update, timeline_add

    draft = new_draft(team, owner, subject="The appeal")
    follow_up = new_draft(team, owner, subject="Answer to Amazon", follow_up_of=draft)
    client = as_user(owner)
    url = reverse("drafts:detail", kwargs={"team_slug": team.slug, "pk": draft.pk})
    before = client.get(url).content.decode()

    draft_update(
        draft=draft,
        editor=editor,
        subject="The appeal",
        body=draft.body + "\nA new closing line.",
        expected_version=draft.version,
    )
    timeline_add(draft=draft, user=editor, kind="comment", text="Called the carrier.")
    draft_set_status(draft=follow_up, user=owner, status=Draft.Status.SENT)
    after = client.get(url).content.decode()
    # update() leaves every stamp alone but the name: the authors' names are in the stamp.
    get_user_model().objects.filter(pk=editor.pk).update(username="renamed-editor")
    renamed = client.get(url).content.decode()

    assert "Called the carrier." not in before and "Last change" not in before
    assert "Called the carrier." in after
    assert "Last change: revision 1 → 2" in after and "A new closing line." in after
    follow_ups = after.split("Follow-ups to this letter:")[1].split("</ul>")[0]
    assert "Answer to Amazon" in follow_ups and "Sent" in follow_ups
    row = renamed.split('id="revisions"')[1].split("</tr>")[1]
    assert "<td>renamed-editor</td>" in row and f"<td>{editor.username}</td>" not in row


def test_draft_page_shows_a_changed_draft_at_once_and_keeps_its_forms_live(
    team, owner, viewer
) -> None:
    draft = new_draft(team, owner, subject="First subject")
    url = reverse("drafts:detail", kwargs={"team_slug": team.slug, "pk": draft.pk})
    client = as_user(owner)
    before = client.get(url).content.decode()

    # update() leaves updated_at alone: every column of the draft is in the key.
    Draft.objects.filter(pk=draft.pk).update(
        subject="Second subject", status=Draft.Status.SENT, route_name="A new route"
    )
    after = client.get(url).content.decode()
    again = client.get(url).content.decode()
    as_viewer = as_user(viewer).get(url).content.decode()

    def heading(page: str) -> str:
        return page.split("<h1")[1].split("</h1>")[0]

    assert "First subject" in heading(before) and "draft-status-draft" in before
    # (The revisions keep the subject as it was saved.)
    assert "Second subject" in heading(after) and "First subject" not in heading(after)
    assert "draft-status-sent" in after and "A new route" in after
    # The forms' one-time tokens are new on every view, the cached parts around them or not.
    tokens = re.findall(r'name="token" value="([^"]+)"', after)
    assert tokens and set(tokens).isdisjoint(re.findall(r'name="token" value="([^"]+)"', again))
    # Duplicate's button sits in the cached heading; its form, with the CSRF token, does not.
    assert 'form="duplicate-form"' in after and 'id="duplicate-form"' in after
    # A viewer gets a heading of their own, without the editors' buttons.
    assert "Duplicate" not in as_viewer and 'id="duplicate-form"' not in as_viewer
