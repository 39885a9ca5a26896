"""The wizard's answers in the session: one typed value under one key, written only when
something worth keeping changes.

A visitor who only looks at the first step has nothing in the session, so their GETs leave
no session row behind (tests/sellerdesk/test_sessions.py). The answers reach the session
with the first answer, a confirmed notice, kept edits of the letter or a reset of saved
answers. Moving between steps is not worth a write of its own: a POST names its step, and
the current step is saved with the next answers; each step's cleaned answers too (see
letters/wizard/cleaned.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict

# The key formtools gave the wizard, and its layout below: answers typed before this
# module replaced formtools are still read, from the session and from a page's snapshot.
SESSION_KEY = "wizard_case_wizard_view"


@dataclass
class WizardState:
    current_step: str | None = None
    # Each step's fields as last posted (its own prefixed names only, every value kept),
    # valid or not: the page shows them again, and validating them gives the answers.
    posted: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # Each step's cleaned answers with the key they were validated under (cleaned.py).
    cleaned: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The confirmed notice (notice.py) and the review's kept edits (edits.py).
    extra: dict[str, Any] = field(default_factory=dict)
    # Not kept: whether this request changed something worth a session write.
    changed: bool = field(default=False, compare=False)

    def posted_data(self, step: str) -> MultiValueDict | None:
        values = self.posted.get(step)
        return MultiValueDict(values) if values is not None else None

    def set_posted(self, step: str, data: MultiValueDict) -> None:
        """Keep the step's own fields of `data` (a POST, say): not the page's signed copy
        of the answers, nor the CSRF token, nor the buttons."""
        prefix = f"{step}-"
        self.posted[step] = {
            name: list(values) for name, values in data.lists() if name.startswith(prefix)
        }
        self.changed = True

    def set_extra(self, key: str, value: object) -> None:
        self.extra[key] = value
        self.changed = True

    def drop_extra(self, key: str) -> None:
        if key in self.extra:
            del self.extra[key]
            self.changed = True

    def snapshot_data(self) -> dict[str, Any]:
        """What a page's signed copy holds (letters/wizard/snapshot.py): the answers, not
        the cleaned ones, which are derived from them."""
        return {"step": self.current_step, "step_data": self.posted, "extra_data": self.extra}

    def to_session(self) -> dict[str, Any]:
        return {**self.snapshot_data(), "cleaned": self.cleaned}

    @classmethod
    def from_session(cls, value: object) -> WizardState:
        """The state kept in the session or a snapshot; a blank one for anything else."""
        if not isinstance(value, Mapping):
            return cls()
        step = value.get("step")
        posted = value.get("step_data")
        return cls(
            current_step=step if isinstance(step, str) else None,
            posted={
                name: answers
                for name, answers in (posted.items() if isinstance(posted, Mapping) else ())
                if isinstance(answers, dict)
            },
            cleaned=_dict(value.get("cleaned")),
            extra=_dict(value.get("extra_data")),
        )


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def started(request: HttpRequest) -> bool:
    """Whether this browser's session holds a wizard (the first answer starts one)."""
    return SESSION_KEY in request.session


def load(request: HttpRequest) -> WizardState:
    return WizardState.from_session(request.session.get(SESSION_KEY))


def blank(request: HttpRequest, replaced: WizardState) -> WizardState:
    """A fresh state in place of `replaced`: saved answers go, and the wizard stays started
    (a write); a visitor who had none gets no session row."""
    return WizardState(changed=replaced.changed or started(request))


def save(request: HttpRequest, state: WizardState) -> None:
    if state.changed:
        request.session[SESSION_KEY] = state.to_session()
        state.changed = False
