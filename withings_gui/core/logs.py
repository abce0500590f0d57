"""One logging setup for CLI, wizard and tray: a rotating file in the config folder + stderr.

Uncaught exceptions go there too (a tray started at login has no stderr anyone reads), through
the same redacting filter; the GUI processes add Qt's own messages (gui/qt_messages.py).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from withings_gui.core.paths import (LOG_FILES, PRIVATE_FILE_MODE, AppPaths, PathsError,
                                     make_private_dir)
from withings_gui.core.redact import RedactingFilter

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
OLD_LOGS_KEPT = 3


class RotatingLogFile(logging.FileHandler):
    """Appends to ``path`` until the next record would take it past ``max_bytes``; then the
    file becomes ``path.1`` (``.1`` becomes ``.2``, and so on; the oldest beyond ``backups``
    is dropped) and a new one starts.

    This is what logging.handlers.RotatingFileHandler does. That module also imports socket,
    pickle and queue for its other handlers, which cost every start of the app ~6 ms
    (measured); the tray's start-up is benchmarked against a bare tray (docs/BENCHMARKS.md)."""

    def __init__(self, path: Path, max_bytes: int = MAX_LOG_BYTES,
                 backups: int = OLD_LOGS_KEPT) -> None:
        if max_bytes <= 0 or backups <= 0:
            raise ValueError("a rotating log needs a size limit and at least one old file")
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups
        self._failed = False

    def _open(self):
        # 0600 whatever the umask: the log names profiles, hosts and times of weigh-ins.
        return open(self.baseFilename, self.mode, encoding=self.encoding,
                    opener=lambda path, flags: os.open(path, flags, PRIVATE_FILE_MODE))

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk or a file gone read-only: one line, once, instead of a traceback per
        # record; the app goes on without its log file.
        if not self._failed:
            self._failed = True
            error = sys.exc_info()[1]
            _warn_no_log(self.baseFilename, error)
        try:
            if self.stream is not None:
                self.stream.close()
        except OSError:
            pass
        self.stream = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._failed:
            return
        try:
            if self.stream is None:
                self.stream = self._open()
            if self._is_full_for(record):
                self._roll_over()
                self.stream = self._open()
        except Exception:  # logging must never take the app down; handleError reports it
            self.handleError(record)
            return
        super().emit(record)

    def _is_full_for(self, record: logging.LogRecord) -> bool:
        # Where appending starts: another process (the sync child) may have written too.
        size = self.stream.seek(0, os.SEEK_END)
        # An empty file takes any record, however long: rolling it over would lose nothing.
        return size > 0 and size + len(self.format(record)) + len(self.terminator) > \
            self.max_bytes

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None
        # The full file moves aside first. It cannot on Windows while another process of
        # the app (the sync child) has it open: then nothing has moved, the record goes
        # into this file and the next record tries again. Shifting the old files first
        # would drop one of them at every failed attempt.
        full = f"{self.baseFilename}.full"
        try:
            os.replace(self.baseFilename, full)
        except OSError:
            return
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(full, f"{self.baseFilename}.1")


def setup_logging(paths: AppPaths, verbose: bool = False, to_stderr: bool = True) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_withings_gui", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    log_file = _open_log_file(paths)
    if log_file is not None:
        handlers.append(log_file)
    if to_stderr:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stderr)
    for handler in handlers:
        handler._withings_gui = True  # type: ignore[attr-defined]
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Third-party debug output would echo request bodies (tokens) before our filter sees them.
    for noisy in ("urllib3", "requests_oauthlib", "oauthlib", "niquests", "websocket"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    sys.excepthook = log_uncaught
    threading.excepthook = log_uncaught_in_thread


def log_uncaught(kind: type[BaseException], error: BaseException, trace) -> None:
    """``sys.excepthook``: the traceback goes into the log (redacted), not only to a stderr
    nobody may read. Qt's event loop hands exceptions raised in slots here as well."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    logging.getLogger("withings_gui.uncaught").critical("uncaught exception",
                                                        exc_info=(kind, error, trace))


def log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: the same for a thread's uncaught exception."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "a thread"
    logging.getLogger("withings_gui.uncaught").critical(
        "uncaught exception in %s", name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def _open_log_file(paths: AppPaths) -> RotatingLogFile | None:
    """The log file, opened now so a problem shows at start; None (after one warning line)
    when it cannot be written: the app runs on without a log file."""
    try:
        make_private_dir(paths.log_dir, LOG_FILES)
    except PathsError as exc:
        print(f"withings-gui: warning: {exc} Running without a log file.", file=sys.stderr)
        return None
    handler = RotatingLogFile(paths.log_file)
    try:
        handler.stream = handler._open()
    except OSError as exc:
        _warn_no_log(paths.log_file, exc)
        return None
    return handler


def _warn_no_log(path: str | Path, error: BaseException | None) -> None:
    reason = getattr(error, "strerror", None) or str(error or "unknown error")
    print(f"withings-gui: warning: cannot write the log file {path} ({reason}); running "
          "without a log file. Check that the disk is not full and that the file and its "
          "folder are yours and writable.", file=sys.stderr)
