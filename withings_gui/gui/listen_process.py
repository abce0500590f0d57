"""The ``withings-gui listen --json`` child, run from the tray: Withings' notifications as
signals on the GUI thread.

The child holds the websocket to Home Assistant and talks to Withings (commands/listen.py),
so neither client loads in the tray. QProcess hands over each line as it comes; nothing
waits on the GUI thread. When the child ends (Home Assistant gone, restarted, the network
down), it is started again after a wait that doubles up to ``max_backoff_s`` and starts
over once a child has listened for ``STABLE_S``.
"""

from __future__ import annotations

import json
import logging
import time

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

from withings_gui.core.context import AppContext
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, verbatim
from withings_gui.core.plain_text import MESSAGE_CHARS, plain_text
from withings_gui.core.redact import redact
from withings_gui.core.relaunch import app_command
from withings_gui.gui.sync_process import child_environment

log = logging.getLogger(__name__)

C = "tray.listen"

FIRST_BACKOFF_S = 5.0
MAX_BACKOFF_S = 15 * 60.0
STABLE_S = 60.0
_KILL_WAIT_MS = 5000
_MAX_LINE = 64 * 1024  # a line longer than this is no event of ours


def listen_command(ctx: AppContext) -> list[str]:
    return app_command("listen", "--json", "--config-dir", str(ctx.paths.root))


class ListenProcess(QObject):
    """Keeps one listen child running between ``start`` and ``stop``.

    ``listening(callback)`` once HA's webhook is up (the id masked), ``subscribed(profile,
    ok, message)`` per profile checked, ``notified(profile, appli)`` per notification,
    ``unavailable(reason)`` when the child ends, with its reason or why it broke off."""

    listening = Signal(str)
    subscribed = Signal(str, bool, object)  # profile, ok, Message
    notified = Signal(str, int)
    unavailable = Signal(object)  # Message

    def __init__(self, ctx: AppContext, first_backoff_s: float = FIRST_BACKOFF_S,
                 max_backoff_s: float = MAX_BACKOFF_S, parent: QObject | None = None,
                 clock=time.monotonic) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.first_backoff_s = first_backoff_s
        self.max_backoff_s = max_backoff_s
        self.backoff_s = first_backoff_s  # the wait before the next restart
        self._clock = clock
        self._wanted = False
        self._listening_since: float | None = None
        self._reason: Message | None = None  # what the running child said when it gave up
        self._process = QProcess(self)
        self._process.readyReadStandardOutput.connect(self._read_lines)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._restart = QTimer(self)
        self._restart.setSingleShot(True)
        self._restart.timeout.connect(self._launch)

    @property
    def running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    @property
    def is_listening(self) -> bool:
        return self._listening_since is not None

    @property
    def restart_pending(self) -> bool:
        return self._restart.isActive()

    def start(self) -> None:
        """Start a child now (unless one runs), with the backoff from the beginning."""
        self._wanted = True
        self._restart.stop()
        self.backoff_s = self.first_backoff_s
        if not self.running:
            self._launch()

    def stop(self) -> None:
        """End the child and any restart; returns once it has ended."""
        self._wanted = False
        self._restart.stop()
        if self.running:
            self._process.kill()
            self._process.waitForFinished(_KILL_WAIT_MS)

    @Slot()
    def _launch(self) -> None:
        if not self._wanted or self.running:
            return
        command = listen_command(self._ctx)
        env = QProcessEnvironment()
        for name, value in child_environment(self._ctx).items():
            env.insert(name, value)
        self._process.setProcessEnvironment(env)
        self._process.setStandardInputFile(QProcess.nullDevice())
        self._reason = None
        self._process.start(command[0], command[1:])

    @Slot()
    def _read_lines(self) -> None:
        while self._process.canReadLine():
            line = self._process.readLine(_MAX_LINE).data().decode("utf-8", "replace")
            self._take(line.strip())

    def _take(self, line: str) -> None:
        try:
            event = json.loads(line) if line else None
        except ValueError:
            event = None
        if not isinstance(event, dict):
            if line:
                log.warning("the listener printed something else: %s",
                            redact(plain_text(line, limit=200)))
            return
        kind = event.get("event")
        if kind == "listening":
            self._listening_since = self._clock()
            self.listening.emit(_text(event.get("callback")))
        elif kind == "subscribed":
            self.subscribed.emit(_text(event.get("profile")), event.get("ok") is True,
                                 _message(event, "message"))
        elif kind == "notified" and isinstance(event.get("appli"), int):
            self.notified.emit(_text(event.get("profile")), event["appli"])
        elif kind == "unavailable":
            self._reason = _message(event, "reason") if event.get("reason") else Message(
                C, QT_TRANSLATE_NOOP("tray.listen", "Home Assistant's webhook stopped."))

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._ended(Message(C, QT_TRANSLATE_NOOP(
                "tray.listen", "The listener could not start: {problem}"),
                {"problem": self._process.errorString()}))

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_lines()
        stderr = redact(self._process.readAllStandardError().data().decode("utf-8", "replace"))
        if stderr.strip():
            log.info("the listener said:\n%s", stderr.strip())
        if not self._wanted:
            self._listening_since = None
            return
        reason = self._reason
        if reason is None:
            last = next((l.strip() for l in reversed(stderr.splitlines()) if l.strip()), "")
            crashed = status == QProcess.ExitStatus.CrashExit
            source = (QT_TRANSLATE_NOOP("tray.listen", "The listener crashed: {last}")
                      if crashed else QT_TRANSLATE_NOOP("tray.listen",
                                                        "The listener exited {code}: {last}"))
            if not last:
                source = QT_TRANSLATE_NOOP("tray.listen", "The listener crashed.") if crashed \
                    else QT_TRANSLATE_NOOP("tray.listen", "The listener exited {code}.")
            reason = Message(C, source, {"code": code,
                                         "last": plain_text(last, limit=MESSAGE_CHARS)})
        self._ended(reason)

    def _ended(self, reason: Message) -> None:
        stable = self._listening_since is not None and \
            self._clock() - self._listening_since >= STABLE_S
        self._listening_since = None
        if stable:
            self.backoff_s = self.first_backoff_s
        log.info("push listener stopped (%s); again in %g s", reason, self.backoff_s)
        self.unavailable.emit(reason)
        if self._wanted:
            self._restart.start(int(self.backoff_s * 1000))
            self.backoff_s = min(self.backoff_s * 2, self.max_backoff_s)


def _text(value: object) -> str:
    return plain_text(value, limit=MESSAGE_CHARS) if isinstance(value, str) else ""


def _message(event: dict, english_key: str) -> Message:
    """The event's line as a Message to translate (``text``), else its English words."""
    data = event.get("text")
    if isinstance(data, dict):
        try:
            return Message.from_json(data)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
            pass  # a line we cannot read back: its English says it
    return verbatim(_text(event.get(english_key)))
