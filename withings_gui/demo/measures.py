"""Withings measure groups as ``getmeas`` returns them, and the devices that record them.

Withings sends each value as an integer mantissa and a power-of-ten exponent
(72.35 kg → ``{"value": 72350, "unit": -3}``); clients multiply by 10^unit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

# The exponent Withings uses per meastype; anything else gets two decimals.
UNITS = {1: -3, 4: -2, 5: -3, 6: -3, 8: -3, 9: 0, 10: 0, 11: 0, 12: -3, 54: 0, 71: -3,
         73: -3, 76: -3, 77: -3, 88: -3, 91: -3, 123: -2, 155: -1, 170: -1, 226: 0, 227: 0,
         # Body Scan: segments in 10 g as in real replies, feet in whole % and points.
         173: -2, 174: -2, 175: -2, 196: 0, 197: 0, 198: 0, 167: 0, 158: 0, 159: 0, 229: -2}


@dataclass(frozen=True)
class Device:
    type: str
    model: str
    model_id: int
    battery: str
    deviceid: str

    @classmethod
    def named(cls, label: str, type: str, model: str, model_id: int, battery: str) -> Device:
        # Withings device ids are 40 hex characters (a hash); derive a stable one.
        return cls(type, model, model_id, battery, hashlib.sha1(label.encode()).hexdigest())


def encode(meastype: int, value: float, position: int | None = None) -> dict:
    """One measure; ``position`` (a body segment, Body Scan) only when given."""
    unit = UNITS.get(meastype, -2)
    measure = {"value": round(value * 10 ** -unit), "type": meastype, "unit": unit,
               "algo": 0, "fm": 131}
    if position is not None:
        measure["position"] = position
    return measure


def measure_group(*, date: int, created: int, measures: list[tuple],
                  device: Device | None, timezone: str, attrib: int = 0,
                  category: int = 1) -> dict:
    """A group without its ``grpid``: ids are handed out in upload order by the cloud.

    ``measures``: (meastype, value) or (meastype, value, position) tuples."""
    return {"grpid": None, "attrib": attrib, "date": date, "created": created,
            "modified": created, "category": category,
            "deviceid": device.deviceid if device else None,
            "hash_deviceid": device.deviceid if device else None,
            "model": device.model if device else None,
            "model_id": device.model_id if device else None,
            "measures": [encode(*measure) for measure in measures],
            "comment": None, "timezone": timezone}
