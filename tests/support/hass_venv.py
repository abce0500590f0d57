"""Build (once, cached) the virtualenv holding the real Home Assistant the tests run.

Home Assistant 2024.3.3 is the newest release that installs on Python 3.11. It goes into its
own virtualenv (never the app's), resolved in one pip run against HA's own constraints file
(``homeassistant/package_constraints.txt``, read from the wheel before installing), with
``josepy<2`` (josepy 2 breaks acme: every HTTP request would fail) and the packages HA's
default integrations import at start: the tests run ``hass --skip-pip``, so anything missing
would send HA into recovery mode instead of installing it.

Where: ``<cache>/ha-2024.3.3``, the cache being ``$WITHINGS_GUI_TEST_CACHE`` if set, else
``~/.cache/withings-gui-test``. A marker file inside the venv records the
recipe's hash; the venv is rebuilt only when the recipe changes. The build happens in a
temporary sibling folder that is renamed into place as its very last step, so an
interrupted build never leaves a venv that looks complete, and a file lock keeps two
processes (two pytest runs, pytest-xdist workers, CI's pre-build) from building at once.

    python -m tests.support.hass_venv            # build if needed, print the venv path
    python -m tests.support.hass_venv --rebuild  # build again even if up to date
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Callable

import filelock

HA_VERSION = "2024.3.3"
# Installed with HA itself, all under HA's constraints (which pin most of them too).
EXTRA_PACKAGES = (
    "josepy<2",
    "Pillow==10.2.0", "PyNaCl==1.5.0", "janus==1.0.0", "psutil-home-assistant==0.0.1",
    "SQLAlchemy==2.0.27", "fnv-hash-fast==0.5.0", "securetar==2024.2.1", "numpy",
    "PyTurboJPEG==1.7.1", "home-assistant-frontend==20240307.0", "hassil==1.6.1",
    "home-assistant-intents==2024.3.12", "ha-ffmpeg==3.1.0", "mutagen==1.47.0",
    "webrtc-noise-gain==1.2.3", "pyotp==2.8.0", "PyQRCode==1.2.1",
)
# Bump when the build steps change in a way the lists above do not show.
RECIPE_REVISION = 3
SUPPORTED_PYTHONS = ((3, 11), (3, 12))  # HA 2024.3 supports these; the venv uses the builder's
MARKER = ".withings-gui-recipe.json"
LOCK_TIMEOUT = 45 * 60

Log = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def recipe() -> dict:
    """What decides the venv's contents; the marker records its hash.

    Deliberately not the Python running the tests: the venv has its own interpreter, and
    the app's venv and the HA venv may well be made from different Pythons. A venv whose
    interpreter disappeared (a removed pyenv version) is caught by ``is_ready``.
    """
    return {"homeassistant": HA_VERSION, "extra_packages": list(EXTRA_PACKAGES),
            "revision": RECIPE_REVISION}


def recipe_hash() -> str:
    text = json.dumps(recipe(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def cache_root() -> Path:
    """``$WITHINGS_GUI_TEST_CACHE``, else ``~/.cache/withings-gui-test`` (like the build's
    ``$WITHINGS_GUI_BUILD_CACHE``, a folder of caches, not the venv itself)."""
    configured = os.environ.get("WITHINGS_GUI_TEST_CACHE")
    if configured:
        return Path(configured).expanduser().absolute()
    return Path.home() / ".cache" / "withings-gui-test"


def venv_path() -> Path:
    return cache_root() / f"ha-{HA_VERSION}"


def hass_executable(venv: Path | None = None) -> Path:
    return (venv or venv_path()) / "bin" / "hass"


def is_ready(venv: Path | None = None) -> bool:
    """True when the venv exists, was built by the current recipe and its python still runs."""
    venv = venv or venv_path()
    try:
        marker = json.loads((venv / MARKER).read_text())
    except (OSError, ValueError):
        return False
    # bin/python is a symlink to the base interpreter: exists() is False once that is gone.
    return (marker.get("recipe") == recipe_hash() and (venv / "bin" / "python").exists()
            and hass_executable(venv).exists())


def ensure_venv(log: Log = _stderr, rebuild: bool = False) -> Path:
    """The ready venv, built first if needed (under a lock, into a temp folder)."""
    return build_once(venv_path(), is_ready, _build, "the Home Assistant test venv", log,
                      rebuild)


def build_once(target: Path, is_ready: Callable[[Path], bool],
               build: Callable[[Path, Log], None], what: str, log: Log,
               rebuild: bool = False) -> Path:
    """``target``, built by ``build`` unless ``is_ready``; one builder at a time (a file lock
    beside it: two pytest runs or CI's pre-build may ask at once)."""
    if not rebuild and is_ready(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(target.with_name(f".{target.name}.lock")),
                             timeout=LOCK_TIMEOUT)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        log(f"Another process is building {what} {target}; waiting…")
        lock.acquire()
    try:
        if not rebuild and is_ready(target):  # built by whoever held the lock before us
            return target
        build(target, log)
    finally:
        lock.release()
    return target


def _run(command: list[str], log: Log, what: str) -> None:
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=_pip_env())
    if result.returncode != 0:
        tail = "\n".join(result.stdout.splitlines()[-60:])
        raise RuntimeError(f"Building the Home Assistant test venv failed while {what} "
                           f"(exit {result.returncode}):\n$ {' '.join(command)}\n{tail}")


def _pip_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _build(target: Path, log: Log) -> None:
    started = time.monotonic()

    def step(message: str) -> None:
        log(f"[{time.monotonic() - started:5.1f} s] {message}")

    if sys.version_info[:2] not in SUPPORTED_PYTHONS:
        raise RuntimeError(
            f"Home Assistant {HA_VERSION} needs Python 3.11 or 3.12; run this with one of "
            f"those (this is {sys.version.split()[0]}: {sys.executable})")
    remove_leftovers(target)  # of interrupted builds: we hold the lock, nobody else builds
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        step(f"Building Home Assistant {HA_VERSION} for the tests in {target} "
             "(once; about 1–2 minutes)")
        building.chmod(0o755)  # mkdtemp made it private; the venv is an ordinary folder
        _run([sys.executable, "-m", "venv", "--prompt", target.name, str(building)], log,
             "creating the venv")
        python = str(building / "bin" / "python")
        pip = [python, "-m", "pip", "install", "--quiet", "--no-input"]

        step(f"Reading HA's package constraints from the homeassistant {HA_VERSION} wheel")
        constraints = building / "ha-package-constraints.txt"
        wheels = building / "ha-wheel"  # inside the build folder: removed with it
        _run([python, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
              "--dest", str(wheels), f"homeassistant=={HA_VERSION}"], log,
             "downloading the homeassistant wheel")
        with zipfile.ZipFile(next(wheels.glob("homeassistant-*.whl"))) as archive:
            constraints.write_bytes(archive.read("homeassistant/package_constraints.txt"))
        shutil.rmtree(wheels)

        step(f"Installing homeassistant=={HA_VERSION} and {len(EXTRA_PACKAGES)} extra packages "
             "under those constraints")
        _run(pip + ["--constraint", str(constraints), f"homeassistant=={HA_VERSION}",
                    *EXTRA_PACKAGES], log, "installing Home Assistant")

        step("Checking the installation")
        _run([python, "-c", _CHECK], log, "checking the installed packages")

        # Scripts (hass's shebang, activate) name the build folder: point them at the final one.
        _relocate(building, target)
        (building / MARKER).write_text(json.dumps(
            {"recipe": recipe_hash(), **recipe(), "built_with": sys.version,
             "built_in_seconds": round(time.monotonic() - started, 1)}, indent=2) + "\n")

        replacing = move_into_place(building, target, "venv", RuntimeError)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    step(f"Home Assistant test venv ready: {target}")
    if replacing:
        step("Removing the previous venv")
        remove_leftovers(target)


# Run with the new venv's python: the versions the tests rely on really are installed.
_CHECK = f"""
import importlib.metadata as md
assert md.version("homeassistant") == "{HA_VERSION}", md.version("homeassistant")
assert int(md.version("josepy").split(".")[0]) < 2, "josepy " + md.version("josepy")
import homeassistant.components.http, homeassistant.components.mobile_app
import homeassistant.components.frontend, josepy, acme.client, nacl, PIL, sqlalchemy, numpy
"""


def _relocate(building: Path, target: Path) -> None:
    old, new = str(building).encode(), str(target).encode()
    for path in [*(building / "bin").iterdir(), building / "pyvenv.cfg"]:
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if old in data and b"\0" not in data[:4096]:  # text scripts only, never binaries
            path.write_bytes(data.replace(old, new))


def move_into_place(building: Path, target: Path, what: str,
                    error: type[Exception]) -> bool:
    """Rename the finished build to ``target``; a stale one there (another recipe, half
    deleted) is moved aside first. True when one was: ``remove_leftovers`` then."""
    replacing = target.exists() or target.is_symlink()
    if replacing and not (target / MARKER).exists() and any(target.iterdir()):
        raise error(f"{target} exists but is not a {what} this script built; move it away "
                    "(nothing was changed)")
    if replacing:
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, old / what)
    os.rename(building, target)
    return replacing


def remove_leftovers(target: Path,
                     remove: Callable[[Path], None] = lambda path: shutil.rmtree(
                         path, ignore_errors=True)) -> None:
    """Builds that were interrupted, and the one ``move_into_place`` moved aside."""
    for pattern in (f".{target.name}.building-*", f".{target.name}.old-*"):
        for leftover in target.parent.glob(pattern):
            remove(leftover)


class VenvInstall:
    """How ``HassServer`` runs this HA: ``hass`` from the cached venv, on the host."""

    version = HA_VERSION

    def prepare(self) -> None:
        """Build the venv if needed (cached; see ``ensure_venv``)."""
        self._venv = ensure_venv()

    def command(self, config_dir: Path) -> list[str]:
        return [str(hass_executable(self._venv)), "-c", str(config_dir), "--skip-pip"]

    def env(self) -> dict[str, str]:
        """The environment minus what belongs to the test process (app settings, its
        Python), with the venv's bin first on PATH."""
        env = {key: value for key, value in os.environ.items()
               if not key.startswith("WITHINGS_GUI")
               and key not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")}
        env["PATH"] = f"{self._venv / 'bin'}{os.pathsep}{env.get('PATH', os.defpath)}"
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def config_dir_in_ha(self, config_dir: Path) -> Path:
        """The config dir as HA reports it in ``/api/config``."""
        return config_dir.resolve()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.support.hass_venv",
        description="Build (once, cached) the Home Assistant virtualenv the tests run; "
                    "print its path.")
    parser.add_argument("--rebuild", action="store_true",
                        help="build again even when the cached venv is up to date")
    args = parser.parse_args(argv)
    target = venv_path()
    if is_ready(target) and not args.rebuild:
        _stderr(f"Home Assistant {HA_VERSION} test venv is up to date: {target}")
    else:
        ensure_venv(rebuild=args.rebuild)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
