"""The tray menu, rebuilt each time it opens with the current status on top."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from withings_gui.tray.status import TrayStatus


class TrayMenu(QMenu):
    """Every action lives here (GNOME-style hosts only offer the context menu)."""

    def __init__(self, status: Callable[[], TrayStatus], has_home_assistant: Callable[[], bool],
                 paused: Callable[[], bool], handlers: dict[str, Callable[[], None]]):
        super().__init__()
        self._status, self._has_ha, self._paused, self._handlers = \
            status, has_home_assistant, paused, handlers
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        status = self._status()
        line = self.addAction(status.menu_line())
        line.setEnabled(False)
        self.addSeparator()
        self._add("&Sync now", "sync")
        self._add("Open &Home Assistant", "open_ha").setEnabled(self._has_ha())
        self._add("&History…", "history")
        self.addSeparator()
        self._add("Se&ttings / Re-run setup…", "setup")
        self._add("&Re-authorize…", "reauthorize")
        pause = self._add("&Pause syncing", "pause")
        pause.setCheckable(True)
        pause.setChecked(self._paused())
        self._add("Show &log", "log")
        self.addSeparator()
        self._add("&Quit", "quit")

    def action(self, key: str) -> QAction:
        return next(a for a in self.actions() if a.data() == key)

    def _add(self, text: str, key: str) -> QAction:
        action = self.addAction(text)
        action.setData(key)
        action.triggered.connect(self._handlers[key])
        return action
