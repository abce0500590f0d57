"""The tray's states and which weights it can show: plain logic, importable without Qt.

``status``, ``notify`` and ``last_weight`` build on these and stay Qt-free too; the drawing
(``icon``) and the widgets import them, never the other way round.
"""

from __future__ import annotations

from enum import Enum

from withings_gui.core.units import KG_TO_LB

# What a bathroom scale can weigh, in either unit, with room to spare: anything outside (and
# NaN, which fails both comparisons) is a broken value, drawn as a dash rather than trusted.
LOWEST_WEIGHT = 1.0
WEIGHT_LIMIT = 10_000.0


class TrayState(str, Enum):
    STARTING = "starting"
    SYNCING = "syncing"
    OK = "up to date"
    STALE = "stale"
    ERROR = "error"
    NEEDS_REAUTH = "needs re-authorization"
    PAUSED = "paused"


def is_drawable(value: object) -> bool:
    """A weight the icon can show: a real number of a plausible size (not bool, NaN, ±inf)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and LOWEST_WEIGHT <= value < WEIGHT_LIMIT


def is_drawable_kg(kilograms: object) -> bool:
    """Drawable whichever unit the user picks (kg or lb)."""
    return is_drawable(kilograms) and is_drawable(kilograms * KG_TO_LB)
