import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from withings_gui.core.database import StoreError
from withings_gui.core.migrations import SCHEMA_VERSION
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import (ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary, UnassignedGroup)

REPO = Path(__file__).resolve().parents[2]


def m(grpid, meastype, value, at, modified=None):
    return Measurement(grpid, meastype, value, at, modified or at)


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    yield store
    store.close()


def test_a_group_seen_again_is_not_counted_and_a_changed_value_is(store):
    assert store.add_measurements("alice", [m(1, 1, 70.0, 100), m(1, 6, 20.0, 100)]) == 2
    assert store.add_measurements("alice", [m(1, 1, 70.0, 100), m(1, 6, 20.0, 100)]) == 0
    assert store.add_measurements("alice", [m(1, 1, 69.5, 100, 200), m(1, 6, 20.0, 100, 200)]) \
        == 1
    assert store.latest("alice", 1).value == 69.5
    assert store.count("alice") == 2 and store.count("bob") == 0


def test_an_updated_group_replaces_the_old_values(store):
    store.add_measurements("alice", [m(1, 1, 70.0, 100), m(1, 6, 20.0, 100), m(2, 1, 71, 50)])
    # The user deleted the fat ratio from that weigh-in at Withings: the group comes back
    # without it and a newer modified time.
    assert store.add_measurements("alice", [m(1, 1, 70.0, 100, modified=300)]) == 1
    assert store.latest("alice", 6) is None
    assert store.latest_by_type("alice").keys() == {1}
    assert store.count("alice") == 2  # group 2 is untouched


def test_an_older_version_of_a_group_is_ignored(store):
    store.add_measurements("alice", [m(1, 1, 70.0, 100, modified=300)])
    assert store.add_measurements("alice", [m(1, 1, 75.0, 100, modified=200)]) == 0
    assert store.latest("alice", 1).value == 70.0


def test_profiles_are_separate(store):
    store.add_measurements("alice", [m(1, 1, 70.0, 100)])
    store.add_measurements("bob", [m(1, 1, 90.0, 100)])
    assert store.latest("alice", 1).value == 70.0 and store.latest("bob", 1).value == 90.0


def test_latest_by_type_and_series(store):
    store.add_measurements("alice", [m(1, 1, 70.0, 100), m(2, 1, 71.0, 300), m(3, 1, 72.0, 200),
                                     m(2, 6, 21.0, 300), m(3, 6, 22.0, 200)])
    latest = store.latest_by_type("alice")
    assert (latest[1].value, latest[1].grpid) == (71.0, 2)
    assert (latest[6].value, latest[6].measured_at) == (21.0, 300)
    assert store.latest("alice", 1) == latest[1]
    assert store.series("alice", 1) == [(100, 70.0), (200, 72.0), (300, 71.0)]
    assert store.series("alice", 1, since=150) == [(200, 72.0), (300, 71.0)]
    assert store.series("alice", 1, since=0) == store.series("alice", 1)
    assert store.latest("alice", 4) is None and store.series("alice", 4) == []


def test_measurement_fields_round_trip(store):
    original = Measurement(7, 1, 70.25, 1000, 1200, attrib=2, category=1, deviceid="dev-a")
    store.add_measurements("alice", [original])
    assert store.latest("alice", 1) == original
    segment = Measurement(7, 174, 1.03, 1000, 1200, position=3)
    store.add_measurements("alice", [original, segment])
    assert store.latest("alice", 174) == segment


def segments(grpid, at, modified=None, **masses):
    """Fat mass (174) per Body Scan position: segments(1, 100, torso=12.1) …"""
    positions = {"torso": 12, "left_arm": 3, "right_arm": 2, "left_leg": 10, "right_leg": 11}
    return [Measurement(grpid, 174, value, at, modified or at, position=positions[name])
            for name, value in masses.items()]


def test_each_body_position_of_a_type_is_kept_apart(store):
    group = [m(1, 1, 80.0, 100), Measurement(1, 8, 18.7, 100, 100, position=7),
             *segments(1, 100, torso=12.09, left_arm=1.07, right_arm=0.99)]
    assert store.add_measurements("alice", group) == 5
    assert store.add_measurements("alice", group) == 0
    latest = store.latest_by_position("alice")
    assert {key: m.value for key, m in latest.items()} == {
        (1, None): 80.0, (8, 7): 18.7, (174, 12): 12.09, (174, 3): 1.07, (174, 2): 0.99}
    # The group again without the right arm, a newer version: that segment goes.
    newer = [m(1, 1, 80.0, 100, 200), Measurement(1, 8, 18.7, 100, 200, position=7),
             *segments(1, 100, 200, torso=12.09, left_arm=1.1)]
    assert store.add_measurements("alice", newer) == 2  # right arm gone, left arm changed
    assert (174, 2) not in store.latest_by_position("alice")
    assert store.latest_by_position("alice")[(174, 3)].value == 1.1
    # The newest of each position, across groups.
    store.add_measurements("alice", segments(2, 300, torso=11.5))
    latest = store.latest_by_position("alice")
    assert latest[(174, 12)].grpid == 2 and latest[(174, 3)].grpid == 1


def test_readings_waiting_to_be_assigned_are_counted_until_someone_owns_them(store):
    assert store.unassigned("alice") == (0, None)
    store.put_unassigned("alice", [UnassignedGroup(5, 100, 110), UnassignedGroup(6, 300, 310),
                                   UnassignedGroup(5, 100, 120)])
    store.put_unassigned("bob", [UnassignedGroup(9, 999, 999)])
    assert store.unassigned("alice") == (2, 300)
    assert store.count("alice") == 0  # held back: nothing in the history
    # The user says in the Withings app that group 6 was hers: it comes back as hers.
    store.add_measurements("alice", [m(6, 1, 61.5, 300, 400)])
    assert store.unassigned("alice") == (1, 100) and store.latest("alice", 1).value == 61.5
    # A group already hers is never taken back by a listing that calls it unassigned.
    store.put_unassigned("alice", [UnassignedGroup(6, 300, 500)])
    assert store.unassigned("alice") == (1, 100) and store.count("alice") == 1
    assert store.unassigned("bob") == (1, 999)
    # A read of the whole history counts anew: group 5 went to someone else meanwhile.
    store.put_unassigned("alice", [UnassignedGroup(7, 700, 700)], recount=True)
    assert store.unassigned("alice") == (1, 700)
    store.put_unassigned("alice", [], recount=True)
    assert store.unassigned("alice") == (0, None) and store.unassigned("bob") == (1, 999)


def test_held_back_readings_are_counted_per_measure_they_hold(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    try:
        store.put_unassigned("alice", [UnassignedGroup(2, 200, 200, frozenset({1, 6})),
                                       UnassignedGroup(5, 500, 500, frozenset({1})),
                                       UnassignedGroup(8, 800, 800)])
        assert store.unassigned_by_type("alice") == {1: (2, 500), 6: (1, 200)}
        assert store.unassigned("alice") == (3, 800) and store.unassigned_by_type("bob") == {}
        # Assigned in the app: group 5 comes back as Alice's own.
        store.add_measurements("alice", [m(5, 1, 70.0, 500, 600)])
        # Reopened: the count is in the history, not in memory.
        store.close()
        store = HistoryStore(tmp_path / "h.db")
        assert store.unassigned_by_type("alice") == {1: (1, 200), 6: (1, 200)}
    finally:
        store.close()


def test_summaries_devices_goals_cursors_survive_reopen(tmp_path):
    path = tmp_path / "h.db"
    store = HistoryStore(path)
    store.put_summaries("alice", "sleep", [SleepSummary("2024-01-01", 1, 2, 3, {"a": 1}),
                                           SleepSummary("2024-01-02", 4, 5, 6, {"a": 2})])
    store.put_summaries("alice", "activity", [ActivityDay("2024-01-02", 7, {"steps": 9})])
    store.put_devices("alice", [Device("d1", "Scale", "Body", "low", 10)])
    store.put_goals("alice", Goals(10000, 28800, 70.5))
    store.set_cursors("alice", {"measures_lastupdate": 1234, "sleep_fetched_at": 1700000000.5})
    store.close()
    again = HistoryStore(path)
    assert again.latest_summary("alice", "sleep") == SleepSummary("2024-01-02", 4, 5, 6, {"a": 2})
    assert again.latest_summary("alice", "activity") == ActivityDay("2024-01-02", 7, {"steps": 9})
    assert again.latest_summary("bob", "sleep") is None
    assert again.devices("alice") == [Device("d1", "Scale", "Body", "low", 10)]
    assert again.goals("alice") == Goals(10000, 28800, 70.5) and again.goals("bob") is None
    assert again.cursors("alice") == {"measures_lastupdate": 1234,
                                      "sleep_fetched_at": 1700000000.5}
    assert again.cursors("bob") == {}
    again.close()


def test_a_summary_day_seen_again_is_replaced(store):
    store.put_summaries("alice", "activity", [ActivityDay("2024-01-02", 7, {"steps": 9})])
    store.put_summaries("alice", "activity", [ActivityDay("2024-01-02", 8, {"steps": 5000})])
    assert store.latest_summary("alice", "activity").data == {"steps": 5000}
    with pytest.raises(ValueError):
        store.put_summaries("alice", "weight", [])


def test_device_list_is_replaced(store):
    store.put_devices("alice", [Device("d1", "Scale", "Body", "low", 10),
                                Device("d2", "Sleep Monitor", "Sleep", "high", 20)])
    store.put_devices("alice", [Device("d2", "Sleep Monitor", "Sleep", "medium", 30)])
    assert store.devices("alice") == [Device("d2", "Sleep Monitor", "Sleep", "medium", 30)]


def test_schema_is_versioned_and_a_newer_one_is_refused(tmp_path):
    path = tmp_path / "h.db"
    HistoryStore(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer withings-gui"):
        HistoryStore(path)


def test_two_connections_write_concurrently(tmp_path):
    path = tmp_path / "h.db"
    stores = [HistoryStore(path), HistoryStore(path)]
    errors = []

    def write(store, base):
        try:
            for i in range(200):
                store.add_measurements("alice", [m(base + i, 1, 70.0 + i / 100, base + i)])
                store.set_cursors("alice", {f"c{base}": i})
        except Exception as exc:  # any "database is locked" would land here
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, n * 1000)) for n, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and stores[0].count("alice") == 400
    assert stores[1].cursors("alice")["c0"] == 199


WRITER = """
import sys
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import Measurement
store = HistoryStore(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
for i in range(300):
    store.add_measurements("alice", [Measurement(10000 + i, 1, 70.0, i, i)])
print("done", flush=True)
"""


def test_another_process_writes_at_the_same_time(tmp_path):
    path = tmp_path / "h.db"
    store = HistoryStore(path)
    with subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=REPO,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        try:
            assert other.stdout.readline().strip() == "ready"
            other.stdin.write("go\n")
            other.stdin.flush()
            for i in range(300):
                store.add_measurements("alice", [m(i, 1, 70.0, i)])
            assert other.stdout.readline().strip() == "done"
            assert other.wait(60) == 0
        finally:
            if other.poll() is None:
                other.kill()
        assert store.count("alice") == 600
        store.close()


def test_ten_year_backfill_is_stored_once(store):
    # How fast: benchmarks/sync_benchmark.py (docs/BENCHMARKS.md), not a timed test.
    rows = [m(g, t, 70.0, 1_300_000_000 + g * 86400)
            for g in range(4000) for t in (1, 5, 6, 8, 11, 76, 77, 88, 91)]
    assert store.add_measurements("alice", rows) == 36000
    assert store.count("alice") == 36000
    assert store.add_measurements("alice", rows) == 0  # the next full sync: nothing new


# -- what cannot be stored, or would break a later pass, never is (issue 14) ---------------

NOW = 1_700_000_000


def passes_cleanly(store, slug="alice"):
    """What a sync pass reads: the sensor states, as JSON without NaN."""
    import json

    from withings_gui.core.config import Profile
    from withings_gui.core.sensors import build_sensor_states

    states = build_sensor_states(store, Profile(slug, unit="both"))
    json.dumps([s.payload() for s in states], allow_nan=False)
    return states


@pytest.mark.hostile("getdevice listing a deviceid several times")
def test_a_device_listed_twice_is_one_row(store, caplog):
    caplog.set_level("DEBUG", logger="withings_gui")
    store.put_devices("alice", [Device("d1", "Scale", "Body+", "unknown", None),
                                Device("d1", "Scale", "Body+", "high", NOW),
                                Device("d1", "Sleep Monitor", "", "high", None)])
    assert store.devices("alice") == [Device("d1", "Scale", "Body+", "high", NOW)]
    assert "d1 listed twice" in caplog.text
    passes_cleanly(store)


@pytest.mark.hostile("dates past 9999 / in ms, values ≥ 2**63 or 10**400")
@pytest.mark.parametrize("bad", [
    Measurement(2**63, 1, 70.0, NOW, NOW), Measurement(-2**63 - 1, 1, 70.0, NOW, NOW),
    Measurement(1, 2**63, 70.0, NOW, NOW), Measurement(1, 1, 70.0, 2**63, NOW),
    Measurement(1, 1, 70.0, NOW * 1000, NOW), Measurement(1, 1, 70.0, -1, NOW),
    Measurement(1, 1, float("inf"), NOW, NOW), Measurement(1, 1, float("nan"), NOW, NOW),
    Measurement(1, 1, 10**400, NOW, NOW), Measurement(1, 1, "seventy", NOW, NOW),
    Measurement(1, 1, 70.0, NOW, NOW, attrib=2**64, deviceid="a\ud800"),
], ids=["grpid 2**63", "grpid -2**63-1", "type 2**63", "date 2**63", "date in ms",
        "date before 1970", "inf", "nan", "10**400", "text", "attrib and deviceid"])
def test_a_measurement_that_cannot_be_stored_is_left_out(store, bad):
    good = Measurement(2, 1, 71.5, NOW - 60, NOW - 60)
    stored = store.add_measurements("alice", [bad, good])
    kept = {(m.grpid, m.meastype): m for m in [store.latest("alice", 1)]}
    if bad.attrib:  # only the attribution and the device id were unreadable
        assert stored == 2 and store.latest("alice", 1) == Measurement(1, 1, 70.0, NOW, NOW,
                                                                      0, 1, "a?")
    else:
        assert stored == 1 and kept == {(2, 1): good}
    passes_cleanly(store)


def test_a_change_time_that_cannot_be_shown_becomes_the_date(store):
    store.add_measurements("alice", [Measurement(1, 1, 70.0, NOW, 2**63)])
    assert store.latest("alice", 1).modified == NOW


def test_a_group_listed_twice_in_one_reply_keeps_its_newest_version(store):
    # As in Home Assistant's get_meas.json: grpid 1 three times, types not all the same.
    older = [m(1, 1, 71.0, NOW - 3600), m(1, 8, 51.0, NOW - 3600)]
    newer = [m(1, 1, 70.0, NOW), m(1, 123, 100.0, NOW)]
    assert store.add_measurements("alice", newer + older) == 2
    assert {(x.meastype, x.value) for x in store.latest_by_type("alice").values()} == {
        (1, 70.0), (123, 100.0)}
    assert store.add_measurements("alice", newer + older) == 0  # the next pass changes nothing
    assert store.add_measurements("alice", older + newer) == 0


def test_summaries_goals_devices_that_cannot_be_stored(store):
    store.put_summaries("alice", "sleep", [
        SleepSummary("2024-01-01", 2**63, NOW * 1000, -2**63 - 1,
                     {"a": 10**400, "b": float("inf"), "c": float("nan"), "d": 1.5, "e": True}),
        SleepSummary("2024-13-01", NOW, NOW, NOW, {"a": 1})])
    assert store.latest_summary("alice", "sleep") == SleepSummary("2024-01-01", 0, 0, 0,
                                                                  {"d": 1.5})
    store.put_goals("alice", Goals(2**63, -2**64, float("inf")))
    assert store.goals("alice") == Goals(None, None, None)
    store.put_devices("alice", [Device("d\ud800", "Scale", "Body", "high", 2**63)])
    assert store.devices("alice") == [Device("d?", "Scale", "Body", "high", None)]
    passes_cleanly(store)


def old_version_store(path):
    """A history as version 1 of the schema left it, with what that version let through."""
    from withings_gui.core.migrations import MIGRATIONS

    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("PRAGMA user_version=1")
        db.executemany("INSERT INTO measurements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            ("alice", 1, 1, 70.5, NOW, NOW, 0, 1, None),
            ("alice", 2, 1, 99.9, NOW * 1000, NOW * 1000, 0, 1, None),  # a date in ms
            ("alice", 3, 6, float("inf"), NOW, NOW, 0, 1, None),
            ("alice", 4, 8, 12.5, NOW, NOW * 1000, 0, 1, None)])  # only the change time
        db.executemany("INSERT INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?)", [
            ("alice", "sleep", "2024-01-01", NOW, NOW, NOW, '{"sleep_score": 80}'),
            ("alice", "sleep", "2024-01-02", NOW * 1000, NOW * 1000, NOW * 1000,
             '{"sleep_score": 81}'),
            ("alice", "sleep", "٢٠٢٤-٠١-٠٣", NOW, NOW, NOW, '{"sleep_score": 1}'),
            ("alice", "activity", "2024-01-02", None, None, NOW, '{"steps": 1e999}')])
        db.execute("INSERT INTO devices VALUES ('alice', 'd1', 'Scale', 'Body', 'high', ?)",
                   (NOW * 1000,))
        db.execute("INSERT INTO goals VALUES ('alice', 10000, 28800, ?)", (float("inf"),))
    return path


def test_the_ha_device_id_is_made_once_and_shared(tmp_path):
    first, second = HistoryStore(tmp_path / "h.db"), HistoryStore(tmp_path / "h.db")
    made = first.ha_device_id()
    assert len(made) == 32 and int(made, 16) >= 0
    assert second.ha_device_id() == made
    assert second.ha_device_id(carried_over="another") == made  # only ever taken once
    first.close()
    second.close()


def test_an_older_history_takes_over_the_device_id_config_json_had(tmp_path):
    """Versions before the id moved to the database kept it in config.json: the install
    keeps its HA device (and so its entities) after the upgrade."""
    store = HistoryStore(old_version_store(tmp_path / "h.db"))
    assert store.ha_device_id(carried_over="0f" * 16) == "0f" * 16
    store.close()
    again = HistoryStore(tmp_path / "h.db")
    assert again.ha_device_id() == "0f" * 16
    again.close()


@pytest.mark.hostile("history rows an older version stored that break a pass")
def test_the_migration_repairs_what_an_older_version_stored(tmp_path):
    store = HistoryStore(old_version_store(tmp_path / "h.db"))
    assert store.series("alice", 1) == [(NOW, 70.5)] and store.latest("alice", 1).grpid == 1
    assert store.latest_by_type("alice").keys() == {1, 8}
    assert store.latest_by_type("alice")[8].modified == NOW
    assert store.latest_summary("alice", "sleep") == SleepSummary("2024-01-02", 0, 0, 0,
                                                                  {"sleep_score": 81})
    assert store.latest_summary("alice", "activity").data == {}
    assert store.devices("alice") == [Device("d1", "Scale", "Body", "high", None)]
    assert store.goals("alice") == Goals(10000, 28800, None)
    states = passes_cleanly(store)
    assert {s.entity_id for s in states} >= {"sensor.withings_weight_kg_alice",
                                             "sensor.withings_sleep_score_alice"}
    store.close()
    with sqlite3.connect(tmp_path / "h.db") as db:
        assert db.execute("SELECT COUNT(*) FROM measurements").fetchone()[0] == 2
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.hostile("history rows an older version stored that break a pass")
def test_reads_pass_over_rows_that_would_break_a_pass(store):
    store.put_summaries("alice", "sleep", [SleepSummary("2024-01-01", NOW, NOW, NOW, {"a": 1})])
    store.put_goals("alice", Goals(1, 2, 3.0))
    store.put_devices("alice", [Device("d1", "Scale", "Body", "high", NOW)])
    # Written behind the store's back (another program, a damaged file, a future version).
    with store._write() as db:
        db.executemany("INSERT INTO summaries VALUES ('alice', 'sleep', ?, ?, ?, ?, ?)", [
            ("2024-01-05", NOW, NOW, NOW, "not json"), ("2024-01-04", NOW, NOW, NOW, "[1]"),
            ("2024-01-03", "x", NOW * 1000, 2**62, '{"a": 2}'),
            ("2024-01-06", NOW, NOW, NOW, "[" * 100_000)])
        db.execute("UPDATE goals SET steps='many', weight_kg=1e999")
        db.execute("UPDATE devices SET last_session_date=?, battery=x'00ff'", (NOW * 1000,))
    # Deep nesting and text that is no JSON are passed over; a list holds no values.
    assert store.latest_summary("alice", "sleep") == SleepSummary("2024-01-04", NOW, NOW, NOW,
                                                                  {})
    assert store.goals("alice") == Goals(None, 2, None)
    assert store.devices("alice") == [Device("d1", "Scale", "Body", None, None)]
    passes_cleanly(store)


def test_arrivals_tell_the_newest_of_each_type_from_each_device(store):
    store.add_measurements("alice", [
        Measurement(1, 1, 70.0, 100, 100, deviceid="scale"),
        Measurement(1, 6, 20.0, 100, 100, deviceid="scale"),
        Measurement(2, 1, 70.5, 300, 300, deviceid="scale"),
        Measurement(3, 4, 1.7, 50, 50)])
    assert store.arrivals("alice") == {(1, "scale"): 300, (6, "scale"): 100, (4, None): 50}
    assert store.arrivals("bob") == {}
    assert store.groups_from("alice", ["scale"], 100) == 1
    assert store.groups_from("alice", ["scale", "other"], -1) == 2
    assert store.groups_from("alice", [], -1) == 0
    assert store.groups_from("alice", ["scale"], 10 ** 30) == 0


# -- workouts and ECG recordings (issue 17) --------------------------------------------------

def test_the_latest_workout_is_the_one_that_ended_last_and_a_resent_one_replaces_it(store):
    from withings_gui.core.withings.workouts import Workout

    store.put_workouts("alice", [Workout(1, 1, 100, 200, 300, "1970-01-01", {"distance": 5}),
                                 Workout(2, 2, 150, 400, 500, "1970-01-01", {})])
    assert store.latest_workout("alice").workout_id == 2
    assert store.latest_workout("alice", not_after=399).workout_id == 1  # 2 ends later
    store.put_workouts("alice", [Workout(2, 6, 150, 420, 600, "1970-01-01", {"calories": 9})])
    assert store.latest_workout("alice") == Workout(2, 6, 150, 420, 600, "1970-01-01",
                                                    {"calories": 9})
    assert store.latest_workout("bob") is None


def test_the_latest_ecg_is_the_newest_recording(store):
    from withings_gui.core.withings.ecg import EcgRecording

    store.put_ecg("alice", [EcgRecording(7, NOW - 10, NOW, 0, 61),
                            EcgRecording(8, NOW, NOW, 2, None)])
    store.put_ecg("alice", [EcgRecording(7, NOW - 10, NOW + 5, 1, 61)])  # sent again, changed
    assert store.latest_ecg("alice") == EcgRecording(8, NOW, NOW, 2, None)
    assert store.latest_ecg("alice", not_after=NOW - 1).classification == "positive"
    assert store.latest_ecg("bob") is None


@pytest.mark.hostile("workout rows an older or foreign writer left damaged")
def test_a_damaged_workout_row_is_passed_over(store):
    from withings_gui.core.withings.workouts import Workout

    store.put_workouts("alice", [Workout(1, 1, 100, 200, 300, "1970-01-01", {"steps": 3})])
    with store._write() as db:
        db.executemany("INSERT INTO workouts VALUES ('alice', ?, 1, 100, ?, 300, 'x', ?)",
                       [(2, 900, "not json"), (3, 800, "[" * 100_000), (4, "late", "{}")])
    assert store.latest_workout("alice").workout_id == 1
    passes_cleanly(store)


def test_ha_device_page_id_is_kept_for_the_ha_it_belongs_to(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    assert store.ha_device("http://ha:8123") is None
    store.remember_ha_device("http://ha:8123", "d1")
    changes = store._db.total_changes
    store.remember_ha_device("http://ha:8123", "d1")
    assert store._db.total_changes == changes  # unchanged: nothing written
    assert store.ha_device("http://ha:8123") == "d1"
    assert store.ha_device("http://other:8123") is None
    with sqlite3.connect(tmp_path / "h.db") as db:
        db.execute("UPDATE install_ids SET value='{' WHERE name='ha_registry_device'")
    assert store.ha_device("http://ha:8123") is None  # damaged: the front page, no error
    store.close()
