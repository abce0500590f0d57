"""One scheduler: sync at start, every interval, on demand, on Withings' notification;
coalesced; catches up after sleep."""

from __future__ import annotations

import time
from typing import Callable, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot

TICK_MS = 30_000
# A tick arriving this much later than expected means the machine slept (or the clock jumped).
SLEEP_GAP_S = 3 * TICK_MS / 1000
# A tick "earlier" than the last one by more than this: the clock was set back.
SET_BACK_S = TICK_MS / 1000


class SyncPass(Protocol):
    """What the scheduler drives: a SyncProcess (gui/sync_process.py) in the tray.

    ``start`` ends in ``finished(results)`` or ``failed(error)``, except after ``cancel``.
    ``notified``: only the streams of these notification categories, of ``profile``;
    ``push``: Withings notifies us, so a scheduled pass reads slow streams less often.
    """

    finished: SignalInstance
    failed: SignalInstance

    def start(self, full: bool, profile: str | None = None,
              notified: tuple[int, ...] = (), push: bool = False) -> None: ...

    def cancel(self) -> None: ...


class SyncScheduler(QObject):
    started = Signal(bool)            # manual?
    finished = Signal(object, bool)   # list[SyncResult], manual?
    failed = Signal(object, bool)     # exception, manual?
    ticked = Signal()                 # every tick: lets the tray notice staleness

    def __init__(self, sync_pass: SyncPass, interval_s: Callable[[], float],
                 clock: Callable[[], float] = time.time, parent: QObject | None = None,
                 push_live: Callable[[], bool] = lambda: False):
        """``interval_s`` and ``push_live`` are asked at each pass: whether Withings'
        notifications arrive changes both (tray/sync_mode.py)."""
        super().__init__(parent)
        self._push_live = push_live
        self.sync_pass = sync_pass
        sync_pass.finished.connect(self._on_done)
        sync_pass.failed.connect(self._on_error)
        self._interval_s = interval_s
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.running = False
        self.paused = False
        self._rerun_manual: bool | None = None
        # Notifications that came during a pass: profile → categories, one pass each after.
        self._notified: dict[str, set[int]] = {}
        self._manual = False
        self.next_due = 0.0
        self._last_tick = clock()

    def start(self) -> None:
        self._last_tick = self._clock()
        self._timer.start()
        self.request_sync(manual=False)

    def stop(self) -> None:
        self._timer.stop()
        self._rerun_manual = None
        self._notified.clear()
        if self.running:
            self.sync_pass.cancel()  # returns once the pass has ended, reporting nothing
            self.running = False

    def set_paused(self, paused: bool) -> None:
        self.paused = paused

    @Slot()
    def tick(self) -> None:
        now = self._clock()
        since_last = now - self._last_tick
        # Slept, or the clock was moved either way: the data may be old, sync once now.
        jumped = since_last > SLEEP_GAP_S or since_last < -SET_BACK_S
        self._last_tick = now
        # Never due more than one interval ahead: due times set before the clock was moved
        # back a year would otherwise hold every sync off for that year.
        self.next_due = min(self.next_due, now + self._interval_s())
        if not self.paused and (now >= self.next_due or jumped):
            self.request_sync(manual=False)
        self.ticked.emit()

    def request_sync(self, manual: bool = True) -> None:
        """Start a sync, or remember one re-run if a sync is already going (coalescing)."""
        if self.running:
            self._rerun_manual = bool(self._rerun_manual) or manual
            return
        if self.paused and not manual:
            return
        self.running = True
        self._manual = manual
        if manual:
            self._notified.clear()  # a full pass, begun after they came, reads it all
        self.next_due = self._clock() + self._interval_s()
        self.started.emit(manual)
        # "Sync now" fetches every stream; background passes follow the engine's cadence.
        self.sync_pass.start(full=manual, push=not manual and self._push_live())

    def request_notified(self, profile: str, appli: int) -> None:
        """Withings says ``profile`` has new data of category ``appli``: a pass reading just
        that, now or right after the running one (which may have read before the data came).
        Notifications meanwhile add up into one pass per profile. Not while paused."""
        if self.paused:
            return
        self._notified.setdefault(profile, set()).add(appli)
        if not self.running:
            self._start_notified()

    def _start_notified(self) -> None:
        profile = next(iter(self._notified))
        applis = tuple(sorted(self._notified.pop(profile)))
        self.running = True
        self._manual = False
        self.started.emit(False)
        # The timer's schedule stays: this is no safety pass.
        self.sync_pass.start(False, profile, applis)

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
        elif self._notified and not self.paused:
            self._start_notified()
