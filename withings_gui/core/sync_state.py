"""What a profile's sync passes carry over from one pass to the next, typed.

Stored as named rows of the history's ``cursors`` table (``measures_lastupdate``,
``sleep_resume``, ``failures``, ...), the names and JSON values earlier versions wrote, so a
history keeps its place across an update. Whatever a row holds, it is read back as a value
of the right type or as unset: a damaged cursor costs a fetch, never a pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from withings_gui.core.store import HistoryStore
from withings_gui.core.timekeeping import number
from withings_gui.core.withings.api import Resume

# The streams a pass may read, each with its own cursor; "measures" every pass, the others
# at their cadence (core/sync.py).
STREAMS = ("measures", "sleep", "activity", "devices", "goals", "workouts", "ecg")


@dataclass(frozen=True)
class StreamCursor:
    """Where one stream stands (devices and goals use only ``fetched_at``)."""
    lastupdate: int | None = None  # the ``lastupdate`` to send next (None: from the start)
    resume: Resume | None = None  # a read the page cap stopped, to go on with
    fetched_at: float = 0.0  # when the stream was last read whole (this computer's clock)


@dataclass(frozen=True)
class ProfileSyncState:
    failures: int = 0  # Withings errors in a row; sets our own pause (backoff_until)
    backoff_until: float = 0.0  # no Withings request before this time
    refused_login: str | None = None  # fingerprint of a login Withings refused (sync.py)
    measures: StreamCursor = field(default_factory=StreamCursor)
    sleep: StreamCursor = field(default_factory=StreamCursor)
    activity: StreamCursor = field(default_factory=StreamCursor)
    devices: StreamCursor = field(default_factory=StreamCursor)
    goals: StreamCursor = field(default_factory=StreamCursor)
    workouts: StreamCursor = field(default_factory=StreamCursor)
    ecg: StreamCursor = field(default_factory=StreamCursor)  # lastupdate: newest recording
    # The daily check of push subscriptions (core/push/subscriptions.py): a digest of the
    # push address it was made for (the address holds a secret), when the next one is due,
    # and whether the last one left every category subscribed.
    push_callback: str | None = None
    push_next_check: float = 0.0
    push_ok: bool = False

    def stream(self, name: str) -> StreamCursor:
        return getattr(self, name)

    def with_stream(self, name: str, **changes: Any) -> ProfileSyncState:
        return replace(self, **{name: replace(self.stream(name), **changes)})


def from_cursors(saved: dict[str, Any]) -> ProfileSyncState:
    """The state in the rows ``saved`` (name → JSON value); anything unreadable is unset."""
    streams = {}
    for name in STREAMS:
        lastupdate = number(saved.get(f"{name}_lastupdate"))
        streams[name] = StreamCursor(
            int(lastupdate) if lastupdate is not None else None,
            Resume.from_json(saved.get(f"{name}_resume")),
            number(saved.get(f"{name}_fetched_at"), 0.0) or 0.0)
    refused = saved.get("refused_login")
    push_callback = saved.get("push_callback")
    return ProfileSyncState(
        failures=max(0, int(number(saved.get("failures"), 0.0) or 0)),
        backoff_until=number(saved.get("backoff_until"), 0.0) or 0.0,
        refused_login=refused if isinstance(refused, str) else None,
        push_callback=push_callback if isinstance(push_callback, str) else None,
        push_next_check=number(saved.get("push_next_check"), 0.0) or 0.0,
        push_ok=saved.get("push_ok") is True, **streams)


def to_cursors(state: ProfileSyncState) -> dict[str, Any]:
    """The rows that hold ``state``, as earlier versions wrote them."""
    rows: dict[str, Any] = {"failures": state.failures, "backoff_until": state.backoff_until,
                            "refused_login": state.refused_login,
                            "push_callback": state.push_callback,
                            "push_next_check": state.push_next_check,
                            "push_ok": state.push_ok}
    for name in STREAMS:
        cursor = state.stream(name)
        rows[f"{name}_lastupdate"] = cursor.lastupdate
        rows[f"{name}_resume"] = cursor.resume.to_json() if cursor.resume else None
        rows[f"{name}_fetched_at"] = cursor.fetched_at
    return rows


class SavedSyncState:
    """A profile's state as this pass loaded it; each change is saved at once, and only the
    rows it changes (another process's pass may have moved the others meanwhile)."""

    def __init__(self, store: HistoryStore, profile: str) -> None:
        self._store, self.profile = store, profile
        self.current = from_cursors(store.cursors(profile))

    def update(self, **changes: Any) -> None:
        self._save(replace(self.current, **changes))

    def update_stream(self, name: str, **changes: Any) -> None:
        self._save(self.current.with_stream(name, **changes))

    def _save(self, new: ProfileSyncState) -> None:
        old_rows, new_rows = to_cursors(self.current), to_cursors(new)
        self._store.set_cursors(self.profile, {name: value for name, value in new_rows.items()
                                                if old_rows[name] != value})
        self.current = new


def load(store: HistoryStore, profile: str) -> ProfileSyncState:
    """A profile's state as saved (nothing saved: a first pass's)."""
    return from_cursors(store.cursors(profile))

