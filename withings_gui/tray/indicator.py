"""The icon in the panel: drawn from a TrayStatus, redrawn only when what it shows changes."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QSystemTrayIcon

from withings_gui.core.units import mass_text
from withings_gui.tray.icon import make_icon
from withings_gui.tray.status import TrayStatus

PIXMAP_CACHE_KB = 64
# Qt has no signal for "the tray host has embedded the icon", so it is polled. Hosts that
# show icons over D-Bus (KDE, GNOME's extensions) report no geometry at all: after this long
# the icon counts as placed anyway.
PLACEMENT_POLL_MS = 2
PLACEMENT_WAIT_S = 0.25


class TrayIndicator(QSystemTrayIcon):
    # Once, after watch_placement(): True when the host gave the icon its place on screen,
    # False when it reported none within PLACEMENT_WAIT_S.
    placed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Every icon set stays in Qt's pixmap cache (10 MB by default), so a tray redrawing
        # the weight for weeks grew by ~2.5 KB a setIcon; it needs only the current icon.
        # Measured on a shown XEmbed tray: the resident memory levels off 1.7 MB up with a
        # 512 KB cache, 0.5 MB up with 64 KB (a few icons at 22 and 44 px).
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self._drawn: tuple | None = None
        self._placement: QTimer | None = None
        self._placement_deadline = 0.0

    def show_status(self, status: TrayStatus) -> None:
        # Redraw only on change: every sync refreshes, and tray hosts repaint on each setIcon.
        # What the icon shows of the weight: to 0.1 kg or lb, whole pounds in stones.
        drawn = (None if status.weight is None else mass_text(status.weight, status.unit),
                 status.unit, status.state, status.trend_direction())
        if drawn != self._drawn:
            self._drawn = drawn
            self.setIcon(make_icon(status.weight, status.unit, status.state,
                                   status.trend_direction()))
        self.setToolTip(status.tooltip(QCoreApplication.translate))

    def watch_placement(self) -> None:
        """Emit ``placed`` once the shown icon is on screen (or the host will not say)."""
        self._placement_deadline = time.monotonic() + PLACEMENT_WAIT_S
        self._placement = QTimer(self)
        self._placement.setInterval(PLACEMENT_POLL_MS)
        self._placement.timeout.connect(self._check_placement)
        self._placement.start()

    def _check_placement(self) -> None:
        geometry = self.geometry()
        on_screen = self.isVisible() and geometry.width() > 0 and geometry.height() > 0
        if on_screen or time.monotonic() >= self._placement_deadline:
            self._placement.stop()
            self._placement.deleteLater()
            self._placement = None
            self.placed.emit(on_screen)
