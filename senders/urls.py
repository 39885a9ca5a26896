from __future__ import annotations

from django.urls import path

from senders import views

app_name = "senders"

urlpatterns = [
    path("", views.sender_check, name="sender_check"),
]
