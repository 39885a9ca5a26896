from __future__ import annotations

from django.urls import path

from sellerdesk import views

app_name = "teams"

urlpatterns = [
    path("teams/", views.team_list, name="list"),
    path("teams/<slug:team_slug>/", views.team_detail, name="detail"),
    path("teams/<slug:team_slug>/switch/", views.team_switch, name="switch"),
    path("teams/<slug:team_slug>/invitations/", views.invitation_create, name="invite"),
    path(
        "teams/<slug:team_slug>/members/<int:member_id>/role/",
        views.member_role_change,
        name="member_role",
    ),
    path(
        "teams/<slug:team_slug>/members/<int:member_id>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("invitations/<str:token>/", views.invitation_accept_view, name="invitation_accept"),
]
