from __future__ import annotations

from django.urls import include, path

from letters import views

app_name = "letters"

urlpatterns = [
    path("", views.library, name="library"),
    path("templates/<slug:slug>/", views.template_detail, name="template_detail"),
    path("new/", include("letters.wizard.urls")),
]
