from __future__ import annotations

from django.urls import path

from contacts import views

app_name = "contacts"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<str:code>/", views.directory_marketplace, name="directory_marketplace"),
]
