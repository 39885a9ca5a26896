from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from letters.models import LetterTemplate


def library(request: HttpRequest) -> HttpResponse:
    return render(request, "letters/library.html", {"templates": LetterTemplate.objects.active()})


def template_detail(request: HttpRequest, slug: str) -> HttpResponse:
    template = get_object_or_404(LetterTemplate.objects.active(), slug=slug)
    return render(request, "letters/template_detail.html", {"template": template})
