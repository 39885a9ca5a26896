"""The address a request really came from, behind a known number of trusted proxies.

Each trusted proxy appends the address it received the connection from to
X-Forwarded-For, so with N proxies in front (AXES_PROXY_COUNT) the client's address is the
N-th entry from the right. Entries further left were sent by the client itself and are
ignored: a forged header cannot make an attacker look like someone else. Without proxies
(the default) it is the socket's address, REMOTE_ADDR.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.AXES_IPWARE_PROXY_COUNT or 0
    if count <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
    if len(entries) < count:
        # Not through every proxy we were told about: trust only the socket.
        return remote
    try:
        return str(ipaddress.ip_address(entries[-count]))
    except ValueError:
        return remote
