"""Turn the stored history of one person into the sensor states HA should show."""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone

from withings_gui.core.catalog import (ACTIVITY_FIELDS, GOAL_SPECS, MEASTYPES,
                                       SEGMENTAL_SPECS, SLEEP_FIELDS, SensorSpec, battery_spec,
                                       measure_spec)
from withings_gui.core.config import Profile
from withings_gui.core.hass.naming import entity_id, sensor_name, unique_id
from withings_gui.core.hass.publisher import SensorState
from withings_gui.core.store import HistoryStore
from withings_gui.core.timekeeping import not_after
from withings_gui.core.units import to_pounds
from withings_gui.core.withings.measures import Measurement

ATTRIBUTION = "Data from Withings"


def iso_utc(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat()


def build_sensor_states(store: HistoryStore, profile: Profile,
                        now: float | None = None) -> list[SensorState]:
    """The latest value of every sensor this profile has data for, in catalog order.

    ``now`` is the caller's clock: a measurement dated after it (plus FUTURE_SKEW) is not
    taken as the latest."""
    states: list[SensorState] = []
    slug = profile.slug
    latest = _latest_by_sensor(store.latest_by_position(
        slug, not_after=not_after(time.time() if now is None else now)))
    for spec in (*MEASTYPES.values(), *SEGMENTAL_SPECS.values()):
        measurement = latest.get(spec.key)
        if measurement is not None:
            states.extend(_with_twins(spec, measurement.value, measurement.measured_at, profile))
    for kind, fields in (("sleep", SLEEP_FIELDS), ("activity", ACTIVITY_FIELDS)):
        summary = store.latest_summary(slug, kind)
        if summary is None:
            continue
        measured_at = _summary_time(summary)
        for field_name, spec in fields.items():
            value = summary.data.get(field_name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                states.append(_state(spec, spec.key, value, measured_at, slug,
                                     {"date": summary.date}))
    goals = store.goals(slug)
    if goals is not None:
        for attr, spec in (("steps", GOAL_SPECS["steps"]), ("sleep_seconds", GOAL_SPECS["sleep"]),
                           ("weight_kg", GOAL_SPECS["weight"])):
            value = getattr(goals, attr)
            if value is not None:
                states.extend(_with_twins(spec, value, None, profile))
    for device in store.devices(slug):
        if device.battery:
            spec = battery_spec(_model_slug(device.model or device.type or "device"),
                                device.model or device.type or "Device")
            states.append(_state(spec, spec.key, device.battery, device.last_session_date, slug,
                                 {"device_type": device.type}))
    return states


def _latest_by_sensor(latest: dict[tuple[int, int | None], Measurement]
                      ) -> dict[str, Measurement]:
    """Sensor key → the newest measurement feeding it (a whole-body type sent with and
    without a position is one sensor; each Body Scan segment is its own)."""
    found: dict[str, Measurement] = {}
    for (meastype, position), measurement in latest.items():
        spec = measure_spec(meastype, position)
        if spec is None:
            continue
        kept = found.get(spec.key)
        if kept is None or (measurement.measured_at, measurement.grpid) > (kept.measured_at,
                                                                            kept.grpid):
            found[spec.key] = measurement
    return found


def _with_twins(spec: SensorSpec, value: float, measured_at: int | None,
                profile: Profile) -> list[SensorState]:
    """The kg sensor, its lb twin, or both; each names the other as retired when the unit
    choice leaves it out, so switching units removes the stale one from HA."""
    if not spec.mass:
        return [_state(spec, spec.key, value, measured_at, profile.slug)]
    kg = profile.unit in ("kg", "both")
    lb = profile.unit in ("lb", "both")
    kg_uid, lb_uid = unique_id(spec.key, profile.slug), unique_id(spec.lb_key, profile.slug)
    states = []
    if kg:
        states.append(_state(spec, spec.key, value, measured_at, profile.slug,
                             retires=() if lb else (lb_uid,)))
    if lb:
        states.append(_state(spec, spec.lb_key, to_pounds(value), measured_at, profile.slug,
                             unit="lb", retires=() if kg else (kg_uid,)))
    return states


def _state(spec: SensorSpec, key: str, value: float | str, measured_at: int | None,
           profile: str, extra: dict | None = None, unit: str | None = None,
           retires: tuple[str, ...] = ()) -> SensorState:
    attributes: dict = {"attribution": ATTRIBUTION, "profile": profile}
    if measured_at:
        attributes["measured_at"] = iso_utc(measured_at)
    attributes.update(extra or {})
    return SensorState(
        unique_id=unique_id(key, profile),
        entity_id=entity_id(key, profile),
        name=sensor_name(key, profile),
        state=_format(value),
        unit=unit or spec.unit,
        device_class=spec.device_class,
        state_class=spec.state_class,
        icon=spec.icon,
        attributes=attributes,
        retires=retires,
    )


def _format(value: float | str) -> float | int | str:
    """The value at the precision Withings gave, never less and with no trailing zeros:
    28.9 years stays 28.9, 1020.121 m stays 1020.121 and 70.000 kg is 70 (stored values are
    the floats nearest to value × 10^unit, whose shortest form is that decimal)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def _summary_time(summary) -> int | None:
    return getattr(summary, "enddate", None) or getattr(summary, "modified", None)


def _model_slug(model: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", model.lower()).strip("_") or "device"
