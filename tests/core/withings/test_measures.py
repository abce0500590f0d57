"""Payload parsing against replies typed from Withings' documentation and real-world replies."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.catalog import MEASTYPES
from withings_gui.core.withings.measures import (ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary, as_int, decode_value,
                                                 latest_group_change, more_pages,
                                                 parse_activity, parse_devices, parse_goals,
                                                 parse_measure_groups, parse_sleep,
                                                 parse_unassigned_groups)

PAYLOADS = Path(__file__).parent / "payloads"


def load(name):
    return json.loads((PAYLOADS / name).read_text())["body"]


@pytest.mark.parametrize("value, unit, expected", [
    (72350, -3, 72.35), (65, 0, 65.0), (168, -2, 1.68), (5, 1, 50.0), (-1234, -2, -12.34),
    (3650, -2, 36.5), (15713, -3, 15.713), (70152, -3, 70.152), (1, -1, 0.1),
    ("7000", "-3", 7.0), (72350.0, -3.0, 72.35), (None, -3, None), (70, None, None),
    ("junk", -3, None), (True, 0, None), (1, 400, None),
])
def test_value_times_ten_to_the_unit(value, unit, expected):
    assert decode_value(value, unit) == expected


def test_decoded_values_have_no_float_noise():
    # 0.1 + 0.2 style noise would show up in Home Assistant as 72.35000000000001.
    for mantissa in range(70000, 71000):
        assert repr(decode_value(mantissa, -3)) == repr(round(mantissa / 1000, 3))


def test_documented_getmeas_reply_is_parsed_and_unassigned_groups_held_back():
    body = load("getmeas.json")
    measurements = parse_measure_groups(body)
    by_type = {(m.grpid, m.meastype): m for m in measurements}
    assert by_type[(12, 1)] == Measurement(12, 1, 65.75, 1594245600, 1594245620, 0, 1,
                                           "892359876fd8805ac45bab078c4828692f0276b1")
    assert by_type[(12, 6)].value == 22.1
    # 13 waits to be assigned (attrib 1), 17 is a goal; 16 (typed at sign-up, 4) is the user's.
    assert {m.grpid for m in measurements} == {12, 14, 15, 16}
    assert [g.grpid for g in parse_unassigned_groups(body)] == [13]
    assert by_type[(15, 999)].value == 1.5  # unknown types are kept, never a crash
    assert by_type[(14, 1)].modified == 1594245900  # no "modified": created is used
    assert by_type[(14, 1)].deviceid is None


def test_held_back_groups_say_which_measures_wait_with_them():
    def group(grpid, attrib, date, types=(1, 6)):
        return {"grpid": grpid, "attrib": attrib, "date": date, "category": 1,
                "measures": [{"type": t, "value": 700, "unit": -1} for t in types]}
    body = {"measuregrps": [group(1, 0, 100), group(2, 1, 200), group(3, 4, 300),
                            group(4, 17, 400), group(5, 1, 500, types=(1,)),
                            {**group(6, 1, 600), "measures": [{"type": "x"}, "junk", {}]}]}
    assert [(g.grpid, g.measured_at, g.meastypes) for g in parse_unassigned_groups(body)] == [
        (2, 200, {1, 6}), (5, 500, {1}), (6, 600, frozenset())]


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text() | st.floats(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["measuregrps", "grpid", "attrib",
                                                       "date", "measures", "type"]),
                                      inner, max_size=5), max_leaves=20))
def test_any_reply_lists_its_held_back_groups_without_a_crash(body):
    for found in parse_unassigned_groups(body):
        assert isinstance(found.grpid, int) and isinstance(found.measured_at, int)
        assert all(isinstance(meastype, int) for meastype in found.meastypes)


def test_real_world_getmeas_with_loose_types():
    body = load("getmeas_loose.json")
    measurements = parse_measure_groups(body)
    got = {(m.grpid, m.meastype): m for m in measurements}
    # Blood pressure monitor, unit 0.
    assert (got[(4716596696, 9)].value, got[(4716596696, 10)].value,
            got[(4716596696, 11)].value) == (89.0, 109.0, 88.0)
    # Strings for numbers, attrib 17 (kept), modified null → created, deviceid from the hash.
    bp = got[(2726388728, 10)]
    assert (bp.value, bp.measured_at, bp.modified, bp.attrib, bp.deviceid) == (
        143.0, 1620039631, 1620237692, 17, "91a7e556c2022ef54dca6e07a853c3193734d148")
    assert got[(2726388728, 71)].value == 36.5
    # Meastypes the catalog does not know are kept for the store, unreadable ones dropped.
    assert got[(2726375351, 4242)].value == 12.3 and 4242 not in MEASTYPES
    assert got[(2726375351, 130)].value == 1.0
    assert (2726375351, 6) not in got and (2726375351, 8) not in got
    # attrib 1 (held back, listed apart) and category 2 are never the user's measurements.
    assert 2726389202 not in {m.grpid for m in measurements}
    assert [g.grpid for g in parse_unassigned_groups(body)] == [2726389202]
    assert 2726389300 not in {m.grpid for m in measurements}
    assert latest_group_change(body) == 1690491663
    # Skipped groups count for the cursor too: the category-2 group is the newest of these.
    assert latest_group_change({"measuregrps": body["measuregrps"][2:]}) == 1620237999
    assert more_pages(body) is False and as_int(body["updatetime"]) == 1690491663


def test_loose_and_broken_groups_do_not_crash():
    body = {"measuregrps": [None, {"grpid": "x"}, {"grpid": 1, "date": 5, "measures": [
        {"type": 1, "value": "junk", "unit": -3}, "nonsense", {"type": 1, "value": 1, "unit": 0}]},
        {"grpid": 2, "date": 6, "measures": None}, {"grpid": 3, "measures": [
            {"type": 1, "value": 1, "unit": 0}]}]}
    [only] = parse_measure_groups(body)
    assert (only.grpid, only.value, only.attrib, only.category, only.modified) == (1, 1.0, 0, 1, 5)
    for empty in ({}, {"measuregrps": None}, {"measuregrps": "x"}, {"measuregrps": {}}):
        assert parse_measure_groups(empty) == []


def test_sleep_summaries():
    [night] = parse_sleep(load("sleep_getsummary.json"))
    assert night == SleepSummary("2020-07-08", 1594164360, 1594193160, 1594193466,
                                 night.data)
    assert night.data["deepsleepduration"] == 4920 and night.data["sleep_score"] == 80
    loose = parse_sleep(load("sleep_getsummary_loose.json"))
    assert [n.date for n in loose] == ["2023-11-08", "2023-11-09"]
    first, second = loose
    assert first.modified == 1699426700 and first.data["sleep_efficiency"] == 0.88
    # Lists and nulls are not values: night_events and a null apnea index are left out.
    assert "night_events" not in first.data and "apnea_hypopnea_index" not in first.data
    assert second.data == {} and second.modified == 1699500000  # enddate when no modified


def test_activity_days():
    [day] = parse_activity(load("getactivity.json"))
    assert day.date == "2020-07-08" and day.data["steps"] == 7563
    assert "date" not in day.data  # only numbers become sensor values
    days = parse_activity(load("getactivity_loose.json"))
    assert [d.date for d in days] == ["2023-10-20", "2023-10-21"]
    assert days[0] == ActivityDay("2023-10-20", 1697884856, days[0].data)
    assert days[0].data["totalcalories"] == 2303.788
    # Bookkeeping is not a measurement.
    assert not {"brand", "modelid", "modified", "is_tracker"} & set(days[0].data)
    assert days[1].modified == 1697887349 and days[1].data == {"steps": 1155}


def test_devices():
    [scale] = parse_devices(load("getdevice.json"))  # the entry without an id is skipped
    assert scale == Device("892359876fd8805ac45bab078c4828692f0276b1", "Scale", "Body Cardio",
                           "high", 1594245600)
    body_plus, aura = parse_devices(load("getdevice_loose.json"))
    assert (body_plus.model, body_plus.battery, body_plus.last_session_date) == (
        "Body+", "high", 1693867179)
    assert (aura.deviceid, aura.battery, aura.last_session_date) == (
        "0123456789abcdef0123456789abcdef01234567", None, None)


def test_goals():
    assert parse_goals(load("getgoals.json")) == Goals(10000, 28800, 70.5)
    assert parse_goals(load("getgoals_none.json")) == Goals(None, None, None)
    assert parse_goals({"goals": {"steps": "8000", "weight": {"value": None}}}) == \
        Goals(8000, None, None)


@pytest.mark.parametrize("more, expected", [
    (1, True), (0, False), (True, True), (False, False), (None, False), ("0", False),
    ("1", True), ("true", True), ("false", False), ("", False)])
def test_more_is_bool_or_int(more, expected):
    assert more_pages({"more": more}) is expected
    assert more_pages({}) is False


@pytest.mark.parametrize("value, expected", [
    (5, 5), ("5", 5), (" 7 ", 7), (5.0, 5), ("5.0", 5), (5.5, None), ("x", None), (None, None),
    (True, None), (float("nan"), None), ([], None)])
def test_loose_ints(value, expected):
    assert as_int(value) == expected


# -- what SQLite, JSON and the date functions cannot hold is no value (issue 14) -----------

NOW = 1_700_000_000


def group(**fields):
    base = {"grpid": 7, "date": NOW, "modified": NOW, "attrib": 0, "category": 1,
            "measures": [{"type": 1, "value": 72350, "unit": -3}]}
    return {"measuregrps": [dict(base, **fields)]}


@pytest.mark.hostile("dates past 9999 / in ms, values ≥ 2**63 or 10**400")
@pytest.mark.parametrize("fields", [
    {"date": NOW * 1000},  # a date sent in milliseconds: year 55,800
    {"date": 2**63}, {"date": -2**63 - 1}, {"date": -1}, {"date": "9" * 5000},
    {"grpid": 2**63}, {"grpid": -2**63 - 1}, {"grpid": "1e400"},
    {"measures": [{"type": 2**63, "value": 1, "unit": 0}]},
    {"measures": [{"type": 1, "value": 10**400, "unit": -3}]},
    {"measures": [{"type": 1, "value": 10**400, "unit": 0}]},
    {"measures": [{"type": 1, "value": 10**300, "unit": 30}]},
    {"measures": [{"type": 1, "value": 2**63, "unit": 0}]},
    {"measures": [{"type": 1, "value": "inf", "unit": 0}]},
    {"measures": [{"type": 1, "value": float("nan"), "unit": 0}]},
])
def test_groups_that_cannot_be_stored_are_dropped(fields):
    assert parse_measure_groups(group(**fields)) == []


def test_a_change_time_that_cannot_be_shown_falls_back_to_the_date():
    [weight] = parse_measure_groups(group(modified=NOW * 1000, created=2**64))
    assert (weight.measured_at, weight.modified, weight.value) == (NOW, NOW, 72.35)
    assert latest_group_change(group(modified=NOW * 1000)) == NOW


@pytest.mark.hostile("dates past 9999 / in ms, values ≥ 2**63 or 10**400")
@pytest.mark.parametrize("value", [2**63, -2**63 - 1, 10**400, "99999999999999999999"],
                         ids=["2**63", "-2**63-1", "10**400", "20 nines"])
def test_ints_beyond_64_bits_are_no_ints(value):
    assert as_int(value) is None
    assert as_int(2**63 - 1) == 2**63 - 1 and as_int(-2**63) == -2**63


def test_sleep_with_hostile_dates_and_numbers():
    body = {"series": [{
        "date": "2023-11-08", "startdate": 2**63, "enddate": NOW * 1000, "modified": -5,
        "data": {"deepsleepduration": 10**400, "sleep_score": 80, "hr_average": 2**63,
                 "hr_min": -2**63, "sleep_efficiency": 0.9, "rr_average": float("inf"),
                 "snoring": True, "night_events": [1, 2]}},
        {"date": "2023-02-30", "data": {"sleep_score": 1}},  # no such day
        {"date": "٢٠٢٣-١١-٠٨", "data": {"sleep_score": 1}},  # digits, but not ASCII ones
    ]}
    [night] = parse_sleep(body)
    assert (night.startdate, night.enddate, night.modified) == (0, 0, 0)
    assert night.data == {"sleep_score": 80, "hr_min": -2**63, "sleep_efficiency": 0.9}


def test_activity_with_hostile_numbers():
    [day] = parse_activity({"activities": [{
        "date": "2023-10-20", "modified": 2**70, "steps": 10**400, "distance": 1020.121,
        "calories": 1e308 * 10, "elevation": -1}]})
    assert day.modified == 0 and day.data == {"distance": 1020.121, "elevation": -1}


@pytest.mark.hostile("getdevice listing a deviceid several times")
def test_duplicate_device_ids_keep_one_entry_the_most_recent():
    # As in aiowithings' device.json: the same id several times, the used one not first.
    dev = "f998be4b9ccc9e136fd8cd8e8e344c31ec3b271d"
    entries = [
        {"deviceid": dev, "type": "Scale", "model": "Body+", "battery": "unknown",
         "last_session_date": None},
        {"deviceid": dev, "type": "Scale", "model": "Body+", "battery": "high",
         "last_session_date": 1693867179},
        {"deviceid": dev, "type": "Sleep Monitor", "model": "", "battery": "high",
         "last_session_date": None},
        {"deviceid": "other", "type": "Scale", "model": "", "battery": None},
        {"deviceid": "other", "type": "Scale", "model": "Body", "battery": "low"},
    ]
    assert parse_devices({"devices": entries}) == [
        Device(dev, "Scale", "Body+", "high", 1693867179),
        Device("other", "Scale", "Body", "low", None)]


def test_device_fields_that_cannot_be_stored():
    [device] = parse_devices({"devices": [{
        "deviceid": "ab\ud800cd", "type": ["Scale"], "model": "x" * 10_000, "battery": 2**64,
        "last_session_date": NOW * 1000}]})
    assert device.deviceid == "ab?cd" and device.type == "" and len(device.model) == 200
    assert device.battery is None and device.last_session_date is None
    assert parse_devices({"devices": [{"deviceid": 2**63}, {"deviceid": {"a": 1}}]}) == []


def test_goals_that_cannot_be_stored():
    assert parse_goals({"goals": {"steps": 2**63, "sleep": -2**63 - 1, "weight": {
        "value": 10**400, "unit": -3}}}) == Goals(None, None, None)
    assert parse_goals({"goals": {"steps": 2**63 - 1, "weight": {"value": 1, "unit": 30}}}) \
        == Goals(2**63 - 1, None, 1e30)
