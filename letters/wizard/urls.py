"""The case wizard's URLs; included by letters/urls.py under "new/"."""

from __future__ import annotations

from django.urls import path, re_path

from letters.wizard import notice, results, views

urlpatterns = [
    path("", views.case_wizard, name="wizard"),
    # Before <step>/: the notice pages come before the wizard's steps, not among them.
    path("notice/", notice.notice_paste, name="wizard_notice"),
    path("notice/confirm/", notice.notice_confirm, name="wizard_notice_confirm"),
    # Before <step>/: the finished letter is not a step.
    path("letter/", results.letter_detail, name="wizard_letter"),
    path("letter/save/", results.letter_save, name="wizard_letter_save"),
    re_path(
        r"^letter\.(?P<extension>txt|eml|pdf|docx)$",
        results.letter_download,
        name="wizard_letter_download",
    ),
    path("<slug:step>/", views.case_wizard, name="wizard_step"),
]
