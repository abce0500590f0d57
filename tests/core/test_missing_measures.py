"""Why is a measure missing: the reasons, from a real SQLite history."""

import pytest

from withings_gui.core.missing_measures import DAY, STALE_DAYS, Reason, missing_for
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import (ActivityDay, Device, Measurement, SleepSummary,
                                                 UnassignedGroup)

NOW = 1_790_000_000
SCALE = Device("scale-1", "Scale", "Body Cardio", "high", NOW)
MAT = Device("mat-1", "Sleep Monitor", "Aura Sensor V2", "high", NOW)
CARDIO = (1, 6, 8, 5, 76, 77, 88, 11, 91, 155)


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    yield store
    store.close()


def weigh_ins(store, days_ago, types=CARDIO, first_grpid=1):
    store.add_measurements("alice", [
        Measurement(first_grpid + i, meastype, 70.0, NOW - day * DAY, NOW - day * DAY,
                    deviceid=SCALE.deviceid)
        for i, day in enumerate(days_ago) for meastype in types])


def by_reason(store, devices=(SCALE,)):
    store.put_devices("alice", devices)
    found = {}
    for finding in missing_for(store, "alice", now=NOW):
        found.setdefault(finding.reason, []).append(finding)
    return found


def test_nothing_missing_when_every_measure_arrives(store):
    weigh_ins(store, range(10))
    found = by_reason(store)
    assert set(found) == {Reason.NO_DEVICE}  # blood pressure, SpO2, ...: no device for them
    assert "Diastolic blood pressure" in found[Reason.NO_DEVICE][0].measures
    assert "Weight" not in found[Reason.NO_DEVICE][0].measures
    text = found[Reason.NO_DEVICE][0].text
    assert text.startswith("No device on this account measures height, diastolic blood ")
    assert ", SpO2, " in text and ", VO2 max, " in text


def test_a_measure_never_sent_by_a_device_that_sends_others_is_hidden(store):
    weigh_ins(store, range(10), types=tuple(t for t in CARDIO if t != 91))
    [hidden] = by_reason(store)[Reason.HIDDEN]
    assert hidden.measures == ("Pulse wave velocity",)
    assert "Body Cardio sent 10 readings" in hidden.text
    assert "hidden in the Withings app" in hidden.text and "some countries" in hidden.text


def test_too_few_readings_to_tell_say_nothing(store):
    weigh_ins(store, range(2), types=(1,))
    assert Reason.HIDDEN not in by_reason(store)


def test_a_measure_last_seen_long_ago_is_not_sent_for_n_days(store):
    weigh_ins(store, range(40, 60))
    weigh_ins(store, range(0, 40), types=tuple(t for t in CARDIO if t != 11), first_grpid=100)
    [stale] = by_reason(store)[Reason.NOT_SENT]
    assert stale.measures == ("Heart pulse",)
    assert stale.text.startswith("Heart pulse: not sent for 40 days") and "40 readings" in \
        stale.text


def test_a_short_gap_is_no_finding(store):
    weigh_ins(store, range(STALE_DAYS - 1, 30))
    weigh_ins(store, range(0, STALE_DAYS - 1), types=(1,), first_grpid=100)
    assert Reason.NOT_SENT not in by_reason(store)


def test_weigh_ins_waiting_to_be_assigned_come_first_with_count_and_date(store):
    weigh_ins(store, range(3, 10))
    store.put_unassigned("alice", [UnassignedGroup(900, NOW - DAY, NOW, frozenset({1, 6})),
                                   UnassignedGroup(901, NOW - 2 * DAY, NOW, frozenset({1}))])
    findings = missing_for(store, "alice", now=NOW)
    assert findings[0].reason is Reason.WAITING
    assert findings[0].measures == ("Weight", "Fat ratio")
    assert findings[0].text.startswith("2 weigh-ins (the newest on ")
    assert "weight and fat ratio are among them" in findings[0].text


def test_an_old_held_back_weigh_in_does_not_explain_a_measure_that_arrives(store):
    weigh_ins(store, range(0, 10))
    store.put_unassigned("alice", [UnassignedGroup(900, NOW - 30 * DAY, NOW, frozenset({1}))])
    assert Reason.WAITING not in by_reason(store)


def test_a_device_that_sent_nothing_yet_is_named_once(store):
    found = by_reason(store, devices=(SCALE, MAT))
    [scale, mat] = sorted(found[Reason.NOTHING_YET], key=lambda f: f.text)
    assert "Body Cardio" in mat.text or "Body Cardio" in scale.text
    assert any(f.measures == ("Sleep",) and "Aura Sensor V2" in f.text
               for f in found[Reason.NOTHING_YET])


def test_summaries_last_seen_long_ago_are_not_sent_for_n_days(store):
    weigh_ins(store, range(5))
    night_end = NOW - 20 * DAY
    store.put_summaries("alice", "sleep", [SleepSummary("2026-09-01", night_end - 28000,
                                                        night_end, night_end, {"hr_min": 50})])
    store.put_summaries("alice", "activity", [ActivityDay("2026-09-01", NOW, {"steps": 1})])
    [stale] = by_reason(store, devices=(SCALE, MAT))[Reason.NOT_SENT]
    assert stale.text.startswith("Sleep: not sent for 20 days")


def test_no_devices_known_gives_no_device_finding(store):
    weigh_ins(store, range(5))
    assert missing_for(store, "alice", now=NOW) == []


def test_readings_from_a_device_id_not_listed_are_not_called_nothing(store):
    store.add_measurements("alice", [Measurement(1, 1, 70.0, NOW, NOW, deviceid="old-id")])
    assert Reason.NOTHING_YET not in by_reason(store)
