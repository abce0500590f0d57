import json
from pathlib import Path

import pytest

from withings_gui.core.withings.measures import (decode_value, more_pages, parse_activity,
                                                 parse_devices, parse_goals,
                                                 parse_measure_groups, parse_sleep)

PAYLOADS = Path(__file__).parent / "payloads"


def load(name):
    return json.loads((PAYLOADS / name).read_text())["body"]


@pytest.mark.parametrize("value, unit, expected", [
    (72350, -3, 72.35), (65, 0, 65.0), (168, -2, 1.68), (5, 1, 50.0), (-1234, -2, -12.34),
    ("7000", "-3", 7.0), (None, -3, None), (70, None, None),
])
def test_value_times_ten_to_the_unit(value, unit, expected):
    assert decode_value(value, unit) == expected


def test_documented_getmeas_reply_is_parsed_and_ambiguous_groups_skipped():
    measurements = parse_measure_groups(load("getmeas.json"))
    by_type = {(m.grpid, m.meastype): m for m in measurements}
    assert by_type[(12, 1)].value == 65.75 and by_type[(12, 1)].measured_at == 1594245600
    assert by_type[(12, 6)].value == 22.1
    assert {m.grpid for m in measurements} == {12, 14, 15}  # 13 ambiguous, 16 attrib 4
    assert by_type[(15, 999)].value == 1.5  # unknown types are kept, never a crash
    assert by_type[(14, 1)].modified == 1594245900  # no "modified": created is used


def test_loose_and_broken_groups_do_not_crash():
    body = {"measuregrps": [None, {"grpid": "x"}, {"grpid": 1, "date": 5, "measures": [
        {"type": 1, "value": "junk", "unit": -3}, "nonsense", {"type": 1, "value": 1, "unit": 0}]}]}
    [only] = parse_measure_groups(body)
    assert (only.grpid, only.value, only.attrib, only.category) == (1, 1.0, 0, 1)


def test_sleep_activity_devices_goals():
    [night] = parse_sleep(load("sleep_getsummary.json"))
    assert night.date == "2020-07-08" and night.data["deepsleepduration"] == 4920
    assert "hr_average" in night.data
    [day] = parse_activity(load("getactivity.json"))
    assert day.date == "2020-07-08" and day.data["steps"] == 7563
    assert "date" not in day.data  # only numbers become sensor values
    [scale] = parse_devices(load("getdevice.json"))
    assert (scale.model, scale.battery) == ("Body Cardio", "high")
    goals = parse_goals(load("getgoals.json"))
    assert (goals.steps, goals.sleep_seconds, goals.weight_kg) == (10000, 28800, 70.5)


@pytest.mark.parametrize("more, expected", [(1, True), (0, False), (True, True),
                                            (False, False), (None, False), ("0", False)])
def test_more_is_bool_or_int(more, expected):
    assert more_pages({"more": more}) is expected
