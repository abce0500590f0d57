"""Which measures each Withings device model can give, as far as public sources tell.

Model names are those Withings reports in ``/v2/user?action=getdevice`` (``model``): seen in
real replies (tests/fixtures/withings: "Body+", "Aura Sensor V2"; aiowithings' fixtures) and
listed in Withings' API reference for that field (quoted in joostlek/python-withings issue
#864: Withings WBS01, WS30, Kid Scale, Smart Body Analyzer, Body+, Body Cardio, Body, Body
Scan, Body Pro, WBS10, WBS11, Body Comp, the BPM models, the trackers, Aura, Thermo). What
each gives comes from Withings' product pages and Home Assistant's issues about them (core
#103291 Body Scan's new types, #141790 Body Comp's pulse wave velocity and vascular age).

Only what the app can see arriving is listed: meastypes of ``getmeas`` and the sleep and
activity summaries (SLEEP, ACTIVITY). A model not listed, or listed with less than it can
do, only makes "why is X missing" say less; it never hides a measure that arrives.
"""

from __future__ import annotations

SLEEP = "sleep"
ACTIVITY = "activity"

Measure = int | str  # a meastype, or SLEEP / ACTIVITY

_WEIGHT = frozenset({1})
# Weight, fat ratio, fat mass, fat-free mass, muscle, hydration, bone (Body+).
_COMPOSITION = _WEIGHT | {6, 8, 5, 76, 77, 88}
# Body Cardio adds standing heart rate, pulse wave velocity and vascular age.
_CARDIO = _COMPOSITION | {11, 91, 155}
# Body Comp adds visceral fat, the water split, basal metabolic rate, metabolic age and the
# nerve health score of the feet (electrochemical skin conductance).
_COMP = _CARDIO | {170, 168, 169, 226, 227, 167, 229}
# Body Scan adds segmental composition, nerve health per foot and electrodermal activity.
_SCAN = _COMP | {173, 174, 175, 158, 159, 196, 197, 198}
_BLOOD_PRESSURE = frozenset({9, 10, 11})
_TRACKER = frozenset({ACTIVITY, SLEEP})
_WATCH = _TRACKER | {54}  # ScanWatch: SpO2 spot checks as well
_SLEEP_MAT = frozenset({SLEEP})

BY_MODEL: dict[str, frozenset[Measure]] = {
    "Withings WBS01": _WEIGHT, "WS30": _WEIGHT, "Kid Scale": _WEIGHT, "Body": _WEIGHT,
    "Smart Body Analyzer": _WEIGHT | {6, 8, 5, 11},
    "Body+": _COMPOSITION, "Body Pro": _COMPOSITION,
    "Body Cardio": _CARDIO, "Body Comp": _COMP, "Body Scan": _SCAN,
    "Withings Blood Pressure Monitor V1": _BLOOD_PRESSURE,
    "Withings Blood Pressure Monitor V2": _BLOOD_PRESSURE,
    "Withings Blood Pressure Monitor V3": _BLOOD_PRESSURE,
    "BPM Core": _BLOOD_PRESSURE, "BPM Connect": _BLOOD_PRESSURE,
    "BPM Connect Pro": _BLOOD_PRESSURE, "BPM Pro 2": _BLOOD_PRESSURE,
    "BPM Vision": _BLOOD_PRESSURE,
    "Pulse": _TRACKER, "Activite": _TRACKER, "Activite (Pop, Steel)": _TRACKER,
    "Withings Go": _TRACKER, "Activite Steel HR": _TRACKER,
    "Activite Steel HR Sport Edition": _TRACKER, "Pulse HR": _TRACKER, "Move": _TRACKER,
    "Move ECG": _TRACKER, "ScanWatch Light": _TRACKER,
    "ScanWatch": _WATCH, "ScanWatch 2": _WATCH,
    "Aura Dock": _SLEEP_MAT, "Aura Sensor": _SLEEP_MAT, "Aura Sensor V2": _SLEEP_MAT,
    "Thermo": frozenset({71}),
}
# A model this table does not know yet: what its type surely gives.
BY_TYPE: dict[str, frozenset[Measure]] = {
    "Scale": _WEIGHT, "Blood Pressure Monitor": _BLOOD_PRESSURE,
    "Activity Tracker": _TRACKER, "Sleep Monitor": _SLEEP_MAT,
}


def measures_of(model: str, device_type: str = "") -> frozenset[Measure]:
    """What a device can give; empty when neither its model nor its type is known."""
    return BY_MODEL.get(model.strip()) or BY_TYPE.get(device_type.strip(), frozenset())
