"""Turn the stored history of one person into the sensor states HA should show."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import datetime, timezone

from withings_gui.core.catalog import (ACTIVITY_FIELDS, ECG_SPECS, GOAL_SPECS, MEASTYPES,
                                       SEGMENTAL_SPECS, SLEEP_FIELDS, WORKOUT_SPECS,
                                       SensorSpec, battery_spec, measure_spec)
from withings_gui.core.config import Profile
from withings_gui.core.hass.naming import (entity_id, sensor_name, translated_sensor_name,
                                           unique_id)
from withings_gui.core.hass.publisher import SensorState
from withings_gui.core.messages import Translate, joined, verbatim
from withings_gui.core.store import HistoryStore
from withings_gui.core.timekeeping import not_after
from withings_gui.core.units import MASS_UNITS, to_pounds, to_stones
from withings_gui.core.withings.measures import Measurement
from withings_gui.core.withings.workouts import WORKOUT_FIELDS

ATTRIBUTION = "Data from Withings"


def iso_utc(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat()


def build_sensor_states(store: HistoryStore, profile: Profile, now: float | None = None,
                        names: Translate | None = None) -> list[SensorState]:
    """The latest value of every sensor this profile has data for, in catalog order.

    ``now`` is the caller's clock: a measurement dated after it (plus FUTURE_SKEW) is not
    taken as the latest. ``names``: the translate function of the user's language, for the
    names HA shows (None: the classic English names); the entity ids never change."""
    states = _states(store, profile, now)
    if names is None:
        return states
    return [replace(state, name=translated_sensor_name(state.title.render(names), profile.slug))
            if state.title is not None else state for state in states]


def _states(store: HistoryStore, profile: Profile, now: float | None) -> list[SensorState]:
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
    states.extend(_workout_states(store, profile, now))
    states.extend(_ecg_states(store, profile, now))
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


def _workout_states(store: HistoryStore, profile: Profile,
                    now: float | None) -> list[SensorState]:
    """The workout that ended last, as Home Assistant's workout sensors show it: the type as
    a word, duration from start to end, each data value the workout carries."""
    workout = store.latest_workout(profile.slug, not_after=not_after(
        time.time() if now is None else now))
    if workout is None:
        return []
    values: dict[str, float | str] = {"type": workout.kind,
                                      "duration": workout.enddate - workout.startdate}
    values.update({name: workout.data[name] for name in WORKOUT_FIELDS if name in workout.data})
    extra = {"date": workout.date, "started_at": iso_utc(workout.startdate),
             "category_code": workout.category}
    return [_state(spec, spec.key, values[name], workout.enddate, profile.slug, extra)
            for name, spec in WORKOUT_SPECS.items() if name in values]


def _ecg_states(store: HistoryStore, profile: Profile,
                now: float | None) -> list[SensorState]:
    """The latest ECG's classification and time, for profiles that opted in."""
    if not profile.read_ecg:
        return []
    recording = store.latest_ecg(profile.slug, not_after=not_after(
        time.time() if now is None else now))
    if recording is None:
        return []
    extra = {"heart_rate_bpm": recording.heart_rate} if recording.heart_rate else {}
    return [_state(ECG_SPECS["classification"], ECG_SPECS["classification"].key,
                   recording.classification, recording.recorded_at, profile.slug, extra),
            _state(ECG_SPECS["recorded_at"], ECG_SPECS["recorded_at"].key,
                   iso_utc(recording.recorded_at), recording.recorded_at, profile.slug)]


def _with_twins(spec: SensorSpec, value: float, measured_at: int | None,
                profile: Profile) -> list[SensorState]:
    """The kg sensor, its lb or st twin, or kg and lb; each names the ones the unit choice
    leaves out as retired, so switching units removes the stale ones from HA."""
    if not spec.mass:
        return [_state(spec, spec.key, value, measured_at, profile.slug)]
    chosen = MASS_UNITS.get(profile.unit, ("kg",))
    retired = tuple(unique_id(spec.mass_key(unit), profile.slug)
                    for unit in ("kg", "lb", "st") if unit not in chosen)
    converted = {"kg": value, "lb": to_pounds(value), "st": to_stones(value)}
    return [_state(spec, spec.mass_key(unit), converted[unit], measured_at, profile.slug,
                   unit=unit, retires=retired) for unit in chosen]


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
        # A mass sensor's name says its unit, as its key does: "Gewicht kg", "Gewicht lb"
        title=joined([spec.title, verbatim(unit)]) if spec.mass and unit else spec.title,
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
