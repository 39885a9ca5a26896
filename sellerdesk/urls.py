from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from sellerdesk import views

urlpatterns = [
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("sellerdesk.team_urls")),
    path("teams/<slug:team_slug>/drafts/", include("letters.drafts.urls")),
    path("directory/", include("contacts.urls")),
    path("letters/", include("letters.urls")),
    path("check-sender/", include("senders.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
