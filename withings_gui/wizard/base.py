"""What every page has: the shared context, valid/busy/error state, background tasks, and
the way Next works: ``apply()`` into the draft, keep the draft off the GUI thread, go on."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QLabel, QLayout, QProgressBar, QScrollArea,
                               QVBoxLayout, QWidget, QWizardPage)

from withings_gui.core.errors import UserFacingError
from withings_gui.core.plain_text import MESSAGE_CHARS, plain_text
from withings_gui.core.setup import flow
from withings_gui.core.setup.commit import save_progress
from withings_gui.core.validation import InputError
from withings_gui.gui.look import SECTION, space_out
from withings_gui.gui.translation import shown_text
from withings_gui.wizard.widgets import error_label, plain_label

if TYPE_CHECKING:
    from withings_gui.core.setup.draft import SetupDraft
    from withings_gui.wizard.app import SetupWizard


class Page(QWizardPage):
    """A page shows its own heading (title, then what the page is for) above ``body``,
    where it lays out its fields: QWizard's header would span the step list too."""

    page_id = ""
    step_name = ""  # the page's name in the wizard's step list

    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self.setup = wizard
        self.ctx = wizard.ctx
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = plain_label()  # may carry a note about the saved setup
        self.body = QWidget()
        # A page longer than the window (a small screen, large text, many failed checks)
        # scrolls under its heading instead of squeezing its rows; Tab scrolls to the field.
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)  # the page's own colour shows
        outer = space_out(QVBoxLayout(self))
        outer.addWidget(self.heading)
        outer.addWidget(self.summary)
        outer.addSpacing(SECTION // 2)
        outer.addWidget(scroll, 1)
        # The page's state as plain values; isComplete() and the widgets follow them.
        self.valid = False
        self.busy = False
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # "working", no percentage
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.error_text = ""
        self.error = error_label()
        self._task = None
        self._keeping = False  # the draft is being saved (never cancelled: see keep)
        self._kept = False  # the draft with this page's fields is saved: Next may go on

    # Title and subtitle are shown by the page itself; QWizard is not given them.
    def setTitle(self, text: str) -> None:
        self.heading.setText(text)

    def title(self) -> str:
        return self.heading.text()

    def setSubTitle(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def subTitle(self) -> str:
        return self.summary.text()

    @property
    def draft(self) -> SetupDraft:
        return self.setup.draft

    @property
    def passing(self) -> bool:
        """True while a resumed wizard walks past this page to where it left off: fill the
        fields from the draft, start nothing."""
        return self.page_id in self.setup.walking_past

    def isComplete(self) -> bool:
        return self.valid and not self.busy

    def nextId(self) -> int:
        following = flow.next_page(self.draft, self.page_id)
        return flow.PAGES.index(following) if following else -1

    def set_valid(self, valid: bool) -> None:
        self.valid = valid
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        """Errors often quote a server: shown as plain text, cleaned and capped."""
        text = self.error_text = plain_text(text, limit=MESSAGE_CHARS, keep_newlines=True)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _update_busy(self) -> None:
        self.busy = self._task is not None or self._keeping
        if self.busy_bar.parent() is not None:  # pages without the bar in their layout
            self.busy_bar.setVisible(self.busy)
        self.completeChanged.emit()

    def run(self, work: Callable[[Any], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(cancel_event)`` off the GUI thread with the page busy."""
        if self._task is not None:
            self._task.cancel()
        self._task = self.setup.runner.start(work, self._done_slot(on_done),
                                             self._done_slot(on_error or self._default_error))
        self._update_busy()

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._update_busy()

    def _done_slot(self, callback):
        def finish(value):
            self._task = None
            self._update_busy()
            callback(value)
            self.completeChanged.emit()
        return finish

    def _default_error(self, exc: BaseException) -> None:
        self.show_error(shown_text(exc))

    def cleanupPage(self) -> None:  # Back: drop work the user walked away from
        self.cancel_task()

    def entered(self) -> None:
        """Shown (by Next or Back): Next applies the fields again."""
        self._kept = False

    def apply(self, draft: SetupDraft) -> None:
        """Put this page's fields into the draft; InputError when one is refused."""

    def validatePage(self) -> bool:
        """Next: apply the fields, keep the draft (off the GUI thread), then go on.

        Returns False while the draft is being saved; when it is, Next is pressed again for
        the user and this returns True."""
        if self.passing or self._kept:
            return True
        if not self.isComplete():  # Enter in a field can get here before the checks ran
            return False
        try:
            self.apply(self.draft)
        except InputError as exc:
            self.show_error(shown_text(exc))
            return False
        self.draft.mark_done(self.page_id)
        self.keep(lambda ctx, draft: save_progress(ctx, draft), self._go_on)
        return False

    def keep(self, save: Callable[[Any, SetupDraft], Any],
             then: Callable[[Any], None]) -> None:
        """Run ``save(ctx, copy of the draft)`` off the GUI thread, then ``then(result)``
        if the page is still shown; a failure is shown on the page, which stays.

        Never cancelled, not even by Back: a commit may have moved the person's login, and
        the wizard must learn where it is now whatever page the user went to meanwhile."""
        ctx, draft = self.ctx, copy.deepcopy(self.draft)
        self._keeping = True
        self._update_busy()
        self.setup.runner.start(lambda cancel: save(ctx, draft),
                                lambda result: self._saved(draft, then, result),
                                lambda exc: self._saved(draft, self._not_saved, exc))

    def _saved(self, draft: SetupDraft, then: Callable[[Any], None], outcome: Any) -> None:
        self._keeping = False
        self._update_busy()
        self.setup.committed(draft)
        if self.setup.currentPage() is self:
            then(outcome)

    def _go_on(self, _result=None) -> None:
        self._kept = True
        self.setup.next()

    def _not_saved(self, exc: BaseException) -> None:
        why = shown_text(exc) if isinstance(exc, (UserFacingError, OSError)) else repr(exc)
        # "Page": the context of this base class, whichever page calls it.
        self.show_error(QCoreApplication.translate("Page", "The setup could not be saved: "
                                                           "{error}").format(error=why))


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    return label


def body_layout(page: Page, layout: QLayout) -> QLayout:
    """``layout`` set on the page's body with the app's spacing (gui/look.py): the page's
    margins are its own, set once in Page."""
    page.body.setLayout(space_out(layout, margins=False))
    return layout


def top_form(page: Page) -> QFormLayout:
    """A form kept at the top of the page: spare height goes below it, not between rows."""
    outer = body_layout(page, QVBoxLayout())
    form = space_out(QFormLayout(), margins=False)
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def ask_hass(url: str, token: str, ca_file: str, question: Callable[[Any], Any]) -> Any:
    """``question(api)`` on a ``HassApi`` made for it, closed afterwards. The client is
    imported on first use: its models take ~1 s to import, so the wizard's first page must
    not wait for them. Call it from background work only. ``ca_file``: the certificate file
    the user chose to trust (config.ha_ca_file)."""
    from withings_gui.core.hass.client import HassApi

    with HassApi(url, token, ca_file=ca_file or None) as api:
        return question(api)
