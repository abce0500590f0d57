"""The app's settings in ``config.json``: HA connection, Withings app, one entry per person.

Secrets never live here (see ``secrets.py``). A file that cannot be read or parsed raises
ConfigError naming the file and is never overwritten behind the user's back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable

from withings_gui.core.atomic import atomic_write
from withings_gui.core.errors import UserFacingError
from withings_gui.core.profile_slug import is_saved_slug

CONFIG_VERSION = 1
UNITS = ("kg", "lb", "both", "st")
MIN_INTERVAL_MINUTES = 1
MAX_INTERVAL_MINUTES = 24 * 60
DEFAULT_INTERVAL_MINUTES = 5
# The languages the app speaks, English (the source) first; "" in the settings follows the
# system's language.
LANGUAGES = ("en", "de", "nl", "fr", "es", "it")


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
    # Also read the latest ECG classification (Heart v2 - List): the person opted in on the
    # profile page. Without it the ECG list is never asked for.
    read_ecg: bool = False

    @property
    def display_unit(self) -> str:
        """The unit shown in the tray: pounds or stones when chosen alone, else kg."""
        return self.unit if self.unit in ("lb", "st") else "kg"


@dataclass
class Config:
    client_id: str = ""
    callback_url: str = ""
    ha_url: str = ""
    # A certificate (or CA) file to trust for Home Assistant's https: a self-signed one.
    ha_ca_file: str = ""
    # Read only: where versions before issue 20 kept the HA device id. It now lives in the
    # database (HistoryStore.ha_device_id), which takes this one over; kept in the file
    # until then, never written anew.
    ha_device_id: str = ""
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    notify_new_weigh_in: bool = True
    autostart: bool = False
    paused: bool = False
    demo: bool = False
    # One of LANGUAGES, or "" to follow the system's language.
    language: str = ""
    profiles: dict[str, Profile] = field(default_factory=dict)

    @property
    def is_configured(self) -> bool:
        return bool(self.client_id and self.profiles)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if not self.ha_device_id:
            del data["ha_device_id"]
        data["version"] = CONFIG_VERSION
        return data

    @classmethod
    def from_json(cls, data: Any, path: Path) -> "Config":
        """The config in ``data`` (parsed JSON), or ConfigError naming what is wrong."""
        if not isinstance(data, dict):
            raise ConfigError(path, f"expected a JSON object, found {type(data).__name__}")
        version = data.get("version", CONFIG_VERSION)
        if version != CONFIG_VERSION or isinstance(version, bool):
            raise ConfigError(path, f"written by another version of withings-gui "
                                    f"(config version {_shown(version)}, this one reads "
                                    f"{CONFIG_VERSION})")
        raw_profiles = data.get("profiles") or {}
        if not isinstance(raw_profiles, dict) or \
                not all(isinstance(value, dict) for value in raw_profiles.values()):
            raise ConfigError(path, "profiles must be an object of profile objects, e.g. "
                                    '{"alice": {...}}')
        profile_fields = set(Profile.__dataclass_fields__)
        for slug, value in raw_profiles.items():
            unknown = sorted(set(value) - profile_fields)
            if unknown:
                raise ConfigError(path, f"unexpected content in profile {_shown(slug)} "
                                        f"(unknown setting {_shown(unknown[0])})")
            if "slug" not in value:
                raise ConfigError(path, f"profile {_shown(slug)} has no slug")
        profiles = {slug: Profile(**value) for slug, value in raw_profiles.items()}
        known = {f for f in cls.__dataclass_fields__ if f != "profiles"}
        config = cls(**{k: v for k, v in data.items() if k in known}, profiles=profiles)
        config.validate(path)
        return config

    def validate(self, path: Path) -> None:
        """ConfigError when a value has the wrong type or range: every field, every profile."""
        for name, problem in _type_problems(self, skip=("profiles", "interval_minutes")):
            raise ConfigError(path, f"{name} {problem}")
        checks = [
            (isinstance(self.profiles, dict), "profiles must be an object"),
            (isinstance(self.interval_minutes, int)
             and not isinstance(self.interval_minutes, bool)
             and MIN_INTERVAL_MINUTES <= self.interval_minutes <= MAX_INTERVAL_MINUTES,
             f"interval_minutes must be a whole number from {MIN_INTERVAL_MINUTES} to "
             f"{MAX_INTERVAL_MINUTES}"),
            (self.language in ("", *LANGUAGES),
             f"language must be one of {', '.join(LANGUAGES)} or \"\" (the system's)"),
        ]
        for ok, problem in checks:
            if not ok:
                raise ConfigError(path, problem)
        for slug, profile in self.profiles.items():
            shown = _shown(slug)
            if not (isinstance(profile.slug, str) and profile.slug == slug
                    and is_saved_slug(slug)):
                raise ConfigError(path, f"profile {shown}: not a valid profile slug "
                                        "(lowercase letters, digits and '_', starting with a "
                                        "letter, e.g. alice or bob_smith)")
            for name, problem in _type_problems(profile, skip=("slug", "unit")):
                raise ConfigError(path, f"profile {shown}: {name} {problem}")
            if not (isinstance(profile.unit, str) and profile.unit in UNITS):
                raise ConfigError(path, f"profile {shown}: unit must be one of "
                                        f"{', '.join(UNITS)}")


def _type_problems(obj: Any, skip: tuple[str, ...]) -> list[tuple[str, str]]:
    """(field, problem) for each field whose value is not of its default's type.

    Text must also be storable as UTF-8: JSON can carry lone surrogates (``"\\ud800"``) that
    would fail later, when the file is written or a message printed."""
    problems = []
    for spec in fields(obj):
        if spec.name in skip:
            continue
        value = getattr(obj, spec.name)
        if spec.default is None and value is None:
            continue
        kind = type(spec.default) if spec.default is not None else str
        if kind is str:
            if not isinstance(value, str) or not _is_utf8(value):
                problems.append((spec.name, "must be text"))
        elif kind is bool:
            if not isinstance(value, bool):
                problems.append((spec.name, "must be true or false"))
        elif kind is int and (not isinstance(value, int) or isinstance(value, bool)):
            problems.append((spec.name, "must be a whole number"))
    return problems


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _json_kind(value: Any) -> str:
    return {list: "a list", dict: "an object", str: "text", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def _shown(value: Any, limit: int = 40) -> str:
    """A value quoted for a message, cut short: a message stays one readable line.

    Lists and objects are only named: their repr could be huge or nested past the
    recursion limit."""
    if isinstance(value, (list, dict)):
        return _json_kind(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10 ** 30:
        return "a huge number"
    text = ascii(value) if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


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
    except RecursionError:
        raise ConfigError(path, "is nested too deeply to be settings; fix or remove the "
                                "file") from None
    except ValueError:  # e.g. a number of more than 4300 digits
        raise ConfigError(path, "holds a number too long to read; fix or remove the "
                                "file") from None
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


class ConfigStore:
    """The one owner of ``config.json``: every change is a locked read-modify-write.

    The tray, the wizard, the CLI and sync children may all run at once. Each change is
    applied to the file as it is now (not to a copy read earlier), under a lock file, so no
    process overwrites what another saved in between."""

    def __init__(self, path: Path, lock_file: Path) -> None:
        self.path = Path(path)
        self._lock_file = Path(lock_file)

    def load(self) -> Config:
        """The settings on disk now (a blank Config when there is no file yet)."""
        return load_config(self.path)

    def update(self, change: Callable[[Config], None]) -> Config:
        """Apply ``change`` to the current file and save it; the saved settings are returned.

        ``change`` edits the Config it is given in place and should set only what it means
        to change. ConfigError when the file is unusable or cannot be saved (the file is
        then unchanged)."""
        # Loaded here, not at import: the tray reads settings at start-up without it.
        import filelock

        try:
            with filelock.FileLock(str(self._lock_file)):
                config = load_config(self.path)
                change(config)
                save_config(self.path, config)
        except filelock.Timeout:  # pragma: no cover - no timeout is set
            raise ConfigError(self.path, "is locked by another process") from None
        except OSError as exc:  # the lock file cannot be made (folder gone, read-only)
            raise ConfigError(self.path, f"could not be locked for saving ({exc.strerror}); "
                                         "the settings are unchanged") from None
        return config
