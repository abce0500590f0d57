"""What the wizard has gathered so far: a draft of the settings, saved between runs.

Pages ``apply()`` their fields into the draft; nothing reaches ``config.json`` before the
commit (``commit.py``), which sets only the fields the wizard owns (``apply_to``), so what
the tray changed meanwhile (paused, say) is kept. The draft is saved after every page so
closing the wizard loses nothing. It never holds a secret on disk: the HA token and the
Consumer Secret go to the keyring, as they did before the draft existed.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from withings_gui.core.atomic import atomic_write
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.config import (DEFAULT_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES,
                                      MIN_INTERVAL_MINUTES, UNITS, Config, Profile)
from withings_gui.core.profile_slug import is_saved_slug
from withings_gui.core.setup.home_network import PATH_KINDS, path_kind_of
from withings_gui.core.validation import (InputError, check_client_id, check_web_address,
                                          normalize_ha_url)

# The temporary profile the authorize page logs in under (a key in the secret store).
PENDING_PROFILE = "_pending"
_PROFILE_KEY = re.compile(r"_?[a-z0-9_]{1,40}")
# Fields that live in memory only: secrets (they go to the keyring) and the demo flag
# (a property of the running session, never of a saved file).
_NOT_SAVED = ("secrets", "demo")


@dataclass
class SetupDraft:
    path_kind: str = "own_domain"     # or "nabu_casa", "home_network" (see home_network.py)
    # A Withings developer app made before (for Home Assistant's integration, say): its
    # Client Id, Secret and callback URL are pasted, nothing is registered.
    existing_app: bool = False
    skip_hass: bool = False           # demo only
    ha_url: str = ""
    ha_ca_file: str = ""
    callback_url: str = ""
    contact_email: str = ""
    client_id: str = ""
    # The person being set up: the Withings account logged in, and the name given to it.
    withings_userid: str = ""
    display_name: str = ""
    profile_slug: str = ""
    # The secret-store key the person's tokens are under now: the pending profile after a
    # fresh login, their profile once committed. A rename moves them from here.
    login_profile: str = ""
    pending_profile: str = PENDING_PROFILE
    unit: str = "kg"
    # The person's opt-in to ECG results (Profile.read_ecg). Changing it needs no new login:
    # Withings serves the ECG list under "user.metrics", which every login asks for
    # (core/withings/oauth.SCOPES; a test keeps it so).
    read_ecg: bool = False
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    notify_new_weigh_in: bool = True
    autostart: bool = False
    done: list[str] = field(default_factory=list)
    # Never saved (see _NOT_SAVED): typed secrets on their way to the keyring.
    secrets: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    demo: bool = False
    # Why saved progress was set aside (a Message), for the first page to show. Deliberately
    # without a type annotation: a plain class attribute, not a dataclass field, so it is
    # never saved.
    note = None

    @classmethod
    def from_config(cls, config: Config) -> "SetupDraft":
        """A draft pre-filled from the settings (a re-run edits what is there)."""
        profile = next(iter(config.profiles.values()), None)
        return cls(path_kind=path_kind_of(config.callback_url) if config.callback_url
                   else "own_domain",
                   ha_url=config.ha_url, ha_ca_file=config.ha_ca_file,
                   callback_url=config.callback_url, client_id=config.client_id,
                   unit=profile.unit if profile else "kg",
                   read_ecg=profile.read_ecg if profile else False,
                   interval_minutes=config.interval_minutes,
                   notify_new_weigh_in=config.notify_new_weigh_in,
                   autostart=config.autostart, demo=config.demo)

    def mark_done(self, page: str) -> None:
        if page not in self.done:
            self.done.append(page)

    def restart_person(self) -> None:
        """"Add another person" (or re-authorize): log in and name the next profile."""
        self.done = [p for p in self.done if p not in ("authorize", "profile", "finish")]
        self.withings_userid = self.display_name = self.profile_slug = self.login_profile = ""
        self.read_ecg = False  # one person's choice, not the next one's

    def logged_in(self, userid: str) -> None:
        """A fresh Withings login: its tokens are under the pending profile."""
        self.withings_userid = userid
        self.login_profile = self.pending_profile

    def apply_to(self, config: Config) -> None:
        """Set the fields the wizard owns on ``config`` (the file as it is now), nothing else.

        A person renamed after an earlier commit loses the old name: the profile this
        wizard made for the same login is removed (``commit`` has moved its tokens)."""
        config.client_id = self.client_id
        config.callback_url = self.callback_url
        if not self.skip_hass:
            config.ha_url = self.ha_url
            config.ha_ca_file = self.ha_ca_file
        config.interval_minutes = self.interval_minutes
        config.notify_new_weigh_in = self.notify_new_weigh_in
        config.autostart = self.autostart
        if self.demo:
            config.demo = True
        if not self.profile_slug:
            return
        old = config.profiles.get(self.login_profile)
        if self.login_profile != self.profile_slug and old is not None \
                and old.withings_userid == self.withings_userid:
            del config.profiles[self.login_profile]
        profile = config.profiles.setdefault(self.profile_slug, Profile(self.profile_slug))
        profile.display_name = self.display_name
        profile.withings_userid = self.withings_userid or None
        profile.unit = self.unit
        profile.read_ecg = self.read_ecg

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in _NOT_SAVED:
            del data[name]
        return data


SAVED_FIELDS = tuple(f.name for f in fields(SetupDraft) if f.name not in _NOT_SAVED)


def load_draft(path: Path, config: Config, pages: tuple[str, ...]) -> SetupDraft:
    """The saved draft over the current settings, or a fresh one from the settings alone;
    ``note`` says why when a saved file was unusable.

    The file is only a convenience, so whatever it holds never stops the wizard: a damaged
    one is set aside in favour of a fresh start (and overwritten by the next page done)."""
    draft = SetupDraft.from_config(config)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return draft
    except OSError as exc:
        return _fresh_start(draft, path, _said(QT_TRANSLATE_NOOP(
            "core.setup_draft", "it cannot be read: {why}"), why=exc.strerror))
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        return _fresh_start(draft, path, _said(QT_TRANSLATE_NOOP(
            "core.setup_draft", "it is nested too deeply")))
    except ValueError:  # not UTF-8, not JSON, a number of thousands of digits
        return _fresh_start(draft, path, _said(QT_TRANSLATE_NOOP(
            "core.setup_draft", "it is not valid JSON")))
    if not isinstance(data, dict):
        return _fresh_start(draft, path, _said(QT_TRANSLATE_NOOP(
            "core.setup_draft", "it is not a JSON object")))
    values = {k: v for k, v in data.items() if k in SAVED_FIELDS}
    problem = _draft_problem(values)
    if problem:
        return _fresh_start(draft, path, problem)
    for name, value in values.items():
        setattr(draft, name, value)
    draft.done = [p for p in draft.done if p in pages]
    if "login_profile" not in values and draft.withings_userid:
        # Saved before the draft knew where the login is: it is under the pending profile,
        # and the person is named again (the name was not saved then).
        draft.login_profile = draft.pending_profile
        draft.done = [p for p in draft.done if p not in ("profile", "finish")]
    return draft


def _said(source: str, **values: object) -> Message:
    return Message("core.setup_draft", source, values)


def _draft_problem(values: dict[str, Any]) -> Message | None:
    defaults = SetupDraft()
    for name, value in values.items():
        default = getattr(defaults, name)
        if name == "done":
            if not (isinstance(value, list) and all(isinstance(p, str) for p in value)):
                return _said(QT_TRANSLATE_NOOP(
                    "core.setup_draft", "its list of finished pages is not a list of page names"))
        elif not isinstance(value, type(default)) or \
                isinstance(value, bool) != isinstance(default, bool):
            return _said(QT_TRANSLATE_NOOP(
                "core.setup_draft", "{name} has a value of the wrong kind"), name=name)
        elif isinstance(value, str) and not _is_plain_text(value):
            return _said(QT_TRANSLATE_NOOP(
                "core.setup_draft", "{name} holds text that cannot be used"), name=name)
    if values.get("path_kind", PATH_KINDS[0]) not in PATH_KINDS:
        return _said(QT_TRANSLATE_NOOP(
            "core.setup_draft", "its choice of callback address is unknown"))
    for name in ("pending_profile", "login_profile"):
        if values.get(name) and not _PROFILE_KEY.fullmatch(values[name]):
            return _said(QT_TRANSLATE_NOOP(
                "core.setup_draft", "its {name} name is not a profile name"),
                name=name.replace("_", " "))
    if values.get("profile_slug") and not is_saved_slug(values["profile_slug"]):
        return _said(QT_TRANSLATE_NOOP(
            "core.setup_draft", "its profile name is not a profile name"))
    if values.get("unit", "kg") not in UNITS:
        return _said(QT_TRANSLATE_NOOP("core.setup_draft", "its unit is unknown"))
    if not MIN_INTERVAL_MINUTES <= values.get("interval_minutes", DEFAULT_INTERVAL_MINUTES) \
            <= MAX_INTERVAL_MINUTES:
        return _said(QT_TRANSLATE_NOOP("core.setup_draft", "its sync interval is out of range"))
    # What pages before the resumed one accepted is committed without them: check it again.
    checks = (("ha_url", normalize_ha_url), ("client_id", check_client_id),
              ("callback_url", lambda url: check_web_address(url, "callback URL")[0]))
    for name, check in checks:
        try:
            if values.get(name) and check(values[name]) != values[name]:
                raise InputError(name)
        except InputError:
            return _said(QT_TRANSLATE_NOOP(
                "core.setup_draft", "its {name} is not usable"), name=name.replace('_', ' '))
    return None


def _is_plain_text(text: str) -> bool:
    """UTF-8 storable (JSON can carry lone surrogates) and free of control characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return text.isprintable()


def _fresh_start(draft: SetupDraft, path: Path, why: Message) -> SetupDraft:
    draft.note = _said(QT_TRANSLATE_NOOP(
        "core.setup_draft", "The saved setup progress ({file}) could not be used ({why}), so "
        "setup starts from the beginning; your settings are unchanged."),
        file=Path(path).name, why=why)
    return draft


def save_draft(path: Path, draft: SetupDraft) -> None:
    atomic_write(Path(path), json.dumps(draft.to_json(), indent=1).encode("utf-8"))


def clear_draft(path: Path) -> None:
    Path(path).unlink(missing_ok=True)
