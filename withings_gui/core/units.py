"""Kilograms to pounds, the one unit conversion the app does (HA sensors, tray, history).

Apart from the sensor catalog: the tray needs the conversion before its icon shows, and the
catalog's sensor specs (dataclasses built at import) are no part of that.
"""

from __future__ import annotations

KG_TO_LB = 2.20462262185


def to_pounds(kilograms: float) -> float:
    return round(kilograms * KG_TO_LB, 2)
