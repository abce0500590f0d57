"""Start at login: XDG autostart on Linux, the Run key on Windows, a LaunchAgent on macOS.

Qt-free: the wizard sets it, and the wizard must not import the tray.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

from withings_gui.core.relaunch import app_command

APP_ID = "withings-gui"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = "io.github.withings-gui"


def linux_desktop_entry(command: list[str]) -> str:
    return ("[Desktop Entry]\nType=Application\nName=Withings GUI\n"
            "Comment=Latest Withings weight in the tray, synced to Home Assistant\n"
            f"Exec={shlex.join(command)}\nIcon=withings-gui\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\nX-GNOME-Autostart-Delay=5\n")


def macos_launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps({"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": command,
                           "RunAtLoad": True, "ProcessType": "Interactive"})


def _linux_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{APP_ID}.desktop"


def _macos_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def set_autostart(enabled: bool) -> None:
    command = app_command("tray")
    if sys.platform == "win32":
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if enabled:
                winreg.SetValueEx(key, "Withings GUI", 0, winreg.REG_SZ,
                                  " ".join(f'"{part}"' for part in command))
            else:
                try:
                    winreg.DeleteValue(key, "Withings GUI")
                except FileNotFoundError:
                    pass
        return
    path = _macos_path() if sys.platform == "darwin" else _linux_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    from withings_gui.core.atomic import atomic_write

    data = macos_launch_agent(command) if sys.platform == "darwin" else \
        linux_desktop_entry(command).encode()
    atomic_write(path, data, mode=0o644)


def is_autostart_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, "Withings GUI")
            return True
        except FileNotFoundError:
            return False
    return (_macos_path() if sys.platform == "darwin" else _linux_path()).exists()
