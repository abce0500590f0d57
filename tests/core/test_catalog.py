import pytest

from withings_gui.core.catalog import (ACTIVITY_FIELDS, MEASTYPES, SLEEP_FIELDS, all_specs,
                                      spec_for_key)
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
