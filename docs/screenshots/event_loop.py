"""What both screenshot scripts do around Qt's event loop and the files they write."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


def wait_until(app, condition, timeout: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what or condition}")
        app.processEvents()
        time.sleep(0.02)  # a script, not a test: polling the event loop


def settle(app, seconds: float = 0.6) -> None:
    """Let layouts, web views, charts and tooltips paint before the picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def to_256_colours(path: Path) -> None:
    """A window's few colours fit a 256-colour palette: files ~2.5× smaller (dozens are in
    the repository), with no visible change (no dithering)."""
    subprocess.run(["convert", str(path), "+dither", "-colors", "256", f"PNG8:{path}"],
                   check=True)
