"""Withings payloads → plain records. Tolerant: fields may be missing, null or oddly typed.

Real replies carry more than the documentation shows (``modelid``, ``is_inconclusive``,
``position``, attributions like 8 or 17, meastypes added after this was written); anything
unknown is kept when harmless and skipped when it cannot be read, never a crash.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from datetime import date as calendar_date
from decimal import Decimal
from typing import Any, Iterable

log = logging.getLogger(__name__)

# Attribution 1 (the scale could not tell who stood on it; the reading waits in the Withings
# app to be assigned to a person) is held back and counted. Withings' getmeas reference
# documents 4 as "entered manually during user creation (and may not be accurate)": the
# user's own height and first weight, typed at sign-up, so kept (dated then, any later
# reading supersedes it). Only python-withings-api's old ``is_measure_ambiguous`` lumped 4
# with 1; aiowithings and Home Assistant's integration keep it. Codes not documented (3, 17,
# 10009, 10010, ...) are the user's too: readings carrying them are kept.
AMBIGUOUS_ATTRIBUTIONS = frozenset({1})
CATEGORY_REAL = 1  # 2 would be a user objective, not a measurement
# How the history stores "no position sent" (a key column cannot hold NULL and stay unique);
# Withings' positions are 0 … 14, so a -1 from outside means no position too.
NO_POSITION = -1
_YMD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# What SQLite can hold: INTEGER is signed 64-bit; REAL must be finite, and stays well inside
# the float range so a unit conversion (kg → lb) cannot overflow it either.
INT64_MIN, INT64_MAX = -2**63, 2**63 - 1
MAX_MAGNITUDE = 1e300
# Times every part of the app can show (``time.localtime`` on Windows stops at year 3000 and
# refuses times before 1970). Anything outside, e.g. a date sent in milliseconds, is no date.
EARLIEST_TIME, LATEST_TIME = 0, 32503680000 - 1  # 1970-01-01 … 2999-12-31 23:59:59 UTC
MAX_TEXT = 200  # device ids, models, battery levels: short words, never pages of text
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
    # Where on the body (Body Scan's segments: catalog.SEGMENTS); None when not sent.
    position: int | None = None


@dataclass(frozen=True)
class UnassignedGroup:
    """A reading held back: Withings waits for the user to say whose it is (attrib 1)."""
    grpid: int
    measured_at: int
    modified: int
    meastypes: frozenset[int] = frozenset()  # what it holds: which measures wait with it


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

    Computed in decimal from the two integers, then taken as the float nearest to it: its
    shortest repr is the decimal itself (72.35, never 72.35000000001) for every value of up
    to 15 significant digits (real replies carry at most 7). None when the result is no
    storable number (10**400 kg, say).
    """
    mantissa, exponent = as_int(value), as_int(unit)
    if mantissa is None or exponent is None or abs(exponent) > 30:
        return None
    return finite_number(float(Decimal(mantissa).scaleb(exponent)))


def finite_number(value: Any) -> float | None:
    """A float SQLite and JSON both hold as it is (finite, not absurdly large); else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) and abs(number) <= MAX_MAGNITUDE else None


def timestamp(value: Any) -> int | None:
    """Seconds since 1970 that the app can show as a date; None for anything else."""
    seconds = as_int(value)
    return seconds if seconds is not None and EARLIEST_TIME <= seconds <= LATEST_TIME else None


def parse_measure_groups(body: dict[str, Any]) -> list[Measurement]:
    """Every measurement of the real (category 1) groups not held back (attrib 1)."""
    measurements = []
    for group in _real_groups(body):
        attrib = as_int(group.get("attrib"), 0)
        grpid, date = as_int(group.get("grpid")), timestamp(group.get("date"))
        if attrib in AMBIGUOUS_ATTRIBUTIONS or grpid is None or date is None:
            continue
        modified = _change_time(group) or date
        deviceid = clean_text(group.get("deviceid")) or clean_text(group.get("hash_deviceid"))
        measures = group.get("measures")
        for measure in measures if isinstance(measures, list) else []:
            if not isinstance(measure, dict):
                continue
            meastype = as_int(measure.get("type"))
            value = decode_value(measure.get("value"), measure.get("unit"))
            if meastype is None or value is None:
                continue
            position = as_int(measure.get("position"))
            measurements.append(Measurement(grpid, meastype, value, date, modified, attrib,
                                            CATEGORY_REAL, deviceid,
                                            position if position != NO_POSITION else None))
    return measurements


def parse_unassigned_groups(body: dict[str, Any]) -> list[UnassignedGroup]:
    """The real groups held back because no person is assigned to them yet (attrib 1)."""
    held = []
    for group in _real_groups(body):
        grpid, date = as_int(group.get("grpid")), timestamp(group.get("date"))
        if as_int(group.get("attrib"), 0) in AMBIGUOUS_ATTRIBUTIONS and grpid is not None \
                and date is not None:
            held.append(UnassignedGroup(grpid, date, _change_time(group) or date,
                                        _meastypes(group)))
    return held


def _meastypes(group: dict[str, Any]) -> frozenset[int]:
    found = (as_int(m.get("type")) for m in _items(group, "measures"))
    return frozenset(t for t in found if t is not None)


def _real_groups(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [group for group in _items(body, "measuregrps")
            if as_int(group.get("category"), CATEGORY_REAL) == CATEGORY_REAL]


def latest_group_change(body: dict[str, Any]) -> int | None:
    """The newest ``modified`` (or ``created``) of all groups, skipped ones included."""
    stamps = [_change_time(g) or timestamp(g.get("date")) for g in _items(body, "measuregrps")]
    return max((s for s in stamps if s is not None), default=None)


def parse_sleep(body: dict[str, Any]) -> list[SleepSummary]:
    summaries = []
    for item in _items(body, "series"):
        date = iso_day(item.get("date"))
        if date is None:
            continue
        enddate = timestamp(item.get("enddate")) or 0
        summaries.append(SleepSummary(
            date=date, startdate=timestamp(item.get("startdate")) or 0, enddate=enddate,
            modified=_change_time(item) or enddate, data=numbers(item.get("data"))))
    return summaries


def parse_activity(body: dict[str, Any]) -> list[ActivityDay]:
    days = []
    for item in _items(body, "activities"):
        date = iso_day(item.get("date"))
        if date is None:
            continue
        days.append(ActivityDay(date=date, modified=timestamp(item.get("modified")) or 0,
                                data=numbers(item, skip=_ACTIVITY_METADATA)))
    return days


def parse_devices(body: dict[str, Any]) -> list[Device]:
    """One entry per device: real replies list the same ``deviceid`` several times."""
    devices = []
    for item in _items(body, "devices"):
        deviceid = clean_text(item.get("deviceid")) or clean_text(item.get("hash_deviceid"))
        if not deviceid:
            continue
        devices.append(Device(deviceid, clean_text(item.get("type")) or "",
                              clean_text(item.get("model")) or "", clean_text(item.get("battery")),
                              timestamp(item.get("last_session_date"))))
    return unique_devices(devices)


def unique_devices(devices: Iterable[Device]) -> list[Device]:
    """The most recently used, then most complete, entry of each device id (first on a tie)."""
    best: dict[str, Device] = {}
    for device in devices:
        kept = best.get(device.deviceid)
        if kept is None:
            best[device.deviceid] = device
            continue
        log.debug("device %s listed twice by Withings; keeping one entry", device.deviceid)
        if _device_rank(device) > _device_rank(kept):
            best[device.deviceid] = device
    return list(best.values())


def _device_rank(device: Device) -> tuple[int, int]:
    filled = sum(1 for part in (device.type, device.model, device.battery) if part)
    return (device.last_session_date if device.last_session_date is not None else -1, filled)


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
    """An int from an int, a float with no fraction, or a numeric string; else ``default``.

    Only what fits SQLite's signed 64-bit INTEGER: a larger number is no number here.
    """
    number = _any_int(value)
    return number if number is not None and INT64_MIN <= number <= INT64_MAX else default


def _any_int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 40:  # 2**63 has 19 digits; longer text is no id, date or count
            return None
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return None
            return int(number) if math.isfinite(number) and number.is_integer() else None
    return None


def numbers(data: Any, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """The numeric fields that can be stored and published as they are.

    Lists (``night_events``), strings, null, and numbers beyond 64 bits or not finite are
    left out, so the dict always survives JSON (without NaN), SQLite and Home Assistant.
    """
    if not isinstance(data, dict):
        return {}
    kept: dict[str, float] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key in skip or isinstance(value, bool):
            continue
        if isinstance(value, int):
            if INT64_MIN <= value <= INT64_MAX:
                kept[key] = value
        elif finite_number(value) is not None:
            kept[key] = value
    return kept


def _change_time(item: dict[str, Any]) -> int | None:
    return timestamp(item.get("modified")) or timestamp(item.get("created"))


def _items(body: Any, key: str) -> list[dict[str, Any]]:
    items = body.get(key) if isinstance(body, dict) else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def clean_text(value: Any) -> str | None:
    """A short, valid UTF-8 text from a string or a number (lone surrogates made visible)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    if isinstance(value, int) and not INT64_MIN <= value <= INT64_MAX:
        return None
    text = str(value).encode("utf-8", "replace").decode("utf-8").strip()[:MAX_TEXT].strip()
    return text or None


def iso_day(value: Any) -> str | None:
    """An ISO calendar day that exists (2023-10-21); anything else is no day."""
    if not isinstance(value, str) or not _YMD.fullmatch(value.strip()):
        return None
    try:
        return calendar_date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None
