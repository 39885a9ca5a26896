from __future__ import annotations

from django.contrib import admin

from sellerdesk.models import Invitation, Membership, SeedRecord, Team


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "created_at"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "team", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["team", "role"]
    search_fields = ["email"]
    list_select_related = ["team"]
    readonly_fields = ["token_hash", "accepted_at", "accepted_by", "invited_by"]

    def has_add_permission(self, request: object) -> bool:
        # Invitations are sent from the team page, which e-mails the one-time link.
        return False


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    """What `manage.py syncseed` last wrote: readable, changed only by the sync itself."""

    list_display = ["model", "key", "object_id", "synced_at"]
    list_filter = ["model"]
    search_fields = ["key"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
