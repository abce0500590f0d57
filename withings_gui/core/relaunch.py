"""How to start this app again, as a new process: the tray, the wizard, a sync, at login."""

from __future__ import annotations

import sys


def app_command(*args: str) -> list[str]:
    """The command line that runs ``withings-gui <args>`` with this installation."""
    if getattr(sys, "frozen", False):
        # A PyInstaller bundle: the executable is the app itself, not a Python.
        return [sys.executable, *args]
    return [sys.executable, "-m", "withings_gui", *args]
