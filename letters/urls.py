from __future__ import annotations

from django.urls import include, path

from drafts import due_views
from letters import views

app_name = "letters"

urlpatterns = [
    path("", views.library, name="library"),
    path("templates/<slug:slug>/", views.template_detail, name="template_detail"),
    path("new/", include("letters.wizard.urls")),
    path("calendar/<str:token>.ics", due_views.calendar_feed, name="calendar_feed"),
]
