"""A virtual screen, with or without a real tray host, for the on-screen tests and the tray
benchmarks: Xvfb on a free display number, and trayer docked top right (200 × 48 px)."""

from __future__ import annotations

import os
import select
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


@contextmanager
def screen(size: str = "1280x800") -> Iterator[dict[str, str]]:
    """Xvfb alone (a desktop without a tray): this environment with DISPLAY set to it.
    ``size`` in device pixels (a 2× screen has twice as many).

    Xvfb picks a free display number itself (``-displayfd``): two test processes starting
    screens at once never pick the same one."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is missing: scripts/run-tests installs it")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                             f"{size}x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        number = _display_number(read_end, xvfb)
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20, "Xvfb")
        yield dict(os.environ, DISPLAY=f":{number}")
    finally:
        os.close(read_end)
        xvfb.terminate()
        xvfb.wait(10)


def _display_number(read_end: int, xvfb: subprocess.Popen, timeout: float = 20) -> int:
    """The display number Xvfb writes to its -displayfd once it listens."""
    text = b""
    deadline = time.monotonic() + timeout
    while not text.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or xvfb.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            text += chunk
    return int(text)


@contextmanager
def screen_with_tray(trayer_options: tuple[str, ...] = ()) -> Iterator[dict[str, str]]:
    """Yield this environment with DISPLAY set to the new screen; both stop afterwards."""
    if not shutil.which("trayer"):
        raise RuntimeError("trayer is missing: scripts/run-tests installs it")
    with screen() as env:
        trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                                   "pixel", "--width", "200", "--height", "48",
                                   *trayer_options], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            yield env
        finally:
            trayer.terminate()
            trayer.wait(10)
