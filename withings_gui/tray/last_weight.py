"""The weight the tray last showed, kept in a small file so that the next start draws it at once.

The history store has the same value, but opening it loads SQLite into the tray for good; the
tray reads this file instead and gets the current value from its first sync seconds later.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from withings_gui.core.atomic import atomic_write
from withings_gui.core.context import AppContext
from withings_gui.tray.status import shown_profile

log = logging.getLogger(__name__)


def load_last_weight(path: Path, profile: str) -> tuple[float, int] | None:
    """(kg, measured_at) last shown for ``profile``; None when missing, unreadable or another
    profile's (nothing is better than a wrong number)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["profile"] == profile:
            return float(data["kg"]), int(data["measured_at"])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("ignoring %s: %s", path, exc)
    return None


def last_shown_weight(ctx: AppContext) -> tuple[float, int] | None:
    """What the tray last showed for the profile it shows (tray/status.py)."""
    profile = shown_profile(ctx.config)
    return load_last_weight(ctx.paths.tray_weight_file, profile.slug) if profile else None


def save_last_weight(path: Path, profile: str, kg: float, measured_at: int) -> None:
    """Best effort: a full disk costs the next start its early number, nothing more."""
    data = {"profile": profile, "kg": kg, "measured_at": measured_at}
    try:
        atomic_write(path, json.dumps(data).encode("utf-8"))
    except OSError as exc:
        log.warning("could not save the last weight to %s: %s", path, exc)
