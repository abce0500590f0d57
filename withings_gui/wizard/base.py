"""What every page has: the shared context, valid/busy/error state, background tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QVBoxLayout, QWizardPage

from withings_gui.core.plain_text import MESSAGE_CHARS, plain_text
from withings_gui.wizard.widgets import error_label

if TYPE_CHECKING:
    from withings_gui.wizard.app import SetupWizard


class Page(QWizardPage):
    page_id = ""

    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self.setup = wizard
        self.ctx = wizard.ctx
        self.valid = False
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # "working", no percentage
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.error = error_label()
        self._task = None

    @property
    def progress(self):
        return self.setup.progress

    def isComplete(self) -> bool:
        return self.valid and not self.busy_bar.isVisible()

    def set_valid(self, valid: bool) -> None:
        self.valid = valid
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        """Errors often quote a server: shown as plain text, cleaned and capped."""
        text = plain_text(text, limit=MESSAGE_CHARS, keep_newlines=True)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def run(self, work: Callable[[Any], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(cancel_event)`` off the GUI thread with the busy bar showing."""
        if self._task is not None:
            self._task.cancel()
        self.busy_bar.setVisible(True)
        self.completeChanged.emit()
        self._task = self.setup.runner.start(work, self._done_slot(on_done),
                                             self._done_slot(on_error or self._default_error))

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.busy_bar.setVisible(False)
        self.completeChanged.emit()

    def _done_slot(self, callback):
        def finish(value):
            self._task = None
            self.busy_bar.setVisible(False)
            callback(value)
            self.completeChanged.emit()
        return finish

    def _default_error(self, exc: BaseException) -> None:
        self.show_error(str(exc))

    def cleanupPage(self) -> None:  # Back: drop work the user walked away from
        self.cancel_task()

    def validatePage(self) -> bool:
        self.progress.mark_done(self.page_id)
        self.setup.save_progress()
        return True


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    return label


def top_form(page: QWizardPage) -> QFormLayout:
    """A form kept at the top of the page: spare height goes below it, not between rows."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def hass_api(url: str, token: str, ca_file: str = ""):
    """A ``HassApi``, imported on first use: the client's models take ~1 s to import, so
    the wizard's first page must not wait for them. Call it from background work only.
    ``ca_file``: the certificate file the user chose to trust (config.ha_ca_file)."""
    from withings_gui.core.hass.client import HassApi

    return HassApi(url, token, ca_file=ca_file or None)
