"""Every sensor the app can publish: Withings source field → HA entity key, unit, device class.

Entity keys follow Home Assistant's classic Withings integration (``weight_kg``,
``fat_ratio_pct``, ``sleep_snoring_eposode_count`` with its historic typo, ...) so dashboards
and documented template sensors written for it keep working.
"""

from __future__ import annotations

from dataclasses import dataclass

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

C = "core.catalog"


@dataclass(frozen=True)
class SensorSpec:
    key: str
    label: str  # English, marked for translation where it is written
    unit: str | None
    device_class: str | None = None
    icon: str = "mdi:scale-bathroom"
    state_class: str | None = "measurement"
    # Mass sensors get a ``_lbs`` / ``_st`` twin when the profile publishes pounds / stones.
    mass: bool = False
    # The label as a Message when it is made of parts ("Fat mass" + "left arm")
    composed: Message | None = None

    @property
    def title(self) -> Message:
        """The label to show, in the user's language where it is shown."""
        return self.composed or Message(C, self.label)

    @property
    def lb_key(self) -> str:
        """``weight_kg`` → ``weight_lbs``; ``hydration`` → ``hydration_lbs``."""
        base = self.key[: -len("_kg")] if self.key.endswith("_kg") else self.key
        return f"{base}_lbs"

    @property
    def st_key(self) -> str:
        """``weight_kg`` → ``weight_st``; ``hydration`` → ``hydration_st`` (stones)."""
        base = self.key[: -len("_kg")] if self.key.endswith("_kg") else self.key
        return f"{base}_st"

    def mass_key(self, unit: str) -> str:
        """The entity key of this mass sensor in ``unit`` (kg, lb or st)."""
        return {"kg": self.key, "lb": self.lb_key, "st": self.st_key}[unit]


def _mass(key: str, label: str, icon: str = "mdi:weight-kilogram",
          composed: Message | None = None) -> SensorSpec:
    return SensorSpec(key, label, "kg", "weight", icon, mass=True, composed=composed)


# Withings meastype id → sensor (``/measure?action=getmeas``).
MEASTYPES: dict[int, SensorSpec] = {
    1: _mass("weight_kg", QT_TRANSLATE_NOOP("core.catalog", "Weight"), "mdi:scale-bathroom"),
    4: SensorSpec("height_m", QT_TRANSLATE_NOOP("core.catalog", "Height"), "m", "distance",
                  "mdi:human-male-height"),
    5: _mass("fat_free_mass_kg", QT_TRANSLATE_NOOP("core.catalog", "Fat-free mass")),
    6: SensorSpec("fat_ratio_pct", QT_TRANSLATE_NOOP("core.catalog", "Fat ratio"), "%", None,
                  "mdi:percent"),
    8: _mass("fat_mass_kg", QT_TRANSLATE_NOOP("core.catalog", "Fat mass")),
    9: SensorSpec("diastolic_blood_pressure_mmhg",
                  QT_TRANSLATE_NOOP("core.catalog", "Diastolic blood pressure"), "mmHg",
                  "pressure", "mdi:heart-pulse"),
    10: SensorSpec("systolic_blood_pressure_mmhg",
                   QT_TRANSLATE_NOOP("core.catalog", "Systolic blood pressure"), "mmHg",
                   "pressure", "mdi:heart-pulse"),
    11: SensorSpec("heart_pulse_bpm", QT_TRANSLATE_NOOP("core.catalog", "Heart pulse"), "bpm",
                   None, "mdi:heart-pulse"),
    12: SensorSpec("temperature_c", QT_TRANSLATE_NOOP("core.catalog", "Temperature"), "°C",
                   "temperature", "mdi:thermometer"),
    54: SensorSpec("spo2_pct", QT_TRANSLATE_NOOP("core.catalog", "SpO2"), "%", None,
                   "mdi:heart-pulse"),
    71: SensorSpec("body_temperature_c", QT_TRANSLATE_NOOP("core.catalog", "Body temperature"),
                   "°C", "temperature",
                   "mdi:thermometer"),
    73: SensorSpec("skin_temperature_c", QT_TRANSLATE_NOOP("core.catalog", "Skin temperature"),
                   "°C", "temperature",
                   "mdi:thermometer"),
    76: _mass("muscle_mass_kg", QT_TRANSLATE_NOOP("core.catalog", "Muscle mass"), "mdi:arm-flex"),
    77: _mass("hydration", QT_TRANSLATE_NOOP("core.catalog", "Hydration"), "mdi:water"),
    88: _mass("bone_mass_kg", QT_TRANSLATE_NOOP("core.catalog", "Bone mass"), "mdi:bone"),
    91: SensorSpec("pulse_wave_velocity", QT_TRANSLATE_NOOP("core.catalog", "Pulse wave velocity"),
                   "m/s", "speed",
                   "mdi:heart-pulse"),
    123: SensorSpec("vo2_max", QT_TRANSLATE_NOOP("core.catalog", "VO2 max"), "ml/min/kg", None,
                    "mdi:run"),
    155: SensorSpec("vascular_age", QT_TRANSLATE_NOOP("core.catalog", "Vascular age"), "years",
                    None, "mdi:heart-pulse"),
    168: _mass("extracellular_water_kg", QT_TRANSLATE_NOOP("core.catalog", "Extracellular water"),
               "mdi:water"),
    169: _mass("intracellular_water_kg", QT_TRANSLATE_NOOP("core.catalog", "Intracellular water"),
               "mdi:water"),
    170: SensorSpec("visceral_fat", QT_TRANSLATE_NOOP("core.catalog", "Visceral fat"), None, None,
                    "mdi:human"),
    226: SensorSpec("basal_metabolic_rate_kcal",
                    QT_TRANSLATE_NOOP("core.catalog", "Basal metabolic rate"), "kcal", None,
                    "mdi:fire"),
    227: SensorSpec("metabolic_age", QT_TRANSLATE_NOOP("core.catalog", "Metabolic age"), "years",
                    None, "mdi:human"),
    # Body Scan's feet (issue 17). Electrodermal activity in % as Home Assistant's own
    # integration gives it; nerve health is a score; electrochemical skin conductance is in
    # microsiemens, the unit sudomotor tests report it in.
    196: SensorSpec("electrodermal_activity_feet_pct",
                    QT_TRANSLATE_NOOP("core.catalog", "Electrodermal activity feet"), "%",
                    None, "mdi:shoe-print"),
    197: SensorSpec("electrodermal_activity_left_foot_pct",
                    QT_TRANSLATE_NOOP("core.catalog", "Electrodermal activity left foot"),
                    "%", None, "mdi:shoe-print"),
    198: SensorSpec("electrodermal_activity_right_foot_pct",
                    QT_TRANSLATE_NOOP("core.catalog", "Electrodermal activity right foot"),
                    "%", None, "mdi:shoe-print"),
    229: SensorSpec("electrochemical_skin_conductance_microsiemens",
                    QT_TRANSLATE_NOOP("core.catalog", "Electrochemical skin conductance"),
                    "µS", None, "mdi:shoe-print"),
    167: SensorSpec("nerve_health_score_feet",
                    QT_TRANSLATE_NOOP("core.catalog", "Nerve health score feet"), "points", None,
                    "mdi:shoe-print"),
    158: SensorSpec("nerve_health_score_left_foot",
                    QT_TRANSLATE_NOOP("core.catalog", "Nerve health score left foot"), "points",
                    None, "mdi:shoe-print"),
    159: SensorSpec("nerve_health_score_right_foot",
                    QT_TRANSLATE_NOOP("core.catalog", "Nerve health score right foot"),
                    "points", None, "mdi:shoe-print"),
}

# -- Body Scan's segment measures (issue 17) ---------------------------------------------
# Withings' ``position`` of a measure → body segment (key part, label); the codes are
# aiowithings' MeasurementPosition (2 right arm, 3 left arm, 10 left leg, 11 right leg,
# 12 torso; 7 is the whole body, as sent with the whole-body types).
SEGMENTS: dict[int, tuple[str, str]] = {
    12: ("torso", QT_TRANSLATE_NOOP("core.catalog", "torso")),
    3: ("left_arm", QT_TRANSLATE_NOOP("core.catalog", "left arm")),
    2: ("right_arm", QT_TRANSLATE_NOOP("core.catalog", "right arm")),
    10: ("left_leg", QT_TRANSLATE_NOOP("core.catalog", "left leg")),
    11: ("right_leg", QT_TRANSLATE_NOOP("core.catalog", "right leg")),
}
# Segmental meastypes: one mass per segment, each its own sensor (``fat_mass_left_arm_kg``).
SEGMENTAL_MEASTYPES: dict[int, tuple[str, str]] = {
    173: ("fat_free_mass", QT_TRANSLATE_NOOP("core.catalog", "Fat-free mass")),
    174: ("fat_mass", QT_TRANSLATE_NOOP("core.catalog", "Fat mass")),
    175: ("muscle_mass", QT_TRANSLATE_NOOP("core.catalog", "Muscle mass")),
}
SEGMENTAL_SPECS: dict[tuple[int, int], SensorSpec] = {
    (meastype, position): _mass(f"{name}_{segment}_kg", f"{label} {segment_label}",
                                "mdi:human", Message(C, QT_TRANSLATE_NOOP(
                                    "core.catalog", "{measure} {segment}"), {
                                    "measure": Message(C, label),
                                    "segment": Message(C, segment_label)}))
    for meastype, (name, label) in SEGMENTAL_MEASTYPES.items()
    for position, (segment, segment_label) in SEGMENTS.items()
}


def segment_of(position: int | None) -> str | None:
    """The body segment a measure's ``position`` names (``left_arm``), or None."""
    found = SEGMENTS.get(position) if position is not None else None
    return found[0] if found else None


def measure_spec(meastype: int, position: int | None) -> SensorSpec | None:
    """The sensor a getmeas measure feeds: segmental types by their segment (None when the
    position names none), the others by type alone, whatever position they carry."""
    if meastype in SEGMENTAL_MEASTYPES:
        return SEGMENTAL_SPECS.get((meastype, position)) if position is not None else None
    return MEASTYPES.get(meastype)


def _duration(key: str, label: str) -> SensorSpec:
    return SensorSpec(key, label, "s", "duration", "mdi:sleep")


def _sleep(key: str, label: str, unit: str | None, icon: str = "mdi:sleep") -> SensorSpec:
    return SensorSpec(key, label, unit, None, icon)


# ``/v2/sleep?action=getsummary`` data field → sensor.
SLEEP_FIELDS: dict[str, SensorSpec] = {
    "deepsleepduration": _duration("sleep_deep_duration_seconds",
                                   QT_TRANSLATE_NOOP("core.catalog", "Deep sleep")),
    "lightsleepduration": _duration("sleep_light_duration_seconds",
                                    QT_TRANSLATE_NOOP("core.catalog", "Light sleep")),
    "remsleepduration": _duration("sleep_rem_duration_seconds",
                                  QT_TRANSLATE_NOOP("core.catalog", "REM sleep")),
    "wakeupduration": _duration("sleep_wakeup_duration_seconds",
                                QT_TRANSLATE_NOOP("core.catalog", "Awake during sleep")),
    "durationtosleep": _duration("sleep_tosleep_duration_seconds",
                                 QT_TRANSLATE_NOOP("core.catalog", "Time to sleep")),
    "durationtowakeup": _duration("sleep_towakeup_duration_seconds",
                                  QT_TRANSLATE_NOOP("core.catalog", "Time to wake up")),
    "total_sleep_time": _duration("sleep_total_duration_seconds",
                                  QT_TRANSLATE_NOOP("core.catalog", "Total sleep")),
    "wakeupcount": _sleep("sleep_wakeup_count", QT_TRANSLATE_NOOP("core.catalog", "Wake-ups"),
                          "times"),
    "hr_average": _sleep("sleep_heart_rate_average_bpm",
                         QT_TRANSLATE_NOOP("core.catalog", "Sleep heart rate average"), "bpm",
                         "mdi:heart-pulse"),
    "hr_min": _sleep("sleep_heart_rate_min_bpm",
                     QT_TRANSLATE_NOOP("core.catalog", "Sleep heart rate minimum"), "bpm",
                     "mdi:heart-pulse"),
    "hr_max": _sleep("sleep_heart_rate_max_bpm",
                     QT_TRANSLATE_NOOP("core.catalog", "Sleep heart rate maximum"), "bpm",
                     "mdi:heart-pulse"),
    "rr_average": _sleep("sleep_respiratory_average_bpm",
                         QT_TRANSLATE_NOOP("core.catalog", "Sleep breathing rate average"),
                         "br/min"),
    "rr_min": _sleep("sleep_respiratory_min_bpm",
                     QT_TRANSLATE_NOOP("core.catalog", "Sleep breathing rate minimum"), "br/min"),
    "rr_max": _sleep("sleep_respiratory_max_bpm",
                     QT_TRANSLATE_NOOP("core.catalog", "Sleep breathing rate maximum"), "br/min"),
    "sleep_score": _sleep("sleep_score", QT_TRANSLATE_NOOP("core.catalog", "Sleep score"),
                          "points"),
    "snoring": _duration("sleep_snoring", QT_TRANSLATE_NOOP("core.catalog", "Snoring")),
    "snoringepisodecount": _sleep("sleep_snoring_eposode_count",
                                  QT_TRANSLATE_NOOP("core.catalog", "Snoring episodes"), "times"),
    "breathing_disturbances_intensity": _sleep(
        "sleep_breathing_disturbances_intensity",
        QT_TRANSLATE_NOOP("core.catalog", "Breathing disturbances"), None),
}


def _activity(key: str, label: str, unit: str | None, device_class: str | None = None,
              icon: str = "mdi:walk") -> SensorSpec:
    return SensorSpec(key, label, unit, device_class, icon)


# ``/v2/measure?action=getactivity`` field → sensor (the day's totals).
ACTIVITY_FIELDS: dict[str, SensorSpec] = {
    "steps": _activity("steps_today", QT_TRANSLATE_NOOP("core.catalog", "Steps today"), "steps"),
    "distance": _activity("distance_today_m", QT_TRANSLATE_NOOP("core.catalog", "Distance today"),
                          "m", "distance"),
    "elevation": _activity("elevation_today_m",
                           QT_TRANSLATE_NOOP("core.catalog", "Elevation today"), "m", "distance",
                           "mdi:stairs-up"),
    "active": _activity("active_time_today_seconds",
                        QT_TRANSLATE_NOOP("core.catalog", "Active time today"), "s", "duration"),
    "soft": _activity("soft_activity_today_seconds",
                      QT_TRANSLATE_NOOP("core.catalog", "Light activity today"), "s", "duration"),
    "moderate": _activity("moderate_activity_today_seconds",
                          QT_TRANSLATE_NOOP("core.catalog", "Moderate activity today"), "s",
                          "duration"),
    "intense": _activity("intense_activity_today_seconds",
                         QT_TRANSLATE_NOOP("core.catalog", "Intense activity today"), "s",
                         "duration"),
    "calories": _activity("active_calories_today_kcal",
                          QT_TRANSLATE_NOOP("core.catalog", "Active calories today"), "kcal",
                          icon="mdi:fire"),
    "totalcalories": _activity("total_calories_today_kcal",
                               QT_TRANSLATE_NOOP("core.catalog", "Total calories today"), "kcal",
                               icon="mdi:fire"),
}

GOAL_SPECS: dict[str, SensorSpec] = {
    "steps": SensorSpec("step_goal", QT_TRANSLATE_NOOP("core.catalog", "Step goal"), "steps", None,
                        "mdi:shoe-print", None),
    "sleep": SensorSpec("sleep_goal_seconds", QT_TRANSLATE_NOOP("core.catalog", "Sleep goal"), "s",
                        "duration", "mdi:bed-clock",
                        None),
    "weight": SensorSpec("weight_goal_kg", QT_TRANSLATE_NOOP("core.catalog", "Weight goal"), "kg",
                         "weight", "mdi:bullseye-arrow",
                         None, mass=True),
}


def _workout(key: str, label: str, unit: str | None, device_class: str | None,
             icon: str) -> SensorSpec:
    # No state class, as Home Assistant's own workout sensors: each value is one workout's.
    return SensorSpec(key, label, unit, device_class, icon, None)


# The last workout (``/v2/measure?action=getworkouts``), under the keys of Home Assistant's
# Withings integration (``workout_type``, ``workout_floors_climbed``, ...). "type" is the
# category as a word (core/withings/workouts.py); "duration" is enddate - startdate.
WORKOUT_SPECS: dict[str, SensorSpec] = {
    "type": _workout("workout_type", QT_TRANSLATE_NOOP("core.catalog", "Last workout type"), None,
                     "enum", "mdi:dumbbell"),
    "calories": _workout("workout_active_calories_burnt",
                         QT_TRANSLATE_NOOP("core.catalog", "Last workout active calories"),
                         "kcal", None, "mdi:fire"),
    "distance": _workout("workout_distance",
                         QT_TRANSLATE_NOOP("core.catalog", "Last workout distance"), "m",
                         "distance", "mdi:map-marker-distance"),
    "elevation": _workout("workout_floors_climbed",
                          QT_TRANSLATE_NOOP("core.catalog", "Last workout elevation"), "m",
                          "distance", "mdi:stairs-up"),
    "intensity": _workout("workout_intensity",
                          QT_TRANSLATE_NOOP("core.catalog", "Last workout intensity"), None, None,
                          "mdi:speedometer"),
    "pause_duration": _workout("workout_pause_duration",
                               QT_TRANSLATE_NOOP("core.catalog", "Last workout pause"), "s",
                               "duration", "mdi:timer-pause"),
    "duration": _workout("workout_duration",
                         QT_TRANSLATE_NOOP("core.catalog", "Last workout duration"), "s",
                         "duration", "mdi:timer"),
}

# The latest ECG (``/v2/heart?action=list``), for profiles that opted in: Withings' atrial
# fibrillation classification as a word, and when the recording was made.
ECG_SPECS: dict[str, SensorSpec] = {
    "classification": SensorSpec("ecg_afib_classification",
                                 QT_TRANSLATE_NOOP("core.catalog", "Last ECG classification"),
                                 None, "enum", "mdi:heart-flash", None),
    "recorded_at": SensorSpec("ecg_recorded_at", QT_TRANSLATE_NOOP("core.catalog", "Last ECG"),
                              None, "timestamp",
                              "mdi:heart-pulse", None),
}

# Devices report battery as a word ("high", "medium", "low"); the key gets the model's slug.
BATTERY_SPEC_PREFIX = "battery"


def battery_spec(model_slug: str, model: str) -> SensorSpec:
    return SensorSpec(f"{BATTERY_SPEC_PREFIX}_{model_slug}", f"{model} battery", None, None,
                      "mdi:battery", None,
                      composed=Message(C, QT_TRANSLATE_NOOP("core.catalog", "{model} battery"),
                                       {"model": model}))


def all_specs() -> list[SensorSpec]:
    return [*MEASTYPES.values(), *SEGMENTAL_SPECS.values(), *SLEEP_FIELDS.values(),
            *ACTIVITY_FIELDS.values(), *GOAL_SPECS.values(), *WORKOUT_SPECS.values(),
            *ECG_SPECS.values()]


def spec_for_key(key: str) -> SensorSpec | None:
    for spec in all_specs():
        if spec.key == key:
            return spec
    return None
