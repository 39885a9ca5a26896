from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from sellerdesk import views
from sellerdesk.forms import LoginForm

urlpatterns = [
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("accounts/login/", auth_views.LoginView.as_view(form_class=LoginForm), name="login"),
    path(
        "accounts/password_reset/",
        views.ThrottledPasswordResetView.as_view(),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("sellerdesk.team_urls")),
    path("teams/<slug:team_slug>/drafts/", include("drafts.urls")),
    path("directory/", include("contacts.urls")),
    path("letters/", include("letters.urls")),
    path("check-sender/", include("senders.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
