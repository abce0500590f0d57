"""The app's settings in ``config.json``: HA connection, Withings app, one entry per person.

Secrets never live here (see ``secrets.py``). A file that cannot be read or parsed raises
ConfigError naming the file and is never overwritten behind the user's back.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable

from withings_gui.core.atomic import atomic_write
from withings_gui.core.errors import UserFacingError
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.profile_slug import is_saved_slug

C = "core.config"
CONFIG_VERSION = 1
UNITS = ("kg", "lb", "both", "st")
MIN_INTERVAL_MINUTES = 1
MAX_INTERVAL_MINUTES = 24 * 60
DEFAULT_INTERVAL_MINUTES = 5
# A webhook id goes into a URL path: letters, digits, '-' and '_' only (we make 32 hex).
WEBHOOK_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")
# The languages the app speaks, English (the source) first; "" in the settings follows the
# system's language.
LANGUAGES = ("en", "de", "nl", "fr", "es", "it")


class ConfigError(UserFacingError):
    """The configuration file is unusable; the message names the file and the problem."""

    def __init__(self, path: Path, problem: Message | str) -> None:
        super().__init__(Message(C, QT_TRANSLATE_NOOP("core.config", "{path}: {problem}"),
                                 {"path": str(path), "problem": problem}))
        self.path = path
        self.problem = str(problem)


def _said(source: str, **values: object) -> Message:
    return Message(C, source, values)


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
    # The secret part of the push address (https://<public HA>/api/webhook/<id>): anyone
    # who knows it can make the tray fetch. Made on first need (core/push/callback.py).
    push_webhook_id: str = ""

    @property
    def is_configured(self) -> bool:
        return bool(self.client_id and self.profiles)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for optional in ("ha_device_id", "push_webhook_id"):
            if not data[optional]:  # not written until there is one
                del data[optional]
        data["version"] = CONFIG_VERSION
        return data

    @classmethod
    def from_json(cls, data: Any, path: Path) -> "Config":
        """The config in ``data`` (parsed JSON), or ConfigError naming what is wrong."""
        if not isinstance(data, dict):
            raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                "core.config", "expected a JSON object, found {kind}"),
                kind=type(data).__name__))
        version = data.get("version", CONFIG_VERSION)
        if version != CONFIG_VERSION or isinstance(version, bool):
            raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                "core.config", "written by another version of withings-gui (config version "
                "{version}, this one reads {supported})"),
                version=_shown(version), supported=CONFIG_VERSION))
        raw_profiles = data.get("profiles") or {}
        if not isinstance(raw_profiles, dict) or \
                not all(isinstance(value, dict) for value in raw_profiles.values()):
            raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                "core.config", "profiles must be an object of profile objects, e.g. "
                "{example}"), example='{"alice": {...}}'))
        profile_fields = set(Profile.__dataclass_fields__)
        for slug, value in raw_profiles.items():
            unknown = sorted(set(value) - profile_fields)
            if unknown:
                raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                    "core.config", "unexpected content in profile {profile} (unknown setting "
                    "{setting})"), profile=_shown(slug), setting=_shown(unknown[0])))
            if "slug" not in value:
                raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                    "core.config", "profile {profile} has no slug"), profile=_shown(slug)))
        profiles = {slug: Profile(**value) for slug, value in raw_profiles.items()}
        known = {f for f in cls.__dataclass_fields__ if f != "profiles"}
        config = cls(**{k: v for k, v in data.items() if k in known}, profiles=profiles)
        config.validate(path)
        return config

    def validate(self, path: Path) -> None:
        """ConfigError when a value has the wrong type or range: every field, every profile."""
        for problem in _type_problems(self, skip=("profiles", "interval_minutes")):
            raise ConfigError(path, problem)
        checks = [
            (isinstance(self.profiles, dict), _said(QT_TRANSLATE_NOOP(
                "core.config", "profiles must be an object"))),
            (not self.push_webhook_id or WEBHOOK_ID.fullmatch(self.push_webhook_id),
             _said(QT_TRANSLATE_NOOP(
                 "core.config", "push_webhook_id must be 16 to 64 letters, digits, '-' or '_' "
                 "(remove it to get a new one)"))),
            (isinstance(self.interval_minutes, int)
             and not isinstance(self.interval_minutes, bool)
             and MIN_INTERVAL_MINUTES <= self.interval_minutes <= MAX_INTERVAL_MINUTES,
             _said(QT_TRANSLATE_NOOP(
                 "core.config", "interval_minutes must be a whole number from {low} to "
                 "{high}"), low=MIN_INTERVAL_MINUTES, high=MAX_INTERVAL_MINUTES)),
            (self.language in ("", *LANGUAGES),
             _said(QT_TRANSLATE_NOOP(
                 "core.config", "language must be one of {languages} or \"\" (the system's)"),
                 languages=", ".join(LANGUAGES))),
        ]
        for ok, problem in checks:
            if not ok:
                raise ConfigError(path, problem)
        for slug, profile in self.profiles.items():
            shown = _shown(slug)
            if not (isinstance(profile.slug, str) and profile.slug == slug
                    and is_saved_slug(slug)):
                raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                    "core.config", "profile {profile}: not a valid profile slug (lowercase "
                    "letters, digits and '_', starting with a letter, e.g. alice or "
                    "bob_smith)"), profile=shown))
            for problem in _type_problems(profile, skip=("slug", "unit")):
                raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                    "core.config", "profile {profile}: {problem}"),
                    profile=shown, problem=problem))
            if not (isinstance(profile.unit, str) and profile.unit in UNITS):
                raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
                    "core.config", "profile {profile}: unit must be one of {units}"),
                    profile=shown, units=", ".join(UNITS)))


def _type_problems(obj: Any, skip: tuple[str, ...]) -> list[Message]:
    """What is wrong, for each field whose value is not of its default's type.

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
                problems.append(_said(QT_TRANSLATE_NOOP(
                    "core.config", "{name} must be text"), name=spec.name))
        elif kind is bool:
            if not isinstance(value, bool):
                problems.append(_said(QT_TRANSLATE_NOOP(
                    "core.config", "{name} must be true or false"), name=spec.name))
        elif kind is int and (not isinstance(value, int) or isinstance(value, bool)):
            problems.append(_said(QT_TRANSLATE_NOOP(
                "core.config", "{name} must be a whole number"), name=spec.name))
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
        raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
            "core.config", "cannot be read ({reason})"), reason=exc.strerror)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
            "core.config", "is not UTF-8 text; fix or remove the file"))) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
            "core.config", "is not valid JSON (line {line}, column {column}); fix or remove "
            "the file"), line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
            "core.config", "is nested too deeply to be settings; fix or remove the file"))) \
            from None
    except ValueError:  # e.g. a number of more than 4300 digits
        raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
            "core.config", "holds a number too long to read; fix or remove the file"))) \
            from None
    return Config.from_json(data, path)


def save_config(path: Path, config: Config) -> None:
    """Atomically replace the config file; on failure the previous file stays intact."""
    config.validate(path)
    text = json.dumps(config.to_json(), indent=2, sort_keys=True) + "\n"
    try:
        atomic_write(Path(path), text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(path, _said(QT_TRANSLATE_NOOP(
            "core.config", "could not be saved ({reason}); the previous settings are "
            "unchanged"), reason=exc.strerror)) from None


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
            raise ConfigError(self.path, _said(QT_TRANSLATE_NOOP(
                "core.config", "is locked by another process"))) from None
        except OSError as exc:  # the lock file cannot be made (folder gone, read-only)
            raise ConfigError(self.path, _said(QT_TRANSLATE_NOOP(
                "core.config", "could not be locked for saving ({reason}); the settings are "
                "unchanged"), reason=exc.strerror)) from None
        return config
