"""``withings-gui tray``: the tray icon, its menu, the scheduler and the windows it opens."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QApplication, QLabel, QPushButton, QSystemTrayIcon, QVBoxLayout,
                               QWidget)

from withings_gui.core.context import AppContext
from withings_gui.core.sync import SyncEngine, SyncState
from withings_gui.gui.tasks import TaskRunner
from withings_gui.tray.history import HistoryWindow
from withings_gui.tray.icon import TrayState, make_icon
from withings_gui.tray.menu import TrayMenu
from withings_gui.tray.notify import notices_for
from withings_gui.tray.scheduler import SyncScheduler
from withings_gui.tray.single_instance import SingleInstance
from withings_gui.tray.status import TrayStatus, derive_status

log = logging.getLogger(__name__)

# For tests and benchmarks: exit after the first sync (printing a marker line).
EXIT_AFTER_SYNC_ENV = "WITHINGS_GUI_EXIT_AFTER_FIRST_SYNC"


class TrayApp(QObject):
    def __init__(self, ctx: AppContext, tray_available: bool | None = None):
        super().__init__()
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.results = None
        self.last_success: float | None = None
        self.status = derive_status(ctx.config, None, False, ctx.config.paused, None)
        self.scheduler = SyncScheduler(SyncEngine(ctx),
                                       lambda: ctx.config.interval_minutes * 60, self.runner,
                                       parent=self)
        self.scheduler.set_paused(ctx.config.paused)
        self.scheduler.started.connect(self._on_started)
        self.scheduler.finished.connect(self._on_finished)
        self.scheduler.failed.connect(self._on_failed)
        self.menu = TrayMenu(lambda: self.status, lambda: bool(ctx.config.ha_url),
                             lambda: self.scheduler.paused, {
                                 "sync": lambda: self.scheduler.request_sync(manual=True),
                                 "open_ha": self.open_home_assistant, "history": self.show_history,
                                 "setup": lambda: self.launch_setup(False),
                                 "reauthorize": lambda: self.launch_setup(True),
                                 "pause": self.toggle_pause, "log": self.show_log,
                                 "quit": self.quit})
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None \
            else tray_available
        self.tray = QSystemTrayIcon(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self.fallback: FallbackWindow | None = None if available else FallbackWindow(self)
        self.history: HistoryWindow | None = None
        self._dark = _dark_panel()
        self.refresh()

    def start(self) -> None:
        if self.fallback is not None:
            self.fallback.show()
        else:
            self.tray.show()
        self.scheduler.start()

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> TrayStatus:
        """Re-derive the status and redraw; returns the status it replaced."""
        previous = self.status
        self.status = derive_status(self.ctx.config, self.results, self.scheduler.running,
                                    self.scheduler.paused, self.last_success)
        self.tray.setIcon(make_icon(self.status.weight, self.status.unit, self.status.state,
                                    self._dark))
        self.tray.setToolTip(self.status.tooltip())
        if self.fallback is not None:
            self.fallback.update_status(self.status)
        return previous

    @Slot(bool)
    def _on_started(self, manual: bool) -> None:
        self.refresh()

    @Slot(object, bool)
    def _on_finished(self, results, manual: bool) -> None:
        previous_results = self.results
        self.results = results
        if any(r.state is SyncState.OK for r in results):
            self.last_success = time.time()
        previous = self.refresh()
        for notice in notices_for(previous if previous_results else None, self.status,
                                  self.ctx.config.notify_new_weigh_in):
            self.notify(notice.title, notice.text, notice.critical)
        if manual and self.status.state in (TrayState.ERROR, TrayState.NEEDS_REAUTH):
            self.notify("Sync did not complete", self.status.message, True)
        if os.environ.get(EXIT_AFTER_SYNC_ENV):
            print("first-sync-done", sorted(m for m in sys.modules if "WebEngine" in m),
                  flush=True)
            self.quit()

    @Slot(object, bool)
    def _on_failed(self, exc: BaseException, manual: bool) -> None:
        log.error("sync crashed: %s", exc, exc_info=exc)
        self.refresh()
        self.status = TrayStatus(TrayState.ERROR, self.status.weight, self.status.unit,
                                 self.status.weighed_at, self.last_success, str(exc))
        self.tray.setIcon(make_icon(self.status.weight, self.status.unit, TrayState.ERROR,
                                    self._dark))
        if manual:
            self.notify("Sync failed", str(exc), True)

    def notify(self, title: str, text: str, critical: bool = False) -> None:
        log.info("notification: %s — %s", title, text)
        icon = QSystemTrayIcon.MessageIcon.Warning if critical else \
            QSystemTrayIcon.MessageIcon.Information
        if self.fallback is None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, icon, 10_000)

    # -- actions -------------------------------------------------------------------------

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_history()

    def open_home_assistant(self) -> None:
        if self.ctx.config.ha_url:
            QDesktopServices.openUrl(QUrl(self.ctx.config.ha_url))

    def show_history(self) -> None:
        profile = next(iter(self.ctx.config.profiles.values()), None)
        if profile is None:
            return
        if self.history is None:
            self.history = HistoryWindow(self.ctx.store, profile.slug, profile.display_unit,
                                         self.runner)
        self.history.show()
        self.history.raise_()
        self.history.activateWindow()

    def launch_setup(self, reauthorize: bool) -> None:
        # A separate process: the wizard needs QtWebEngine, which the tray never loads.
        args = [sys.executable, "-m", "withings_gui", "setup", "--config-dir",
                str(self.ctx.paths.root)]
        if reauthorize:
            args.append("--reauthorize")
        subprocess.Popen(args, start_new_session=True)

    def toggle_pause(self) -> None:
        paused = not self.scheduler.paused
        self.scheduler.set_paused(paused)
        self.ctx.config.paused = paused
        if not self.ctx.config.demo:
            self.ctx.save_config()
        self.refresh()

    def show_log(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.log_file)))

    def quit(self) -> None:
        self.scheduler.stop()
        self.tray.hide()
        QApplication.quit()


class FallbackWindow(QWidget):
    """Shown when the desktop has no system tray, instead of exiting silently."""

    def __init__(self, app: TrayApp):
        super().__init__()
        self.setWindowTitle("Withings GUI")
        self.notice = QLabel("This desktop has no system tray, so Withings GUI runs in this "
                             "small window instead. Closing it stops syncing.")
        self.notice.setWordWrap(True)
        self.icon = QLabel()
        self.label = QLabel()
        sync, history, quit_ = (QPushButton("&Sync now"), QPushButton("&History…"),
                                QPushButton("&Quit"))
        sync.clicked.connect(lambda: app.scheduler.request_sync(manual=True))
        history.clicked.connect(app.show_history)
        quit_.clicked.connect(app.quit)
        layout = QVBoxLayout(self)
        for widget in (self.notice, self.icon, self.label, sync, history, quit_):
            layout.addWidget(widget)

    def update_status(self, status: TrayStatus) -> None:
        self.icon.setPixmap(make_icon(status.weight, status.unit, status.state).pixmap(48, 48))
        self.label.setText(status.tooltip())


def _dark_panel() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        from PySide6.QtCore import Qt

        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:
        return False


def run_tray_app(ctx: AppContext) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("withings-gui")
    app.setQuitOnLastWindowClosed(False)
    instance = SingleInstance(ctx.paths)
    if not instance.claim():
        print("withings-gui is already running in the tray; its menu has everything.",
              file=sys.stderr)
        return 0
    tray = TrayApp(ctx)
    instance.activated.connect(lambda: tray.tray.showMessage(
        "Withings GUI", tray.status.tooltip()) if tray.fallback is None else tray.fallback.raise_())
    tray.start()
    code = app.exec()
    tray.runner.wait_idle()
    return code
