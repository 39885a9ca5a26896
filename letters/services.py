"""Writes to letters that touch several rows."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.db.models import Max

from letters.models import LetterTemplate, TemplateVersion
from letters.placeholders import parse_placeholders, validate_template_text


@transaction.atomic
def template_version_create(
    *,
    template: LetterTemplate,
    subject: str,
    body: str,
    placeholders: list[dict],
    user: User | AnonymousUser | None = None,
    note: str = "",
    reading_zh_subject: str = "",
    reading_zh_body: str = "",
) -> TemplateVersion:
    """Save a template's text as its next version, unless the text is unchanged.

    Raises ValidationError when the text uses an undeclared placeholder.
    """
    validate_template_text(
        subject=subject, body=body, placeholders=parse_placeholders(placeholders)
    )
    # Lock the template row so two editors cannot both create "version 3".
    LetterTemplate.objects.select_for_update().filter(pk=template.pk).first()
    current = template.current_version()
    reading = {"reading_zh_subject": reading_zh_subject, "reading_zh_body": reading_zh_body}
    if current and current.same_text_as(
        subject=subject, body=body, placeholders=placeholders, **reading
    ):
        return current
    last = template.versions.aggregate(last=Max("number"))["last"] or 0
    return TemplateVersion.objects.create(
        template=template,
        number=last + 1,
        subject=subject,
        body=body,
        placeholders=placeholders,
        created_by=user if user and user.is_authenticated else None,
        note=note,
        **reading,
    )
