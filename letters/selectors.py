"""Reads for the template library: templates with their current versions, and examples."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils.translation import get_language

from letters.cases import CASE_TYPES, Audience, CaseType
from letters.checks import Finding, check_letter
from letters.drafts.models import Draft
from letters.drafts.selectors import FINDINGS_CACHE_SECONDS, template_version_outcomes
from letters.models import LetterTemplate, TemplateVersion
from letters.placeholders import Placeholder
from letters.rendering import (
    ENGLISH,
    RenderedLetter,
    example_values,
    render_letter,
    render_reading,
    render_version,
)
from sellerdesk.models import Team


@dataclass(frozen=True)
class ExamplePreview:
    """A template's text filled with its placeholders' examples, and what the checker says."""

    letter: RenderedLetter
    findings: list[Finding]
    # The Chinese reading filled with the same examples; None when the version has none.
    reading: RenderedLetter | None = None


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


def example_preview(
    *,
    case: CaseType,
    subject: str,
    body: str,
    placeholders: Sequence[Placeholder],
    language: str = ENGLISH,
) -> ExamplePreview:
    letter = render_letter(
        subject=subject,
        body=body,
        placeholders=placeholders,
        values=example_values(placeholders),
        language=language,
    )
    findings = check_letter(
        case=case.key, subject=letter.subject, body=letter.body, language=language
    )
    return ExamplePreview(letter=letter, findings=list(findings))


def version_example_preview(version: TemplateVersion) -> ExamplePreview:
    """Cached: a pure function of the version's texts, its case and language, and the page's
    language (the findings' messages), so any change is another key."""
    key = f"letters.example_preview:{version_texts_key(version)}"
    preview = cache.get(key)
    if preview is None:
        preview = _version_example_preview(version)
        cache.set(key, preview, FINDINGS_CACHE_SECONDS)
    return preview


def version_texts_key(version: TemplateVersion) -> str:
    """A digest of everything the template page shows of a version's texts and facts: its
    texts and declarations, its case and language, and the page's language."""
    digest = hashlib.sha256()
    texts = (
        str(version.pk),
        version.template.case_type,
        version.template.language,
        get_language() or "",
        version.subject,
        version.body,
        version.reading_zh_subject,
        version.reading_zh_body,
        json.dumps(version.placeholders, sort_keys=True),
    )
    for text in texts:
        digest.update(f"{len(text)}:{text}".encode())
    return digest.hexdigest()


def _version_example_preview(version: TemplateVersion) -> ExamplePreview:
    preview = example_preview(
        case=version.template.case,
        subject=version.subject,
        body=version.body,
        placeholders=version.placeholder_list,
        language=version.template.language,
    )
    reading = render_reading(version, example_values(version.placeholder_list))
    return ExamplePreview(letter=preview.letter, findings=preview.findings, reading=reading)


# What a list of templates needs of each version: not the letter's text or its reading.
_VERSION_TEXTS = ("body", "reading_zh_subject", "reading_zh_body", "note")


def _current_versions(*, with_texts: bool = True) -> Prefetch:
    """Each template's newest version only, in one query whatever the history's length."""
    newer = TemplateVersion.objects.filter(
        template=OuterRef("template"), number__gt=OuterRef("number")
    )
    versions = TemplateVersion.objects.filter(~Exists(newer)).order_by()
    if not with_texts:
        versions = versions.defer(*_VERSION_TEXTS)
    return Prefetch("versions", queryset=versions, to_attr="current_versions")


def _published_templates(*, with_texts: bool = True) -> QuerySet[LetterTemplate]:
    # A template without any version has no text to show yet.
    has_version = TemplateVersion.objects.filter(template=OuterRef("pk"))
    return (
        LetterTemplate.objects.active()
        .filter(Exists(has_version))
        .prefetch_related(_current_versions(with_texts=with_texts))
    )


def library_groups(
    *, audience: Audience | None = None, team: Team | None = None
) -> list[AudienceGroup]:
    """Published templates grouped by audience, then by case, in the registry's order.

    Three queries: the templates, their current versions, and the drafts' stamp under which
    those versions' outcomes are cached (a fourth counts them when the stamp is new).
    """
    templates = _published_templates(with_texts=False)
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
            example_subject=_example_subject(version, template.language),
            outcomes=outcomes[version.pk],
        )
        by_case.setdefault(template.case_type, []).append(entry)

    groups: dict[Audience, AudienceGroup] = {}
    for case in CASE_TYPES:
        if case.key in by_case:
            group = groups.setdefault(case.audience, AudienceGroup(audience=case.audience))
            group.cases.append(CaseGroup(case=case, entries=by_case[case.key]))
    return [groups[member] for member in Audience if member in groups]


# A version's subject filled with its examples never changes (a version is never rewritten):
# kept per process, keyed by the version and its subject so that a stale entry cannot show.
_EXAMPLE_SUBJECTS: dict[tuple[int, str, str], str] = {}
_EXAMPLE_SUBJECTS_MAX = 2048


def _example_subject(version: TemplateVersion, language: str) -> str:
    key = (version.pk, language, version.subject)
    subject = _EXAMPLE_SUBJECTS.get(key)
    if subject is None:
        subject = render_letter(
            subject=version.subject,
            body="",
            placeholders=version.placeholder_list,
            values=example_values(version.placeholder_list),
            language=language,
        ).subject
        if len(_EXAMPLE_SUBJECTS) >= _EXAMPLE_SUBJECTS_MAX:
            _EXAMPLE_SUBJECTS.clear()
        _EXAMPLE_SUBJECTS[key] = subject
    return subject


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


def published_version(*, slug: str) -> TemplateVersion | None:
    """The current (newest) version of an active template, with its template; None if there
    is none. One query, on the versions' (template, number) index."""
    return (
        TemplateVersion.objects.select_related("template")
        .filter(template__slug=slug, template__active=True)
        .order_by("-number")
        .first()
    )


def version_outcomes(template: LetterTemplate, *, team: Team | None = None) -> list[VersionOutcome]:
    """Every version of a template, newest first, with how its letters fared (two queries):
    the team's own letters, or the public totals where enough teams used a version."""
    # A row of the table is a number and a date: not the versions' texts.
    versions = list(
        template.versions.only("template_id", "number", "created_at").order_by("-number")
    )
    counts = template_version_outcomes((version.pk for version in versions), team=team)
    return [VersionOutcome(version=version, counts=counts[version.pk]) for version in versions]


@dataclass(frozen=True)
class ExampleLetter:
    """A case's letter for one marketplace and language, as renderletter prints it."""

    case: str
    marketplace: str
    language: str
    letter: RenderedLetter
    reading: RenderedLetter | None


def default_language(*, case: CaseType, marketplace: str) -> str:
    """Buyer messages follow the marketplace; letters to Amazon and sellers are English."""
    from sellerdesk.marketplaces import MARKETS_BY_CODE

    if case.audience != Audience.BUYER:
        return ENGLISH
    return MARKETS_BY_CODE[marketplace].language


def example_letter(
    *, case: CaseType, marketplace: str, language: str | None = None, examples: bool = True
) -> ExampleLetter | None:
    """The current text in `language` (the default for the case and marketplace if None)
    filled with its examples, or with only the marketplace (facts show as [label]); None if
    the case has no active template in that language. `marketplace` is a known code."""
    from sellerdesk.marketplaces import MARKETS_BY_CODE

    language = language or default_language(case=case, marketplace=marketplace)
    version = TemplateVersion.objects.current_for(case.key, language)
    if version is None:
        return None
    values: dict[str, object] = example_values(version.placeholder_list) if examples else {}
    values["marketplace"] = MARKETS_BY_CODE[marketplace]
    return ExampleLetter(
        case=case.key,
        marketplace=marketplace,
        language=language,
        letter=render_version(version, values),
        reading=render_reading(version, values),
    )
