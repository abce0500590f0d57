"""The tray benchmarks' desktop and the bare tray they measure the app against.

The desktop is what the tray meets on a user's machine: a screen (Xvfb) with a tray host
(trayer) and a session bus whose notification service (dunst) starts on the first notice.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tests.support.dbus import dunst_on_demand
from tests.support.xvfb import screen_with_tray, wait_for

ROOT = Path(__file__).resolve().parents[1]

# The bare PySide6 tray the app is measured against: same toolkit, same icon size, no app,
# and nothing it does not use (importing the unused Qt namespace cost it ~20 ms).
BARE_TRAY = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#2e7d32"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
def check():
    if tray.isVisible() and tray.geometry().width() > 0:
        timer.stop()
        print("icon-visible", flush=True)
        if os.environ.get("BARE_TRAY_REPORT_RSS"):
            status = open("/proc/self/status").read()
            rss = next(l for l in status.splitlines() if l.startswith("VmRSS"))
            print("rss-kb", rss.split()[1], flush=True)
        app.quit()
timer = QTimer()
timer.setInterval(2)
timer.timeout.connect(check)
timer.start()
sys.exit(app.exec())
"""
BARE_COMMAND = [sys.executable, "-c", BARE_TRAY]


# What places a process on that desktop: its screen (with the tray host) and its session bus.
DESKTOP_VARIABLES = ("DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")


@contextmanager
def tray_display() -> Iterator[dict[str, str]]:
    """Yield an environment with DISPLAY and DBUS_SESSION_BUS_ADDRESS set to that desktop."""
    with tempfile.TemporaryDirectory() as folder, screen_with_tray() as screen, \
            dunst_on_demand(Path(folder), screen, ROOT / "withings_gui" / "resources") as bus:
        env = dict(screen, QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS=bus)
        # Wait until a bare tray icon can be shown: proves trayer owns the tray selection.
        wait_for(lambda: "icon-visible" in run_until_visible(BARE_COMMAND, env)[0], 30,
                 "trayer")
        yield env


def on_desktop(env: dict[str, str], desktop: dict[str, str], **extra: str) -> dict[str, str]:
    """``env`` with the desktop's screen and session bus: the app meets what the bare tray
    meets (without the bus, Qt's tray lookup pays for D-Bus auto-launch instead)."""
    return dict(env, **{name: desktop[name] for name in DESKTOP_VARIABLES}, **extra)


def run_until_visible(command: list[str], env: dict[str, str],
                      timeout: float = 60) -> tuple[dict[str, float], list[str]]:
    """Start a tray process and read its output until it exits: the seconds from its start
    to each line, by the line's first word (``icon-visible``, ``app-ready``), and the lines."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    lines: list[str] = []
    seen: dict[str, float] = {}
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if lines[-1]:
                seen.setdefault(lines[-1].split()[0], time.perf_counter() - started)
        proc.wait(timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if "icon-visible" not in seen:
        lines.append(proc.stderr.read())
    return seen, lines
