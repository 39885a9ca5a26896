"""Reads for the template library: templates with their current versions, and examples."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from letters.cases import CASE_TYPES, Audience, CaseType
from letters.checks import Finding, check_letter
from letters.drafts.selectors import template_version_outcomes
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
    preview = example_preview(
        case=version.template.case,
        subject=version.subject,
        body=version.body,
        placeholders=version.placeholder_list,
        language=version.template.language,
    )
    reading = render_reading(version, example_values(version.placeholder_list))
    return ExamplePreview(letter=preview.letter, findings=preview.findings, reading=reading)


def _current_versions() -> Prefetch:
    """Each template's newest version only, in one query whatever the history's length."""
    newer = TemplateVersion.objects.filter(
        template=OuterRef("template"), number__gt=OuterRef("number")
    )
    return Prefetch(
        "versions",
        queryset=TemplateVersion.objects.filter(~Exists(newer)).order_by(),
        to_attr="current_versions",
    )


def _published_templates() -> QuerySet[LetterTemplate]:
    # A template without any version has no text to show yet.
    has_version = TemplateVersion.objects.filter(template=OuterRef("pk"))
    return (
        LetterTemplate.objects.active()
        .filter(Exists(has_version))
        .prefetch_related(_current_versions())
    )


def library_groups(
    *, audience: Audience | None = None, team: Team | None = None
) -> list[AudienceGroup]:
    """Published templates grouped by audience, then by case, in the registry's order.

    Three queries: the templates, their current versions, and those versions' outcomes.
    """
    templates = _published_templates()
    if audience is not None:
        templates = templates.filter(
            case_type__in=[case.key for case in CASE_TYPES if case.audience == audience]
        )
    templates = list(templates)
    outcomes = template_version_outcomes((t.current_versions[0].pk for t in templates), team=team)
    by_case: dict[str, list[LibraryEntry]] = {}
    for template in templates:
        version = template.current_versions[0]
        subject = render_letter(
            subject=version.subject,
            body="",
            placeholders=version.placeholder_list,
            values=example_values(version.placeholder_list),
            language=template.language,
        ).subject
        entry = LibraryEntry(
            template=template,
            version=version,
            example_subject=subject,
            outcomes=outcomes[version.pk],
        )
        by_case.setdefault(template.case_type, []).append(entry)

    groups: dict[Audience, AudienceGroup] = {}
    for case in CASE_TYPES:
        if case.key in by_case:
            group = groups.setdefault(case.audience, AudienceGroup(audience=case.audience))
            group.cases.append(CaseGroup(case=case, entries=by_case[case.key]))
    return [groups[member] for member in Audience if member in groups]


def published_version(*, slug: str) -> TemplateVersion | None:
    """The current version of an active template, with its template; None if there is none."""
    template = _published_templates().filter(slug=slug).first()
    if template is None:
        return None
    version = template.current_versions[0]
    # Already fetched: spare the version a query back to its template.
    version.template = template
    return version


def version_outcomes(template: LetterTemplate, *, team: Team | None = None) -> list[VersionOutcome]:
    """Every version of a template, newest first, with how its letters fared (two queries):
    the team's own letters, or the public totals where enough teams used a version."""
    versions = list(template.versions.select_related("created_by").order_by("-number"))
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
