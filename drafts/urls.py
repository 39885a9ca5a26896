"""Drafts of one team; included by sellerdesk/urls.py under teams/<team_slug>/drafts/."""

from __future__ import annotations

from django.urls import path

from drafts import due_views, views

app_name = "drafts"

urlpatterns = [
    path("", views.draft_list_view, name="list"),
    path("export/<str:fmt>/", views.team_export, name="export"),
    path("due/", due_views.due_soon, name="due"),
    path("due/calendar/", due_views.calendar_rotate, name="calendar_rotate"),
    path("checked-mail/", views.checked_mail_save, name="checked_mail"),
    path("<int:pk>/", views.draft_detail, name="detail"),
    path("<int:pk>/edit/", views.draft_edit, name="edit"),
    path("<int:pk>/duplicate/", views.draft_duplicate_view, name="duplicate"),
    path("<int:pk>/delete/", views.draft_delete_view, name="delete"),
    path("<int:pk>/download/<str:fmt>/", views.draft_download, name="download"),
    path("<int:pk>/status/", views.draft_status, name="status"),
    path("<int:pk>/timeline/", views.timeline_add_view, name="timeline_add"),
    path("<int:pk>/follow-up/", views.draft_follow_up_view, name="follow_up"),
    path("<int:pk>/diff/", views.revision_diff, name="revision_diff"),
]
