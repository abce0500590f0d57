"""The weight the tray last showed, kept in a small file so that the next start draws it at once.

The history store has the same value, but opening it loads SQLite into the tray for good; the
tray reads this file instead and gets the current value from its first sync seconds later.

The file is read before the icon is drawn, at every start: whatever it holds, a value that
could not be drawn or a date that cannot be true must never reach the icon, or one bad save
would break every start after it. Such a file counts as absent.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from withings_gui.core.atomic import atomic_write
from withings_gui.core.context import AppContext
from withings_gui.core.timekeeping import FUTURE_SKEW
from withings_gui.tray.state import is_drawable_kg
from withings_gui.tray.status import shown_profile

log = logging.getLogger(__name__)

# Withings' measure type of body weight (kg).
WEIGHT_MEASTYPE = 1
# The file holds one small object; anything much bigger is not ours.
MAX_FILE_BYTES = 4096


def load_last_weight(path: Path, profile: str,
                     now: float | None = None) -> tuple[float, int] | None:
    """(kg, measured_at) last shown for ``profile``; None when missing, unreadable, another
    profile's or not believable (nothing is better than a wrong number)."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.debug("ignoring %s: %s", path, exc)
        return None
    problem = "larger than a saved weight" if len(raw) > MAX_FILE_BYTES else None
    data = None
    if problem is None:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            problem = f"not JSON ({type(exc).__name__})"
    if problem is None:
        problem = _problem(data, now)
    if problem is not None:
        log.debug("ignoring %s: %s", path, problem)
        return None
    if data["profile"] != profile:
        return None
    return float(data["kg"]), data["measured_at"]


def last_shown_weight(ctx: AppContext, now: float | None = None) -> tuple[float, int] | None:
    """What the tray last showed for the profile it shows (tray/status.py): the file only,
    cheap enough for the first icon."""
    profile = shown_profile(ctx.config)
    return load_last_weight(ctx.paths.tray_weight_file, profile.slug, now) if profile else None


def newest_known_weight(ctx: AppContext, now: float | None = None) -> tuple[float, int] | None:
    """``last_shown_weight``, or when the tray showed nothing yet for this person, the newest
    weigh-in the history already holds (read after the icon is up: SQLite is not free)."""
    shown = last_shown_weight(ctx, now)
    profile = shown_profile(ctx.config)
    if shown is not None or profile is None:
        return shown
    return _newest_in_history(ctx, profile.slug, now)


def _newest_in_history(ctx: AppContext, profile: str,
                       now: float | None) -> tuple[float, int] | None:
    # A tray started (or told to reload) right after the wizard's first sync: that sync put
    # the weight in the history, not in this file. Read once and closed: the tray keeps no
    # database open, and pays for SQLite only until it has shown a weight of its own.
    if not ctx.paths.store_file.exists():
        return None
    from withings_gui.core.database import StoreError
    from withings_gui.core.store import HistoryStore
    from withings_gui.core.timekeeping import not_after

    now = time.time() if now is None else now
    try:
        store = HistoryStore(ctx.paths.store_file)
        try:
            weight = store.latest(profile, WEIGHT_MEASTYPE, not_after=not_after(now))
        finally:
            store.close()
    except StoreError as exc:
        log.debug("no weight from the history: %s", exc)
        return None
    if weight is None or _problem({"profile": profile, "kg": weight.value,
                                   "measured_at": weight.measured_at}, now) is not None:
        return None
    return float(weight.value), weight.measured_at


def save_last_weight(path: Path, profile: str, kg: float, measured_at: int,
                     now: float | None = None) -> None:
    """Best effort: a full disk costs the next start its early number, nothing more. A value
    the tray could not load back is not saved at all."""
    data = {"profile": profile, "kg": kg, "measured_at": measured_at}
    problem = _problem(data, now)
    if problem is not None:
        log.warning("not saving the last weight to %s: %s", path, problem)
        return
    try:
        atomic_write(path, json.dumps(data).encode("utf-8"))
    except OSError as exc:
        log.warning("could not save the last weight to %s: %s", path, exc)


def _problem(data: object, now: float | None) -> str | None:
    """Why ``data`` is no saved weight the tray may show, or None when it is one."""
    if not isinstance(data, dict):
        return "not an object"
    if not isinstance(data.get("profile"), str):
        return "no profile name"
    if not is_drawable_kg(data.get("kg")):
        return "no weight the tray can draw"
    measured_at = data.get("measured_at")
    if not isinstance(measured_at, int) or isinstance(measured_at, bool) or measured_at <= 0:
        return "no time of weighing"
    # Not believed: shown, it would claim to be newer than every real weigh-in.
    if measured_at > (time.time() if now is None else now) + FUTURE_SKEW:
        return "weighed in the future"
    return None
