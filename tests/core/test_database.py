"""Opening a history file that is not ours or is damaged: one clear StoreError, never a crash;
and a file of every older schema version opens, migrated.

(Opened through HistoryStore and Outbox, the two users of ``core/database.py``.)
"""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.histories import foreign_db, real_history
from withings_gui.core.database import StoreError
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.migrations import MIGRATIONS, SCHEMA_VERSION
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import Measurement

WHAT_TO_DO = "Move it aside (rename it)"


def open_refused(path) -> str:
    with pytest.raises(StoreError) as caught:
        HistoryStore(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    return message


def test_random_bytes_are_named_with_what_to_do(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(bytes(range(256)) * 16)
    message = open_refused(path)
    assert "is damaged or belongs to another program" in message and WHAT_TO_DO in message
    assert "downloaded again from Withings" in message


def test_an_empty_file_is_a_new_history(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    store = HistoryStore(path)
    assert store.count("alice") == 0
    store.close()


@pytest.mark.parametrize("keep", [0.5, 0.1, 4096, 100])
def test_a_truncated_history_is_named(tmp_path, keep):
    data = real_history(tmp_path / "real.sqlite3")
    path = tmp_path / "history.sqlite3"
    path.write_bytes(data[: int(len(data) * keep) if keep < 1 else keep])
    assert WHAT_TO_DO in open_refused(path)


def test_another_programs_table_of_the_same_name_is_named(tmp_path):
    path = tmp_path / "history.sqlite3"
    foreign_db(path, "CREATE TABLE measurements (id INTEGER, title TEXT)")
    message = open_refused(path)
    assert "table measurements has other columns" in message and WHAT_TO_DO in message
    assert "disk is not full" not in message  # not the message for a full disk


def test_a_file_claiming_our_schema_without_our_tables_is_named(tmp_path):
    path = tmp_path / "history.sqlite3"
    foreign_db(path, "CREATE TABLE notes (body TEXT)", f"PRAGMA user_version={SCHEMA_VERSION}")
    assert "table" in open_refused(path)


def test_another_programs_database_without_our_tables_gets_them(tmp_path):
    # Nothing of theirs has our names: our tables are added and nothing is lost.
    path = tmp_path / "history.sqlite3"
    foreign_db(path, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('keep me')")
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    db.close()


def test_a_newer_schema_says_what_to_do(tmp_path):
    path = tmp_path / "history.sqlite3"
    foreign_db(path, f"PRAGMA user_version={SCHEMA_VERSION + 3}")
    message = open_refused(path)
    assert "newer withings-gui" in message and "move the file aside" in message


def opens_or_gives_one_clear_line(folder, content: bytes) -> None:
    """``content`` as history.sqlite3 (what an earlier example left there removed first):
    the store opens, or refuses in one line naming the file."""
    path = folder / "history.sqlite3"
    for leftover in folder.glob("history.sqlite3*"):
        leftover.unlink()
    path.write_bytes(content)
    try:
        store = HistoryStore(path)
    except StoreError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
    else:
        store.close()


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=2048)
       | st.binary(max_size=2048).map(lambda tail: b"SQLite format 3\x00" + tail))
def test_any_bytes_open_or_give_one_clear_line(tmp_path, content, figures):
    figures.held("history.sqlite3: any bytes", "tests/core/test_database.py")
    opens_or_gives_one_clear_line(tmp_path, content)


@pytest.fixture(scope="module")
def real_file(tmp_path_factory):
    """A real history's bytes (held in a file: hypothesis would print a bytes argument)."""
    path = tmp_path_factory.mktemp("real") / "history.sqlite3"
    real_history(path)
    return path


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 8191), st.integers(0, 255)), min_size=1,
                      max_size=8),
       cut=st.none() | st.integers(0, 200_000))
def test_a_real_history_with_damaged_bytes_opens_or_gives_one_clear_line(tmp_path, real_file,
                                                                          flips, cut, figures):
    figures.held("history.sqlite3: real file, bytes damaged or cut",
                 "tests/core/test_database.py")
    data = bytearray(real_file.read_bytes()[:cut])
    for position, value in flips:  # the first pages: header, schema, table roots
        if position < len(data):
            data[position] = value
    opens_or_gives_one_clear_line(tmp_path, bytes(data))


# -- every older version opens, whichever part opens it first -----------------------------

# The outbox's tables as the outbox made them itself before migration 3 (no version counted),
# and the first outbox's table that held webhook ids in plain text.
OLD_OUTBOX = [
    "CREATE TABLE ha_sensors (unique_id TEXT PRIMARY KEY, registration TEXT NOT NULL, "
    "entity_id TEXT)",
    "INSERT INTO ha_sensors VALUES ('w', 'secret-webhook-id', NULL)",
    "CREATE TABLE ha_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, unique_id TEXT NOT NULL, "
    "payload TEXT NOT NULL)",
    "INSERT INTO ha_outbox (unique_id, payload) VALUES ('w', '{\"state\": 70.5}')",
    "CREATE TABLE ha_last_payload (unique_id TEXT PRIMARY KEY, digest TEXT NOT NULL, "
    "payload TEXT NOT NULL)",
    "CREATE TABLE ha_registered (registration TEXT NOT NULL, unique_id TEXT NOT NULL, "
    "entity_id TEXT, meta TEXT, PRIMARY KEY (registration, unique_id))",
    "CREATE TABLE ha_registration_todo (registration TEXT NOT NULL, task TEXT NOT NULL, "
    "PRIMARY KEY (registration, task))",
]


def old_file(path, version: int, outbox: bool) -> None:
    """A file as the version that wrote ``version`` left it (with or without its outbox)."""
    statements = [s for migration in MIGRATIONS[:version] for s in migration]
    if outbox and version < 3:
        statements += OLD_OUTBOX
    if version >= 1:
        statements.append("INSERT INTO measurements VALUES ('alice', 1, 1, 70.5, 1700000000, "
                          "1700000000, 0, 1, NULL)")
    foreign_db(path, *statements, f"PRAGMA user_version={version}")


def tables(path) -> set[str]:
    db = sqlite3.connect(path)
    try:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master "
                                               "WHERE type='table'")}
    finally:
        db.close()


@pytest.mark.parametrize("opener", [HistoryStore, Outbox])
@pytest.mark.parametrize("outbox", [True, False], ids=["with outbox", "history only"])
@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_file_of_every_older_version_opens_migrated_and_keeps_its_rows(tmp_path, version,
                                                                         outbox, opener):
    path = tmp_path / "history.sqlite3"
    old_file(path, version, outbox)
    opener(path).close()
    store, box = HistoryStore(path), Outbox(path)
    try:
        assert store.count("alice") == (1 if version >= 1 else 0)
        assert [p.payload for p in box.pending()] == ([{"state": 70.5}]
                                                      if outbox and version < 3 else [])
    finally:
        store.close()
        box.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    assert "ha_sensors" not in tables(path) and "ha_outbox" in tables(path)


def test_the_plain_text_registration_table_is_dropped_once_by_the_migration(tmp_path):
    path = tmp_path / "history.sqlite3"
    old_file(path, 2, outbox=True)
    HistoryStore(path).close()
    assert "ha_sensors" not in tables(path)
    # Opening a current file writes nothing: not even a DROP of a table long gone.
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE ha_sensors (unique_id TEXT)")
    db.commit()
    db.close()
    Outbox(path).close()
    HistoryStore(path).close()
    assert "ha_sensors" in tables(path)


def test_another_programs_table_with_an_outbox_name_is_refused_unchanged(tmp_path):
    path = tmp_path / "history.sqlite3"
    old_file(path, 2, outbox=False)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE ha_outbox (id INTEGER, note TEXT)")
    db.commit()
    db.close()
    message = open_refused(path)
    assert "table ha_outbox has other columns" in message and WHAT_TO_DO in message
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()


@pytest.mark.parametrize("version", [1, 4, 5])
def test_body_positions_arrive_by_reading_the_history_again(tmp_path, version):
    """Migration 6: rows keep their values (no position), segment rows stored without their
    position are dropped, and the measures cursor is forgotten so the next pass reads the
    history again once (positions, sign-up readings, held-back counts, which replace the
    list an earlier build kept as a cursor); other cursors stay."""
    path = tmp_path / "history.sqlite3"
    old_file(path, version, outbox=False)
    db = sqlite3.connect(path)
    db.executemany("INSERT INTO measurements VALUES ('alice', 2, ?, ?, 1700000000, "
                   "1700000000, 0, 1, NULL)", [(174, 1.03), (8, 18.7)])
    db.executemany("INSERT INTO cursors VALUES ('alice', ?, ?)", [
        ("measures_lastupdate", "1700000000"), ("measures_resume", "null"),
        ("held_back_groups", '{"7": [1700000000, [1]]}'), ("sleep_lastupdate", "1690000000")])
    db.commit()
    db.close()
    store = HistoryStore(path)
    try:
        assert {key: m.value for key, m in store.latest_by_position("alice").items()} == {
            (1, None): 70.5, (8, None): 18.7}
        assert store.cursors("alice") == {"sleep_lastupdate": 1690000000}
        assert store.unassigned("alice") == (0, None)
        # The same group read again, now with positions: one row each, no duplicate.
        assert store.add_measurements("alice", [
            Measurement(2, 8, 18.7, 1700000000, 1700000000),
            Measurement(2, 174, 1.03, 1700000000, 1700000000, position=3)]) == 1
        assert store.count("alice") == 3
    finally:
        store.close()
