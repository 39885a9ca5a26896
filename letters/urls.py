"""The /letters/ pages under the letters: names: the library, the wizard, the calendar feed.

The site's wiring, like sellerdesk/urls.py: it points to the layers above letters (the library
counts drafts, the feed lists them), which the rest of letters never imports.
"""

from __future__ import annotations

from django.urls import include, path

from drafts import due_views, library_views

app_name = "letters"

urlpatterns = [
    path("", library_views.library, name="library"),
    path("templates/<slug:slug>/", library_views.template_detail, name="template_detail"),
    path("new/", include("letters.wizard.urls")),
    path("calendar/<str:token>.ics", due_views.calendar_feed, name="calendar_feed"),
]
