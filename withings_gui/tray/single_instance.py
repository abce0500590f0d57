"""One tray per config folder; other processes reach it through a request file.

The first holds an operating-system lock on a file (flock, or msvcrt.locking on Windows),
which the system drops when the process ends, crash or not. Other processes append commands
to a request file that the first one watches, one per line (core/tray_requests.py): ``show``
from a later launch, ``reload`` after settings were saved, ``sync-now``. A local socket did
the same, but QtNetwork cost the tray 2 MB of memory; QLockFile did the same, but it
fdatasync()s the lock file, which cost every start 1 ms here and can cost far more on a busy
disk at login.
"""

from __future__ import annotations

import errno
import logging
import os
import sys

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from withings_gui.core.paths import AppPaths
from withings_gui.core.tray_requests import ask_running_tray, requests_file

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

# Requests arriving close together (several file changes) are read, and each command acted
# on, once.
COALESCE_MS = 100
# More unread requests than this are not ours (nobody asks that often): skipped, not read.
MAX_PENDING_BYTES = 64 * 1024


class SingleInstance(QObject):
    """``claim()`` is True for the first process, which then calls ``listen()``; a later one
    gets False after asking the first to show itself, and should exit."""

    activated = Signal()          # show yourself (a later launch)
    reload_requested = Signal()   # the settings on disk changed
    sync_requested = Signal()     # sync now

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock_file = paths.lock_dir / "tray.lock"
        self._lock_fd: int | None = None  # open, and locked, for the tray's whole life
        self._requests = requests_file(paths)
        self._read_up_to = 0  # the file is only appended to while we run: read on from here
        self._watcher: QFileSystemWatcher | None = None
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._read_requests)
        self._signals = {"show": self.activated, "reload": self.reload_requested,
                         "sync-now": self.sync_requested}

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
            ask_running_tray(self._paths, "show")
            return False
        # Not inherited by the sync children (os.open's default): they must not keep the
        # folder locked after the tray is gone.
        self._lock_fd = fd
        # Requests left from before this tray (none was running to read them) are stale.
        try:
            os.close(os.open(self._requests, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        except OSError as exc:
            log.warning("could not clear old requests to the tray: %s", exc)
        return True

    def _unguarded(self, exc: OSError) -> bool:
        # No other tray holds it: the lock cannot be taken at all. Saying "already running"
        # would be wrong, so run, unguarded.
        log.warning("cannot lock %s (%s); not checking for another tray", self._lock_file, exc)
        return True

    def listen(self) -> None:
        """Watch for requests from other processes (the tray that claimed)."""
        try:
            self._requests.touch()
        except OSError as exc:
            log.warning("later launches cannot reach this tray: %s", exc)
            return
        self._watcher = QFileSystemWatcher([str(self._requests)], self)
        self._watcher.fileChanged.connect(self._on_request)
        self._coalesce.start()  # what came between claim() and now

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

    def _read_requests(self) -> None:
        """Act on each command that came since the last read, once, in the order they came."""
        for command in dict.fromkeys(self._new_lines()):
            signal = self._signals.get(command)
            if signal is None:
                log.warning("ignoring an unknown request to the tray: %.40r", command)
            else:
                signal.emit()

    def _new_lines(self) -> list[str]:
        """The whole lines appended since the last read (a line still being written waits)."""
        try:
            with open(self._requests, "rb") as requests:
                size = os.fstat(requests.fileno()).st_size
                if size < self._read_up_to:  # emptied or replaced (an older app's launch)
                    self._read_up_to = 0
                if size - self._read_up_to > MAX_PENDING_BYTES:
                    log.warning("skipping %d bytes of requests to the tray: too many to be "
                                "ours", size - self._read_up_to)
                    self._read_up_to = size
                    return []
                requests.seek(self._read_up_to)
                pending = requests.read(size - self._read_up_to)
        except OSError as exc:
            log.warning("could not read the requests to the tray: %s", exc)
            return []
        complete = pending[:pending.rfind(b"\n") + 1]
        self._read_up_to += len(complete)
        return [line.strip() for line in complete.decode("utf-8", "replace").splitlines()
                if line.strip()]
