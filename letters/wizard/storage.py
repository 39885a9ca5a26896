"""Wizard state in the session, written only when the answers change."""

from __future__ import annotations

from typing import Any

from formtools.wizard.storage.session import SessionStorage

NOT_ANSWERS = ("wizard_snapshot", "csrfmiddlewaretoken")


class QuietSessionStorage(SessionStorage):
    """formtools' session storage, minus a session write on every request.

    formtools marks the session modified whenever its data is read, so every GET would
    save the session row: one query per page for nothing. It also puts blank answers into
    the session of every new visitor, so a visitor who only looks at the first step would
    leave a session row behind. Here the blank answers stay in memory until something is
    worth keeping: only new answers, a reset of saved answers or a new wizard mark the
    session modified. The current step is not worth a write of its own: a POST names its
    step in the management form, and it is saved with the next answers.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._unsaved: dict = {}
        # Each step's cleaned answers for this request (see CaseWizardView.
        # get_cleaned_data_for_step): forgotten whenever any answers change.
        self.cleaned_memo: dict[str, dict | None] = {}
        super().__init__(*args, **kwargs)

    def init_data(self) -> None:
        self.cleaned_memo = {}
        self._unsaved = {
            self.step_key: None,
            self.step_data_key: {},
            self.step_files_key: {},
            self.extra_data_key: {},
        }
        if self.prefix in self.request.session:
            # A reset of saved answers: they go, and the wizard stays started (a write).
            self.request.session[self.prefix] = self._unsaved

    def _get_data(self) -> dict:
        saved = self.request.session.get(self.prefix)
        return saved if saved is not None else self._unsaved

    def _set_data(self, value: dict) -> None:
        self.cleaned_memo = {}
        self.request.session[self.prefix] = value

    data = property(_get_data, _set_data)

    def _keep(self) -> None:
        """Put the answers into the session (the first answer of a new visitor included)."""
        if self.prefix not in self.request.session:
            self.request.session[self.prefix] = self._unsaved
        self.request.session.modified = True

    def set_step_data(self, step: str, cleaned_data: dict[str, Any] | None) -> None:
        if cleaned_data is not None:
            # The page's signed copy of the answers must not be stored inside the answers:
            # each step would carry all the earlier copies. Nor is the CSRF token an answer.
            cleaned_data = cleaned_data.copy()
            for key in NOT_ANSWERS:
                cleaned_data.pop(key, None)
        self.cleaned_memo = {}
        super().set_step_data(step, cleaned_data)
        self._keep()

    def set_step_files(self, step: str, files: object) -> None:
        super().set_step_files(step, files)
        if files:
            self._keep()

    def _set_extra_data(self, extra_data: dict) -> None:
        super()._set_extra_data(extra_data)
        self._keep()
