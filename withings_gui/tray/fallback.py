"""The small window shown instead of a tray icon when the desktop has no system tray."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from withings_gui.tray.icon import make_icon
from withings_gui.tray.status import TrayStatus

if TYPE_CHECKING:
    from withings_gui.tray.app import TrayApp

WIDTH = 280  # px: room for the buttons and a weighed-on line; longer texts wrap


class FallbackWindow(QWidget):
    """Shown when the desktop has no system tray, instead of exiting silently."""

    def __init__(self, app: TrayApp) -> None:
        super().__init__()
        self.setWindowTitle("Withings GUI")  # untranslated: the app's name
        translate = QCoreApplication.translate
        self.notice = QLabel(translate(
            "tray.fallback", "This desktop has no system tray, so Withings GUI runs in this "
            "small window instead. Closing it stops syncing."))
        self.notice.setWordWrap(True)
        self.icon = QLabel()
        self.label = QLabel()
        # A long error wraps: it would otherwise widen the window past the screen's edge.
        self.label.setWordWrap(True)
        self.setMinimumWidth(WIDTH)
        self.setMaximumWidth(WIDTH * 2)
        self._app = app
        sync, history, quit_ = (QPushButton(translate("tray.fallback", "&Sync now")),
                                QPushButton(translate("tray.fallback", "&History…")),
                                QPushButton(translate("tray.fallback", "&Quit")))
        sync.clicked.connect(lambda: app.scheduler.request_sync(manual=True))
        history.clicked.connect(app.show_history)
        quit_.clicked.connect(app.quit)
        # The tray's own menu, so every action is here too (setup, re-authorize, pause, log).
        self.menu_button = QPushButton(translate("tray.fallback", "&More…"))
        self.menu_button.setMenu(app.menu)
        layout = QVBoxLayout(self)
        for widget in (self.notice, self.icon, self.label, sync, history, self.menu_button,
                       quit_):
            layout.addWidget(widget)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The app outlives its last window (it is a tray app); here the window is the app.
        super().closeEvent(event)
        self._app.quit()

    def update_status(self, status: TrayStatus) -> None:
        icon = make_icon(status.weight, status.unit, status.state, status.trend_direction())
        self.icon.setPixmap(icon.pixmap(48, 48))
        self.label.setText(status.tooltip(QCoreApplication.translate))
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every text at the current width: a window does not grow by
        itself for wrapped text, which was cut off instead."""
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        if self.height() < need:
            self.resize(self.width(), need)
