"""Everything one run of the app works with: paths, settings, secrets, endpoints, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from withings_gui.core.config import Config, ConfigStore
from withings_gui.core.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from withings_gui.core.secrets import SecretStore
    from withings_gui.core.store import HistoryStore
    from withings_gui.core.withings.endpoints import Endpoints


@dataclass
class AppContext:
    paths: AppPaths
    config: Config
    _endpoints: Endpoints | None = field(default=None, repr=False)
    _secrets: SecretStore | None = field(default=None, repr=False)
    _store: HistoryStore | None = field(default=None, repr=False)

    @classmethod
    def open(cls, config_dir: str | None = None) -> "AppContext":
        """Load settings, raising ConfigError for an unusable file."""
        paths = resolve_paths(config_dir).ensure()
        config = ConfigStore(paths.config_file, paths.config_lock).load()
        return cls(paths, config)

    @property
    def settings(self) -> ConfigStore:
        """The owner of config.json: change settings only through ``update_config``."""
        return ConfigStore(self.paths.config_file, self.paths.config_lock)

    def update_config(self, change: Callable[[Config], None]) -> Config:
        """Apply ``change`` to the settings on disk (locked read-modify-write) and keep the
        result as ``self.config``: what other processes saved meanwhile is kept too."""
        self.config = self.settings.update(change)
        return self.config

    def reload_config(self) -> Config:
        """Read the settings again (another process may have changed them)."""
        self.config = self.settings.load()
        return self.config

    @property
    def endpoints(self) -> Endpoints:
        # Read on first use: the tray needs them only for its first sync's child process,
        # after its icon is up.
        if self._endpoints is None:
            from withings_gui.core.withings.endpoints import Endpoints

            self._endpoints = Endpoints.from_env()
        return self._endpoints

    @endpoints.setter
    def endpoints(self, endpoints: Endpoints) -> None:
        self._endpoints = endpoints

    @property
    def secrets(self) -> SecretStore:
        # Opened on first use: the tray never needs the keyring (its syncs run in a child),
        # and the keyring libraries cost it ~25 MB of memory.
        if self._secrets is None:
            from withings_gui.core.secrets import SecretStore

            self._secrets = SecretStore(self.paths)
        return self._secrets

    @secrets.setter
    def secrets(self, store: SecretStore) -> None:
        self._secrets = store

    @property
    def secrets_opened(self) -> bool:
        return self._secrets is not None

    @property
    def store(self) -> HistoryStore:
        # Opened on first use: `configure` never touches the database, and the tray only
        # for its History window (SQLite costs it 1.5 MB).
        if self._store is None:
            from withings_gui.core.store import HistoryStore

            self._store = HistoryStore(self.paths.store_file)
        return self._store

    def ha_device_id(self) -> str:
        """A stable id for this install's mobile_app registration, kept in the database.

        Made on first use, or taken over from config.json where an older version kept it:
        config.json itself is left alone (sync children never write settings)."""
        return self.store.ha_device_id(carried_over=self.config.ha_device_id)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
