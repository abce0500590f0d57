"""A real tray host for the tray benchmarks: Xvfb on a free display number plus ``trayer``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

# The bare PySide6 tray the app is measured against: same toolkit, same icon size, no app.
BARE_TRAY = r"""
import os, sys
from PySide6.QtCore import QTimer, Qt
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


def _free_display() -> int:
    for number in range(151, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)  # polling another process
    raise RuntimeError(f"timed out waiting for {what}")


@contextmanager
def tray_display() -> Iterator[dict[str, str]]:
    """Yield an environment with DISPLAY set to a fresh Xvfb that has a trayer tray."""
    for tool in ("Xvfb", "trayer"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} is missing (apt-get install xvfb trayer)")
    number = _free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    trayer = None
    try:
        _wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20, "Xvfb")
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right",
                                   "--widthtype", "pixel", "--width", "200", "--height", "48"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Wait until a bare tray icon can be shown: proves trayer owns the tray selection.
        _wait_for(lambda: run_until_visible(BARE_COMMAND, env)[0] is not None, 30,
                  "trayer")
        yield env
    finally:
        for proc in (trayer, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(10)


def run_until_visible(command: list[str], env: dict[str, str],
                      timeout: float = 60) -> tuple[float | None, list[str]]:
    """Start a tray process; seconds until it printed ``icon-visible`` (None if never)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    lines: list[str] = []
    elapsed = None
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("icon-visible") and elapsed is None:
                elapsed = time.perf_counter() - started
        proc.wait(timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if elapsed is None:
        lines.append(proc.stderr.read())
    return elapsed, lines
