import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.store import HistoryStore
from withings_gui.core.sync_state import (STREAMS, ProfileSyncState, SavedSyncState,
                                          StreamCursor, from_cursors, load, to_cursors)
from withings_gui.core.withings.api import Resume


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    yield store
    store.close()


def test_nothing_saved_is_a_first_pass(store):
    assert load(store, "alice") == ProfileSyncState()


def test_rows_an_earlier_version_wrote_are_read_with_their_names(store):
    # The names and JSON values the engine wrote one cursor at a time before the state was typed.
    store.set_cursors("alice", {
        "failures": 2, "backoff_until": 1700000060.5, "refused_login": "ab12",
        "measures_lastupdate": 1700000000, "measures_resume": {
            "lastupdate": None, "offset": 400, "cursor": 1699999000, "server_time": False},
        "sleep_lastupdate": 1699990000, "sleep_fetched_at": 1700000000.25,
        "goals_fetched_at": 1699900000})
    assert load(store, "alice") == ProfileSyncState(
        failures=2, backoff_until=1700000060.5, refused_login="ab12",
        measures=StreamCursor(1700000000, Resume(None, 400, 1699999000, False)),
        sleep=StreamCursor(1699990000, None, 1700000000.25),
        goals=StreamCursor(fetched_at=1699900000))
    assert load(store, "bob") == ProfileSyncState()


def test_a_change_writes_only_its_own_rows(store):
    saved = SavedSyncState(store, "alice")
    saved.update_stream("sleep", lastupdate=5, fetched_at=6.0)
    assert store.cursors("alice") == {"sleep_lastupdate": 5, "sleep_fetched_at": 6.0}
    # Another process moved the measures meanwhile: this pass's next change keeps that.
    store.set_cursors("alice", {"measures_lastupdate": 99})
    saved.update(failures=1)
    assert store.cursors("alice") == {"sleep_lastupdate": 5, "sleep_fetched_at": 6.0,
                                      "measures_lastupdate": 99, "failures": 1}
    assert load(store, "alice").measures.lastupdate == 99


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
NAMES = sorted(to_cursors(ProfileSyncState()))


@settings(max_examples=300, deadline=None)
@given(rows=st.dictionaries(st.sampled_from(NAMES), JSON))
def test_any_saved_value_reads_as_a_typed_state_that_saves_back_as_it_reads(rows):
    state = from_cursors(rows)
    assert isinstance(state.failures, int) and state.failures >= 0
    for name in STREAMS:
        cursor = state.stream(name)
        assert cursor.lastupdate is None or isinstance(cursor.lastupdate, int)
        assert isinstance(cursor.fetched_at, float)
    assert state.push_callback is None or isinstance(state.push_callback, str)
    assert isinstance(state.push_next_check, float) and isinstance(state.push_ok, bool)
    assert from_cursors(to_cursors(state)) == state


def test_a_damaged_row_counts_as_unset(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    store.set_cursors("alice", {"failures": 3})
    store.close()
    with sqlite3.connect(tmp_path / "h.db") as db:
        db.execute("INSERT INTO cursors VALUES ('alice', 'measures_lastupdate', 'not json')")
    store = HistoryStore(tmp_path / "h.db")
    try:
        assert load(store, "alice") == ProfileSyncState(failures=3)
    finally:
        store.close()
