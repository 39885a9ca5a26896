"""Letter templates and their versions."""

from __future__ import annotations

import copy
import json
from functools import cached_property, lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from letters.cases import CASE_TYPE_CHOICES, CaseType, get_case_type
from letters.placeholders import Placeholder, parse_placeholders, validate_template_text


class Language(models.TextChoices):
    # Letters are written in English; the others are for marketplaces' own languages later.
    ENGLISH = "en", _("English")
    GERMAN = "de", _("German")
    FRENCH = "fr", _("French")
    ITALIAN = "it", _("Italian")
    SPANISH = "es", _("Spanish")
    JAPANESE = "ja", _("Japanese")


class LetterTemplateQuerySet(models.QuerySet["LetterTemplate"]):
    def get_by_natural_key(self, slug: str) -> LetterTemplate:
        return self.get(slug=slug)

    def active(self) -> LetterTemplateQuerySet:
        return self.filter(active=True)


class LetterTemplate(models.Model):
    slug = models.SlugField(_("key"), max_length=80, unique=True)
    case_type = models.CharField(_("case"), max_length=40, choices=CASE_TYPE_CHOICES)
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.ENGLISH
    )
    name = models.CharField(_("name"), max_length=160)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active templates are offered to sellers.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = LetterTemplateQuerySet.as_manager()
    # Set only on templates from letters.selectors.published_templates() (a prefetch's to_attr).
    current_versions: list[TemplateVersion]

    class Meta:
        ordering = ["case_type", "language", "name"]
        verbose_name = _("letter template")
        verbose_name_plural = _("letter templates")

    def __str__(self) -> str:
        return self.name

    def natural_key(self) -> tuple[str]:
        return (self.slug,)

    @property
    def case(self) -> CaseType:
        return get_case_type(self.case_type)

    @property
    def language_label(self) -> str:
        """get_language_display without its cost: that rebuilds (and hashes, translating
        each) every choice on each call, and the library shows a label per template."""
        return str(Language(self.language).label) if self.language in Language.values else ""

    def current_version(self) -> TemplateVersion | None:
        return self.versions.order_by("-number").first()


# Parsed once per process and version: the library shows every template's on each request.
# Keyed by the version's id, with its declarations kept beside the result: a version is never
# rewritten, but comparing two small lists is cheap and makes a stale entry impossible.
_PARSED_BY_VERSION: dict[int, tuple[object, tuple[Placeholder, ...]]] = {}
_PARSED_BY_VERSION_MAX = 2048


@lru_cache(maxsize=512)
def _parsed_placeholders(declarations: str) -> tuple[Placeholder, ...]:
    """For a version not saved yet (no id): keyed by the declarations themselves."""
    return tuple(parse_placeholders(json.loads(declarations)))


def _version_placeholders(version_id: int | None, declarations: object) -> tuple[Placeholder, ...]:
    if version_id is None:
        return _parsed_placeholders(json.dumps(declarations, sort_keys=True))
    cached = _PARSED_BY_VERSION.get(version_id)
    if cached is not None and cached[0] == declarations:
        return cached[1]
    parsed = tuple(parse_placeholders(copy.deepcopy(declarations)))
    if len(_PARSED_BY_VERSION) >= _PARSED_BY_VERSION_MAX:
        _PARSED_BY_VERSION.clear()
    _PARSED_BY_VERSION[version_id] = (copy.deepcopy(declarations), parsed)
    return parsed


class TemplateVersionQuerySet(models.QuerySet["TemplateVersion"]):
    def get_by_natural_key(self, slug: str, number: int) -> TemplateVersion:
        return self.get(template__slug=slug, number=number)

    def current_for(
        self, case_type: str, language: str = Language.ENGLISH
    ) -> TemplateVersion | None:
        """The newest version of the active template for a case (one query)."""
        return (
            self.select_related("template")
            .filter(
                template__case_type=case_type, template__language=language, template__active=True
            )
            .order_by("template__pk", "-number")
            .first()
        )

    def current_by_language(self, case_type: str) -> dict[str, TemplateVersion]:
        """The case's current version in each language it is written in (one query):
        what current_for(case_type, language) gives, for every language at once."""
        # Every version of the case's active templates, the current one picked here: a plain
        # join compiles in half the CPU of the NOT EXISTS (newer) filter it replaces, and a
        # case has a handful of versions (a new one per change of text), so the rows are few.
        versions = (
            self.select_related("template")
            .filter(template__case_type=case_type, template__active=True)
            .order_by("-template__pk", "number")
        )
        # The last row of a language wins: its lowest template pk's newest version, as in
        # current_for.
        return {version.template.language: version for version in versions}


class TemplateVersion(models.Model):
    """One text of a template. Never edited: a change of text is a new version."""

    template = models.ForeignKey(
        LetterTemplate,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("template"),
    )
    number = models.PositiveIntegerField(_("version"))
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    placeholders = models.JSONField(
        _("placeholders"),
        default=list,
        help_text=_("Each: name, label, kind, help, example, required."),
    )
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    # The Chinese reading of this text, for the seller's understanding only: never sent.
    # Blank on versions staff write without one.
    reading_zh_subject = models.CharField(_("Chinese reading: subject"), max_length=300, blank=True)
    reading_zh_body = models.TextField(
        _("Chinese reading: body"),
        blank=True,
        help_text=_(
            "The same letter in Chinese, same placeholders and paragraphs, for the seller's "
            "understanding. It is shown beside the letter and never sent."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )

    objects = TemplateVersionQuerySet.as_manager()

    class Meta:
        ordering = ["template", "-number"]
        verbose_name = _("template version")
        verbose_name_plural = _("template versions")
        constraints = [
            models.UniqueConstraint(fields=["template", "number"], name="version_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.template} v{self.number}"

    def natural_key(self) -> tuple[str, int]:
        return (*self.template.natural_key(), self.number)

    # Django reads serialisation dependencies from an attribute of the method itself.
    natural_key.dependencies = ["letters.lettertemplate"]  # type: ignore[attr-defined]

    @cached_property
    def placeholder_list(self) -> list[Placeholder]:
        return list(_version_placeholders(self.pk, self.placeholders))

    def clean(self) -> None:
        try:
            placeholders = parse_placeholders(self.placeholders)
        except ValidationError as error:
            raise ValidationError({"placeholders": error}) from None
        validate_template_text(subject=self.subject, body=self.body, placeholders=placeholders)

    def same_text_as(
        self,
        *,
        subject: str,
        body: str,
        placeholders: list,
        reading_zh_subject: str = "",
        reading_zh_body: str = "",
    ) -> bool:
        """Same text, placeholders and Chinese reading: a changed reading is a changed text."""
        mine = (
            self.subject,
            self.body,
            self.placeholders,
            self.reading_zh_subject,
            self.reading_zh_body,
        )
        return mine == (subject, body, placeholders, reading_zh_subject, reading_zh_body)

    @property
    def has_reading(self) -> bool:
        return bool(self.reading_zh_body.strip())
