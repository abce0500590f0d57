"""Asking the running tray, if there is one, to do something: without Qt, from any process.

The tray that holds the single-instance lock watches ``locks/tray.show``; another process
appends one command per line. Commands: ``show`` (a second launch), ``reload`` (settings
changed on disk), ``sync-now``.
"""

from __future__ import annotations

import logging

from withings_gui.core.paths import AppPaths

log = logging.getLogger(__name__)

COMMANDS = ("show", "reload", "sync-now")


def requests_file(paths: AppPaths):
    return paths.lock_dir / "tray.show"


def ask_running_tray(paths: AppPaths, command: str) -> None:
    """Leave ``command`` for the running tray; nothing happens when no tray runs."""
    if command not in COMMANDS:
        raise ValueError(f"unknown tray command {command!r}")
    try:
        with open(requests_file(paths), "a", encoding="utf-8") as requests:
            requests.write(command + "\n")
    except OSError as exc:  # the tray goes on as it was; this process just cannot reach it
        log.warning("could not reach the running tray (%s): %s", command, exc)
