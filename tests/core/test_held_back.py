"""Weigh-ins waiting to be assigned: read from real reply shapes, remembered in a real SQLite
history, forgotten once they come back assigned; whatever a reply holds, never a crash."""

from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.held_back import (CURSOR, HeldBackGroup, Waiting, ambiguous_groups,
                                         remember, waiting_by_type, waiting_total)
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import Measurement


def group(grpid, attrib, date, types=(1, 6)):
    return {"grpid": grpid, "attrib": attrib, "date": date, "category": 1,
            "measures": [{"type": t, "value": 700, "unit": -1} for t in types]}


def test_only_the_ambiguous_groups_are_held_back():
    body = {"measuregrps": [group(1, 0, 100), group(2, 1, 200), group(3, 4, 300),
                            group(4, 17, 400), group(5, 1, 500, types=(1,))]}
    assert ambiguous_groups(body) == [HeldBackGroup(2, 200, frozenset({1, 6})),
                                      HeldBackGroup(5, 500, frozenset({1}))]


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text() | st.floats(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["measuregrps", "grpid", "attrib",
                                                       "date", "measures", "type"]),
                                      inner, max_size=5), max_leaves=20))
def test_any_reply_reads_without_a_crash(body):
    for found in ambiguous_groups(body):
        assert isinstance(found.grpid, int) and isinstance(found.measured_at, int)


def test_remembered_until_assigned(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    try:
        remember(store, "alice", [HeldBackGroup(2, 200, frozenset({1, 6})),
                                  HeldBackGroup(5, 500, frozenset({1}))], [])
        assert waiting_total(store, "alice") == Waiting(2, 500)
        assert waiting_by_type(store, "alice") == {1: Waiting(2, 500), 6: Waiting(1, 200)}
        assert waiting_total(store, "bob") is None
        # Assigned in the app: group 5 comes back as Alice's own.
        remember(store, "alice", [], [Measurement(5, 1, 70.0, 500, 600)])
        assert waiting_total(store, "alice") == Waiting(1, 200)
        # Reopened: the list is in the history, not in memory.
        store.close()
        store = HistoryStore(tmp_path / "h.db")
        assert waiting_by_type(store, "alice") == {1: Waiting(1, 200), 6: Waiting(1, 200)}
    finally:
        store.close()


def test_a_damaged_list_counts_what_reads_back(tmp_path):
    store = HistoryStore(tmp_path / "h.db")
    try:
        store.set_cursors("alice", {CURSOR: {"7": [300, [1]], "x": [1, [1]], "8": "junk",
                                             "9": [10 ** 30, [1]], "10": [400, ["6", None]]}})
        assert waiting_by_type(store, "alice") == {1: Waiting(1, 300), 6: Waiting(1, 400)}
        store.set_cursors("alice", {CURSOR: [1, 2]})
        assert waiting_total(store, "alice") is None
    finally:
        store.close()
