"""build_sensor_states: values at the precision Withings gave them, unit twins that say which
sensor they replace."""

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.catalog import MEASTYPES, SEGMENTAL_SPECS, SEGMENTS, measure_spec
from withings_gui.core.config import Profile
from withings_gui.core.hass.naming import unique_id
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.units import KG_TO_LB
from withings_gui.core.withings.measures import ActivityDay, Measurement, decode_value

AN_HOUR_AGO = int(time.time()) - 3600


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


def states_by_id(store, unit="kg"):
    return {s.entity_id: s for s in build_sensor_states(store, Profile("alice", unit=unit))}


def measure(store, meastype, mantissa, exponent, grpid=1, position=None, at=AN_HOUR_AGO):
    store.add_measurements("alice", [Measurement(grpid, meastype, decode_value(mantissa, exponent),
                                                 at, at, position=position)])


@pytest.mark.parametrize("meastype, mantissa, exponent, entity, shown", [
    (155, 289, -1, "sensor.withings_vascular_age_alice", 28.9),
    (4, 1020121, -3, "sensor.withings_height_m_alice", 1020.121),
    (11, 61, 0, "sensor.withings_heart_pulse_bpm_alice", 61),
    (170, 1234, -2, "sensor.withings_visceral_fat_alice", 12.34),
    (226, 15432, -1, "sensor.withings_basal_metabolic_rate_kcal_alice", 1543.2),
    (226, 221132, -3, "sensor.withings_basal_metabolic_rate_kcal_alice", 221.132),
    (1, 70000, -3, "sensor.withings_weight_kg_alice", 70),  # trailing zeros dropped
    (6, 2, 1, "sensor.withings_fat_ratio_pct_alice", 20),
    (1, 701, -1, "sensor.withings_weight_kg_alice", 70.1),  # never 70.09999999
    (229, 7215, -2, "sensor.withings_electrochemical_skin_conductance_microsiemens_alice",
     72.15),
])
def test_measurements_keep_their_own_decimals(store, meastype, mantissa, exponent, entity,
                                              shown):
    measure(store, meastype, mantissa, exponent)
    state = states_by_id(store)[entity].state
    assert state == shown and str(state) == str(shown)


def test_activity_values_keep_their_decimals(store):
    store.put_summaries("alice", "activity", [ActivityDay(
        "2024-03-01", AN_HOUR_AGO, {"elevation": 1020.121, "distance": 5012.5, "steps": 8000.0})])
    states = states_by_id(store)
    assert states["sensor.withings_elevation_today_m_alice"].state == 1020.121
    assert states["sensor.withings_distance_today_m_alice"].state == 5012.5
    steps = states["sensor.withings_steps_today_alice"].state
    assert steps == 8000 and isinstance(steps, int)  # a count shows no ".0"


@pytest.mark.hostile("precision: any value × 10^unit")
@settings(max_examples=300, deadline=None)
@given(meastype=st.sampled_from(sorted(MEASTYPES)), mantissa=st.integers(0, 10**9),
       exponent=st.integers(-6, 0))
def test_any_withings_value_is_published_without_losing_a_digit(meastype, mantissa, exponent):
    store = HistoryStore(":memory:")
    try:
        measure(store, meastype, mantissa, exponent)
        published = states_by_id(store, unit="both")
    finally:
        store.close()
    spec = MEASTYPES[meastype]
    state = published[f"sensor.withings_{spec.key}_alice"].state
    assert Decimal(repr(state)) == Decimal(mantissa).scaleb(exponent)
    if spec.mass:  # the pound twin stays at 2 decimals
        pounds = published[f"sensor.withings_{spec.lb_key}_alice"].state
        assert pounds == round(decode_value(mantissa, exponent) * KG_TO_LB, 2)


@pytest.mark.parametrize("unit, published, retired", [
    ("kg", ["weight_kg"], ["weight_lbs", "weight_st"]),
    ("lb", ["weight_lbs"], ["weight_kg", "weight_st"]),
    ("both", ["weight_kg", "weight_lbs"], ["weight_st"]),
    ("st", ["weight_st"], ["weight_kg", "weight_lbs"]),
])
def test_a_unit_left_out_names_the_twin_it_retires(store, unit, published, retired):
    measure(store, 1, 70500, -3)
    states = [s for s in build_sensor_states(store, Profile("alice", unit=unit))
              if "weight" in s.unique_id]
    assert [s.unique_id for s in states] == [unique_id(k, "alice") for k in published]
    assert sorted({r for s in states for r in s.retires}) == \
        sorted(unique_id(k, "alice") for k in retired)


def test_each_segment_is_its_own_sensor_and_whole_body_positions_are_one(store):
    scan = [(174, 103, -2, 3), (174, 1209, -2, 12),  # fat mass: left arm, torso
            (174, 500, -2, 99),  # a position no segment has: no sensor
            (8, 1866, -2, 7)]  # whole body
    store.add_measurements("alice", [
        Measurement(1, meastype, decode_value(value, unit), AN_HOUR_AGO - 60, AN_HOUR_AGO - 60,
                    position=position) for meastype, value, unit, position in scan])
    measure(store, 8, 1780, -2, grpid=2)  # whole body without a position, newer
    states = states_by_id(store, unit="both")
    assert states["sensor.withings_fat_mass_left_arm_kg_alice"].state == 1.03
    assert states["sensor.withings_fat_mass_torso_kg_alice"].state == 12.09
    assert states["sensor.withings_fat_mass_left_arm_lbs_alice"].unit == "lb"
    assert states["sensor.withings_fat_mass_kg_alice"].state == 17.8
    # kg and lb of: the whole body, the left arm, the torso; nothing for position 99.
    assert len([e for e in states if e.startswith("sensor.withings_fat_mass")]) == 6


@pytest.mark.hostile("precision: any value × 10^unit at any position")
@settings(max_examples=300, deadline=None)
@given(meastype=st.sampled_from(sorted({*MEASTYPES, 173, 174, 175})),
       position=st.none() | st.sampled_from([*SEGMENTS, 7, 0, 99]),
       mantissa=st.integers(-10**7, 10**9), exponent=st.integers(-8, 3))
def test_every_measure_feeds_its_sensor_at_withings_precision(meastype, position, mantissa,
                                                              exponent):
    store = HistoryStore(":memory:")
    try:
        measure(store, meastype, mantissa, exponent, position=position)
        published = states_by_id(store, unit="both")
    finally:
        store.close()
    spec = measure_spec(meastype, position)
    if spec is None:  # a segmental type without a segment
        assert meastype in (173, 174, 175) and not published
        return
    assert spec in (*MEASTYPES.values(), *SEGMENTAL_SPECS.values())
    state = published[f"sensor.withings_{spec.key}_alice"].state
    assert Decimal(repr(state)) == Decimal(mantissa).scaleb(exponent)
    assert not repr(state).endswith(".0")


def test_stone_twins_carry_the_stone_unit_and_three_decimals(store):
    measure(store, 1, 70760, -3)
    measure(store, 88, 2900, -3, grpid=2)
    published = states_by_id(store, unit="st")
    weight = published["sensor.withings_weight_st_alice"]
    assert (weight.state, weight.unit, weight.device_class) == (11.143, "st", "weight")
    assert published["sensor.withings_bone_mass_st_alice"].state == 0.457
    assert not any(key.endswith(("_kg_alice", "_lbs_alice")) for key in published
                   if "weight" in key or "bone" in key)


# -- the last workout and the latest ECG (issue 17) ------------------------------------------

def test_the_last_workout_as_home_assistant_shows_it_and_not_one_dated_ahead(store):
    from withings_gui.core.withings.workouts import Workout

    ended = AN_HOUR_AGO
    store.put_workouts("alice", [
        Workout(1, 457, ended - 3000, ended, ended, "2024-03-01",
                {"calories": 221.132, "distance": 1020.121, "pause_duration": 60}),
        Workout(2, 1, ended + 10**8, ended + 10**8 + 60, ended, "2030-01-01", {})])
    states = states_by_id(store)
    kind = states["sensor.withings_workout_type_alice"]
    # Gaming (457) is newer than aiowithings' list: "other", its code kept as an attribute.
    assert (kind.state, kind.attributes["category_code"]) == ("other", 457)
    assert states["sensor.withings_workout_active_calories_burnt_alice"].state == 221.132
    assert states["sensor.withings_workout_distance_alice"].state == 1020.121
    assert states["sensor.withings_workout_duration_alice"].state == 3000
    assert states["sensor.withings_workout_pause_duration_alice"].state == 60
    assert "sensor.withings_workout_intensity_alice" not in states  # not in the reply


def test_ecg_sensors_only_for_a_profile_that_opted_in(store):
    from withings_gui.core.withings.ecg import EcgRecording

    store.put_ecg("alice", [EcgRecording(1, AN_HOUR_AGO, AN_HOUR_AGO, 0, 64)])
    assert not [e for e in states_by_id(store) if "ecg" in e]
    opted_in = {s.entity_id: s for s in build_sensor_states(store, Profile("alice",
                                                                           read_ecg=True))}
    assert opted_in["sensor.withings_ecg_afib_classification_alice"].state == "negative"
    assert opted_in["sensor.withings_ecg_recorded_at_alice"].state == \
        opted_in["sensor.withings_ecg_recorded_at_alice"].attributes["measured_at"]
