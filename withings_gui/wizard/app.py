"""The setup wizard window and ``run_wizard``, the entry point of ``withings-gui setup``."""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from withings_gui.core.context import AppContext
from withings_gui.core.setup import flow
from withings_gui.core.setup.draft import SetupDraft, load_draft
from withings_gui.core.setup.flow import PAGES
from withings_gui.gui.qt_messages import route_qt_messages
from withings_gui.gui.tasks import TaskRunner
from withings_gui.gui import translation
from withings_gui.gui.translation import shown
from withings_gui.wizard.page_authorize import AuthorizePage
from withings_gui.wizard.page_callback import CallbackPage
from withings_gui.wizard.page_credentials import CredentialsPage
from withings_gui.wizard.page_finish import FinishPage
from withings_gui.wizard.page_hass import HassPage
from withings_gui.wizard.page_path import PathPage
from withings_gui.wizard.page_portal import PortalPage
from withings_gui.wizard.page_profile import ProfilePage
from withings_gui.wizard.steps import StepList

if TYPE_CHECKING:
    from withings_gui.core.hass.client import HassInfo

log = logging.getLogger(__name__)

# For tests and benchmarks: print a marker when the first page is on screen, then quit.
FIRST_PAGE_ENV = "WITHINGS_GUI_EXIT_AFTER_FIRST_PAGE"


# The window's sizes: (average characters wide, lines of text high).
MINIMUM_SIZE, DEFAULT_SIZE = (124, 34), (132, 50)

# The one place page names meet page classes; the order is the flow's (core/setup/flow.py).
PAGE_CLASSES = {page.page_id: page for page in (
    PathPage, HassPage, CallbackPage, PortalPage, CredentialsPage, AuthorizePage, ProfilePage,
    FinishPage)}


class SetupWizard(QWizard):
    def __init__(self, ctx: AppContext, reauthorize: bool = False,
                 network_check_options: dict | None = None):
        super().__init__()
        self.ctx = ctx
        # Tests point the callback checks at a local TLS server (resolver, CA, port).
        self.network_check_options = network_check_options or {}
        self.runner = TaskRunner(self)
        self.draft = load_draft(ctx.paths.wizard_state_file, ctx.config, PAGES)
        self.hass_info: HassInfo | None = None
        self.walking_past: set[str] = set()
        # A language chosen on the first page: run_wizard opens the wizard again in it.
        self.relaunch_language: str | None = None
        self.setWindowTitle(self.tr("Withings GUI setup (demo)") if ctx.config.demo
                            else self.tr("Withings GUI setup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.steps = StepList()
        self.setSideWidget(self.steps)
        # Sizes in text units, so they grow with the desktop's font (large text); the
        # minimum keeps every page's text whole (tests/wizard/test_look_on_screen.py).
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * MINIMUM_SIZE[0],
                            metrics.height() * MINIMUM_SIZE[1])
        default = QSize(metrics.averageCharWidth() * DEFAULT_SIZE[0],
                        metrics.height() * DEFAULT_SIZE[1])
        screen = self.screen().availableSize()  # a small laptop screen: fit it
        self.resize(default.boundedTo(screen * 0.9).expandedTo(self.minimumSize()))
        for index, page_id in enumerate(PAGES):
            self.setPage(index, PAGE_CLASSES[page_id](self))
        self.currentIdChanged.connect(self._entered)
        if reauthorize:
            flow.reauthorize(self.draft)
        self.resume()
        if self.draft.note:
            log.warning("%s", self.draft.note.english())
            page = self.currentPage()
            page.setSubTitle(f"{shown(self.draft.note)}\n\n{page.subTitle()}")

    def relaunch_in(self, language: str) -> None:
        """Close, to be opened again in ``language`` ("" the system's) by run_wizard."""
        self.relaunch_language = language
        self.reject()

    def page_for(self, page_id: str):
        return self.page(PAGES.index(page_id))

    def current_page_id(self) -> str:
        return PAGES[self.currentId()]

    def draft_context(self) -> AppContext:
        """The context with the draft's settings: a login uses the Withings app typed in
        this run, which is committed only at the end."""
        config = copy.deepcopy(self.ctx.config)
        self.draft.apply_to(config)
        return dataclasses.replace(self.ctx, config=config, _secrets=self.ctx.secrets)

    def committed(self, saved: SetupDraft) -> None:
        """A commit has moved the person's login to their profile: later commits (a rename)
        move it from there."""
        if saved.profile_slug and saved.login_profile == saved.profile_slug \
                and saved.withings_userid == self.draft.withings_userid:
            self.draft.login_profile = saved.login_profile

    def resume(self) -> None:
        """Open on the first page not done, walking the pages before it (filled from the
        draft) so Back leads to each of them."""
        walk = flow.history(self.draft)
        self.setStartId(PAGES.index(walk[0]))
        self.walking_past = set(walk[:-1])
        try:
            self.restart()
            for _ in walk[1:]:
                self.next()
        finally:
            self.walking_past = set()

    def _entered(self, _index: int) -> None:
        page = self.currentPage()
        if page is not None:
            page.entered()
            self.show_steps()

    def show_steps(self) -> None:
        """The step list for the route this setup takes, as far as it is known now."""
        route = flow.route(self.draft)
        current = self.current_page_id()
        at = route.index(current) if current in route else 0
        names = [QCoreApplication.translate(PAGE_CLASSES[page_id].__name__,
                                            PAGE_CLASSES[page_id].step_name)
                 for page_id in route]
        self.steps.show_steps(names, at,
                              {index for index, page_id in enumerate(route)
                               if page_id in self.draft.done and index != at})

    def done(self, result: int) -> None:
        if int(result) == QWizard.DialogCode.Accepted.value and not self.validateCurrentPage():
            return  # the finish page commits first, off the GUI thread, then accepts
        for page_id in PAGES:
            self.page_for(page_id).cancel_task()
        self.runner.wait_idle(5000)
        self.page_for("authorize").release_browser()
        super().done(result)


def _first_page_shown(wizard: SetupWizard) -> None:
    # The benchmark's marker; it also says whether QtWebEngine was (wrongly) loaded early.
    webengine = any(name.startswith("PySide6.QtWebEngine") for name in sys.modules)
    marker = f"first-page-shown page={wizard.current_page_id()} webengine={webengine}"
    print(marker, flush=True)
    wizard.reject()


def run_wizard(ctx: AppContext, reauthorize: bool = False) -> bool:
    """Show the wizard until it is closed; True when it was finished."""
    route_qt_messages()  # a wizard started from the menu has no stderr anyone reads
    if QApplication.instance() is None:
        # QtWebEngine (imported later, by the authorize page only) needs this set up front.
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("withings-gui")
    language: str | None = ctx.config.language
    while language is not None:
        translation.install(app, language)
        wizard = SetupWizard(ctx, reauthorize)
        if os.environ.get(FIRST_PAGE_ENV):
            QTimer.singleShot(0, lambda: _first_page_shown(wizard))
        wizard.show()
        app.exec()
        language = wizard.relaunch_language
    return wizard.result() == QWizard.DialogCode.Accepted
