"""One tray per config folder: a second launch asks the first to show itself.

The first holds an operating-system lock on a file (flock, or msvcrt.locking on Windows),
which the system drops when the process ends, crash or not. A later launch writes a request
file that the first one watches. A local socket did the same, but QtNetwork cost the tray
2 MB of memory; QLockFile did the same, but it fdatasync()s the lock file, which cost every
start 1 ms here and can cost far more on a busy disk at login.
"""

from __future__ import annotations

import errno
import logging
import os
import sys

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from withings_gui.core.paths import AppPaths

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

log = logging.getLogger(__name__)

# How a lock held by another process is refused: EWOULDBLOCK by flock, EACCES or EDEADLOCK
# by msvcrt.locking.
_HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}

# One launch may show up as several file changes (truncate, write): one activation for all.
COALESCE_MS = 100


class SingleInstance(QObject):
    """``claim()`` is True for the first process, which then calls ``listen()``; a later one
    gets False after asking the first to show itself, and should exit."""

    activated = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock_file = paths.lock_dir / "tray.lock"
        self._lock_fd: int | None = None  # open, and locked, for the tray's whole life
        self._requests = paths.lock_dir / "tray.show"
        self._watcher: QFileSystemWatcher | None = None
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self.activated)

    def claim(self) -> bool:
        try:
            fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            return self._unguarded(exc)
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in _HELD_ELSEWHERE:
                return self._unguarded(exc)
            self._ask_running_tray_to_show()
            return False
        # Not inherited by the sync children (os.open's default): they must not keep the
        # folder locked after the tray is gone.
        self._lock_fd = fd
        return True

    def _ask_running_tray_to_show(self) -> None:
        try:
            self._requests.write_text("show\n", encoding="utf-8")
        except OSError as exc:  # the running tray goes on; this launch just cannot ping it
            log.warning("could not ask the running tray to show itself: %s", exc)

    def _unguarded(self, exc: OSError) -> bool:
        # No other tray holds it: the lock cannot be taken at all. Saying "already running"
        # would be wrong, so run, unguarded.
        log.warning("cannot lock %s (%s); not checking for another tray", self._lock_file, exc)
        return True

    def listen(self) -> None:
        """Watch for later launches (the tray that claimed)."""
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
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing drops the lock
            self._lock_fd = None

    def _on_request(self, path: str) -> None:
        # A file replaced rather than rewritten drops out of the watch: take it back.
        if path not in self._watcher.files() and self._requests.exists():
            self._watcher.addPath(path)
        self._coalesce.start()
