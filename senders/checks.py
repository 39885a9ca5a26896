"""The sender check: is this e-mail really from Amazon?

Public API, for the page, the `checksender` command and other apps:

- `check_email(raw)` reads one e-mail (RFC 822 bytes or text, or a paste of only the sender
  and some links) and returns a `Result`: a verdict (genuine / suspicious / phishing) and
  every reason, each with a stable rule id and a message in the active language.
- `check_text_for_phishing_requests(text)` looks only at a message's words and web
  addresses: requests for credentials or bank details, "click to verify", deadlines in hours,
  fees, and links that lead off Amazon. The notice reader uses it on pasted notices.

Nothing is stored and nothing is fetched: links are read, never followed.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from senders.domains import (
    Lookalike,
    is_amazon_domain,
    is_free_mail,
    is_known_amazon,
    lookalike,
    mentions_amazon,
    normalise_host,
    registrable_domain,
)
from senders.findings import Reason, Result, Severity, verdict_for
from senders.links import host_of, link_reasons, names
from senders.parsing import ParsedMail, UnparseableEmail, parse_email, text_links
from senders.wording import wording_hits

__all__ = [
    "Reason",
    "Result",
    "UnparseableEmail",
    "check_email",
    "check_text_for_phishing_requests",
    "domain_warning",
]

SEVERITY_ORDER = (Severity.STRONG, Severity.WARNING, Severity.NOTE, Severity.OK)
DOMAIN_LIKE = re.compile(r"^(?:[\w.+-]{1,64}@)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\.?$")
AUTH_RESULT = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)


def _lookalike_message(kind: Lookalike, domain: str) -> str:
    messages = {
        Lookalike.UNICODE: _(
            "The sender's domain %(domain)s is written with letters from another alphabet "
            "that look like “amazon”. It is not Amazon's."
        ),
        Lookalike.CHARACTERS: _(
            "The sender's domain %(domain)s imitates “amazon” with digits or look-alike "
            "letters (0 for o, rn for m). It is not Amazon's."
        ),
        Lookalike.SUBDOMAIN: _(
            "The sender's domain %(domain)s puts Amazon's name in front of someone else's "
            "domain. What counts is the end of the address, and that is not Amazon's."
        ),
        Lookalike.WORDS: _(
            "The sender's domain %(domain)s adds words to Amazon's name. Amazon does not "
            "send from such domains."
        ),
    }
    return messages[kind] % {"domain": domain}


def _sender_reasons(mail: ParsedMail) -> list[Reason]:
    domain = normalise_host(mail.from_domain)
    if not domain:
        return [
            Reason(
                "from.missing",
                _("No sender address was found, so nothing shows that Amazon sent this."),
                Severity.WARNING,
            )
        ]
    kind = lookalike(domain)
    if kind is not None:
        return [Reason(f"from.lookalike.{kind}", _lookalike_message(kind, domain), Severity.STRONG)]
    if is_amazon_domain(domain):
        return [
            Reason(
                "from.amazon",
                _("The sender's domain %(domain)s is one of Amazon's sending domains.")
                % {"domain": domain},
                Severity.OK,
            )
        ]
    if mentions_amazon(mail.from_name) and is_free_mail(domain):
        return [
            Reason(
                "from.free_mail_amazon_name",
                _(
                    "The sender calls itself “%(name)s” but writes from %(domain)s, a free "
                    "e-mail service. Amazon never writes from free e-mail addresses."
                )
                % {"name": mail.from_name[:80], "domain": domain},
                Severity.STRONG,
            )
        ]
    if mentions_amazon(mail.from_name):
        return [
            Reason(
                "from.amazon_name_elsewhere",
                _(
                    "The sender calls itself “%(name)s” but writes from %(domain)s, which is "
                    "not one of Amazon's sending domains."
                )
                % {"name": mail.from_name[:80], "domain": domain},
                Severity.STRONG,
            )
        ]
    return [
        Reason(
            "from.not_amazon",
            _("The sender's domain %(domain)s is not one of Amazon's sending domains.")
            % {"domain": domain},
            Severity.WARNING,
        )
    ]


def _reply_path_reasons(
    mail: ParsedMail, *, from_amazon: bool, authenticated: bool
) -> list[Reason]:
    reasons = []
    reply_hosts = [normalise_host(a.rpartition("@")[2]) for a in mail.reply_to]
    lookalikes = [host for host in reply_hosts if lookalike(host)]
    from_root = registrable_domain(mail.from_domain) if mail.from_domain else ""
    elsewhere = [
        host
        for host in reply_hosts
        if host not in lookalikes
        and not is_amazon_domain(host)
        and registrable_domain(host) != from_root
    ]
    if lookalikes:
        reasons.append(
            Reason(
                "reply_to.lookalike",
                _("Replies would go to %(domains)s, which imitates an Amazon domain.")
                % {"domains": names(lookalikes)},
                Severity.STRONG,
            )
        )
    if elsewhere:
        reasons.append(
            Reason(
                "reply_to.elsewhere",
                _(
                    "Replies would go to %(domains)s, not to the sender's domain or to Amazon: "
                    "whoever answers is not Amazon."
                )
                % {"domains": names(elsewhere)},
                Severity.WARNING,
            )
        )
    if from_amazon and mail.return_path and "@" in mail.return_path:
        host = normalise_host(mail.return_path.rpartition("@")[2])
        if not is_known_amazon(host):
            reasons.append(
                Reason(
                    "return_path.elsewhere",
                    _(
                        "Bounces go to %(domain)s (the Return-Path), not to Amazon: the mail "
                        "was sent from someone else's server."
                    )
                    % {"domain": host},
                    # Forwarders and bulk senders rewrite it; once DMARC proves the sender,
                    # it only informs.
                    Severity.NOTE if authenticated else Severity.WARNING,
                )
            )
    return reasons


def _auth_reasons(mail: ParsedMail, *, from_amazon: bool) -> tuple[list[Reason], bool]:
    """Reasons from the receiving server's Authentication-Results, and whether DMARC passed."""
    results: dict[str, list[str]] = {}
    for name, value in AUTH_RESULT.findall(mail.authentication_results):
        results.setdefault(name.lower(), []).append(value.lower())
    dmarc = (results.get("dmarc") or [""])[0]
    reasons = []
    if dmarc == "fail":
        reasons.append(
            Reason(
                "auth.dmarc_fail",
                _(
                    "DMARC failed: the receiving server found that the sender's domain did not "
                    "send this e-mail. The From address is forged."
                ),
                Severity.STRONG if from_amazon else Severity.WARNING,
            )
        )
    if dmarc != "pass":
        if set(results.get("spf", [])) & {"fail", "softfail", "permerror"}:
            reasons.append(
                Reason(
                    "auth.spf_fail",
                    _("SPF failed: the server that sent this is not allowed to send for it."),
                    Severity.WARNING,
                )
            )
        dkim = set(results.get("dkim", []))
        if dkim & {"fail", "permerror"} and "pass" not in dkim:
            reasons.append(
                Reason(
                    "auth.dkim_fail",
                    _(
                        "DKIM failed: the e-mail's signature does not match; it was altered or forged."
                    ),
                    Severity.WARNING,
                )
            )
    if from_amazon and dmarc == "pass":
        reasons.append(
            Reason(
                "auth.pass",
                _(
                    "The receiving server checked the sender: SPF, DKIM and DMARC show that "
                    "Amazon's servers sent it."
                ),
                Severity.OK,
            )
        )
    elif from_amazon and dmarc != "fail":
        reasons.append(
            Reason(
                "auth.missing",
                _(
                    "There is no DMARC result in the headers, so nothing proves that Amazon sent "
                    "it. Paste the whole e-mail with its headers (in your mail program: show "
                    "original / view source)."
                ),
                Severity.WARNING,
            )
        )
    return reasons, from_amazon and dmarc == "pass"


def _wording_reasons(text: str, *, authenticated: bool) -> list[Reason]:
    messages = {
        "request.credentials": _(
            "It asks for a password, a one-time code or a security answer: “%(excerpt)s”. "
            "Amazon never asks for these by e-mail."
        ),
        "request.bank_details": _(
            "It asks for bank or card details: “%(excerpt)s”. Amazon never asks for these by "
            "e-mail."
        ),
        "request.click_to_verify": _(
            "It asks you to click a link to verify, confirm or unlock something: "
            "“%(excerpt)s”. Do this in Seller Central instead, never through the e-mail."
        ),
        "pressure.deadline": _(
            "It sets a deadline in hours: “%(excerpt)s”. Scammers use pressure so that you "
            "act before you check."
        ),
        "pressure.fee": _(
            "It asks for a payment or a fee: “%(excerpt)s”. Amazon charges fees in Seller "
            "Central, never through a link or a transfer requested by e-mail."
        ),
    }
    strong = {"request.credentials", "request.bank_details"}
    reasons = []
    for hit in wording_hits(text):
        if hit.rule in strong:
            severity = Severity.STRONG
        else:
            # Amazon's own notices may set deadlines; once DMARC proves the sender they only
            # inform.
            severity = Severity.NOTE if authenticated else Severity.WARNING
        reasons.append(Reason(hit.rule, messages[hit.rule] % {"excerpt": hit.excerpt}, severity))
    return reasons


def check_email(raw: bytes | str) -> Result:
    """Check one e-mail: genuine, suspicious or phishing, with every reason.

    `raw` is the message as RFC 822 text (headers, a blank line, the body; multipart bodies
    with text/plain and text/html parts are read) or a paste without headers, in which case
    its first e-mail address is taken as the sender. Raises `UnparseableEmail` for input that
    is empty, binary, or has neither a sender nor a link. Genuine needs an Amazon From domain,
    a DMARC pass in Authentication-Results and no warning; one strong sign (a look-alike
    domain, failed DMARC on an Amazon From, a request for credentials or bank details, a link
    whose text and target differ) makes it phishing.
    """
    mail = parse_email(raw)
    reasons = _sender_reasons(mail)
    from_amazon = any(reason.rule == "from.amazon" for reason in reasons)
    auth, authenticated = _auth_reasons(mail, from_amazon=from_amazon)
    reasons += _reply_path_reasons(mail, from_amazon=from_amazon, authenticated=authenticated)
    reasons += auth
    reasons += link_reasons(mail.links, authenticated=authenticated)
    reasons += _wording_reasons(f"{mail.subject}\n{mail.text}", authenticated=authenticated)
    # Strongest first: the seller reads the reason that decided the verdict before the rest.
    reasons.sort(key=lambda reason: SEVERITY_ORDER.index(reason.severity))
    return Result(
        verdict=verdict_for(reasons, authenticated_amazon=authenticated),
        reasons=reasons,
        sender=mail.from_address,
    )


def check_text_for_phishing_requests(text: str) -> list[Reason]:
    """Reasons to distrust a message from its words and web addresses alone.

    For a notice pasted without headers (the sender cannot be checked): requests for a
    password, one-time code or bank details (strong), "click to verify", a deadline in hours
    and a fee (warnings), and links whose text and target differ, that imitate Amazon's
    domains (strong) or that lead off Amazon (warning). An empty list means none was found,
    not that the message is genuine.
    """
    reasons = link_reasons(text_links(text), authenticated=False)
    reasons = [reason for reason in reasons if reason.severity != Severity.OK]
    return reasons + _wording_reasons(text, authenticated=False)


def domain_warning(text: str) -> str | None:
    """For a search that is a domain, an e-mail address or a web address: a short warning
    when it is not Amazon's (and says so more firmly for a look-alike), None otherwise.

    The directory shows it so that a seller who types a sender's domain there is told what
    it is and sent to the sender check.
    """
    text = text.strip()
    if "://" in text:
        text = host_of(text) or ""
    if not DOMAIN_LIKE.match(text):
        return None
    host = normalise_host(text)
    if not host.rsplit(".", 1)[-1].isalpha() or is_known_amazon(host):
        return None
    if lookalike(host):
        return _(
            "%(domain)s is not an Amazon domain: it is made to look like one. Do not trust "
            "mail from it; check the e-mail in the sender check."
        ) % {"domain": host}
    return _("%(domain)s is not an Amazon domain. Check an e-mail from it in the sender check.") % {
        "domain": host
    }
