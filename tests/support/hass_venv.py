"""Build (once, cached) the virtualenv with the real Home Assistant the tests run.

HA 2024.3.3 is the newest release for Python 3.11. It is installed with HA's own constraints
file, josepy < 2 (2.x breaks acme, so every HTTP request would fail), and the packages its
default integrations import at start, because tests run it with --skip-pip.

    python -m tests.support.hass_venv      # build if missing, print the venv path
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import filelock

HA_VERSION = "2024.3.3"
EXTRA_PACKAGES = [
    "josepy<2", "Pillow==10.2.0", "PyNaCl==1.5.0", "janus==1.0.0",
    "psutil-home-assistant==0.0.1", "SQLAlchemy==2.0.27", "fnv-hash-fast==0.5.0",
    "securetar==2024.2.1", "numpy", "PyTurboJPEG==1.7.1", "home-assistant-frontend==20240307.0",
    "hassil==1.6.1", "home-assistant-intents==2024.3.12", "ha-ffmpeg==3.1.0", "mutagen==1.47.0",
    "webrtc-noise-gain==1.2.3", "pyotp==2.8.0", "PyQRCode==1.2.1",
]
RECIPE = hashlib.sha256(f"{HA_VERSION} {EXTRA_PACKAGES} {sys.version_info[:2]}".encode()
                        ).hexdigest()[:16]


def cache_root() -> Path:
    configured = os.environ.get("WITHINGS_GUI_TEST_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "withings-gui-test"


def venv_path() -> Path:
    return cache_root() / f"ha-{HA_VERSION}-{RECIPE}"


def hass_executable() -> Path:
    return venv_path() / "bin" / "hass"


def ensure_venv(log=print) -> Path:
    """The ready venv; builds it under a lock into a temp folder renamed into place."""
    target = venv_path()
    marker = target / ".complete"
    if marker.exists():
        return target
    cache_root().mkdir(parents=True, exist_ok=True)
    with filelock.FileLock(str(cache_root() / f".build-{RECIPE}.lock"), timeout=1800):
        if marker.exists():
            return target
        started = time.monotonic()
        building = target.with_name(target.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        log(f"Building Home Assistant {HA_VERSION} test venv in {target} (once)…")
        subprocess.run([sys.executable, "-m", "venv", str(building)], check=True)
        pip = [str(building / "bin" / "python"), "-m", "pip", "install", "-q",
               "--disable-pip-version-check"]
        subprocess.run(pip + [f"homeassistant=={HA_VERSION}", "josepy<2"], check=True)
        constraints = next((building / "lib").glob(
            "python3*/site-packages/homeassistant/package_constraints.txt"))
        subprocess.run(pip + ["-c", str(constraints)] + EXTRA_PACKAGES, check=True)
        shutil.rmtree(target, ignore_errors=True)
        building.rename(target)
        # Scripts and pyvenv.cfg name the build folder by absolute path: point them here.
        _fix_shebangs(target, building)
        marker.write_text(f"{HA_VERSION} built in {time.monotonic() - started:.0f} s\n")
        log(f"Home Assistant venv ready after {time.monotonic() - started:.0f} s")
    return target


def _fix_shebangs(target: Path, old: Path) -> None:
    old_text, new_text = str(old).encode(), str(target).encode()
    for script in (target / "bin").iterdir():
        if script.is_file() and not script.is_symlink():
            data = script.read_bytes()
            if old_text in data[:300]:
                script.write_bytes(data.replace(old_text, new_text))
    cfg = target / "pyvenv.cfg"
    cfg.write_bytes(cfg.read_bytes().replace(old_text, new_text))


if __name__ == "__main__":
    print(ensure_venv(log=lambda m: print(m, file=sys.stderr)))
