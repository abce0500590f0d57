"""A virtual screen, with or without a real tray host, for the on-screen tests and the tray
benchmarks: Xvfb on a free display number, and trayer docked top right (200 × 48 px)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)  # polling another process; the condition is what we wait on
    raise TimeoutError(f"timed out waiting for {what}")


def free_display(first: int) -> int:
    for number in range(first, first + 50):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def screen(first_display: int) -> Iterator[dict[str, str]]:
    """Xvfb alone (a desktop without a tray): this environment with DISPLAY set to it."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is missing: scripts/run-tests installs it")
    number = free_display(first_display)
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20, "Xvfb")
        yield dict(os.environ, DISPLAY=f":{number}")
    finally:
        xvfb.terminate()
        xvfb.wait(10)


@contextmanager
def screen_with_tray(first_display: int, trayer_options: tuple[str, ...] = ()
                     ) -> Iterator[dict[str, str]]:
    """Yield this environment with DISPLAY set to the new screen; both stop afterwards."""
    if not shutil.which("trayer"):
        raise RuntimeError("trayer is missing: scripts/run-tests installs it")
    with screen(first_display) as env:
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                                   "pixel", "--width", "200", "--height", "48",
                                   *trayer_options], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            yield env
        finally:
            trayer.terminate()
            trayer.wait(10)
