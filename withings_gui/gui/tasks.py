"""How GUI code runs short blocking calls: a thread pool whose results come back as signals.

Short: an HA check, a desktop notification, a history query. A sync pass runs in a child
process instead (gui/sync_process.py), so the pool's two threads are never held by one.

The worker never touches widgets. Its result (or exception) travels through a queued
connection to a slot of the Task, which lives on the GUI thread, and only there are the
public signals emitted: receivers run on the GUI thread whatever they are (a widget's slot
or a plain function).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Task(QObject):
    """One piece of background work; connect to ``finished``/``failed`` before it starts."""

    finished = Signal(object)
    failed = Signal(object)  # the exception
    _outcome = Signal(object, bool)  # emitted on the worker thread: (value, succeeded)

    def __init__(self, fn: Callable[[threading.Event], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self.cancel_event = threading.Event()
        self.running = False
        # Emitted on a pool thread, so Qt queues the call into this object's (the GUI)
        # thread. Not spelled out as QueuedConnection: PySide6's Qt namespace, built on first
        # use, costs the tray ~20 ms of start-up and 1.4 MB.
        self._outcome.connect(self._deliver)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; its result is then ignored."""
        self.cancel_event.set()

    def _run(self) -> None:
        try:
            result = self._fn(self.cancel_event)
        except BaseException as exc:  # delivered to the GUI, which decides what to show
            log.debug("background task failed", exc_info=True)
            self._outcome.emit(exc, False)
        else:
            self._outcome.emit(result, True)

    @Slot(object, bool)
    def _deliver(self, value, succeeded: bool) -> None:
        self.running = False
        if not self.cancel_event.is_set():
            (self.finished if succeeded else self.failed).emit(value)
        # Delivered, so done: freed here rather than by each caller (the tray starts one
        # task per sync and per notice, for months).
        self.deleteLater()


class TaskRunner(QObject):
    """Starts tasks on a private pool; ``wait_idle`` lets shutdown finish running work."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)

    def start(self, fn: Callable[[threading.Event], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None], parent: QObject | None = None) -> Task:
        """Run ``fn(cancel_event)`` in the background; ``on_done``/``on_error`` on the GUI thread.

        Pass slots of QObjects living on the GUI thread (bound methods of widgets), so the
        calls are queued to it.
        """
        task = Task(fn, parent or self)
        task.finished.connect(on_done)
        task.failed.connect(on_error)
        task.running = True
        # A callable, not a QRunnable subclass: PySide keeps every Python QRunnable it was
        # given alive (about 2 KB per task), which a tray syncing for weeks cannot afford.
        self._pool.start(task._run)
        return task

    def wait_idle(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)
