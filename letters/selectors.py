"""Reads for the template library and the wizard: templates with their current versions, and
examples."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils.translation import get_language

from letters.cases import Audience, CaseType
from letters.checks import Finding, check_letter
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

# How long the checker's findings on a text (and an example with its findings) are kept. The
# keys are digests of everything the findings depend on, so a kept entry is never stale.
FINDINGS_CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class ExamplePreview:
    """A template's text filled with its placeholders' examples, and what the checker says."""

    letter: RenderedLetter
    findings: list[Finding]
    # The Chinese reading filled with the same examples; None when the version has none.
    reading: RenderedLetter | None = None


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


def published_templates(*, with_texts: bool = True) -> QuerySet[LetterTemplate]:
    # A template without any version has no text to show yet.
    has_version = TemplateVersion.objects.filter(template=OuterRef("pk"))
    return (
        LetterTemplate.objects.active()
        .filter(Exists(has_version))
        .prefetch_related(_current_versions(with_texts=with_texts))
    )


# A version's subject filled with its examples never changes (a version is never rewritten):
# kept per process, keyed by the version and its subject so that a stale entry cannot show.
_EXAMPLE_SUBJECTS: dict[tuple[int, str, str], str] = {}
_EXAMPLE_SUBJECTS_MAX = 2048


def example_subject_of(version: TemplateVersion, language: str) -> str:
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


def published_version(*, slug: str) -> TemplateVersion | None:
    """The current (newest) version of an active template, with its template; None if there
    is none. One query, on the versions' (template, number) index."""
    return (
        TemplateVersion.objects.select_related("template")
        .filter(template__slug=slug, template__active=True)
        .order_by("-number")
        .first()
    )


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


# A case's current versions, kept in this process with a digest of the rows they are picked
# from: every template of the case (its language and whether it is active) and every version
# of it (never edited, so its id stands for its text). Each wizard page needs them; the
# digest is one short query where reading the versions again was a tenth of a step's time.
_CURRENT_VERSIONS_DIGEST_SQL = f"""
SELECT md5(coalesce(string_agg(concat_ws(':', t.id, t.language, t.active, v.id), ','
                               ORDER BY t.id, v.id), ''))
FROM {LetterTemplate._meta.db_table} t
LEFT JOIN {TemplateVersion._meta.db_table} v ON v.template_id = t.id
WHERE t.case_type = %s
"""  # noqa: S608 (table names from the models; the case is a parameter)
_KEPT_VERSIONS: dict[str, tuple[str, dict[str, TemplateVersion]]] = {}


def forget_current_versions() -> None:
    """Drop the versions this process keeps: the next current_versions reads them again (a
    test that counts queries starts from here)."""
    _KEPT_VERSIONS.clear()


def current_versions(case_type: str) -> dict[str, TemplateVersion]:
    """TemplateVersion.objects.current_by_language(case_type), read again only when one of
    the rows it is picked from has changed (a new version, a template (de)activated)."""
    if connection.vendor != "postgresql":
        return TemplateVersion.objects.current_by_language(case_type)
    with connection.cursor() as cursor:
        cursor.execute(_CURRENT_VERSIONS_DIGEST_SQL, [case_type])
        (digest,) = cursor.fetchone()
    kept = _KEPT_VERSIONS.get(case_type)
    if kept is None or kept[0] != digest:
        kept = (digest, TemplateVersion.objects.current_by_language(case_type))
        _KEPT_VERSIONS[case_type] = kept
    return dict(kept[1])
