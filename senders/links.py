"""Link rules: what a link shows against where it leads, look-alikes, links off Amazon."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from senders.domains import is_known_amazon, lookalike, normalise_host, registrable_domain
from senders.findings import Reason, Severity
from senders.parsing import Link, link_text_domain

MAX_HOSTS_NAMED = 5


def names(hosts: list[str]) -> str:
    unique = list(dict.fromkeys(hosts))
    shown = ", ".join(unique[:MAX_HOSTS_NAMED])
    return shown + (" …" if len(unique) > MAX_HOSTS_NAMED else "")


def host_of(href: str) -> str | None:
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https", ""):
        return None
    try:
        host = parts.hostname
    except ValueError:
        return None
    return normalise_host(host) if host else None


def link_reasons(links: list[Link], *, authenticated: bool) -> list[Reason]:
    off_amazon, lookalikes, mismatched = [], [], []
    checked = 0
    for link in links:
        host = host_of(link.href)
        if not host:
            continue
        checked += 1
        shown = link_text_domain(link.text)
        if shown and registrable_domain(shown) != registrable_domain(host):
            mismatched.append(f"{shown} → {host}")
        if lookalike(host):
            lookalikes.append(host)
        elif not is_known_amazon(host):
            off_amazon.append(host)
    reasons = []
    if mismatched:
        reasons.append(
            Reason(
                "links.text_mismatch",
                _("A link shows one address but leads to another: %(pairs)s.")
                % {"pairs": names(mismatched)},
                Severity.STRONG,
            )
        )
    if lookalikes:
        reasons.append(
            Reason(
                "links.lookalike",
                _("Links lead to %(domains)s, made to look like Amazon's domains.")
                % {"domains": names(lookalikes)},
                Severity.STRONG,
            )
        )
    if off_amazon:
        ip = any(_is_ip(host) for host in off_amazon)
        reasons.append(
            Reason(
                "links.off_amazon",
                (
                    _("Links lead off Amazon, to %(domains)s (one is a bare IP address).")
                    if ip
                    else _("Links lead off Amazon, to %(domains)s.")
                )
                % {"domains": names(off_amazon)},
                Severity.NOTE if authenticated else Severity.WARNING,
            )
        )
    if checked and not (mismatched or lookalikes or off_amazon):
        reasons.append(
            Reason("links.amazon", _("Every link leads to an Amazon domain."), Severity.OK)
        )
    return reasons


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
