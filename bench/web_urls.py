"""The site's URLs plus the two floors a page is compared with; only for `make bench-web`."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from sellerdesk.urls import urlpatterns as site_urlpatterns

CPU_HEADER = "X-Bench-CPU-Microseconds"


def server_cpu(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable:
    """Report the worker's CPU time for the request (a sync worker serves one at a time)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        started = time.process_time()
        response = get_response(request)
        if not response.streaming:
            # Rendering is lazy in some responses: make sure it is inside the measurement.
            response.content  # noqa: B018
        response[CPU_HEADER] = str(round((time.process_time() - started) * 1_000_000))
        return response

    return middleware


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


def base_page(request: HttpRequest) -> HttpResponse:
    return render(request, "bench/floor.html")


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/base/", base_page),
    *site_urlpatterns,
]
