"""The pages a newcomer opens first; `manage.py smoke` and the tests both walk them."""

from __future__ import annotations

MAIN_PAGES: list[str] = [
    "home",
    "contacts:directory",
    "letters:library",
    "letters:wizard",
    "senders:sender_check",
]
