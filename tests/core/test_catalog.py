from pathlib import Path

import pytest

from withings_gui.core.catalog import (ACTIVITY_FIELDS, MEASTYPES, SEGMENTAL_MEASTYPES,
                                       SEGMENTS, SLEEP_FIELDS, all_specs, measure_spec,
                                       segment_of, spec_for_key)
from withings_gui.core.withings import summary_fields

# Entity keys of Home Assistant's classic Withings integration: dashboards depend on them.
CLASSIC_KEYS = {
    1: "weight_kg", 4: "height_m", 5: "fat_free_mass_kg", 6: "fat_ratio_pct", 8: "fat_mass_kg",
    9: "diastolic_blood_pressure_mmhg", 10: "systolic_blood_pressure_mmhg",
    11: "heart_pulse_bpm", 12: "temperature_c", 54: "spo2_pct", 71: "body_temperature_c",
    73: "skin_temperature_c", 76: "muscle_mass_kg", 77: "hydration", 88: "bone_mass_kg",
    91: "pulse_wave_velocity",
}


@pytest.mark.parametrize("meastype, key", sorted(CLASSIC_KEYS.items()))
def test_classic_keys(meastype, key):
    assert MEASTYPES[meastype].key == key


def test_documented_extra_types_are_known():
    assert {123, 155, 170, 226, 227} <= set(MEASTYPES)


def test_keys_are_unique_and_lookup_works():
    keys = [spec.key for spec in all_specs()]
    assert len(keys) == len(set(keys))
    assert spec_for_key("sleep_snoring_eposode_count") is SLEEP_FIELDS["snoringepisodecount"]
    assert spec_for_key("nope") is None


def test_mass_twins():
    assert MEASTYPES[1].lb_key == "weight_lbs"
    assert MEASTYPES[77].lb_key == "hydration_lbs"
    assert not MEASTYPES[6].mass


def test_every_field_the_client_requests_has_a_sensor_and_no_other():
    assert set(SLEEP_FIELDS) == set(summary_fields.SLEEP_SUMMARY_FIELDS)
    assert set(ACTIVITY_FIELDS) == set(summary_fields.ACTIVITY_FIELDS)


def test_body_scan_feet_have_a_sensor_each():
    assert {MEASTYPES[t].key for t in (196, 197, 198, 229, 167, 158, 159)} == {
        "electrodermal_activity_feet_pct", "electrodermal_activity_left_foot_pct",
        "electrodermal_activity_right_foot_pct", "electrochemical_skin_conductance_microsiemens",
        "nerve_health_score_feet", "nerve_health_score_left_foot",
        "nerve_health_score_right_foot"}
    assert all(MEASTYPES[t].state_class == "measurement" for t in (196, 229, 167))


@pytest.mark.parametrize("meastype, position, key", [
    (173, 12, "fat_free_mass_torso_kg"), (174, 3, "fat_mass_left_arm_kg"),
    (174, 2, "fat_mass_right_arm_kg"), (175, 10, "muscle_mass_left_leg_kg"),
    (175, 11, "muscle_mass_right_leg_kg")])
def test_segments_are_one_mass_sensor_each_with_a_pound_twin(meastype, position, key):
    spec = measure_spec(meastype, position)
    assert (spec.key, spec.unit, spec.device_class, spec.mass) == (key, "kg", "weight", True)
    assert spec.lb_key == key.replace("_kg", "_lbs")
    assert segment_of(position) in key and spec_for_key(key) is spec


def test_a_position_picks_a_segment_only_for_segmental_types():
    assert measure_spec(174, None) is None and measure_spec(174, 7) is None  # no segment
    assert measure_spec(174, 99) is None and segment_of(99) is None
    assert measure_spec(8, 7) is measure_spec(8, None) is MEASTYPES[8]  # 7: the whole body
    assert measure_spec(4242, None) is None


def test_the_readme_lists_every_measure():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for meastype, spec in MEASTYPES.items():
        assert f"| {meastype} | {spec.label} | `{spec.key}`" in readme
    for meastype, (name, _) in SEGMENTAL_MEASTYPES.items():
        assert f"| {meastype} + `position` |" in readme and f"`{name}_<segment>_kg`" in readme
    for position, (segment, _) in SEGMENTS.items():
        assert f"`{segment}` ({position})" in readme


def test_every_workout_field_the_client_requests_has_a_sensor_under_home_assistants_key():
    from withings_gui.core.catalog import ECG_SPECS, WORKOUT_SPECS
    from withings_gui.core.withings.workouts import WORKOUT_FIELDS

    # "type" and "duration" are made from the workout's category and start/end.
    assert set(WORKOUT_SPECS) == set(WORKOUT_FIELDS) | {"type", "duration"}
    # The keys of Home Assistant's Withings integration (its WORKOUT_SENSORS).
    assert {spec.key for spec in WORKOUT_SPECS.values()} == {
        "workout_type", "workout_active_calories_burnt", "workout_distance",
        "workout_floors_climbed", "workout_intensity", "workout_pause_duration",
        "workout_duration"}
    for spec in (*WORKOUT_SPECS.values(), *ECG_SPECS.values()):
        assert spec.state_class is None  # one event's values, as HA's own workout sensors
