"""Withings payloads → plain records. Tolerant: fields may be missing, null or oddly typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Attribution 1 ("ambiguous": the scale could not tell who stood on it) and 4 (entered while
# creating the account) must not be reported as the user's own measurement.
AMBIGUOUS_ATTRIBUTIONS = {1, 4}
CATEGORY_REAL = 1


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
    """Withings sends ``value × 10^unit`` as two integers: 72350, -3 → 72.35."""
    try:
        mantissa, exponent = int(value), int(unit)
    except (TypeError, ValueError):
        return None
    if exponent >= 0:
        return float(mantissa * 10 ** exponent)
    return round(mantissa * 10.0 ** exponent, -exponent)


def parse_measure_groups(body: dict[str, Any]) -> list[Measurement]:
    measurements = []
    for group in body.get("measuregrps") or []:
        if not isinstance(group, dict):
            continue
        attrib = _int(group.get("attrib"), 0)
        category = _int(group.get("category"), CATEGORY_REAL)
        grpid = _int(group.get("grpid"))
        date = _int(group.get("date"))
        if attrib in AMBIGUOUS_ATTRIBUTIONS or category != CATEGORY_REAL or grpid is None \
                or date is None:
            continue
        modified = _int(group.get("modified")) or _int(group.get("created")) or date
        deviceid = group.get("deviceid") if isinstance(group.get("deviceid"), str) else None
        for measure in group.get("measures") or []:
            if not isinstance(measure, dict):
                continue
            meastype = _int(measure.get("type"))
            value = decode_value(measure.get("value"), measure.get("unit"))
            if meastype is None or value is None:
                continue
            measurements.append(Measurement(grpid, meastype, value, date, modified, attrib,
                                            category, deviceid))
    return measurements


def parse_sleep(body: dict[str, Any]) -> list[SleepSummary]:
    summaries = []
    for item in body.get("series") or []:
        if not isinstance(item, dict) or not isinstance(item.get("date"), str):
            continue
        enddate = _int(item.get("enddate"), 0)
        summaries.append(SleepSummary(
            date=item["date"], startdate=_int(item.get("startdate"), 0), enddate=enddate,
            modified=_int(item.get("modified"), enddate), data=_numbers(item.get("data"))))
    return summaries


def parse_activity(body: dict[str, Any]) -> list[ActivityDay]:
    days = []
    for item in body.get("activities") or []:
        if not isinstance(item, dict) or not isinstance(item.get("date"), str):
            continue
        days.append(ActivityDay(date=item["date"], modified=_int(item.get("modified"), 0),
                                data=_numbers(item)))
    return days


def parse_devices(body: dict[str, Any]) -> list[Device]:
    devices = []
    for item in body.get("devices") or []:
        if not isinstance(item, dict):
            continue
        deviceid = item.get("deviceid") or item.get("hash_deviceid")
        if not deviceid:
            continue
        battery = item.get("battery") if isinstance(item.get("battery"), str) else None
        devices.append(Device(str(deviceid), str(item.get("type") or ""),
                              str(item.get("model") or ""), battery,
                              _int(item.get("last_session_date"))))
    return devices


def parse_goals(body: dict[str, Any]) -> Goals:
    goals = body.get("goals") if isinstance(body.get("goals"), dict) else {}
    weight = goals.get("weight")
    weight_kg = decode_value(weight.get("value"), weight.get("unit")) \
        if isinstance(weight, dict) else None
    return Goals(_int(goals.get("steps")), _int(goals.get("sleep")), weight_kg)


def more_pages(body: dict[str, Any]) -> bool:
    """``more`` comes as 0/1 or false/true."""
    return bool(body.get("more")) and body.get("more") not in ("0", "false")


def _int(value: Any, default: int | None = None) -> int | None:
    if isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _numbers(data: Any) -> dict[str, float]:
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items()
            if isinstance(value, (int, float)) and not isinstance(value, bool)}
