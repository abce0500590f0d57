"""Build (once, cached) a Debian unstable root folder holding the current Home Assistant.

The current Home Assistant (2026.11.0) needs Python >= 3.14.2; this machine has 3.11. Debian
unstable ("sid") ships Python 3.14, so ``debootstrap`` makes a small sid system in a folder
and HA goes into a venv inside it (``/opt/ha``). Tests run it with ``chroot``.

Mounts: the build's pip run and every HA the tests start need ``/proc`` and ``/dev`` inside
the root. They are mounted only inside a private mount namespace (``unshare --mount``) that
lives exactly as long as the process using it, so they are invisible to the rest of the
machine and can never be left mounted, whatever way the process ends. The same namespace
bind-mounts the test's config folder on ``/config``, so each HA sees its own.

Where: ``<cache>/ha-2026.11.0-sid`` next to the 2024.3.3 venv (same cache root, see
``hass_venv.cache_root``). As there: a marker file records the recipe's hash, a file lock
keeps two builders apart, and the build happens in a temporary sibling folder renamed into
place as the very last step. Building needs root (debootstrap, chroot), as CI runs.

    python -m tests.support.hass_root            # build if needed, print the root's path
    python -m tests.support.hass_root --rebuild  # build again even if up to date
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from tests.support.hass_venv import (MARKER, Log, _stderr, build_once, cache_root,
                                     move_into_place, remove_leftovers)

HA_VERSION = "2026.11.0"
SUITE = "sid"
DEBOOTSTRAP_INCLUDE = ("python3", "python3-venv", "python3-dev", "g++", "ca-certificates")
# What HA 2026.11 installs by itself at its first start with this project's configuration
# when run without --skip-pip (seen in its venv afterwards; the pins are its integrations'
# manifests'). Installed here, under HA's constraints, so every start is offline and fast.
# pymicro-vad and pyspeex-noise are compiled from source: that is what g++ is in the root for.
EXTRA_PACKAGES = (
    "pyotp==2.10.0", "PyQRCode==1.2.1",  # auth's TOTP module
    "home-assistant-frontend==20261028.4", "ha-ffmpeg==3.2.2", "rf-protocols==4.3.0",
    "infrared-protocols==10.5.0", "aiohasupervisor==0.8.1", "PyTurboJPEG==1.8.3",
    "numpy==2.3.2", "gazetteer-matcher==1.1.0", "home-assistant-intents==2026.10.27",
    "hassil==3.12.1", "mutagen==1.48.1", "openai==3.26.0", "pymicro-vad==1.0.1",
    "pyspeex-noise==1.0.2", "matter-python-client==1.5.5", "matter-ble-proxy==0.7.1",
    "habluetooth==7.1.2", "bleak==3.0.2", "dbus-fast==5.0.22", "aiousbwatcher==1.1.2",
    "asyncinotify==4.4.4", "serialx==1.15.1",
)
# Bump when the build steps change in a way the values above do not show.
RECIPE_REVISION = 1
HA_VENV = "/opt/ha"  # inside the root
CONFIG_MOUNT = "/config"  # inside the root: each HA's own config folder is bound here
DEFAULT_MIRROR = "http://deb.debian.org/debian"
CHROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")


class RootBuildError(RuntimeError):
    """The root folder could not be built; the first line says why, in one sentence."""


def recipe() -> dict:
    """What decides the root's contents (the mirror does not: any mirror serves sid)."""
    return {"homeassistant": HA_VERSION, "suite": SUITE, "include": list(DEBOOTSTRAP_INCLUDE),
            "extra_packages": list(EXTRA_PACKAGES), "revision": RECIPE_REVISION}


def recipe_hash() -> str:
    return hashlib.sha256(json.dumps(recipe(), sort_keys=True).encode()).hexdigest()[:16]


def root_path() -> Path:
    return cache_root() / f"ha-{HA_VERSION}-{SUITE}"


def is_ready(root: Path | None = None) -> bool:
    """True when the root exists, was built by the current recipe and holds ``hass``."""
    root = root or root_path()
    try:
        marker = json.loads((root / MARKER).read_text())
    except (OSError, ValueError):
        return False
    return marker.get("recipe") == recipe_hash() and (root / HA_VENV[1:] / "bin" / "hass").exists()


def debian_mirror(sources: tuple[Path, ...] = (Path("/etc/apt/sources.list.d"),
                                              Path("/etc/apt/sources.list"))) -> str:
    """The Debian mirror this machine's apt uses (``$WITHINGS_GUI_DEBIAN_MIRROR`` wins);
    Debian's own when apt uses none (e.g. on Ubuntu)."""
    configured = os.environ.get("WITHINGS_GUI_DEBIAN_MIRROR")
    if configured:
        return configured.rstrip("/")
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files += sorted(source.glob("*.sources")) + sorted(source.glob("*.list"))
        elif source.is_file():
            files.append(source)
    for path in files:
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        for uri in _uris(text, deb822=path.suffix == ".sources"):
            if uri.rstrip("/").endswith("/debian"):  # not debian-security, not Ubuntu
                return uri.rstrip("/")
    return DEFAULT_MIRROR


def _uris(text: str, deb822: bool) -> list[str]:
    if deb822:
        return [uri for line in text.splitlines() if line.startswith("URIs:")
                for uri in line.split()[1:]]
    return [match.group(1) for match in
            re.finditer(r"^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)", text, re.MULTILINE)]


# -- running things inside the root ----------------------------------------------------------

def namespaced(root: Path, command: list[str], config_dir: Path | None = None) -> list[str]:
    """``command`` run chrooted in ``root`` inside a private mount namespace holding /proc,
    /dev (and the config folder on /config): the mounts end with the process, always.
    The process keeps its pid through every exec (no fork), so signals reach HA itself."""
    # sh's $0 is the root, $1 the config folder ("" for none), the rest is the command.
    script = ('set -e; mount -t proc proc "$0/proc"; mount --rbind /dev "$0/dev"; '
              f'[ -z "$1" ] || mount --bind "$1" "$0{CONFIG_MOUNT}"; '
              'root="$0"; shift; exec chroot "$root" "$@"')
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script,
            str(root), str(config_dir or ""), *command]


def chroot_env() -> dict[str, str]:
    """A clean environment for processes in the root: none of the host's Python or pip
    settings (PIP_FIND_LINKS names host folders), but its proxy settings."""
    env = {"PATH": CHROOT_PATH, "HOME": "/root", "LANG": "C.UTF-8",
           "PYTHONUNBUFFERED": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "PIP_DEFAULT_TIMEOUT": os.environ.get("PIP_DEFAULT_TIMEOUT", "120"),
           # uv (HA's installer) trusts only its own roots unless told about this bundle.
           "SSL_CERT_FILE": str(CA_BUNDLE)}
    for key in ("http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                "NO_PROXY"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


class RootInstall:
    """How ``HassServer`` runs this HA: chrooted in the cached root, in its own mount
    namespace, the test's config folder bound on ``/config``."""

    version = HA_VERSION

    def prepare(self) -> None:
        """Build the root if needed (cached; see ``ensure_root``)."""
        if os.geteuid() != 0:
            raise RootBuildError(f"Running Home Assistant {HA_VERSION} needs root (chroot and "
                                 "mounts): run the tests as root, as CI does, or narrow them "
                                 "with WITHINGS_GUI_TEST_HA_VERSIONS=2024.3.3.")
        self._root = ensure_root()

    def command(self, config_dir: Path) -> list[str]:
        hass = [f"{HA_VENV}/bin/hass", "-c", CONFIG_MOUNT, "--skip-pip"]
        return namespaced(self._root, hass, config_dir.resolve())

    def env(self) -> dict[str, str]:
        return chroot_env()

    def config_dir_in_ha(self, config_dir: Path) -> Path:
        return Path(CONFIG_MOUNT)


# -- building --------------------------------------------------------------------------------

def ensure_root(log: Log = _stderr, rebuild: bool = False) -> Path:
    """The ready root folder, built first if needed (under a lock, into a temp folder)."""
    return build_once(root_path(), is_ready, _build,
                      f"the Home Assistant {HA_VERSION} root", log, rebuild)


def _check_can_build() -> None:
    if os.geteuid() != 0:
        raise RootBuildError(f"Building the Home Assistant {HA_VERSION} test root needs root "
                             "(debootstrap and chroot); run ./scripts/run-tests as root, as CI "
                             "does.")
    for tool in ("debootstrap", "chroot", "unshare", "mount"):
        if shutil.which(tool) is None:
            raise RootBuildError(f"Building the Home Assistant {HA_VERSION} test root needs "
                                 f"{tool!r}, which is not installed (apt-get install "
                                 f"{'debootstrap' if tool == 'debootstrap' else 'util-linux'}).")


def _run(command: list[str], what: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=env, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        tail = "\n".join(result.stdout.splitlines()[-40:])
        raise RootBuildError(f"Building the Home Assistant {HA_VERSION} test root failed while "
                             f"{what} (exit {result.returncode}).\n$ {' '.join(command)}\n{tail}")
    return result.stdout


def _build(target: Path, log: Log) -> None:
    _check_can_build()
    started = time.monotonic()
    timings: dict[str, float] = {}
    last = [started]

    def step(message: str, finished: str | None = None) -> None:
        now = time.monotonic()
        if finished:
            timings[finished] = round(now - last[0], 1)
        last[0] = now
        log(f"[{now - started:6.1f} s] {message}")

    remove_leftovers(target, _remove_tree)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        building.chmod(0o755)
        mirror = debian_mirror()
        step(f"Building a Debian {SUITE} root for Home Assistant {HA_VERSION} in {target} "
             f"(once; about 5–10 minutes). debootstrap from {mirror}")
        # debootstrap mounts /proc and /sys in the target itself: in a namespace of its own,
        # those mounts end with it even when it is killed half-way.
        _run(["unshare", "--mount", "--propagation", "private", "debootstrap",
              "--variant=minbase", f"--include={','.join(DEBOOTSTRAP_INCLUDE)}",
              SUITE, str(building), mirror], "running debootstrap")

        step("Copying resolv.conf and the CA bundle in", "debootstrap")
        shutil.copyfile("/etc/resolv.conf", building / "etc" / "resolv.conf")
        if CA_BUNDLE.exists():  # pip inside must trust what pip outside trusts
            shutil.copyfile(CA_BUNDLE, building / CA_BUNDLE.relative_to("/"))
        (building / CONFIG_MOUNT[1:]).mkdir(exist_ok=True)

        step(f"Creating {HA_VENV} and installing homeassistant=={HA_VERSION}")
        env = chroot_env()
        _run(namespaced(building, ["python3", "-m", "venv", HA_VENV]), "creating the venv", env)
        pip = [f"{HA_VENV}/bin/pip", "install", "--no-input", "--quiet"]
        _run(namespaced(building, pip + [f"homeassistant=={HA_VERSION}"]),
             f"installing homeassistant=={HA_VERSION}", env)
        timings["venv + homeassistant"] = round(time.monotonic() - last[0], 1)
        if EXTRA_PACKAGES:
            step(f"Installing the {len(EXTRA_PACKAGES)} packages HA would install at its "
                 "first start, under HA's constraints")
            constraints = _run(namespaced(building, [
                f"{HA_VENV}/bin/python", "-c",
                "import homeassistant, os; print(os.path.join(os.path.dirname("
                "homeassistant.__file__), 'package_constraints.txt'))"]),
                "finding HA's constraints", env).strip().splitlines()[-1]
            _run(namespaced(building, pip + ["--constraint", constraints, *EXTRA_PACKAGES]),
                 "installing the packages HA needs at start", env)
            timings["extra packages"] = round(time.monotonic() - last[0], 1)

        step("Checking the installation")
        version = _run(namespaced(building, [f"{HA_VENV}/bin/python", "-c", _CHECK]),
                       "checking the installation", env).strip().splitlines()[-1]
        (building / MARKER).write_text(json.dumps(
            {"recipe": recipe_hash(), **recipe(), "mirror": mirror, "python": version,
             "step_seconds": timings,
             "built_in_seconds": round(time.monotonic() - started, 1)}, indent=2) + "\n")

        replacing = move_into_place(building, target, "root", RootBuildError)
    except BaseException:
        _remove_tree(building)
        raise
    step(f"Home Assistant {HA_VERSION} test root ready: {target}")
    if replacing:
        remove_leftovers(target, _remove_tree)


_CHECK = f"""
import importlib.metadata as md, sys
assert md.version("homeassistant") == "{HA_VERSION}", md.version("homeassistant")
import homeassistant.components.http, homeassistant.components.mobile_app
print("Python " + sys.version.split()[0])
"""


def _mounts_under(path: Path) -> list[str]:
    """Mount points at or below ``path`` in this process's mount namespace."""
    prefix = str(path.resolve())
    points = []
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        point = line.split()[4].encode().decode("unicode_escape")
        if point == prefix or point.startswith(prefix + "/"):
            points.append(point)
    return points


def _remove_tree(path: Path) -> None:
    """rmtree, but never through a mount: a /dev bound inside would take the host's /dev
    nodes with it. (Mounts live in private namespaces, so this is a guard, not a habit.)"""
    if not path.exists():
        return
    mounted = _mounts_under(path)
    if mounted:
        raise RootBuildError(f"Not removing {path}: something is mounted inside it "
                             f"({', '.join(mounted)}); unmount it first.")
    shutil.rmtree(path, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.support.hass_root",
        description=f"Build (once, cached) the Debian {SUITE} root holding Home Assistant "
                    f"{HA_VERSION} for the tests; print its path.")
    parser.add_argument("--rebuild", action="store_true",
                        help="build again even when the cached root is up to date")
    args = parser.parse_args(argv)
    target = root_path()
    if is_ready(target) and not args.rebuild:
        _stderr(f"Home Assistant {HA_VERSION} test root is up to date: {target}")
    else:
        try:
            ensure_root(rebuild=args.rebuild)
        except OSError as error:  # disk full, cache folder not writable, …
            print(f"error: building the Home Assistant {HA_VERSION} test root failed: "
                  f"{error}", file=sys.stderr)
            return 1
        except RootBuildError as error:
            # Details first, the one line that says what is wrong last, where it is seen.
            summary, _, details = str(error).partition("\n")
            if details:
                print(details, file=sys.stderr)
            print(f"error: {summary}", file=sys.stderr)
            return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
