"""Where withings-gui keeps its files: one override for tests and demo mode.

Everything lives below one config folder (config.json, the SQLite history, logs, locks and
the fallback secrets file) so that a test or ``--demo`` run can point the whole app elsewhere
with ``--config-dir`` or ``WITHINGS_GUI_CONFIG_DIR``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "withings-gui"
ENV_CONFIG_DIR = "WITHINGS_GUI_CONFIG_DIR"


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

    def token_lock(self, profile: str) -> Path:
        return self.lock_dir / f"token-{profile}.lock"

    def ensure(self) -> "AppPaths":
        for folder in (self.root, self.log_dir, self.lock_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(config_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The explicit folder wins, then the environment, then the platform's config folder."""
    chosen = config_dir or os.environ.get(ENV_CONFIG_DIR)
    if chosen:
        return AppPaths(Path(chosen).expanduser().resolve())
    return AppPaths(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))
