"""Where withings-gui keeps its files: one override for tests and demo mode.

Everything lives below one config folder (config.json, the SQLite history, logs, locks and
the fallback secrets file) so that a test or ``--demo`` run can point the whole app elsewhere
with ``--config-dir`` or ``WITHINGS_GUI_CONFIG_DIR``. The folder holds weights and tokens: it
is kept 0700 and every file in it 0600, whatever the umask or an older version left.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import platformdirs

from withings_gui.core.errors import UserFacingError
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

APP_NAME = "withings-gui"
ENV_CONFIG_DIR = "WITHINGS_GUI_CONFIG_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# The files the app keeps in the settings folder (history.sqlite3-wal, atomic writes' temp
# files ".config.json.xyz.tmp" and so on included).
_OWN_FILE_PREFIXES = ("config.json", "secrets.json", "history.sqlite3", "tray-weight.json",
                      "wizard-progress.json", ".config.json.", ".secrets.json.",
                      ".tray-weight.json.", ".wizard-progress.json.")
# For every file the app (or SQLite, filelock, a library) creates from now on.
PRIVATE_UMASK = 0o077


# What a folder holds, named in its error ("withings-gui's log files").
FILES = QT_TRANSLATE_NOOP("core.paths", "files")
SETTINGS = QT_TRANSLATE_NOOP("core.paths", "settings")
LOCK_FILES = QT_TRANSLATE_NOOP("core.paths", "lock files")
LOG_FILES = QT_TRANSLATE_NOOP("core.paths", "log files")


class PathsError(UserFacingError):
    """A folder of the app cannot be used (a file is in its place, no permission)."""


@dataclass(frozen=True)
class AppPaths:
    root: Path

    @property
    def config_file(self) -> Path:
        return self.root / "config.json"

    @property
    def store_file(self) -> Path:
        return self.root / "history.sqlite3"

    @property
    def secrets_file(self) -> Path:
        return self.root / "secrets.json"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "withings-gui.log"

    @property
    def lock_dir(self) -> Path:
        return self.root / "locks"

    @property
    def tray_weight_file(self) -> Path:
        return self.root / "tray-weight.json"

    @property
    def wizard_state_file(self) -> Path:
        return self.root / "wizard-progress.json"

    @property
    def config_lock(self) -> Path:
        return self.lock_dir / "config.lock"

    def token_lock(self, profile: str) -> Path:
        return self.lock_dir / f"token-{profile}.lock"

    def ensure(self) -> "AppPaths":
        """Create the folders 0700 and tighten what an earlier run left looser.

        PathsError (one line naming the path) when a folder cannot be had."""
        make_private_dir(self.root, SETTINGS)
        # Only the app's own files here: --config-dir may name a folder holding others too.
        tighten_files(self.root, own=lambda name: name.startswith(_OWN_FILE_PREFIXES))
        make_private_dir(self.lock_dir, LOCK_FILES)
        tighten_files(self.lock_dir)
        try:
            make_private_dir(self.log_dir, LOG_FILES)
            tighten_files(self.log_dir)
        except PathsError:
            pass  # the app runs without a log file; setup_logging says so once
        return self


def make_private_dir(folder: Path, what: str = FILES) -> None:
    """``folder`` exists afterwards as a folder only its owner can enter; ``what`` is one of
    the names above (translated where the error is shown)."""
    held = Message("core.paths", what)
    if folder.is_symlink() or folder.exists():
        if not folder.is_dir():
            raise PathsError(Message("core.paths", QT_TRANSLATE_NOOP(
                "core.paths", "{folder} is a file, not a folder, but withings-gui keeps its "
                "{what} in a folder of that name: move or delete that file and start again."),
                {"folder": str(folder), "what": held}))
    else:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        except OSError as exc:
            raise PathsError(Message("core.paths", QT_TRANSLATE_NOOP(
                "core.paths", "The folder {folder} for withings-gui's {what} could not be "
                "created ({reason}): check that its parent folder exists, is a folder and is "
                "writable, or choose another folder with --config-dir."),
                {"folder": str(folder), "what": held, "reason": str(exc.strerror or exc)})) \
                from None
    _chmod_if_looser(folder, PRIVATE_DIR_MODE)


def tighten_files(folder: Path, own: Callable[[str], bool] = lambda name: True) -> None:
    """Every regular file directly in ``folder`` (whose name is ``own``) becomes 0600 when
    it was looser."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return  # what cannot be listed is reported when it is used
    for entry in entries:
        try:
            if own(entry.name) and entry.is_file(follow_symlinks=False):
                _chmod_if_looser(Path(entry.path), PRIVATE_FILE_MODE)
        except OSError:
            continue


def _chmod_if_looser(path: Path, mode: int) -> None:
    if os.name != "posix":  # elsewhere the folder's ACL decides
        return
    try:
        current = stat.S_IMODE(path.lstat().st_mode)
        if current & ~mode:
            os.chmod(path, current & mode)
    except OSError:
        pass  # not ours to change (another owner): nothing better to do than go on


def use_private_umask() -> None:
    """Files the app creates are private even where a library picks the mode (SQLite's
    -wal/-shm, lock files): called once at the start of every process of the app."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def resolve_paths(config_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The explicit folder wins, then the environment, then the platform's config folder."""
    chosen = config_dir or os.environ.get(ENV_CONFIG_DIR)
    if chosen:
        return AppPaths(Path(chosen).expanduser().resolve())
    return AppPaths(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))
