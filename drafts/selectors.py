"""Reads on drafts: the filtered list, one draft with its history, template outcomes."""

from __future__ import annotations

import contextlib
import datetime
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Max, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from drafts.models import Draft, DraftRevision, TimelineEntry
from letters.checks import Finding, check_letter
from letters.placeholders import Kind
from letters.rendering import RenderedLetter, example_values, render_reading, render_version
from letters.selectors import FINDINGS_CACHE_SECONDS
from sellerdesk.models import Team

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
    """The team's drafts, newest change first; the author comes in the same query."""
    # Not the texts and lists only a draft's own page shows: a page of rows reads less.
    drafts = team.drafts.select_related("author").defer(
        "body", "answers", "notice_text", "recipients", "route_name", "route_where", "evidence"
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


def team_marketplaces(*, team: Team) -> list[str]:
    """The marketplaces the team has drafts for: the choices of the list filter."""
    return list(
        team.drafts.order_by("marketplace").values_list("marketplace", flat=True).distinct()
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


def team_identities(*, team: Team, author_id: int) -> TeamIdentities:
    """Stores and senders from the team's own recent drafts, never another team's (one query)."""
    recent = team.drafts.order_by("-created_at", "-pk").values_list("author_id", "answers__who")[
        :RECENT_DRAFTS_FOR_STORES
    ]
    last: dict[str, str] = {}
    stores: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for draft_author, who in recent:
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
        Draft.objects.select_related(
            "author", "template_version__template", "follow_up_of", "follow_up_of__author"
        ),
        team=team,
        pk=pk,
    )


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
    def revision_count(self) -> int:
        """Revisions are numbered 1, 2, … and never deleted: the newest number is the count."""
        return self.revisions[0].number if self.revisions else 0

    @property
    def revisions_not_shown(self) -> int:
        return self.revision_count - len(self.revisions)


def draft_history(*, draft: Draft) -> DraftHistory:
    """The newest revisions (without their texts), timeline and follow-ups: three queries,
    any length. Older revisions are counted, not listed: the diff form reaches any of them."""
    revisions = list(
        draft.revisions.select_related("author").defer("body").order_by("-number")[:REVISIONS_SHOWN]
    )
    timeline = list(
        draft.timeline.select_related("author").order_by("happened_on", "created_at", "pk")
    )
    follow_ups = list(draft.follow_ups.defer("body", "answers", "notice_text"))
    return DraftHistory(revisions=revisions, timeline=timeline, follow_ups=follow_ups)


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
    (team, updated_at) index, so far cheaper than counting outcomes over every draft."""
    drafts = Draft.objects.all() if team is None else Draft.objects.filter(team=team)
    stamp = drafts.order_by().aggregate(count=Count("pk"), last=Max("updated_at"), top=Max("pk"))
    last = stamp["last"].isoformat() if stamp["last"] else ""
    return f"{stamp['count']}:{last}:{stamp['top']}"


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
