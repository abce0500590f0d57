import threading

from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import (ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary)


def m(grpid, meastype, value, at, modified=None):
    return Measurement(grpid, meastype, value, at, modified or at)


def test_dedup_by_group_and_type_and_updates_on_change(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    assert store.add_measurements("alice", [m(1, 1, 70.0, 100), m(1, 6, 20.0, 100)]) == 2
    assert store.add_measurements("alice", [m(1, 1, 70.0, 100)]) == 0
    assert store.add_measurements("alice", [m(1, 1, 69.5, 100, modified=200)]) == 1
    assert store.latest("alice", 1).value == 69.5
    assert store.count("alice") == 2 and store.count("bob") == 0


def test_latest_by_type_and_series(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    store.add_measurements("alice", [m(1, 1, 70.0, 100), m(2, 1, 71.0, 300), m(3, 1, 72.0, 200),
                                     m(2, 6, 21.0, 300)])
    latest = store.latest_by_type("alice")
    assert latest[1].value == 71.0 and latest[6].value == 21.0
    assert store.series("alice", 1) == [(100, 70.0), (200, 72.0), (300, 71.0)]
    assert store.series("alice", 1, since=150) == [(200, 72.0), (300, 71.0)]


def test_summaries_devices_goals_cursors_survive_reopen(tmp_path):
    path = tmp_path / "h.db"
    store = HistoryStore(path)
    store.put_summaries("alice", "sleep", [SleepSummary("2024-01-01", 1, 2, 3, {"a": 1}),
                                           SleepSummary("2024-01-02", 4, 5, 6, {"a": 2})])
    store.put_summaries("alice", "activity", [ActivityDay("2024-01-02", 7, {"steps": 9})])
    store.put_devices("alice", [Device("d1", "Scale", "Body", "low", 10)])
    store.put_goals("alice", Goals(10000, 28800, 70.5))
    store.set_cursor("alice", "measures_lastupdate", 1234)
    store.close()
    again = HistoryStore(path)
    assert again.latest_summary("alice", "sleep").data == {"a": 2}
    assert again.latest_summary("alice", "activity").data == {"steps": 9}
    assert again.devices("alice")[0].battery == "low"
    assert again.goals("alice") == Goals(10000, 28800, 70.5)
    assert again.get_cursor("alice", "measures_lastupdate") == 1234
    assert again.get_cursor("alice", "nope", default=5) == 5


def test_two_connections_write_concurrently(tmp_path):
    path = tmp_path / "h.db"
    stores = [HistoryStore(path), HistoryStore(path)]
    errors = []

    def write(store, base):
        try:
            for i in range(200):
                store.add_measurements("alice", [m(base + i, 1, 70.0 + i / 100, base + i)])
        except Exception as exc:  # any "database is locked" would land here
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, n * 1000)) for n, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and stores[0].count("alice") == 400


def test_ten_year_backfill_is_one_transaction(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    rows = [m(g, t, 70.0, g) for g in range(4000) for t in (1, 5, 6, 8, 11, 76, 77, 88, 91)]
    assert store.add_measurements("alice", rows) == 36000
    assert store.count("alice") == 36000
