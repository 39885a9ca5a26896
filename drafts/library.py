"""The template library's reads that count the teams' drafts: each published template with how
its current version's letters fared, every version of one template with its counts, and the key
of the list's cached HTML (which changes with the drafts behind the counts)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import connection

from drafts.models import Draft
from drafts.selectors import template_version_outcomes
from letters.cases import CASE_TYPES, Audience, CaseType
from letters.models import LetterTemplate, TemplateVersion
from letters.selectors import example_subject_of, published_templates
from sellerdesk.models import Team


@dataclass(frozen=True)
class LibraryEntry:
    template: LetterTemplate
    version: TemplateVersion
    # The subject line filled with the examples: what the letter is about, at a glance.
    example_subject: str
    # How the current version's letters fared: the reader's team's, or the public totals
    # (None while too few teams have used it; see template_version_outcomes).
    outcomes: dict[str, int] | None = None


@dataclass(frozen=True)
class VersionOutcome:
    version: TemplateVersion
    # Drafts, sent, accepted, rejected; None when the public totals are withheld.
    counts: dict[str, int] | None


@dataclass
class CaseGroup:
    case: CaseType
    entries: list[LibraryEntry] = field(default_factory=list)


@dataclass
class AudienceGroup:
    audience: Audience
    cases: list[CaseGroup] = field(default_factory=list)


def library_groups(
    *, audience: Audience | None = None, team: Team | None = None
) -> list[AudienceGroup]:
    """Published templates grouped by audience, then by case, in the registry's order.

    Three queries: the templates, their current versions, and the drafts' stamp under which
    those versions' outcomes are cached (a fourth counts them when the stamp is new).
    """
    templates = published_templates(with_texts=False)
    if audience is not None:
        templates = templates.filter(
            case_type__in=[case.key for case in CASE_TYPES if case.audience == audience]
        )
    published = list(templates)
    outcomes = template_version_outcomes((t.current_versions[0].pk for t in published), team=team)
    by_case: dict[str, list[LibraryEntry]] = {}
    for template in published:
        version = template.current_versions[0]
        entry = LibraryEntry(
            template=template,
            version=version,
            example_subject=example_subject_of(version, template.language),
            outcomes=outcomes[version.pk],
        )
        by_case.setdefault(template.case_type, []).append(entry)

    groups: dict[Audience, AudienceGroup] = {}
    for case in CASE_TYPES:
        if case.key in by_case:
            group = groups.setdefault(case.audience, AudienceGroup(audience=case.audience))
            group.cases.append(CaseGroup(case=case, entries=by_case[case.key]))
    return [groups[member] for member in Audience if member in groups]


# Everything the library's list is made of, digested by the database in one short query:
# every template row (a rename, a deactivation), which versions exist (a version is never
# edited, so its id stands for its text), and the drafts behind the outcome counts (how many,
# the newest change, the newest draft: a new letter, a status change or a deletion).
_LIBRARY_DIGEST_SQL = """
SELECT md5(concat_ws('|',
    (SELECT string_agg(t::text, ',' ORDER BY t.id) FROM {templates} t),
    (SELECT string_agg(concat_ws(':', v.id, v.template_id, v.number), ',' ORDER BY v.id)
       FROM {versions} v),
    (SELECT concat_ws(':', count(*), max(d.updated_at), max(d.id)) FROM {drafts} d {where})
))
"""


def library_fingerprint(*, team: Team | None, audience: Audience | None = None) -> str:
    """The key of the library list's cached HTML (with the page's language and audience).

    The list is the slow part of the page (a hundred entries, their examples and outcome
    counts); it is a pure function of the rows digested here and of the reader's team, so
    any change is another key, and a page whose list is cached reads no template at all.
    """
    if connection.vendor != "postgresql":
        # The digest is PostgreSQL's; elsewhere (a SQLite checkout) the list itself is read.
        return _groups_fingerprint(library_groups(audience=audience, team=team), team=team)
    sql = _LIBRARY_DIGEST_SQL.format(
        templates=LetterTemplate._meta.db_table,
        versions=TemplateVersion._meta.db_table,
        drafts=Draft._meta.db_table,
        where="WHERE d.team_id = %s" if team is not None else "",
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [team.pk] if team is not None else [])
        (digest,) = cursor.fetchone()
    return hashlib.sha256(f"{team.pk if team else None}:{digest}".encode()).hexdigest()


def _groups_fingerprint(groups: list[AudienceGroup], *, team: Team | None) -> str:
    """Everything the library's list shows, digested (without PostgreSQL's digest)."""
    digest = hashlib.sha256(repr(team.pk if team else None).encode())
    for group in groups:
        for case_group in group.cases:
            for entry in case_group.entries:
                template = entry.template
                digest.update(
                    repr(
                        (
                            template.pk,
                            template.slug,
                            template.name,
                            template.language,
                            template.case_type,
                            template.active,
                            entry.version.pk,
                            entry.example_subject,
                            sorted((entry.outcomes or {}).items()),
                        )
                    ).encode()
                )
    return digest.hexdigest()


def version_outcomes(template: LetterTemplate, *, team: Team | None = None) -> list[VersionOutcome]:
    """Every version of a template, newest first, with how its letters fared (two queries):
    the team's own letters, or the public totals where enough teams used a version."""
    versions = list(template.versions.select_related("created_by").order_by("-number"))
    counts = template_version_outcomes((version.pk for version in versions), team=team)
    return [VersionOutcome(version=version, counts=counts[version.pk]) for version in versions]
