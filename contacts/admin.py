from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from contacts.models import Contact, Marketplace, Purpose, SellerCentralRoute
from contacts.selectors import contact_list_for_export
from contacts.services import (
    CSV_COLUMNS,
    ContactImportError,
    contacts_export_csv,
    contacts_import_csv,
    contacts_mark_verified,
)
from contacts.validators import validate_contact_email
from sellerdesk.teams import logged_in_user


@admin.register(Marketplace)
class MarketplaceAdmin(admin.ModelAdmin):
    """Read-only: the marketplaces come from sellerdesk/marketplaces.py, which the wizard,
    the letters' destinations and the sender check read too; a row edited here would be seen by
    none."""

    list_display = ("code", "name", "domain", "seller_central_domain")
    search_fields = ("code", "name", "domain")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Marketplace | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Marketplace | None = None) -> bool:
        return False


@admin.register(SellerCentralRoute)
class SellerCentralRouteAdmin(admin.ModelAdmin):
    list_display = ("name", "key", "channel", "where", "last_checked", "changed_by", "updated_at")
    list_filter = ("channel", "needs_login")
    list_select_related = ("changed_by",)
    search_fields = ("name", "key", "where", "note", "source")
    readonly_fields = ("changed_by", "updated_at")
    actions = ("mark_checked",)

    def save_model(
        self, request: HttpRequest, obj: SellerCentralRoute, form: forms.Form, change: bool
    ) -> None:
        obj.changed_by = logged_in_user(request)
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Mark checked today"), permissions=["change"])
    def mark_checked(self, request: HttpRequest, queryset: QuerySet[SellerCentralRoute]) -> None:
        today = timezone.localdate()
        routes = list(queryset)
        for route in routes:
            route.last_checked = today
            route.changed_by = logged_in_user(request)
            route.save(update_fields=["last_checked", "changed_by", "updated_at"])
            # The same History entry a save in the admin leaves.
            self.log_change(request, route, [{"changed": {"fields": ["last checked"]}}])
        self.message_user(
            request,
            ngettext(
                "%(count)d route marked checked.", "%(count)d routes marked checked.", len(routes)
            )
            % {"count": len(routes)},
            messages.SUCCESS,
        )


@admin.register(Purpose)
class PurposeAdmin(admin.ModelAdmin):
    list_display = ("name", "key", "route", "position")
    list_select_related = ("route",)
    list_filter = ("route",)
    search_fields = ("name", "key", "description")


class VerifiedFilter(admin.SimpleListFilter):
    title = _("verified")
    parameter_name = "verified"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        return [("yes", _("Verified")), ("no", _("Never verified"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Contact]) -> QuerySet[Contact]:
        if self.value() == "yes":
            return queryset.filter(last_verified__isnull=False)
        if self.value() == "no":
            return queryset.filter(last_verified__isnull=True)
        return queryset


class ContactImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8 CSV with a header row. Required columns: marketplace, purpose, email. "
            "Optional: note, active, last_verified (YYYY-MM-DD), source, status (in_use, "
            "reported, closed_programme or not_support_channel)."
        ),
    )


class ContactForm(forms.ModelForm):
    class Meta:
        model = Contact
        fields = (
            "marketplace",
            "purpose",
            "email",
            "note",
            "status",
            "source",
            "active",
            "last_verified",
        )

    def clean_email(self) -> str:
        # Amazon's addresses ignore letter case; see Contact.clean.
        email = self.cleaned_data["email"].lower()
        validate_contact_email(email)
        return email


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    form = ContactForm
    list_display = (
        "email",
        "marketplace",
        "purpose",
        "status",
        "active",
        "last_verified",
        "updated_at",
        "changed_by",
    )
    list_filter = ("marketplace", "purpose", "status", "active", VerifiedFilter)
    list_select_related = ("marketplace", "purpose", "changed_by")
    search_fields = ("email", "note", "source")
    fields = (
        "marketplace",
        "purpose",
        "email",
        "note",
        "status",
        "source",
        "active",
        "last_verified",
        "changed_by",
        "updated_at",
    )
    readonly_fields = ("changed_by", "updated_at")
    actions = ("mark_verified_today", "export_selected_csv")

    def get_urls(self) -> list[URLPattern]:
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="{}_{}_import".format(*info),
            ),
            path(
                "export/",
                self.admin_site.admin_view(self.export_view),
                name="{}_{}_export".format(*info),
            ),
            *super().get_urls(),
        ]

    def save_model(
        self, request: HttpRequest, obj: Contact, form: forms.Form, change: bool
    ) -> None:
        obj.changed_by = logged_in_user(request)
        super().save_model(request, obj, form, change)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict | None = None
    ) -> HttpResponse:
        extra_context = {**(extra_context or {}), "can_import": self._can_import(request)}
        return super().changelist_view(request, extra_context)

    @admin.action(description=_("Mark verified today"), permissions=["change"])
    def mark_verified_today(self, request: HttpRequest, queryset: QuerySet[Contact]) -> None:
        count = contacts_mark_verified(contacts=queryset, user=logged_in_user(request))
        self.message_user(
            request,
            ngettext(
                "Marked %(count)d contact as verified today.",
                "Marked %(count)d contacts as verified today.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Export selected contacts as CSV"), permissions=["view"])
    def export_selected_csv(
        self, request: HttpRequest, queryset: QuerySet[Contact]
    ) -> HttpResponse:
        return _csv_response(contact_list_for_export(contacts=queryset))

    def export_view(self, request: HttpRequest) -> HttpResponse:
        """All contacts the changelist shows with the filters and search in the query string."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return HttpResponseRedirect(reverse("admin:contacts_contact_changelist"))
        return _csv_response(contact_list_for_export(contacts=changelist.queryset))

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self._can_import(request):
            raise PermissionDenied
        errors: list = []
        form = ContactImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = contacts_import_csv(
                    file=form.cleaned_data["file"], user=logged_in_user(request)
                )
            except ContactImportError as error:
                errors = error.errors
            else:
                self.message_user(
                    request,
                    _(
                        "Imported: %(created)d created, %(updated)d updated, "
                        "%(unchanged)d unchanged."
                    )
                    % vars(result),
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:contacts_contact_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import contacts from CSV"),
            "form": form,
            "errors": errors,
            "columns": CSV_COLUMNS,
        }
        return TemplateResponse(request, "admin/contacts/contact/import_form.html", context)

    def _can_import(self, request: HttpRequest) -> bool:
        # An import both adds and changes contacts.
        return self.has_add_permission(request) and self.has_change_permission(request)


def _csv_response(contacts: QuerySet[Contact]) -> HttpResponse:
    filename = f"sellerdesk-contacts-{timezone.localdate().isoformat()}.csv"
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    # A byte-order mark makes Excel read the file as UTF-8; the import skips it.
    response.write("\ufeff")
    contacts_export_csv(contacts=contacts, file=response)
    return response
