"""The app's settings in ``config.json``: HA connection, Withings app, one entry per person.

Secrets never live here (see ``secrets.py``). A file that cannot be read or parsed raises
ConfigError naming the file and is never overwritten behind the user's back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from withings_gui.core.atomic import atomic_write
from withings_gui.core.errors import UserFacingError
from withings_gui.core.hass.naming import ProfileNameError, check_slug

CONFIG_VERSION = 1
UNITS = ("kg", "lb", "both")
MIN_INTERVAL_MINUTES = 1
MAX_INTERVAL_MINUTES = 24 * 60
DEFAULT_INTERVAL_MINUTES = 5


class ConfigError(UserFacingError):
    """The configuration file is unusable; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass
class Profile:
    slug: str
    display_name: str = ""
    unit: str = "kg"
    withings_userid: str | None = None

    @property
    def display_unit(self) -> str:
        """The unit shown in the tray: pounds only when pounds alone were chosen."""
        return "lb" if self.unit == "lb" else "kg"


@dataclass
class Config:
    client_id: str = ""
    callback_url: str = ""
    ha_url: str = ""
    # A certificate (or CA) file to trust for Home Assistant's https: a self-signed one.
    ha_ca_file: str = ""
    # Identifies this install in HA's mobile_app registration; not a secret.
    ha_device_id: str = ""
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    notify_new_weigh_in: bool = True
    autostart: bool = False
    paused: bool = False
    demo: bool = False
    profiles: dict[str, Profile] = field(default_factory=dict)

    @property
    def is_configured(self) -> bool:
        return bool(self.client_id and self.profiles)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["version"] = CONFIG_VERSION
        return data

    @classmethod
    def from_json(cls, data: Any, path: Path) -> "Config":
        if not isinstance(data, dict):
            raise ConfigError(path, f"expected a JSON object, found {type(data).__name__}")
        version = data.get("version", CONFIG_VERSION)
        if version != CONFIG_VERSION:
            raise ConfigError(path, f"written by another version of withings-gui "
                                    f"(config version {version!r}, this one reads "
                                    f"{CONFIG_VERSION})")
        raw_profiles = data.get("profiles") or {}
        if not isinstance(raw_profiles, dict) or \
                not all(isinstance(value, dict) for value in raw_profiles.values()):
            raise ConfigError(path, "profiles must be an object of profile objects, e.g. "
                                    '{"alice": {...}}')
        try:
            profiles = {slug: Profile(**value) for slug, value in raw_profiles.items()}
            known = {f for f in cls.__dataclass_fields__ if f != "profiles"}
            config = cls(**{k: v for k, v in data.items() if k in known}, profiles=profiles)
        except (TypeError, AttributeError) as exc:
            raise ConfigError(path, f"unexpected content ({exc})") from None
        config.validate(path)
        return config

    def validate(self, path: Path) -> None:
        checks = [
            (isinstance(self.client_id, str), "client_id must be text"),
            (isinstance(self.callback_url, str), "callback_url must be text"),
            (isinstance(self.ha_url, str), "ha_url must be text"),
            (isinstance(self.ha_ca_file, str), "ha_ca_file must be text"),
            (isinstance(self.ha_device_id, str), "ha_device_id must be text"),
            (isinstance(self.profiles, dict), "profiles must be an object"),
            (isinstance(self.interval_minutes, int)
             and not isinstance(self.interval_minutes, bool)
             and MIN_INTERVAL_MINUTES <= self.interval_minutes <= MAX_INTERVAL_MINUTES,
             f"interval_minutes must be a whole number from {MIN_INTERVAL_MINUTES} to "
             f"{MAX_INTERVAL_MINUTES}"),
        ]
        for slug, profile in self.profiles.items():
            checks.append((isinstance(profile.slug, str) and profile.slug == slug
                           and _is_slug(slug), f"profile {slug!r}: not a valid profile slug"))
            checks.append((profile.unit in UNITS,
                           f"profile {slug!r}: unit must be one of {', '.join(UNITS)}"))
        for ok, problem in checks:
            if not ok:
                raise ConfigError(path, problem)


def _is_slug(slug: str) -> bool:
    try:
        check_slug(slug)
    except ProfileNameError:
        return False
    return True


def load_config(path: Path) -> Config:
    """The saved config, or a blank one when there is no file yet."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        raise ConfigError(path, f"cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, "is not UTF-8 text; fix or remove the file") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}); "
                                "fix or remove the file") from None
    return Config.from_json(data, path)


def save_config(path: Path, config: Config) -> None:
    """Atomically replace the config file; on failure the previous file stays intact."""
    config.validate(path)
    text = json.dumps(config.to_json(), indent=2, sort_keys=True) + "\n"
    try:
        atomic_write(Path(path), text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(path, f"could not be saved ({exc.strerror}); the previous "
                                "settings are unchanged") from None
