"""The weight trend: how fast the weight moved over the last 7 days, as a least-squares line.

A line fitted through every weigh-in of the week, not the first against the last: one heavy
morning at either end would otherwise decide the arrow. Computed where the history is open
anyway (the sync pass, ``core/sync.py``), so the tray gets it with each result and never opens
SQLite for it.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import TYPE_CHECKING, Sequence

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.timekeeping import not_after
from withings_gui.core.units import KG_TO_LB

if TYPE_CHECKING:  # the tray imports this module for its texts, and never loads SQLite
    from withings_gui.core.store import HistoryStore

WEEK = 7 * 24 * 3600
WEIGHT_MEASTYPE = 1
# Weigh-ins closer together than this give no trend: two minutes apart, 0.1 kg of scale
# noise would read as 500 kg a week, and within a day the morning-to-evening swing (a kilo)
# would read as 7 kg a week. Two days: three mornings at least.
MIN_SPAN = 2 * 24 * 3600
# Below this (kg per 7 days) the arrow is flat. A week of daily weigh-ins that swing ±0.3 kg
# fits a slope with a standard error of ~0.4 kg/7 days: an arrow for less would flip up and
# down with the noise. 0.5 kg a week is also the pace health services advise for deliberate
# weight loss, so an arrow means "changing at a pace that matters"; the text keeps the number.
FLAT_BELOW_KG = 0.5
MINUS = "\u2212"


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


def slope_per_second(points: Sequence[tuple[int, float]]) -> float | None:
    """The least-squares slope of (time in seconds, value) points, in value per second.

    None (no trend) with fewer than 2 points, when they span less than ``MIN_SPAN`` (all at
    one instant, a double weigh-in), or when the numbers are too large for a finite slope.
    The order of the points does not matter: sums are exact (``math.fsum``).
    """
    if len(points) < 2:
        return None
    times = [int(t) for t, _ in points]
    if max(times) - min(times) < MIN_SPAN:
        return None
    # Centred on the earliest time in whole seconds (exact), then on the means: a timestamp of
    # 1.8e9 squared would swallow the differences that make the slope.
    first = min(times)
    count = len(points)
    mean_t = math.fsum(t - first for t in times) / count
    try:
        mean_v = math.fsum(v for _, v in points) / count
        spread_t = [t - first - mean_t for t in times]
        covariance = math.fsum(dt * (v - mean_v) for dt, (_, v) in zip(spread_t, points))
        variance = math.fsum(dt * dt for dt in spread_t)
    except (OverflowError, ValueError):  # fsum of inf and -inf, or past any float
        return None
    slope = covariance / variance
    return slope if math.isfinite(slope) else None


def week_trend(points: Sequence[tuple[int, float]]) -> float | None:
    """The fitted change over 7 days (slope × 7 days), in the points' unit; None: no trend."""
    slope = slope_per_second(points)
    if slope is None or not math.isfinite(slope * WEEK):
        return None
    return slope * WEEK


def weight_trend_kg(store: HistoryStore, profile: str, now: float) -> float | None:
    """kg per 7 days over the weigh-ins of the 7 days up to ``now``; None: no trend.

    The week ends now, not at the last weigh-in: "−0.8 kg in 7 days" speaks of this week, and
    a person who stopped weighing a month ago has no trend. Weigh-ins dated ahead of this clock
    (a scale set years ahead) are left out, as they are for the latest weight.
    """
    newest = not_after(now)
    points = [(t, v) for t, v in store.series(profile, WEIGHT_MEASTYPE, since=int(now) - WEEK)
              if t <= newest]
    return week_trend(points)


def direction(kg_per_week: float | None) -> Direction | None:
    """Up, down or flat (within ±``FLAT_BELOW_KG``); None without a trend."""
    if kg_per_week is None or not math.isfinite(kg_per_week):
        return None
    if abs(kg_per_week) < FLAT_BELOW_KG:
        return Direction.FLAT
    return Direction.UP if kg_per_week > 0 else Direction.DOWN


def trend_text(kg_per_week: float, unit: str) -> Message | None:
    """ "−0.8 kg in 7 days", "+1.3 lb in 7 days", with a real minus sign; to 0.1 of the unit.
    The decimal mark is the translation's ("−0,8 kg in 7 Tagen").

    Stones show pounds: a week's change is a few pounds, and "−0.1 st" (1.4 lb) would hide
    most of them, while "st and lb" rounds them to whole pounds; British scales and people
    say a week's loss in pounds ("lost 2 lb this week"). None for a number past any float.
    """
    value, shown_unit = (kg_per_week, "kg") if unit == "kg" else (kg_per_week * KG_TO_LB, "lb")
    if not math.isfinite(value * 10):
        return None
    tenths = round(value * 10)
    sign = "+" if tenths > 0 else MINUS if tenths < 0 else "±"
    return Message("core.trend", QT_TRANSLATE_NOOP("core.trend",
                                                   "{sign}{whole}.{tenth} {unit} in 7 days"),
                   {"sign": sign, "whole": abs(tenths) // 10, "tenth": abs(tenths) % 10,
                    "unit": shown_unit})
