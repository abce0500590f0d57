"""The tray's sync engine: each pass is a ``withings-gui sync --once --json`` child process.

The tray stays a small Qt process that only draws and waits; the HTTP, OAuth and Home
Assistant clients load in the child and their memory goes back to the system when it exits.
Everything a pass needs to carry over (cursors, cadences, backoff, what HA already has, the
outbox) is on disk, and refreshes are serialized across processes, so a child is as good as
an engine kept in memory, and a child killed half-way loses nothing.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading

from withings_gui.core.context import AppContext
from withings_gui.core.sync_result import SyncResult, results_from_json
from withings_gui.core.withings.endpoints import ENV_API_URL, ENV_AUTH_URL, Endpoints

log = logging.getLogger(__name__)

# A pass normally takes seconds; this only ends a child that hangs (e.g. a stuck socket).
PASS_TIMEOUT_S = 15 * 60
_POLL_S = 0.2
# Exit codes of `sync --once` that still come with a JSON report (see commands/sync.py).
_REPORTING_EXITS = {0, 1, 3}


class SyncProcessError(Exception):
    """The child ended without a report: it crashed, was killed or timed out."""


def sync_command(ctx: AppContext, full: bool) -> list[str]:
    args = [sys.executable, "-m", "withings_gui", "sync", "--once", "--json",
            "--config-dir", str(ctx.paths.root)]
    if getattr(sys, "frozen", False):
        args[1:3] = []  # the bundled launcher takes the command directly
    if not full:
        args.append("--scheduled")
    return args


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


class ProcessSyncEngine:
    """Runs one pass per call in a child; ``run_once`` blocks, so call it off the GUI thread."""

    def __init__(self, ctx: AppContext, timeout_s: float = PASS_TIMEOUT_S) -> None:
        self._ctx = ctx
        self._timeout_s = timeout_s

    def run_once(self, full: bool = False,
                 cancel: threading.Event | None = None) -> list[SyncResult]:
        cancel = cancel or threading.Event()
        child = subprocess.Popen(sync_command(self._ctx, full), env=child_environment(self._ctx),
                                 stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        waited = 0.0
        while True:
            try:
                stdout, stderr = child.communicate(timeout=_POLL_S)
                break
            except subprocess.TimeoutExpired:
                waited += _POLL_S
                if cancel.is_set() or waited >= self._timeout_s:
                    # Stopping it at any moment is safe: a renewed token is saved before its
                    # first use (tests/reliability/test_token_crashes.py) and SQLite rolls an
                    # unfinished transaction back.
                    child.terminate()
                    try:
                        child.communicate(timeout=10)
                    except subprocess.TimeoutExpired:
                        child.kill()
                        child.communicate()
                    reason = "cancelled" if cancel.is_set() else \
                        f"took longer than {int(self._timeout_s)} s and was stopped"
                    raise SyncProcessError(f"The sync {reason}.")
        if child.returncode not in _REPORTING_EXITS:
            raise SyncProcessError(_failure_text(child.returncode, stderr))
        try:
            return results_from_json(json.loads(stdout))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            log.error("sync child printed no report: %s", exc)
            raise SyncProcessError(_failure_text(child.returncode, stderr)) from exc


def _failure_text(returncode: int, stderr: str) -> str:
    # stderr comes from our own CLI, which masks secrets before anything is printed.
    last = next((line for line in reversed(stderr.strip().splitlines()) if line.strip()), "")
    how = f"was killed by signal {-returncode}" if returncode < 0 else f"exited {returncode}"
    return f"The sync process {how}" + (f": {last}" if last else ".")
