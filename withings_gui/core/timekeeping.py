"""What this computer's clock (and dates from Withings) are trusted for.

Clocks lie both ways: this computer's may be a year ahead for a while and then be put right,
a scale may date a weigh-in years ahead, and a server may say ``updatetime`` is in the future.
The rules here keep each lie from lasting: waits are capped and measured from now, "last
fetched" times in the future count as due, and no date past ``now + FUTURE_SKEW`` is taken
as the latest value or as a cursor.
"""

from __future__ import annotations

import math
from typing import Any

# How far ahead of this computer's clock a measurement may be dated and still count as the
# latest one: a scale or a phone a few minutes ahead, or this clock a few minutes behind.
# A weigh-in dated later stays in the history but is not published as the current value
# until its time has come; at worst it hides a real one for this long.
FUTURE_SKEW = 15 * 60
# Bounds for numbers stored as cursors; SQLite integers end at 2**63.
_FAR = 2 ** 62


def not_after(now: float) -> int:
    """The newest measurement date that may be taken as "the latest"."""
    return int(min(max(now + FUTURE_SKEW, -_FAR), _FAR))


def is_due(last: float, now: float, every: float) -> bool:
    """A stream fetched at ``last`` is due again; a ``last`` in the future counts as due
    (it was written by a clock that was ahead, and would otherwise block the stream)."""
    return not 0 <= now - last < every


def waiting(until: float, now: float, cap: float) -> float:
    """Seconds still to wait for a pause that ends at ``until``: 0 when it is over, and 0
    when it ends further ahead than ``cap`` allows (set by a clock that was ahead)."""
    left = until - now
    return left if 0 < left <= cap else 0.0


def cursor_to_keep(server_cursor: int, now: float) -> int:
    """The ``lastupdate`` to save after a complete read: what Withings said, but never past
    this computer's now (a server date in the future would skip weigh-ins not yet fetched).
    The overlap asked for every time absorbs a server clock slightly ahead of this one."""
    return int(min(server_cursor, max(now, -_FAR), _FAR))


def trusted_cursor(stored: Any, now: float) -> int | None:
    """A saved ``lastupdate``, or None (read again from the start) when it is unreadable or
    later than ``now + FUTURE_SKEW``: such a cursor was set by a clock that was ahead, and
    weigh-ins uploaded since the real time of that pass would otherwise never be asked for."""
    value = number(stored)
    if value is None or int(value) <= 0 or value > now + FUTURE_SKEW:
        return None
    return int(value)


def number(value: Any, default: float | None = None) -> float | None:
    """A finite number from a stored cursor (an int, float or numeric text), else default."""
    if isinstance(value, bool) or value is None:
        return default
    try:
        result = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return result if math.isfinite(result) else default
