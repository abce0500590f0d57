"""One sync pass as a ``withings-gui sync --once --json`` child process, run from the GUI.

The tray and the wizard's first sync both run their passes this way. The GUI process stays
small and only draws and waits: the HTTP, OAuth and Home Assistant clients load in the child
and their memory goes back to the system when it exits. Everything a pass carries over
(cursors, cadences, backoff, what HA already has, the outbox) is on disk and refreshes are
serialized across processes, so a child is as good as an engine kept in memory, and a child
killed half-way loses nothing. QProcess tells the GUI thread when the child ends: no thread
sits waiting for it.
"""

from __future__ import annotations

import json
import logging
import os

from PySide6.QtCore import (QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer,
                            Signal, Slot)

from withings_gui.core.context import AppContext
from withings_gui.core.redact import redact
from withings_gui.core.relaunch import app_command
from withings_gui.core.sync_result import SyncResult, results_from_json
from withings_gui.core.withings.endpoints import ENV_API_URL, ENV_AUTH_URL, Endpoints

log = logging.getLogger(__name__)

# A pass normally takes seconds; this only ends a child that hangs (e.g. a stuck socket).
PASS_TIMEOUT_S = 15 * 60
# A killed child is gone at once; this only bounds the wait if the system is very slow.
_KILL_WAIT_MS = 5000
# Exit codes of `sync --once` that still come with a JSON report (see commands/sync.py).
_REPORTING_EXITS = {0, 1, 3}


class SyncProcessError(Exception):
    """The child ended without a report: it crashed, was killed or timed out."""


def sync_command(ctx: AppContext, full: bool, profile: str | None = None) -> list[str]:
    """``full``: every stream ("Sync now", the first sync); else the tray timer's cadence."""
    args = ["sync", "--once", "--json", "--config-dir", str(ctx.paths.root)]
    if not full:
        args.append("--scheduled")
    if profile:
        args += ["--profile", profile]
    return app_command(*args)


def child_environment(ctx: AppContext) -> dict[str, str]:
    """This process's environment plus what the child cannot learn from the config folder."""
    env = dict(os.environ)
    if ctx.endpoints != Endpoints():
        env[ENV_API_URL] = ctx.endpoints.api_url
        env[ENV_AUTH_URL] = ctx.endpoints.auth_url
    if ctx.secrets_opened and ctx.secrets.uses_file:
        # Same store as ours: the child must not find a keyring we chose not to use (demo).
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


class SyncProcess(QObject):
    """Runs one pass at a time in a child process, pass after pass.

    Each ``start`` ends in exactly one of ``finished`` (the list of SyncResult) or ``failed``
    (a SyncProcessError with a one-line reason), unless it is cancelled.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, timeout_s: float = PASS_TIMEOUT_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.timeout_s = timeout_s  # read at each start
        self.running = False
        self._cancelled = False
        self._stop_reason = ""  # why we killed the running child, if we did
        # One QProcess for every pass: the tray starts one every few minutes, for months.
        self._process = QProcess(self)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_overrun)

    def start(self, full: bool, profile: str | None = None) -> None:
        """Start a pass (all profiles unless ``profile``); one at a time."""
        if self.running:
            raise RuntimeError("a sync pass is already running")  # untranslated: a bug
        command = sync_command(self._ctx, full, profile)
        env = QProcessEnvironment()
        for name, value in child_environment(self._ctx).items():
            env.insert(name, value)
        self._process.setProcessEnvironment(env)
        self._process.setStandardInputFile(QProcess.nullDevice())
        self.running, self._cancelled, self._stop_reason = True, False, ""
        self._deadline.start(int(self.timeout_s * 1000))
        self._process.start(command[0], command[1:])

    def cancel(self) -> None:
        """Stop the running pass, if any, and report nothing for it; returns once the child
        has ended, so this object may go right after (the app quits, the wizard closes)."""
        if not self.running:
            return
        self._cancelled = True
        self._kill()
        self._process.waitForFinished(_KILL_WAIT_MS)

    def _kill(self) -> None:
        # Safe at any moment: a renewed token is saved before its first use
        # (tests/reliability/test_token_crashes.py) and SQLite rolls an unfinished
        # transaction back.
        self._deadline.stop()
        self._process.kill()

    @Slot()
    def _on_overrun(self) -> None:
        self._stop_reason = QCoreApplication.translate(
            "SyncProcess", "The sync took longer than {seconds} s and was stopped.").format(
            seconds=int(self.timeout_s))
        self._kill()

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        # Every other error also ends in ``finished``; a child that never started does not.
        if error == QProcess.ProcessError.FailedToStart:
            self._end(None, SyncProcessError(
                QCoreApplication.translate("SyncProcess", "The sync process could not start: "
                                                          "{error}").format(
                    error=self._process.errorString())))

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        stdout = self._process.readAllStandardOutput().data().decode("utf-8", "replace")
        stderr = redact(self._process.readAllStandardError().data().decode("utf-8", "replace"))
        stderr = stderr.strip()
        if stderr:
            # Its own log lines are in the log file already; this keeps what it printed
            # besides (a traceback, an error before its log was open).
            log.info("the sync child said:\n%s", stderr)
        try:
            self._end(self._report(code, status == QProcess.ExitStatus.CrashExit, stdout,
                                   stderr), None)
        except SyncProcessError as exc:
            self._end(None, exc)

    def _report(self, code: int, crashed: bool, stdout: str, stderr: str) -> list[SyncResult]:
        if self._stop_reason:
            raise SyncProcessError(self._stop_reason)
        if crashed or code not in _REPORTING_EXITS:
            raise SyncProcessError(_failure_text(code, crashed, stderr))
        try:
            return results_from_json(json.loads(stdout))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            log.error("sync child printed no report: %s", exc)
            raise SyncProcessError(_failure_text(code, crashed, stderr)) from exc

    def _end(self, results: list[SyncResult] | None, error: SyncProcessError | None) -> None:
        self._deadline.stop()
        self.running = False
        if self._cancelled:
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(results)


def _failure_text(code: int, crashed: bool, stderr: str) -> str:
    last = next((line.strip() for line in reversed(stderr.splitlines()) if line.strip()), "")
    # On a crash Qt gives the signal's number (POSIX) or the exception code (Windows).
    if crashed:
        return (QCoreApplication.translate("SyncProcess", "The sync process crashed ({code}): "
                                                          "{error}") if last else
                QCoreApplication.translate("SyncProcess", "The sync process crashed "
                                                          "({code}).")).format(code=code,
                                                                               error=last)
    return (QCoreApplication.translate("SyncProcess", "The sync process exited {code}: {error}")
            if last else
            QCoreApplication.translate("SyncProcess", "The sync process exited {code}.")).format(
        code=code, error=last)
