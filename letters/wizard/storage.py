"""Wizard state in the session, written only when the answers change."""

from __future__ import annotations

from formtools.wizard.storage.session import SessionStorage

NOT_ANSWERS = ("wizard_snapshot", "csrfmiddlewaretoken")


class QuietSessionStorage(SessionStorage):
    """formtools' session storage, minus a session write on every request.

    formtools marks the session modified whenever its data is read, so every GET would
    save the session row: one query per page for nothing. Here only new answers, a reset
    or a new wizard mark it modified. The current step is not worth a write of its own: a
    POST names its step in the management form, and it is saved with the next answers.
    """

    def _get_data(self) -> dict:
        return self.request.session[self.prefix]

    data = property(_get_data, SessionStorage._set_data)

    def set_step_data(self, step: str, cleaned_data: object) -> None:
        if cleaned_data is not None:
            # The page's signed copy of the answers must not be stored inside the answers:
            # each step would carry all the earlier copies. Nor is the CSRF token an answer.
            cleaned_data = cleaned_data.copy()
            for key in NOT_ANSWERS:
                cleaned_data.pop(key, None)
        super().set_step_data(step, cleaned_data)
        self.request.session.modified = True

    def set_step_files(self, step: str, files: object) -> None:
        super().set_step_files(step, files)
        if files:
            self.request.session.modified = True

    def _set_extra_data(self, extra_data: dict) -> None:
        super()._set_extra_data(extra_data)
        self.request.session.modified = True
