"""The tray menu, rebuilt each time it opens with the current status on top."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from withings_gui.core.plain_text import MESSAGE_CHARS, plain_text
from withings_gui.gui.translation import shown
from withings_gui.tray.status import TrayStatus
from withings_gui.tray.sync_mode import SyncMode


class TrayMenu(QMenu):
    """Every action lives here (GNOME-style hosts only offer the context menu)."""

    def __init__(self, status: Callable[[], TrayStatus], has_home_assistant: Callable[[], bool],
                 paused: Callable[[], bool], handlers: dict[str, Callable[[], None]],
                 profiles: Callable[[], list[str]] = list,
                 explain_missing: Callable[[str], None] | None = None,
                 mode: Callable[[], SyncMode] | None = None):
        """``profiles`` and ``explain_missing``: a "Why is a measure missing?" entry for
        each profile, which calls ``explain_missing(slug)``. ``mode``: how new data is
        learnt of, shown under the status (two lines: which, and why)."""
        super().__init__()
        self._status, self._has_ha, self._paused, self._handlers = \
            status, has_home_assistant, paused, handlers
        self._profiles, self._explain_missing, self._mode = profiles, explain_missing, mode
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        status = self._status()
        translate = QCoreApplication.translate
        line = self.addAction(status.menu_line(translate))
        line.setEnabled(False)
        if self._mode is not None:
            mode = self._mode()
            for text, key in ((mode.headline, "mode"), (mode.why, "mode_why")):
                # A reason may quote a server: one capped line, and no mnemonic from an '&'.
                words = plain_text(shown(text), limit=MESSAGE_CHARS)
                entry = self.addAction(words.replace("&", "&&"))
                entry.setData(key)
                entry.setEnabled(False)
        self.addSeparator()
        self._add(translate("tray.menu", "&Sync now"), "sync")
        self._add(translate("tray.menu", "Open &Home Assistant"),
                  "open_ha").setEnabled(self._has_ha())
        self._add(translate("tray.menu", "&History…"), "history")
        self._add(translate("tray.menu", "&Devices…"), "devices")
        self._add_missing_entries()
        self.addSeparator()
        self._add(translate("tray.menu", "Se&ttings / Re-run setup…"), "setup")
        self._add(translate("tray.menu", "&Re-authorize…"), "reauthorize")
        pause = self._add(translate("tray.menu", "&Pause syncing"), "pause")
        pause.setCheckable(True)
        pause.setChecked(self._paused())
        self._add(translate("tray.menu", "Show &log"), "log")
        self.addSeparator()
        self._add(translate("tray.menu", "&Quit"), "quit")

    def _add_missing_entries(self) -> None:
        if self._explain_missing is None:
            return
        slugs = self._profiles()
        for slug in slugs:
            text = QCoreApplication.translate("tray.menu", "Why is a measure &missing?…") \
                if len(slugs) == 1 else QCoreApplication.translate(
                    "tray.menu", "Why is a measure missing? ({profile})…").format(profile=slug)
            action = self.addAction(text)
            action.setData(f"missing:{slug}")
            action.triggered.connect(lambda _=False, slug=slug: self._explain_missing(slug))

    def action(self, key: str) -> QAction:
        return next(a for a in self.actions() if a.data() == key)

    def _add(self, text: str, key: str) -> QAction:
        action = self.addAction(text)
        action.setData(key)
        action.triggered.connect(self._handlers[key])
        return action
