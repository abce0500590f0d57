"""Withings payloads → plain records. Tolerant: fields may be missing, null or oddly typed.

Real replies carry more than the documentation shows (``modelid``, ``is_inconclusive``,
``position``, attributions like 8 or 17, meastypes added after this was written); anything
unknown is kept when harmless and skipped when it cannot be read, never a crash.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

# Attribution 1 ("ambiguous": the scale could not tell who stood on it) and 4 (entered while
# creating the account) must not be reported as the user's own measurement.
AMBIGUOUS_ATTRIBUTIONS = frozenset({1, 4})
CATEGORY_REAL = 1  # 2 would be a user objective, not a measurement
_YMD = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Activity items carry bookkeeping next to the day's totals; these are not sensor values.
_ACTIVITY_METADATA = frozenset({"brand", "modelid", "model_id", "model", "modified", "created",
                                "id", "timezone", "date", "deviceid", "hash_deviceid",
                                "is_tracker", "attrib"})


@dataclass(frozen=True)
class Measurement:
    grpid: int
    meastype: int
    value: float
    measured_at: int
    modified: int
    attrib: int = 0
    category: int = CATEGORY_REAL
    deviceid: str | None = None


@dataclass(frozen=True)
class SleepSummary:
    date: str
    startdate: int
    enddate: int
    modified: int
    data: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ActivityDay:
    date: str
    modified: int
    data: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Device:
    deviceid: str
    type: str
    model: str
    battery: str | None
    last_session_date: int | None


@dataclass(frozen=True)
class Goals:
    steps: int | None
    sleep_seconds: int | None
    weight_kg: float | None


def decode_value(value: Any, unit: Any) -> float | None:
    """Withings sends ``value × 10^unit`` as two integers: 72350, -3 → 72.35.

    Rounded to the decimals the unit implies, so 72350e-3 is 72.35 and not 72.35000000001.
    """
    mantissa, exponent = as_int(value), as_int(unit)
    if mantissa is None or exponent is None or abs(exponent) > 30:
        return None
    if exponent >= 0:
        return float(mantissa * 10 ** exponent)
    return round(mantissa * 10.0 ** exponent, -exponent)


def parse_measure_groups(body: dict[str, Any]) -> list[Measurement]:
    """Every measurement of the real (category 1), unambiguously attributed groups."""
    measurements = []
    for group in _items(body, "measuregrps"):
        attrib = as_int(group.get("attrib"), 0)
        category = as_int(group.get("category"), CATEGORY_REAL)
        grpid, date = as_int(group.get("grpid")), as_int(group.get("date"))
        if attrib in AMBIGUOUS_ATTRIBUTIONS or category != CATEGORY_REAL or grpid is None \
                or date is None:
            continue
        modified = as_int(group.get("modified")) or as_int(group.get("created")) or date
        deviceid = _text(group.get("deviceid")) or _text(group.get("hash_deviceid"))
        for measure in group.get("measures") or []:
            if not isinstance(measure, dict):
                continue
            meastype = as_int(measure.get("type"))
            value = decode_value(measure.get("value"), measure.get("unit"))
            if meastype is None or value is None:
                continue
            measurements.append(Measurement(grpid, meastype, value, date, modified, attrib,
                                            category, deviceid))
    return measurements


def latest_group_change(body: dict[str, Any]) -> int | None:
    """The newest ``modified`` (or ``created``) of all groups, skipped ones included."""
    stamps = [as_int(g.get("modified")) or as_int(g.get("created")) or as_int(g.get("date"))
              for g in _items(body, "measuregrps")]
    return max((s for s in stamps if s is not None), default=None)


def parse_sleep(body: dict[str, Any]) -> list[SleepSummary]:
    summaries = []
    for item in _items(body, "series"):
        date = _ymd(item.get("date"))
        if date is None:
            continue
        enddate = as_int(item.get("enddate"), 0)
        summaries.append(SleepSummary(
            date=date, startdate=as_int(item.get("startdate"), 0), enddate=enddate,
            modified=as_int(item.get("modified")) or as_int(item.get("created")) or enddate,
            data=_numbers(item.get("data"))))
    return summaries


def parse_activity(body: dict[str, Any]) -> list[ActivityDay]:
    days = []
    for item in _items(body, "activities"):
        date = _ymd(item.get("date"))
        if date is None:
            continue
        days.append(ActivityDay(date=date, modified=as_int(item.get("modified"), 0),
                                data=_numbers(item, skip=_ACTIVITY_METADATA)))
    return days


def parse_devices(body: dict[str, Any]) -> list[Device]:
    devices = []
    for item in _items(body, "devices"):
        deviceid = _text(item.get("deviceid")) or _text(item.get("hash_deviceid"))
        if not deviceid:
            continue
        devices.append(Device(deviceid, _text(item.get("type")) or "",
                              _text(item.get("model")) or "", _text(item.get("battery")),
                              as_int(item.get("last_session_date"))))
    return devices


def parse_goals(body: dict[str, Any]) -> Goals:
    # An account without goals answers ``"goals": []``.
    goals = body.get("goals") if isinstance(body.get("goals"), dict) else {}
    weight = goals.get("weight")
    weight_kg = decode_value(weight.get("value"), weight.get("unit")) \
        if isinstance(weight, dict) else None
    return Goals(as_int(goals.get("steps")), as_int(goals.get("sleep")), weight_kg)


def more_pages(body: dict[str, Any]) -> bool:
    """``more`` comes as 0/1 or false/true (and, in the wild, as a string of either)."""
    more = body.get("more")
    if isinstance(more, str):
        return more.strip().lower() in ("1", "true", "yes")
    if isinstance(more, (int, float)):
        return bool(more)
    return False


def as_int(value: Any, default: int | None = None) -> int | None:
    """An int from an int, a float with no fraction, or a numeric string; else ``default``."""
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else default
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return default
            return int(number) if math.isfinite(number) and number.is_integer() else default
    return default


def _items(body: Any, key: str) -> list[dict[str, Any]]:
    items = body.get(key) if isinstance(body, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _numbers(data: Any, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """The numeric fields; lists (``night_events``), strings and null are left out."""
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items()
            if key not in skip and isinstance(value, (int, float))
            and not isinstance(value, bool) and math.isfinite(value)}


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def _ymd(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and _YMD.match(value.strip()) else None
