"""Reads on drafts: the filtered list, one draft with its history, template outcomes."""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from drafts.diff import diff_html
from drafts.models import Draft, DraftRevision, TimelineEntry
from letters.checks import Finding, check_letter
from letters.placeholders import Kind
from letters.rendering import RenderedLetter, example_values, render_reading, render_version
from letters.selectors import FINDINGS_CACHE_SECONDS
from sellerdesk.models import Membership, Team

# The draft page lists this many of the newest revisions; the diff form reaches the rest.
REVISIONS_SHOWN = 10
SENT_STATUSES = (Draft.Status.SENT, Draft.Status.AWAITING_REPLY, Draft.Status.RESOLVED)


def draft_list(
    *,
    team: Team,
    status: str = "",
    case_type: str = "",
    marketplace: str = "",
    author_id: int | None = None,
    search: str = "",
) -> QuerySet[Draft]:
    """The team's drafts, newest change first; the author's name comes in the same query."""
    # Only what a row shows (see draft_rows_fingerprint): a page of rows reads less.
    drafts = team.drafts.select_related("author").only(
        "subject",
        "follow_up_of_id",
        "case_type",
        "marketplace",
        "status",
        "outcome",
        "deadlines",
        "updated_at",
        "author__username",
    )
    if status:
        drafts = drafts.filter(status=status)
    if case_type:
        drafts = drafts.filter(case_type=case_type)
    if marketplace:
        drafts = drafts.filter(marketplace=marketplace)
    if author_id:
        drafts = drafts.filter(author_id=author_id)
    if search:
        drafts = drafts.filter(Q(subject__icontains=search) | Q(body__icontains=search))
    return drafts.order_by("-updated_at", "-pk")


@dataclass(frozen=True)
class FilterChoices:
    # The marketplaces the team has drafts for, and the team's members (id, name).
    marketplaces: list[str]
    members: list[tuple[int, str]]
    # How many drafts the team has: the unfiltered list's count, without a query of its own.
    drafts: int


# Plain SQL on purpose, like HISTORY_STAMP_SQL: the two ORM queries it replaces cost far more
# CPU than the database's work. Sorted by the database, as order_by() would.
FILTER_CHOICES_SQL = """
SELECT 'marketplace', marketplace, COUNT(*) FROM {draft} WHERE team_id = %s GROUP BY marketplace
UNION ALL
SELECT 'member', u.username, m.user_id
  FROM {membership} m JOIN {user} u ON u.id = m.user_id WHERE m.team_id = %s
ORDER BY 1, 2
"""


def draft_filter_choices(*, team: Team) -> FilterChoices:
    """The choices of the drafts list's filters, and the team's number of drafts (one query)."""
    sql = FILTER_CHOICES_SQL.format(
        draft=Draft._meta.db_table, membership=Membership._meta.db_table, user=User._meta.db_table
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [team.pk, team.pk])
        rows = cursor.fetchall()
    marketplaces = [(name, count) for kind, name, count in rows if kind == "marketplace"]
    return FilterChoices(
        marketplaces=[name for name, _count in marketplaces],
        members=[(user_id, name) for kind, name, user_id in rows if kind == "member"],
        drafts=sum(count for _name, count in marketplaces),
    )


# The who-step answers a case is signed with; a team's stores are offered from its drafts.
IDENTITY_FIELDS = ("marketplace", "store_name", "sender_name", "sender_role")
# How far back a team's stores are looked for: bounded work whatever the team's history.
RECENT_DRAFTS_FOR_STORES = 50


@dataclass(frozen=True)
class TeamIdentities:
    # The user's own last case in this team: marketplace, store and sender, to prefill.
    last: dict[str, str]
    # Each store the team signed recent letters with (newest first): marketplace and name.
    stores: list[dict[str, str]]


# The team's recent drafts' who-step answers as JSON text: a plain query, asked on the
# wizard's who step (the ORM's compiler cost more than the query).
_RECENT_WHO_SQL = f"""
SELECT author_id, CAST(answers -> 'who' AS text) FROM {Draft._meta.db_table}
WHERE team_id = %s ORDER BY created_at DESC, id DESC LIMIT {RECENT_DRAFTS_FOR_STORES}
"""  # noqa: S608 (the table's name from the model; the team is a parameter)


def team_identities(*, team: Team, author_id: int) -> TeamIdentities:
    """Stores and senders from the team's own recent drafts, never another team's (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(_RECENT_WHO_SQL, [team.pk])
        recent = cursor.fetchall()
    last: dict[str, str] = {}
    stores: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for draft_author, who_json in recent:
        who = json.loads(who_json) if who_json else None
        if not isinstance(who, dict):
            continue
        identity = {name: who[name] for name in IDENTITY_FIELDS if isinstance(who.get(name), str)}
        if not last and draft_author == author_id:
            last = identity
        key = (identity.get("marketplace", ""), identity.get("store_name", ""))
        if key[1] and key not in seen:
            seen.add(key)
            stores.append({"marketplace": key[0], "store_name": key[1]})
    return TeamIdentities(last=last, stores=stores)


def draft_filter_fingerprint(*, choices: FilterChoices, query: QueryDict) -> str:
    """A digest of what the drafts list's filter shows: its choices and the values asked for
    (the page's language and the team are added by the template)."""
    asked = sorted((name, values) for name, values in query.lists() if name != "page")
    return hashlib.sha256(repr((choices.marketplaces, choices.members, asked)).encode()).hexdigest()


def draft_rows_fingerprint(drafts: Iterable[Draft]) -> str:
    """A digest of everything a row of the drafts list shows: the key of the rows' cached HTML.

    With today's date and the time zone, which the deadlines ("due in 2 days") and times
    depend on; the page's language and the team are added by the template.
    """
    today = (timezone.localdate().isoformat(), timezone.get_current_timezone_name())
    digest = hashlib.sha256(repr(today).encode())
    for draft in drafts:
        # A null author_id gives None without a query, as the check of author_id did.
        author = draft.author.get_username() if draft.author is not None else None
        digest.update(
            repr(
                (
                    draft.pk,
                    draft.subject,
                    draft.follow_up_of_id,
                    draft.case_type,
                    draft.marketplace,
                    draft.status,
                    draft.outcome,
                    draft.deadlines,
                    author,
                    draft.updated_at,
                )
            ).encode()
        )
    return digest.hexdigest()


def draft_get(*, team: Team, pk: int) -> Draft:
    """One of the team's drafts with what its page shows about it; 404 for anyone else's."""
    return get_object_or_404(
        Draft.objects.select_related("author", "template_version__template", "follow_up_of"),
        team=team,
        pk=pk,
    )


def draft_page_stamp(*, draft: Draft) -> str:
    """A digest of the draft as its own page shows it, from what draft_get read: every
    column (texts, answers, route, deadlines, status…), the author's name and the earlier
    letter's link. With the template version's id, which names its texts (versions are never
    changed), it keys the page's cached parts; the team, the reader's role and the language
    are added by the template."""
    earlier = draft.follow_up_of
    values = [getattr(draft, field.attname) for field in Draft._meta.concrete_fields]
    values.append(draft.author.get_username() if draft.author is not None else None)
    values.append((earlier.pk, earlier.subject, earlier.status) if earlier is not None else None)
    return hashlib.sha256(repr(values).encode()).hexdigest()


# The cases offered for saving a checked e-mail: the most recently changed first. A team
# with more finds the case by working on it first (which puts it at the top).
CASE_CHOICES_MAX = 100


def draft_choices(*, team: Team) -> list[Draft]:
    """The team's newest drafts, only what a choice list shows: one query, any team size."""
    drafts = team.drafts.only("pk", "subject", "status", "updated_at")
    return list(drafts.order_by("-updated_at", "-pk")[:CASE_CHOICES_MAX])


@dataclass(frozen=True)
class DraftHistory:
    revisions: list[DraftRevision]
    timeline: list[TimelineEntry]
    follow_ups: list[Draft]

    @property
    def last_change(self) -> list[DraftRevision] | None:
        """The newest two revisions (newest first), when there are two."""
        return self.revisions[:2] if len(self.revisions) >= 2 else None

    @property
    def last_change_diff(self) -> SafeString | str:
        return last_change_diff(revisions=self.revisions) if self.last_change else ""

    @property
    def revision_count(self) -> int:
        """Revisions are numbered 1, 2, … and never deleted: the newest number is the count."""
        return self.revisions[0].number if self.revisions else 0

    @property
    def revisions_not_shown(self) -> int:
        return self.revision_count - len(self.revisions)


def draft_history(*, draft: Draft) -> DraftHistory:
    """The newest revisions (without their texts), timeline and follow-ups: three queries,
    any length. Older revisions are counted, not listed: the diff form reaches any of them.

    Only the columns the page shows: a revision's or an entry's author is a name, not a
    whole user, and a follow-up is a link with its status and date."""
    revisions = list(
        draft.revisions.select_related("author")
        .only("draft_id", "number", "subject", "created_at", "author__username")
        .order_by("-number")[:REVISIONS_SHOWN]
    )
    timeline = list(
        draft.timeline.select_related("author")
        .only("draft_id", "kind", "text", "happened_on", "details", "author__username")
        .order_by("happened_on", "created_at", "pk")
    )
    follow_ups = list(draft.follow_ups.only("follow_up_of_id", "subject", "status", "created_at"))
    return DraftHistory(revisions=revisions, timeline=timeline, follow_ups=follow_ups)


# Everything the history sections of a draft's page show, in one cheap query: revisions and
# timeline entries are only ever added (their newest id and count name them), follow-ups
# change with their `updated_at`, and the authors' names are read as they are now. Plain SQL
# on purpose: the ORM's compiler costs more CPU for these subqueries than the three queries
# they spare (the history is then read only when the page's cached sections miss).
HISTORY_STAMP_SQL = """
SELECT 'revisions', COUNT(*), MAX(id), NULL FROM {revision} WHERE draft_id = %s
UNION ALL
SELECT 'timeline', COUNT(*), MAX(id), NULL FROM {entry} WHERE draft_id = %s
UNION ALL
SELECT 'follow-ups', COUNT(*), MAX(id), CAST(MAX(updated_at) AS TEXT)
  FROM {draft} WHERE follow_up_of_id = %s
UNION ALL
SELECT 'author', id, NULL, username FROM {user} WHERE id IN (
  SELECT author_id FROM {revision} WHERE draft_id = %s
  UNION SELECT author_id FROM {entry} WHERE draft_id = %s
)
"""


def draft_history_stamp(*, draft: Draft) -> str:
    """A digest of everything `draft_history` would read for this draft's page (one query)."""
    sql = HISTORY_STAMP_SQL.format(
        revision=DraftRevision._meta.db_table,
        entry=TimelineEntry._meta.db_table,
        draft=Draft._meta.db_table,
        user=User._meta.db_table,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [draft.pk] * 5)
        rows = sorted(cursor.fetchall(), key=repr)
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def last_change_diff(*, revisions: list[DraftRevision]) -> SafeString:
    """What the newest save changed, given the newest revisions (newest first, at least two).

    Revisions are never changed, so the two ids name the diff: it is cached under them (and
    the page's language, for its "unchanged lines" markers) and the two texts are read only
    when it is not, in one query."""
    new, old = revisions[0], revisions[1]
    key = f"drafts.last_change:{old.pk}:{new.pk}:{get_language()}"
    cached = cache.get(key)
    if cached is None:
        bodies = dict(
            DraftRevision.objects.filter(pk__in=[old.pk, new.pk]).values_list("pk", "body")
        )
        cached = str(diff_html(bodies[old.pk], bodies[new.pk]))
        cache.set(key, cached, FINDINGS_CACHE_SECONDS)
    return mark_safe(cached)  # noqa: S308 - built by diff_html, where every text is escaped


def revision_pair(*, draft: Draft, old: int, new: int) -> tuple[DraftRevision, DraftRevision]:
    """Two revisions of a draft by number, in one query; 404 if either is missing."""
    found = {
        r.number: r for r in draft.revisions.select_related("author").filter(number__in=[old, new])
    }
    if old not in found or new not in found:
        raise Http404("No such revision.")
    return found[old], found[new]


def latest_amazon_reply(*, draft: Draft) -> TimelineEntry | None:
    return (
        draft.timeline.filter(kind=TimelineEntry.Kind.AMAZON_REPLY)
        .order_by("-happened_on", "-created_at", "-pk")
        .first()
    )


# Outcome counts are team data. Across teams they are published only for versions that at
# least this many teams have used, so no single team's results can be read off the library.
PUBLIC_OUTCOME_MIN_TEAMS = 5


def template_version_outcomes(
    version_ids: Iterable[int], *, team: Team | None = None
) -> dict[int, dict[str, int] | None]:
    """Per template version: drafts that used it, and how many were sent, accepted, rejected.

    With `team`, that team's own drafts. Without, the totals over every team, or None for a
    version fewer than PUBLIC_OUTCOME_MIN_TEAMS teams have used. One aggregate query (and
    the stamp's before it; only the stamp when cached);
    versions no draft used have zeros (a team's) or None (public).

    Cached per process under the drafts' stamp (see drafts_stamp): every write of a draft
    (a new one, a status or outcome changed, one deleted) gives a new key.
    """
    ids = list(version_ids)
    digest = hashlib.sha256(repr((team.pk if team else None, ids)).encode()).hexdigest()
    key = f"drafts.outcomes:{digest}:{drafts_stamp(team=team)}"
    outcomes = cache.get(key)
    if outcomes is None:
        outcomes = _count_outcomes(ids, team=team)
        cache.set(key, outcomes, FINDINGS_CACHE_SECONDS)
    return outcomes


def drafts_stamp(*, team: Team | None) -> str:
    """What changes whenever a draft of `team` (of any team, without one) is written: how
    many there are, the newest change and the newest draft. One query; with a team, on the
    (team, updated_at) index, so far cheaper than counting outcomes over every draft.

    Plain SQL, like HISTORY_STAMP_SQL: the ORM's aggregate costs more CPU than the count."""
    sql = f"SELECT COUNT(*), MAX(updated_at), MAX(id) FROM {Draft._meta.db_table}"  # noqa: S608 (a table name)
    params: list[int] = []
    if team is not None:
        sql += " WHERE team_id = %s"
        params.append(team.pk)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        count, last, top = cursor.fetchone()
    # No spaces: a cache key must not have any (a datetime's str() has one).
    return f"{count}:{last or ''}:{top}".replace(" ", "T")


def _count_outcomes(ids: list[int], *, team: Team | None) -> dict[int, dict[str, int] | None]:
    drafts = Draft.objects.filter(template_version_id__in=ids)
    if team is not None:
        drafts = drafts.filter(team=team)
    rows = (
        drafts.order_by()
        .values("template_version_id")
        .annotate(
            drafts=Count("pk"),
            sent=Count("pk", filter=Q(status__in=SENT_STATUSES)),
            accepted=Count("pk", filter=Q(outcome=Draft.Outcome.ACCEPTED)),
            rejected=Count("pk", filter=Q(outcome=Draft.Outcome.REJECTED)),
            teams=Count("team", distinct=True),
        )
    )
    empty = {"drafts": 0, "sent": 0, "accepted": 0, "rejected": 0}
    outcomes: dict[int, dict[str, int] | None] = {
        version_id: (dict(empty) if team is not None else None) for version_id in ids
    }
    for row in rows:
        if team is not None or row["teams"] >= PUBLIC_OUTCOME_MIN_TEAMS:
            outcomes[row["template_version_id"]] = {
                "drafts": row["drafts"],
                "sent": row["sent"],
                "accepted": row["accepted"],
                "rejected": row["rejected"],
            }
    return outcomes


def latest_revisions(*, draft: Draft) -> list[DraftRevision]:
    """The newest two revisions, texts included: what changed last."""
    return list(draft.revisions.select_related("author").order_by("-number")[:2])


def draft_findings(*, draft: Draft, subject: str, body: str) -> list[Finding]:
    """The checker on a text of this draft: against its template's stock text and, for a
    follow-up, against the earlier letter (so sending the same appeal again is flagged)."""
    stock: tuple[str, ...] = ()
    version = draft.template_version
    if version is not None:
        stock = (render_version(version, example_values(version.placeholder_list)).body,)
    # The language the letter was written in (the buyer's, for a buyer message).
    language = draft.language or (version.template.language if version is not None else "en")
    previous = (draft.follow_up_of.body,) if draft.follow_up_of is not None else ()
    # The findings are a pure function of these texts: cached by content (and the language
    # of the page, for messages already formatted), so any change is a new key.
    digest = hashlib.sha256()
    texts = (draft.case_type, language, get_language(), subject, body, *stock, "\0", *previous)
    for text in texts:
        digest.update(f"{len(text)}:{text}".encode())
    key = f"drafts.findings:{digest.hexdigest()}"
    findings = cache.get(key)
    if findings is None:
        findings = check_letter(
            case=draft.case_type,
            subject=subject,
            body=body,
            stock_texts=stock,
            previous_texts=previous,
            language=language,
        )
        cache.set(key, findings, FINDINGS_CACHE_SECONDS)
    return findings


def drafts_with_deadlines(*, team: Team, until: datetime.datetime | None = None) -> QuerySet:
    """The team's open drafts with a deadline (by `until`, if given), the soonest first.

    One query; each row carries its deadlines (Draft.deadlines), so none per row.
    """
    drafts = (
        team.drafts.exclude(status=Draft.Status.RESOLVED)
        .filter(next_due__isnull=False)
        .select_related("author")
        .defer("body", "answers")
        .order_by("next_due", "pk")
    )
    if until is not None:
        drafts = drafts.filter(next_due__lte=until)
    return drafts


def draft_reading(*, draft: Draft) -> RenderedLetter | None:
    """The Chinese reading of the draft's template with the answers the letter was written
    from (no queries: the version comes with draft_get). Never part of the letter."""
    from letters.values import letter_values

    version = draft.template_version
    if version is None or not version.has_reading:
        return None
    answers = draft.answers if isinstance(draft.answers, dict) else {}
    parts = {
        part: dict(answers.get(part) or {}) if isinstance(answers.get(part), dict) else {}
        for part in ("who", "facts", "plan")
    }
    # The answers keep dates as ISO text; the reading writes them the Chinese way.
    for placeholder in version.placeholder_list:
        value = parts["facts"].get(placeholder.name)
        if placeholder.kind == Kind.DATE and isinstance(value, str):
            with contextlib.suppress(ValueError):
                parts["facts"][placeholder.name] = datetime.date.fromisoformat(value)
    return render_reading(
        version, letter_values(who=parts["who"], facts=parts["facts"], plan=parts["plan"])
    )
