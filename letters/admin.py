"""Admin for letter templates: edit the text as new versions, with a live preview."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from letters.cases import Audience, case_types_for, get_case_type
from letters.forms import LetterTemplateForm, TemplatePreviewForm
from letters.models import LetterTemplate, TemplateVersion
from letters.rendering import example_values, render_version
from letters.selectors import example_preview
from letters.services import template_version_create

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _VersionFigures(TypedDict):
    """What LetterTemplateAdmin.get_queryset annotates each template with."""

    current_number: int | None
    last_version_at: datetime.datetime | None


PREVIEW_TEMPLATE = "admin/letters/lettertemplate/_template_preview.html"


class AudienceFilter(admin.SimpleListFilter):
    title = _("audience")
    parameter_name = "audience"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return Audience.choices

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        value = self.value()
        if value not in Audience.values:
            return queryset
        keys = [case.key for case in case_types_for(Audience(value))]
        return queryset.filter(case_type__in=keys)


def preview_context(data: Mapping[str, Any]) -> dict[str, Any]:
    """The preview partial's context for text being edited (bound form data or initial)."""
    if not (data.get("subject") or data.get("body")):
        return {"preview_empty": True}
    form = TemplatePreviewForm(data)
    if not form.is_valid():
        return {"preview_form": form}
    preview = example_preview(
        case=get_case_type(form.cleaned_data["case_type"]),
        subject=form.cleaned_data["subject"],
        body=form.cleaned_data["body"],
        placeholders=form.placeholder_list,
    )
    return {"preview": preview}


@admin.register(LetterTemplate)
class LetterTemplateAdmin(admin.ModelAdmin):
    form = LetterTemplateForm
    change_form_template = "admin/letters/lettertemplate/change_form.html"
    list_display = [
        "name",
        "case_name",
        "audience",
        "language",
        "active",
        "current_version_number",
        "updated_at",
    ]
    list_filter = [AudienceFilter, "case_type", "language", "active"]
    search_fields = ["name", "slug"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "case_type", "language", "active"]}),
        (_("Text of the current version"), {"fields": ["subject", "body", "placeholders", "note"]}),
        (
            _("Chinese reading of the current version (never sent)"),
            {"fields": ["reading_zh_subject", "reading_zh_body"]},
        ),
    ]

    class Media:
        css = {"all": ["css/library.css"]}
        js = ["js/template_preview.js"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super()
            .get_queryset(request)
            .annotate(
                current_number=Max("versions__number"), last_version_at=Max("versions__created_at")
            )
        )

    def get_readonly_fields(self, request: HttpRequest, obj: LetterTemplate | None = None) -> list:
        # The slug is the template's key in fixtures and drafts: fixed once created.
        return ["slug"] if obj else []

    def get_prepopulated_fields(
        self, request: HttpRequest, obj: LetterTemplate | None = None
    ) -> dict[str, Sequence[str]]:
        return {} if obj else {"slug": ["name"]}

    @admin.display(description=_("case"), ordering="case_type")
    def case_name(self, obj: LetterTemplate) -> Promise:
        return obj.case.name

    @admin.display(description=_("audience"))
    def audience(self, obj: LetterTemplate) -> Promise:
        return obj.case.audience.label

    @admin.display(description=_("version"), ordering="current_number")
    def current_version_number(
        self, obj: WithAnnotations[LetterTemplate, _VersionFigures]
    ) -> int | None:
        return obj.current_number

    @admin.display(description=_("updated"), ordering="last_version_at")
    def updated_at(
        self, obj: WithAnnotations[LetterTemplate, _VersionFigures]
    ) -> datetime.datetime | None:
        return obj.last_version_at

    def has_delete_permission(
        self, request: HttpRequest, obj: LetterTemplate | None = None
    ) -> bool:
        # Deleting would take the version history (and what drafts used) with it: deactivate.
        return False

    def get_urls(self) -> list[URLPattern]:
        preview = path(
            "preview/",
            self.admin_site.admin_view(self.preview_view),
            name="letters_lettertemplate_preview",
        )
        return [preview, *super().get_urls()]

    def preview_view(self, request: HttpRequest) -> HttpResponse:
        """The preview fragment for the text being edited; the change page's script posts here."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        return TemplateResponse(request, PREVIEW_TEMPLATE, preview_context(request.POST))

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: LetterTemplate | None = None,
    ) -> HttpResponse:
        form = context["adminform"].form
        # What the editor sees in the fields, typed (after an error) or stored.
        data = {
            name: form[name].value() for name in ("case_type", "subject", "body", "placeholders")
        }
        context.update(preview_context(data))
        context["versions"] = (
            obj.versions.select_related("created_by").order_by("-number") if obj else []
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(
        self, request: HttpRequest, obj: LetterTemplate, form: LetterTemplateForm, change: bool
    ) -> None:
        super().save_model(request, obj, form, change)
        previous = obj.current_version() if change else None
        version = template_version_create(template=obj, user=request.user, **form.version_kwargs())
        if previous is not None and version.pk == previous.pk:
            self.message_user(request, _("The text is unchanged: no new version was made."))
        else:
            self.message_user(
                request,
                _("The text was saved as version %(number)s.") % {"number": version.number},
                messages.SUCCESS,
            )


@admin.register(TemplateVersion)
class TemplateVersionAdmin(admin.ModelAdmin):
    """Versions are history: readable, never added, changed or deleted here."""

    list_display = ["template", "number", "created_at", "created_by", "note"]
    list_filter = ["template__case_type"]
    list_select_related = ["template", "created_by"]
    search_fields = ["template__name", "template__slug", "note"]
    fields = (
        "template",
        "number",
        "created_at",
        "created_by",
        "note",
        "subject",
        "body",
        "reading_zh_subject",
        "reading_zh_body",
        "placeholder_declarations",
        "example_letter",
    )
    readonly_fields = fields

    class Media:
        css = {"all": ["css/library.css"]}

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(
        self, request: HttpRequest, obj: TemplateVersion | None = None
    ) -> bool:
        return False

    def has_delete_permission(
        self, request: HttpRequest, obj: TemplateVersion | None = None
    ) -> bool:
        return False

    @admin.display(description=_("placeholders"))
    def placeholder_declarations(self, obj: TemplateVersion) -> SafeString:
        text = json.dumps(obj.placeholders, ensure_ascii=False, indent=2)
        return format_html('<pre class="letter">{}</pre>', text)

    @admin.display(description=_("example letter"))
    def example_letter(self, obj: TemplateVersion) -> SafeString:
        letter = render_version(obj, example_values(obj.placeholder_list))
        return format_html(
            '<p><strong>{}</strong></p><pre class="letter">{}</pre>', letter.subject, letter.body
        )
