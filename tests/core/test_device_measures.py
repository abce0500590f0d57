"""What each device model gives, as Withings names models in real replies."""

import json
from pathlib import Path

from withings_gui.core.device_measures import ACTIVITY, SLEEP, measures_of
from withings_gui.core.withings.measures import parse_devices

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "withings"


def test_models_of_real_replies_are_known():
    # Each listed device on its own: the file gives them all one deviceid.
    devices = json.loads((FIXTURES / "aiowithings_device.json").read_text())["body"]["devices"]
    gives = {d.model: measures_of(d.model, d.type)
             for d in (parse_devices({"devices": [item]})[0] for item in devices) if d.model}
    assert {1, 6, 8, 76, 77, 88} <= gives["Body+"] and 91 not in gives["Body+"]
    assert gives["Aura Sensor V2"] == {SLEEP}


def test_each_scale_gives_what_the_one_below_it_gives():
    assert measures_of("Body+") < measures_of("Body Cardio") < measures_of("Body Comp") \
        < measures_of("Body Scan")
    assert {91, 11} <= measures_of("Body Cardio") and {173, 196} <= measures_of("Body Scan")
    assert {9, 10, 11} == measures_of("BPM Connect")
    assert {ACTIVITY, SLEEP, 54} <= measures_of("ScanWatch 2")


def test_an_unknown_model_falls_back_to_its_type_or_nothing():
    assert measures_of("Body Ultra 3000", "Scale") == {1}
    assert measures_of("", "Blood Pressure Monitor") == {9, 10, 11}
    assert measures_of("Toaster", "Kitchen") == frozenset()
