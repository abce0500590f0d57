"""The setup wizard window and ``run_wizard``, the entry point of ``withings-gui setup``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from withings_gui.core.context import AppContext
from withings_gui.core.relaunch import app_command
from withings_gui.gui.tasks import TaskRunner
from withings_gui.wizard.flow import PAGES, clear_progress, load_progress, save_progress
from withings_gui.wizard.page_authorize import AuthorizePage
from withings_gui.wizard.page_callback import CallbackPage
from withings_gui.wizard.page_credentials import CredentialsPage
from withings_gui.wizard.page_finish import FinishPage
from withings_gui.wizard.page_hass import HassPage
from withings_gui.wizard.page_path import PathPage
from withings_gui.wizard.page_portal import PortalPage
from withings_gui.wizard.page_profile import ProfilePage

if TYPE_CHECKING:
    from withings_gui.core.hass.client import HassInfo

log = logging.getLogger(__name__)

# For tests and benchmarks: print a marker when the first page is on screen, then quit.
FIRST_PAGE_ENV = "WITHINGS_GUI_EXIT_AFTER_FIRST_PAGE"


class SetupWizard(QWizard):
    def __init__(self, ctx: AppContext, reauthorize: bool = False,
                 network_check_options: dict | None = None):
        super().__init__()
        self.ctx = ctx
        # Tests point the callback checks at a local TLS server (resolver, CA, port).
        self.network_check_options = network_check_options or {}
        self.runner = TaskRunner(self)
        self.progress = load_progress(ctx.paths.wizard_state_file)
        self.hass_info: HassInfo | None = None
        self.current_profile = next(iter(ctx.config.profiles), "")
        self.setWindowTitle("Withings GUI setup" + (" (demo)" if ctx.config.demo else ""))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(860, 720)
        for page_class in (PathPage, HassPage, CallbackPage, PortalPage, CredentialsPage,
                           AuthorizePage, ProfilePage, FinishPage):
            self.setPage(PAGES.index(page_class.page_id), page_class(self))
        if reauthorize:
            self.progress.restart_person()
            self.progress.done = list(PAGES[:PAGES.index("authorize")])
        self.setStartId(PAGES.index(self.progress.resume_page()))
        if self.progress.note:
            log.warning("%s", self.progress.note)
            first = self.page_for(self.progress.resume_page())
            first.setSubTitle(f"{self.progress.note}\n\n{first.subTitle()}")

    def page_for(self, page_id: str):
        return self.page(PAGES.index(page_id))

    def save_progress(self) -> None:
        save_progress(self.ctx.paths.wizard_state_file, self.progress)

    def save_config(self) -> None:
        self.ctx.save_config()

    def add_another_person(self) -> None:
        self.page_for("finish").apply_options()
        self.progress.restart_person()
        self.save_progress()
        self.setStartId(PAGES.index("authorize"))
        self.restart()

    def accept(self) -> None:
        super().accept()  # validates the last page first, which saves progress once more
        clear_progress(self.ctx.paths.wizard_state_file)

    def done(self, result: int) -> None:
        for page_id in PAGES:
            self.page_for(page_id).cancel_task()
        self.runner.wait_idle(5000)
        self.page_for("authorize").release_browser()
        super().done(result)


def _first_page_shown(wizard: SetupWizard) -> None:
    # The benchmark's marker; it also says whether QtWebEngine was (wrongly) loaded early.
    webengine = any(name.startswith("PySide6.QtWebEngine") for name in sys.modules)
    print(f"first-page-shown page={PAGES[wizard.currentId()]} webengine={webengine}", flush=True)
    wizard.reject()


def run_wizard(ctx: AppContext, start_tray_after: bool = True, reauthorize: bool = False) -> bool:
    if QApplication.instance() is None:
        # QtWebEngine (imported later, by the authorize page only) needs this set up front.
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("withings-gui")
    wizard = SetupWizard(ctx, reauthorize)
    if os.environ.get(FIRST_PAGE_ENV):
        QTimer.singleShot(0, lambda: _first_page_shown(wizard))
    wizard.show()
    app.exec()
    finished = wizard.result() == QWizard.DialogCode.Accepted
    if finished and start_tray_after:
        if ctx.config.demo:
            # The simulated cloud lives in this process; keep the demo in it.
            from withings_gui.tray.launch import run_tray_app

            run_tray_app(ctx)
        else:
            # A fresh process: the tray must not carry this process's QtWebEngine.
            subprocess.Popen(app_command("tray", "--config-dir", str(ctx.paths.root)),
                             start_new_session=True)
    return finished
