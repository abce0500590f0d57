"""Hooks for tests and benchmarks, switched on by environment variables and off by default.

``WITHINGS_GUI_EXIT_AFTER_FIRST_SYNC=1``: print ``first-sync-done [WebEngine modules]`` after
the first sync and quit (the test that the tray never loads QtWebEngine).
``WITHINGS_GUI_EXIT_WHEN_ICON_VISIBLE=1``: print ``icon-visible`` once the tray host has
placed the icon (it has a geometry) and quit (the start-up benchmark).
"""

from __future__ import annotations

import os
import sys
from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

EXIT_AFTER_SYNC_ENV = "WITHINGS_GUI_EXIT_AFTER_FIRST_SYNC"
EXIT_WHEN_ICON_VISIBLE_ENV = "WITHINGS_GUI_EXIT_WHEN_ICON_VISIBLE"


def exit_after_first_sync() -> bool:
    return bool(os.environ.get(EXIT_AFTER_SYNC_ENV))


def report_first_sync() -> None:
    print("first-sync-done", sorted(m for m in sys.modules if "WebEngine" in m), flush=True)


def watch_icon_visible(tray: QSystemTrayIcon, parent: QObject,
                       on_visible: Callable[[], None]) -> QTimer | None:
    """When asked by the environment, poll until the icon is embedded, then report and quit."""
    if not os.environ.get(EXIT_WHEN_ICON_VISIBLE_ENV):
        return None
    timer = QTimer(parent)
    timer.setInterval(2)

    def check() -> None:
        geometry = tray.geometry()
        if tray.isVisible() and geometry.width() > 0 and geometry.height() > 0:
            timer.stop()
            print("icon-visible", flush=True)
            on_visible()

    timer.timeout.connect(check)
    timer.start()
    return timer
