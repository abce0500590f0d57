"""One tray per config folder: a second launch asks the first to show itself.

QtCore only: a lock file says who is first, and a later launch writes a request file that the
first one watches. A local socket did the same, but QtNetwork cost the tray 2 MB of memory.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

from withings_gui.core.paths import AppPaths

log = logging.getLogger(__name__)

# One launch may show up as several file changes (truncate, write): one activation for all.
COALESCE_MS = 100


class SingleInstance(QObject):
    """``claim()`` is True for the first process, which then calls ``listen()``; a later one
    gets False after asking the first to show itself, and should exit."""

    activated = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QLockFile(str(paths.lock_dir / "tray.lock"))
        # Held for the tray's whole life: stale only when its process is gone (a crash),
        # never because it is old.
        self._lock.setStaleLockTime(0)
        self._requests = paths.lock_dir / "tray.show"
        self._watcher: QFileSystemWatcher | None = None
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.activated)

    def claim(self) -> bool:
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # No other tray holds it: the lock cannot be written at all. Saying "already
            # running" would be wrong, so run, unguarded.
            log.warning("cannot create %s (%s); not checking for another tray",
                        self._lock.fileName(), self._lock.error().name)
            return True
        try:
            self._requests.write_text("show\n", encoding="utf-8")
        except OSError as exc:  # the running tray goes on; this launch just cannot ping it
            log.warning("could not ask the running tray to show itself: %s", exc)
        return False

    def listen(self) -> None:
        """Watch for later launches; the tray that claimed calls this before it shows."""
        try:
            self._requests.touch()
        except OSError as exc:
            log.warning("later launches cannot reach this tray: %s", exc)
            return
        self._watcher = QFileSystemWatcher([str(self._requests)], self)
        self._watcher.fileChanged.connect(self._on_request)

    def release(self) -> None:
        if self._watcher is not None and self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._lock.unlock()

    def _on_request(self, path: str) -> None:
        # A file replaced rather than rewritten drops out of the watch: take it back.
        if path not in self._watcher.files() and self._requests.exists():
            self._watcher.addPath(path)
        self._coalesce.start()
