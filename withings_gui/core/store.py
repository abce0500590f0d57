"""The local history (SQLite): every measurement, summaries, devices, goals and sync cursors.

Shared by the tray and the CLI (two processes), so the file is in WAL mode, writes take the
database lock up front (``BEGIN IMMEDIATE``, no deadlock between two upgrading readers) and
everyone waits politely (busy timeout) instead of failing with "database is locked".
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, Iterable

from withings_gui.core.errors import UserFacingError
from withings_gui.core.withings.measures import (EARLIEST_TIME, INT64_MAX, INT64_MIN,
                                                 LATEST_TIME, MAX_MAGNITUDE, ActivityDay,
                                                 Device, Goals, Measurement, SleepSummary,
                                                 as_int,
                                                 clean_text, finite_number, iso_day, numbers,
                                                 timestamp, unique_devices)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000

# Migration n brings a database from user_version n-1 to n. Append, never edit.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE IF NOT EXISTS measurements (
            profile TEXT NOT NULL, grpid INTEGER NOT NULL, meastype INTEGER NOT NULL,
            value REAL NOT NULL, measured_at INTEGER NOT NULL, modified INTEGER NOT NULL,
            attrib INTEGER NOT NULL, category INTEGER NOT NULL, deviceid TEXT,
            PRIMARY KEY (profile, grpid, meastype))""",
        """CREATE INDEX IF NOT EXISTS measurements_by_time
            ON measurements (profile, meastype, measured_at)""",
        """CREATE TABLE IF NOT EXISTS summaries (
            profile TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL, startdate INTEGER,
            enddate INTEGER, modified INTEGER, data TEXT NOT NULL,
            PRIMARY KEY (profile, kind, date))""",
        """CREATE TABLE IF NOT EXISTS devices (
            profile TEXT NOT NULL, deviceid TEXT NOT NULL, type TEXT, model TEXT, battery TEXT,
            last_session_date INTEGER, PRIMARY KEY (profile, deviceid))""",
        """CREATE TABLE IF NOT EXISTS goals (
            profile TEXT PRIMARY KEY, steps INTEGER, sleep_seconds INTEGER, weight_kg REAL)""",
        """CREATE TABLE IF NOT EXISTS cursors (
            profile TEXT NOT NULL, name TEXT NOT NULL, value TEXT, PRIMARY KEY (profile, name))""",
    ],
    # Older versions stored dates the app cannot show (a date sent in milliseconds) and
    # every later pass died on them: drop such measurements, forget such times elsewhere.
    # The bounds are those of measures.timestamp when this was written (1970 … year 2999).
    [
        """DELETE FROM measurements WHERE typeof(grpid) <> 'integer'
            OR typeof(meastype) <> 'integer' OR typeof(measured_at) <> 'integer'
            OR measured_at NOT BETWEEN 0 AND 32503679999
            OR typeof(value) NOT IN ('integer', 'real') OR abs(value) > 1e300""",
        """UPDATE measurements SET modified = measured_at WHERE typeof(modified) <> 'integer'
            OR modified NOT BETWEEN 0 AND 32503679999""",
        """DELETE FROM summaries
            WHERE date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'""",
        """UPDATE summaries SET startdate = NULL WHERE typeof(startdate) <> 'integer'
            OR startdate NOT BETWEEN 0 AND 32503679999""",
        """UPDATE summaries SET enddate = NULL WHERE typeof(enddate) <> 'integer'
            OR enddate NOT BETWEEN 0 AND 32503679999""",
        """UPDATE summaries SET modified = NULL WHERE typeof(modified) <> 'integer'
            OR modified NOT BETWEEN 0 AND 32503679999""",
        """UPDATE devices SET last_session_date = NULL
            WHERE typeof(last_session_date) <> 'integer'
            OR last_session_date NOT BETWEEN 0 AND 32503679999""",
        """UPDATE goals SET weight_kg = NULL
            WHERE typeof(weight_kg) NOT IN ('integer', 'real') OR abs(weight_kg) > 1e300""",
    ],
    # Ids this install made up for itself (the HA device id). They lived in config.json,
    # which sync children must not write (issue 20).
    [
        """CREATE TABLE IF NOT EXISTS install_ids (
            name TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(UserFacingError, RuntimeError):
    pass


def connect(path: Path | str,
            probe: Callable[[sqlite3.Connection], object] | None = None) -> sqlite3.Connection:
    """A connection in autocommit mode (we open transactions ourselves), WAL, busy timeout.

    StoreError when SQLite cannot open or set it up (disk full, read-only folder) or the file
    is not an SQLite database at all. ``probe`` may refuse the file (StoreError) before
    anything is written to it: switching to WAL rewrites the header of another program's
    database."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    db = None
    try:
        db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                             check_same_thread=False)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if probe is not None:
            probe(db)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, fast
    except sqlite3.OperationalError as exc:
        _close_quietly(db)
        raise storage_error(path, exc) from None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # "file is not a database", "disk image is malformed", a damaged schema's text
        _close_quietly(db)
        raise damaged_error(path, exc) from None
    except StoreError:
        _close_quietly(db)
        raise
    return db


def _close_quietly(db: sqlite3.Connection | None) -> None:
    if db is not None:
        try:
            db.close()
        except sqlite3.Error:
            pass


def damaged_error(path: Path | str, reason: object) -> StoreError:
    """What the user reads when the file is not (or no longer) a history this app can use."""
    return StoreError(f"The history database {path} is damaged or belongs to another program "
                      f"({_one_line(reason)}). Move it aside (rename it) and start again: a new "
                      "one is made and the history is downloaded again from Withings.")


def _one_line(reason: object, limit: int = 120) -> str:
    """SQLite's reason can quote the damaged file itself: one short line of printable text."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(reason)).split())
    return text if len(text) <= limit else text[:limit] + "…"


def storage_error(path: Path | str, exc: sqlite3.Error) -> StoreError:
    """What the user reads when the database cannot be written: which file, and why."""
    return StoreError(f"The history database {path} could not be written ({exc}). Check that "
                      "the disk is not full and the folder is writable; nothing was lost.")


class Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error) under the connection's lock.

    A failure of SQLite itself (disk full, read-only folder) leaves as StoreError."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock,
                 path: Path | str = "") -> None:
        self._db, self._lock, self._path = db, lock, path

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            self._lock.release()
            raise storage_error(self._path, exc) from None
        except BaseException:
            self._lock.release()
            raise
        return self._db

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is not None:
                self._rollback()
                if issubclass(exc_type, sqlite3.OperationalError):
                    raise storage_error(self._path, exc) from None
                return
            try:
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as commit_failed:
                self._rollback()
                raise storage_error(self._path, commit_failed) from None
        finally:
            self._lock.release()

    def _rollback(self) -> None:
        # After an I/O error SQLite may have rolled back already; nothing is left to undo.
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")


def _check_schema(db: sqlite3.Connection, path: Path | str) -> int:
    """The file's schema version; StoreError when this app cannot use the file as it is."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"The history database {path} was written by a newer withings-gui "
                         f"(schema {version}); update this one, or move the file aside to "
                         "start a new history (it is downloaded again from Withings).")
    if version < 0:  # the header field is signed; no version of ours writes that
        raise damaged_error(path, f"schema version {version}")
    _refuse_foreign_tables(db, path, version)
    return version


def _refuse_foreign_tables(db: sqlite3.Connection, path: Path | str, version: int) -> None:
    """StoreError when a table has our name but not our columns (another program's file).

    Migrations create tables only if missing, so such a table would break every later query.
    At version 0 the tables that exist must match what the first migration would create."""
    expected = _schema_after(max(version, 1))
    found = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, columns in expected.items():
        if table not in found:
            if version == 0:
                continue
            raise damaged_error(path, f"table {table} is missing")
        actual = tuple(row[1] for row in db.execute(f"PRAGMA table_info({table})"))
        if actual != columns:
            raise damaged_error(path, f"table {table} has other columns than this app's")


@functools.lru_cache(maxsize=None)
def _schema_after(migrations: int) -> dict[str, tuple[str, ...]]:
    """Table → column names after the first ``migrations`` migrations (run in memory)."""
    db = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS[:migrations]:
            for statement in statements:
                db.execute(statement)
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type='table'")]
        return {table: tuple(row[1] for row in db.execute(f"PRAGMA table_info({table})"))
                for table in tables}
    finally:
        db.close()


class HistoryStore:
    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._db = connect(path, probe=lambda db: _check_schema(db, path))
        self._lock = threading.RLock()
        self._migrate()

    def _migrate(self) -> None:
        try:
            with self._write() as db:
                # Read inside the write lock: a second process may be migrating right now.
                version = _check_schema(db, self.path)
                for number in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[number]:
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage seen when reading
            _close_quietly(self._db)
            raise damaged_error(self.path, exc) from None
        except StoreError:
            _close_quietly(self._db)
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self) -> Transaction:
        return Transaction(self._db, self._lock, self.path)

    # -- measurements --------------------------------------------------------------------

    def add_measurements(self, profile: str, measurements: Iterable[Measurement]) -> int:
        """Store measure groups; returns how many rows were new, changed or dropped.

        Withings always sends a group whole, so a group seen again replaces the stored one
        (a type missing from the new version is deleted), unless it is older than what we
        have (``modified``). One set-based transaction: a 10-year backfill takes ~0.2 s.
        What cannot be stored or shown later (a date in milliseconds, 10**400) is left out.
        """
        measurements = list(measurements)
        if not measurements:
            return 0
        with self._write() as db:
            _stage(db, measurements)
            db.execute("DELETE FROM temp.incoming WHERE modified < (SELECT MAX(m.modified) "
                       "FROM measurements m WHERE m.profile=? AND m.grpid=incoming.grpid)",
                       (profile,))
            before = db.total_changes  # counts every table: measure around our statements
            db.execute("DELETE FROM measurements WHERE profile=? AND grpid IN (SELECT grpid "
                       "FROM temp.incoming) AND NOT EXISTS (SELECT 1 FROM temp.incoming i "
                       "WHERE i.grpid=measurements.grpid AND i.meastype=measurements.meastype)",
                       (profile,))
            db.execute(
                "INSERT INTO measurements SELECT ?, * FROM temp.incoming WHERE true "
                "ON CONFLICT (profile, grpid, meastype) DO UPDATE SET value=excluded.value, "
                "measured_at=excluded.measured_at, modified=excluded.modified, "
                "attrib=excluded.attrib, category=excluded.category, deviceid=excluded.deviceid "
                "WHERE measurements.value IS NOT excluded.value "
                "OR measurements.measured_at IS NOT excluded.measured_at "
                "OR measurements.attrib IS NOT excluded.attrib "
                "OR measurements.deviceid IS NOT excluded.deviceid", (profile,))
            changed = db.total_changes - before
            db.execute("DELETE FROM temp.incoming")
            return changed

    def latest(self, profile: str, meastype: int,
               not_after: int | None = None) -> Measurement | None:
        """The newest measurement of a type; with ``not_after``, the newest dated no later
        (one dated years ahead stays in the history but is not taken as the latest)."""
        bound = 2 ** 62 if not_after is None else min(max(int(not_after), -2 ** 62), 2 ** 62)
        row = self._one("SELECT * FROM measurements WHERE profile=? AND meastype=? "
                        "AND measured_at<=? ORDER BY measured_at DESC, grpid DESC LIMIT 1",
                        (profile, meastype, bound))
        return _measurement(row) if row else None

    def latest_by_type(self, profile: str,
                       not_after: int | None = None) -> dict[int, Measurement]:
        """The newest measurement of every type this profile has (dated no later than
        ``not_after`` when given)."""
        bound = 2 ** 62 if not_after is None else min(max(int(not_after), -2 ** 62), 2 ** 62)
        # SQLite takes bare columns from the row that holds MAX(): one indexed pass.
        rows = self._all("SELECT *, MAX(measured_at) FROM measurements WHERE profile=? "
                         "AND measured_at<=? GROUP BY meastype", (profile, bound))
        return {row[2]: _measurement(row[:-1]) for row in rows}

    def series(self, profile: str, meastype: int,
               since: int | None = None) -> list[tuple[int, float]]:
        """(measured_at, value) pairs, oldest first, for the history chart."""
        return [(row[0], row[1]) for row in self._all(
            "SELECT measured_at, value FROM measurements WHERE profile=? AND meastype=? "
            "AND measured_at BETWEEN ? AND ? ORDER BY measured_at, grpid",
            (profile, meastype, since if since is not None else -2**62, LATEST_TIME))]

    def count(self, profile: str) -> int:
        return self._one("SELECT COUNT(*) FROM measurements WHERE profile=?", (profile,))[0]

    # -- summaries, devices, goals ---------------------------------------------------------

    def put_summaries(self, profile: str, kind: str,
                      items: Iterable[SleepSummary | ActivityDay]) -> None:
        if kind not in ("sleep", "activity"):
            raise ValueError(f"summary kind must be 'sleep' or 'activity', not {kind!r}")
        rows = [row for row in (_summary_row(profile, kind, item) for item in items) if row]
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def latest_summary(self, profile: str, kind: str) -> SleepSummary | ActivityDay | None:
        """The newest day that reads back whole; a damaged row is passed over, never raised."""
        with self._lock:
            rows = self._db.execute(
                "SELECT date, startdate, enddate, modified, data FROM summaries "
                "WHERE profile=? AND kind=? ORDER BY date DESC", (profile, kind))
            for date, startdate, enddate, modified, data in rows:
                summary = _summary(kind, date, startdate, enddate, modified, data)
                if summary is not None:
                    return summary
        return None

    def put_devices(self, profile: str, devices: Iterable[Device]) -> None:
        """Replace the profile's device list (a device removed at Withings disappears).

        One row per device id, however often Withings lists it."""
        cleaned = (Device(clean_text(d.deviceid) or "", clean_text(d.type) or "",
                          clean_text(d.model) or "", clean_text(d.battery),
                          timestamp(d.last_session_date)) for d in devices)
        rows = [(profile, d.deviceid, d.type, d.model, d.battery, d.last_session_date)
                for d in unique_devices(d for d in cleaned if d.deviceid)]
        with self._write() as db:
            db.execute("DELETE FROM devices WHERE profile=?", (profile,))
            db.executemany("INSERT INTO devices VALUES (?, ?, ?, ?, ?, ?)", rows)

    def devices(self, profile: str) -> list[Device]:
        return [Device(deviceid, clean_text(kind) or "", clean_text(model) or "",
                       clean_text(battery), timestamp(last_session))
                for deviceid, kind, model, battery, last_session in self._all(
                    "SELECT deviceid, type, model, battery, last_session_date FROM devices "
                    "WHERE profile=? ORDER BY model, deviceid", (profile,))
                if isinstance(deviceid, str)]

    def put_goals(self, profile: str, goals: Goals) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO goals VALUES (?, ?, ?, ?)",
                       (profile, as_int(goals.steps), as_int(goals.sleep_seconds),
                        finite_number(goals.weight_kg)))

    def goals(self, profile: str) -> Goals | None:
        row = self._one("SELECT steps, sleep_seconds, weight_kg FROM goals WHERE profile=?",
                        (profile,))
        return Goals(as_int(row[0]), as_int(row[1]), finite_number(row[2])) if row else None

    # -- cursors (lastupdate and last-fetch time per stream) -------------------------------

    def get_cursor(self, profile: str, name: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM cursors WHERE profile=? AND name=?", (profile, name))
        return json.loads(row[0]) if row else default

    def set_cursor(self, profile: str, name: str, value: Any) -> None:
        """``value`` is anything JSON can hold (numbers come back as numbers)."""
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO cursors VALUES (?, ?, ?)",
                       (profile, name, json.dumps(value)))

    # -- ids of this install -------------------------------------------------------------

    def ha_device_id(self, carried_over: str = "") -> str:
        """This install's id in HA's mobile_app registration, made on first use.

        ``carried_over``: the id an older version kept in config.json; taken when there is
        none here yet, so the install keeps its HA device. Two processes asking at once get
        the same id (the first insert wins)."""
        found = self._one("SELECT value FROM install_ids WHERE name='ha_device_id'", ())
        if found:
            return str(found[0])
        import uuid  # here: uuid loads `platform` too, for the one call that makes an id

        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO install_ids VALUES ('ha_device_id', ?)",
                       (carried_over or uuid.uuid4().hex,))
            return str(db.execute("SELECT value FROM install_ids "
                                  "WHERE name='ha_device_id'").fetchone()[0])

    # -- plumbing --------------------------------------------------------------------------

    def _one(self, sql: str, args: tuple) -> Any:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple) -> list:
        with self._lock:
            return self._db.execute(sql, args).fetchall()


def _measurement(row: tuple) -> Measurement:
    _, grpid, meastype, value, measured_at, modified, attrib, category, deviceid = row
    return Measurement(grpid, meastype, value, measured_at, modified, attrib, category, deviceid)


def _measurement_row(m: Measurement) -> tuple | None:
    """The row for ``m``, or None when SQLite or a later pass could not hold it."""
    grpid, meastype, value, measured_at = m.grpid, m.meastype, m.value, m.measured_at
    # Plain type checks first: a ten-year backfill passes 36,000 rows through here.
    if not (type(grpid) is int and type(meastype) is int and type(measured_at) is int
            and INT64_MIN <= grpid <= INT64_MAX and INT64_MIN <= meastype <= INT64_MAX
            and EARLIEST_TIME <= measured_at <= LATEST_TIME):
        grpid, meastype, measured_at = as_int(grpid), as_int(meastype), timestamp(measured_at)
    if type(value) is not float or not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        value = finite_number(value)
    if grpid is None or meastype is None or measured_at is None or value is None:
        log.debug("measurement of group %r left out: it cannot be stored", m.grpid)
        return None
    modified = m.modified
    if type(modified) is not int or not EARLIEST_TIME <= modified <= LATEST_TIME:
        modified = timestamp(modified) or measured_at
    attrib, category, deviceid = m.attrib, m.category, m.deviceid
    if type(attrib) is not int or type(category) is not int \
            or not INT64_MIN <= attrib <= INT64_MAX or not INT64_MIN <= category <= INT64_MAX:
        attrib, category = as_int(attrib, 0), as_int(category, 1)
    if deviceid is not None:
        deviceid = clean_text(deviceid)
    return (grpid, meastype, value, measured_at, modified, attrib, category, deviceid)


def _stage(db: sqlite3.Connection, measurements: list[Measurement]) -> None:
    """Fill ``temp.incoming`` with what can be stored, one version of each group.

    Checked in SQL (a 10-year backfill is 36,000 rows); only when a value cannot even be
    handed to SQLite (an int beyond 64 bits, a lone surrogate) is each row cleaned in Python.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (grpid INTEGER, meastype "
               "INTEGER, value REAL, measured_at INTEGER, modified INTEGER, attrib "
               "INTEGER, category INTEGER, deviceid TEXT, PRIMARY KEY (grpid, meastype))")
    db.execute("DELETE FROM temp.incoming")
    rows = [(m.grpid, m.meastype, m.value, m.measured_at, m.modified, m.attrib, m.category,
             m.deviceid) for m in measurements]
    insert = "INSERT OR REPLACE INTO temp.incoming VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    try:
        db.executemany(insert, _newest_versions(rows))
    except (OverflowError, UnicodeEncodeError, TypeError, sqlite3.ProgrammingError,
            sqlite3.InterfaceError):
        db.execute("DELETE FROM temp.incoming")
        db.executemany(insert, _newest_versions(
            [row for row in map(_measurement_row, measurements) if row]))
    bounds = f"BETWEEN {EARLIEST_TIME} AND {LATEST_TIME}"
    db.execute("DELETE FROM temp.incoming WHERE typeof(grpid) <> 'integer' "
               "OR typeof(meastype) <> 'integer' OR typeof(measured_at) <> 'integer' "
               f"OR measured_at NOT {bounds} OR typeof(value) <> 'real' "
               f"OR abs(value) > {MAX_MAGNITUDE!r}")
    db.execute("UPDATE temp.incoming SET modified = measured_at "
               f"WHERE typeof(modified) <> 'integer' OR modified NOT {bounds}")
    db.execute("UPDATE temp.incoming SET attrib = 0 WHERE typeof(attrib) <> 'integer'")
    db.execute("UPDATE temp.incoming SET category = 1 WHERE typeof(category) <> 'integer'")
    db.execute("UPDATE temp.incoming SET deviceid = NULL WHERE typeof(deviceid) <> 'text'")


def _newest_versions(rows: list[tuple]) -> list[tuple]:
    """Only the newest version (``modified``) of a group listed more than once in a reply.

    Mixing two versions' types would make every later pass see a change and flip them back
    and forth. The rows are returned as they are when no group comes twice (the usual case).
    """
    if len({(row[0], row[4]) for row in rows}) == len({row[0] for row in rows}):
        return rows
    def change(row: tuple) -> int:
        return timestamp(row[4]) or timestamp(row[3]) or 0
    newest: dict[Any, int] = {}
    for row in rows:
        newest[row[0]] = max(newest.get(row[0], 0), change(row))
    return [row for row in rows if change(row) == newest[row[0]]]


def _summary_row(profile: str, kind: str, item: SleepSummary | ActivityDay) -> tuple | None:
    date = iso_day(item.date)
    if date is None:
        return None
    return (profile, kind, date, timestamp(getattr(item, "startdate", None)),
            timestamp(getattr(item, "enddate", None)), timestamp(item.modified),
            json.dumps(numbers(item.data), allow_nan=False))


def _summary(kind: str, date: Any, startdate: Any, enddate: Any, modified: Any,
             data: Any) -> SleepSummary | ActivityDay | None:
    """A stored row back as a record, cleaned like a fresh reply; None when it is damaged."""
    if iso_day(date) is None or not isinstance(data, str):
        return None
    try:
        values = numbers(json.loads(data))
    except (ValueError, RecursionError):
        return None
    if kind == "sleep":
        return SleepSummary(date, timestamp(startdate) or 0, timestamp(enddate) or 0,
                            timestamp(modified) or 0, values)
    return ActivityDay(date, timestamp(modified) or 0, values)
