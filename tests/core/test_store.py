import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from withings_gui.core.store import SCHEMA_VERSION, HistoryStore, StoreError
from withings_gui.core.withings.measures import (ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary)

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


def test_summaries_devices_goals_cursors_survive_reopen(tmp_path):
    path = tmp_path / "h.db"
    store = HistoryStore(path)
    store.put_summaries("alice", "sleep", [SleepSummary("2024-01-01", 1, 2, 3, {"a": 1}),
                                           SleepSummary("2024-01-02", 4, 5, 6, {"a": 2})])
    store.put_summaries("alice", "activity", [ActivityDay("2024-01-02", 7, {"steps": 9})])
    store.put_devices("alice", [Device("d1", "Scale", "Body", "low", 10)])
    store.put_goals("alice", Goals(10000, 28800, 70.5))
    store.set_cursor("alice", "measures_lastupdate", 1234)
    store.set_cursor("alice", "sleep_fetched_at", 1700000000.5)
    store.close()
    again = HistoryStore(path)
    assert again.latest_summary("alice", "sleep") == SleepSummary("2024-01-02", 4, 5, 6, {"a": 2})
    assert again.latest_summary("alice", "activity") == ActivityDay("2024-01-02", 7, {"steps": 9})
    assert again.latest_summary("bob", "sleep") is None
    assert again.devices("alice") == [Device("d1", "Scale", "Body", "low", 10)]
    assert again.goals("alice") == Goals(10000, 28800, 70.5) and again.goals("bob") is None
    assert again.get_cursor("alice", "measures_lastupdate") == 1234
    assert again.get_cursor("alice", "sleep_fetched_at") == 1700000000.5
    assert again.get_cursor("alice", "nope", default=5) == 5
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
                store.set_cursor("alice", f"c{base}", i)
        except Exception as exc:  # any "database is locked" would land here
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, n * 1000)) for n, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and stores[0].count("alice") == 400
    assert stores[1].get_cursor("alice", "c0") == 199


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
    other = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
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


def test_ten_year_backfill_is_one_fast_transaction(store):
    rows = [m(g, t, 70.0, 1_300_000_000 + g * 86400)
            for g in range(4000) for t in (1, 5, 6, 8, 11, 76, 77, 88, 91)]
    started = time.perf_counter()
    assert store.add_measurements("alice", rows) == 36000
    elapsed = time.perf_counter() - started
    assert store.count("alice") == 36000
    assert elapsed < 1.0, f"backfill took {elapsed:.2f} s"
    again = time.perf_counter()
    assert store.add_measurements("alice", rows) == 0  # the next full sync: nothing new
    assert time.perf_counter() - again < 1.0
