"""One scheduler: sync at start, every interval, on demand; coalesced; catches up after sleep."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from withings_gui.core.sync import SyncEngine
from withings_gui.gui.tasks import TaskRunner

TICK_MS = 30_000


class SyncScheduler(QObject):
    started = Signal(bool)            # manual?
    finished = Signal(object, bool)   # list[SyncResult], manual?
    failed = Signal(object, bool)     # exception, manual?

    def __init__(self, engine: SyncEngine, interval_s: Callable[[], float], runner: TaskRunner,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._interval_s = interval_s
        self._runner = runner
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.running = False
        self.paused = False
        self._rerun_manual: bool | None = None
        self._manual = False
        self.next_due = 0.0
        self._last_tick = clock()

    def start(self) -> None:
        self._timer.start()
        self.request_sync(manual=False)

    def stop(self) -> None:
        self._timer.stop()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused

    @Slot()
    def tick(self) -> None:
        now = self._clock()
        # A gap much longer than the tick means the machine slept: catch up at once.
        slept = now - self._last_tick > 3 * TICK_MS / 1000
        self._last_tick = now
        if not self.paused and (now >= self.next_due or slept):
            self.request_sync(manual=False)

    def request_sync(self, manual: bool = True) -> None:
        """Start a sync, or remember one re-run if a sync is already going (coalescing)."""
        if self.running:
            self._rerun_manual = bool(self._rerun_manual) or manual
            return
        if self.paused and not manual:
            return
        self.running = True
        self._manual = manual
        self.next_due = self._clock() + self._interval_s()
        self.started.emit(manual)
        full = manual
        self._runner.start(lambda cancel: self._engine.run_once(full=full, cancel=cancel),
                           self._on_done, self._on_error)

    @Slot(object)
    def _on_done(self, results) -> None:
        self.running = False
        self.finished.emit(results, self._manual)
        self._maybe_rerun()

    @Slot(object)
    def _on_error(self, exc) -> None:
        self.running = False
        self.failed.emit(exc, self._manual)
        self._maybe_rerun()

    def _maybe_rerun(self) -> None:
        if self._rerun_manual is not None:
            manual, self._rerun_manual = self._rerun_manual, None
            self.request_sync(manual)
