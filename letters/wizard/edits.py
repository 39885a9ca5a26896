"""The seller's edits of the review, kept when they go Back and change an answer.

The review's saved text belongs to the letter it was edited from (see ContextForm): once a
fact changes, the letter is rebuilt and the saved edits no longer fit it. They are not
dropped: Back keeps the edited letter here, in the wizard's session, and the review shows it
beside the rebuilt one until the seller chooses (see step_review.html).
"""

from __future__ import annotations

from django.http import QueryDict

from letters.fields import unix_newlines
from letters.rendering import RenderedLetter
from letters.wizard.forms import ReviewForm
from letters.wizard.state import WizardState

EXTRA_KEY = "review_edits"


def _as_cleaned(subject: str, body: str) -> tuple[str, str]:
    """A text as the review form cleans it, so an untouched letter compares equal."""
    body = unix_newlines(body).strip()
    return " ".join(subject.split()), body + "\n" if body else ""


def remember(state: WizardState, *, form: ReviewForm, generated: RenderedLetter | None) -> None:
    """On Back from the review: keep the letter if the seller changed the generated one."""
    if generated is None:
        return
    subject, body = form.text()
    edited = _as_cleaned(subject, body)
    if not edited[1] or edited == _as_cleaned(generated.subject, generated.body):
        # Untouched (or emptied): nothing of theirs to keep; an earlier choice still waits.
        return
    state.set_extra(EXTRA_KEY, {"subject": edited[0], "body": edited[1]})


def pending(state: WizardState, *, shown: tuple[str, str]) -> dict | None:
    """The kept edits, when the review shows another text: the seller has a choice to make."""
    edits = state.extra.get(EXTRA_KEY)
    if not edits or _as_cleaned(*shown) == (edits["subject"], edits["body"]):
        return None
    return edits


def forget(state: WizardState) -> None:
    state.drop_extra(EXTRA_KEY)


def take(state: WizardState, *, prefix: str, context: str) -> QueryDict | None:
    """The kept edits as the review's answers for the current letter, and forgotten."""
    edits = state.extra.get(EXTRA_KEY)
    if not edits:
        return None
    forget(state)
    data = QueryDict(mutable=True)
    data[f"{prefix}-subject"] = edits["subject"]
    data[f"{prefix}-body"] = edits["body"]
    data[f"{prefix}-context"] = context
    return data
