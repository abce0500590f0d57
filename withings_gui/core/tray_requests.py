"""Asking the running tray, if there is one, to do something: without Qt, from any process.

The tray that holds the single-instance lock watches ``locks/tray.show``
(tray/single_instance.py); another process appends one command per line. Commands: ``show``
(a later launch), ``reload`` (settings changed on disk), ``sync-now``. The tray clears the
file when it starts, so what was asked while none ran is dropped.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from withings_gui.core.paths import AppPaths

log = logging.getLogger(__name__)

COMMANDS = ("show", "reload", "sync-now")


def requests_file(paths: AppPaths) -> Path:
    return paths.lock_dir / "tray.show"


def ask_running_tray(paths: AppPaths, command: str) -> None:
    """Leave ``command`` for the running tray; without one, the next tray ignores it."""
    if command not in COMMANDS:
        raise ValueError(f"unknown tray command {command!r}")
    try:
        # One write of a whole line in append mode: requests from several processes at once
        # never interleave, and the tray never sees half a line as a command.
        fd = os.open(requests_file(paths), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{command}\n".encode("ascii"))
        finally:
            os.close(fd)
    except OSError as exc:  # the tray goes on as it was; this process just cannot reach it
        log.warning("could not reach the running tray (%s): %s", command, exc)
