"""The local history (SQLite): every measurement, summaries, devices, goals and sync cursors.

Shared by the tray and the CLI (two processes), so the file is in WAL mode, writes take the
database lock up front (``BEGIN IMMEDIATE``, no deadlock between two upgrading readers) and
everyone waits politely (busy timeout) instead of failing with "database is locked".
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterable

from withings_gui.core.errors import UserFacingError
from withings_gui.core.withings.measures import (ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary)

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
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(UserFacingError, RuntimeError):
    pass


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode (we open transactions ourselves), WAL, busy timeout.

    StoreError when SQLite cannot open or set it up (disk full, read-only folder)."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                             check_same_thread=False)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, fast
    except sqlite3.OperationalError as exc:
        raise storage_error(path, exc) from None
    return db


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


class HistoryStore:
    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._db = connect(path)
        self._lock = threading.RLock()
        self._migrate()

    def _migrate(self) -> None:
        with self._write() as db:
            # Read inside the write lock: a second process may be migrating right now.
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by a newer withings-gui (schema "
                                 f"{version}); update this one.")
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number]:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

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
        """
        rows = [(m.grpid, m.meastype, m.value, m.measured_at, m.modified, m.attrib,
                 m.category, m.deviceid) for m in measurements]
        if not rows:
            return 0
        with self._write() as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (grpid INTEGER, meastype "
                       "INTEGER, value REAL, measured_at INTEGER, modified INTEGER, attrib "
                       "INTEGER, category INTEGER, deviceid TEXT, PRIMARY KEY (grpid, meastype))")
            db.execute("DELETE FROM temp.incoming")
            db.executemany("INSERT OR REPLACE INTO temp.incoming VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           rows)
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
            "AND measured_at>=? ORDER BY measured_at, grpid",
            (profile, meastype, since if since is not None else -2**62))]

    def count(self, profile: str) -> int:
        return self._one("SELECT COUNT(*) FROM measurements WHERE profile=?", (profile,))[0]

    # -- summaries, devices, goals ---------------------------------------------------------

    def put_summaries(self, profile: str, kind: str,
                      items: Iterable[SleepSummary | ActivityDay]) -> None:
        if kind not in ("sleep", "activity"):
            raise ValueError(f"summary kind must be 'sleep' or 'activity', not {kind!r}")
        rows = [(profile, kind, item.date, getattr(item, "startdate", None),
                 getattr(item, "enddate", None), item.modified, json.dumps(item.data))
                for item in items]
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def latest_summary(self, profile: str, kind: str) -> SleepSummary | ActivityDay | None:
        row = self._one("SELECT date, startdate, enddate, modified, data FROM summaries "
                        "WHERE profile=? AND kind=? ORDER BY date DESC LIMIT 1", (profile, kind))
        if row is None:
            return None
        date, startdate, enddate, modified, data = row
        if kind == "sleep":
            return SleepSummary(date, startdate or 0, enddate or 0, modified or 0,
                                json.loads(data))
        return ActivityDay(date, modified or 0, json.loads(data))

    def put_devices(self, profile: str, devices: Iterable[Device]) -> None:
        """Replace the profile's device list (a device removed at Withings disappears)."""
        rows = [(profile, d.deviceid, d.type, d.model, d.battery, d.last_session_date)
                for d in devices]
        with self._write() as db:
            db.execute("DELETE FROM devices WHERE profile=?", (profile,))
            db.executemany("INSERT INTO devices VALUES (?, ?, ?, ?, ?, ?)", rows)

    def devices(self, profile: str) -> list[Device]:
        return [Device(*row) for row in self._all(
            "SELECT deviceid, type, model, battery, last_session_date FROM devices "
            "WHERE profile=? ORDER BY model, deviceid", (profile,))]

    def put_goals(self, profile: str, goals: Goals) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO goals VALUES (?, ?, ?, ?)",
                       (profile, goals.steps, goals.sleep_seconds, goals.weight_kg))

    def goals(self, profile: str) -> Goals | None:
        row = self._one("SELECT steps, sleep_seconds, weight_kg FROM goals WHERE profile=?",
                        (profile,))
        return Goals(*row) if row else None

    # -- cursors (lastupdate and last-fetch time per stream) -------------------------------

    def get_cursor(self, profile: str, name: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM cursors WHERE profile=? AND name=?", (profile, name))
        return json.loads(row[0]) if row else default

    def set_cursor(self, profile: str, name: str, value: Any) -> None:
        """``value`` is anything JSON can hold (numbers come back as numbers)."""
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO cursors VALUES (?, ?, ?)",
                       (profile, name, json.dumps(value)))

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
