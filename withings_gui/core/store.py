"""The local history (SQLite): every measurement, summaries, devices, goals and sync cursors.

Shared by the tray and the CLI, so writes take the database lock up front (``BEGIN
IMMEDIATE``) and readers wait politely (busy timeout) instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Iterable

from withings_gui.core.withings.measures import (ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary)

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS measurements (
    profile TEXT NOT NULL, grpid INTEGER NOT NULL, meastype INTEGER NOT NULL,
    value REAL NOT NULL, measured_at INTEGER NOT NULL, modified INTEGER NOT NULL,
    attrib INTEGER NOT NULL, category INTEGER NOT NULL, deviceid TEXT,
    PRIMARY KEY (profile, grpid, meastype));
CREATE INDEX IF NOT EXISTS measurements_by_time
    ON measurements (profile, meastype, measured_at);
CREATE TABLE IF NOT EXISTS summaries (
    profile TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL, startdate INTEGER,
    enddate INTEGER, modified INTEGER, data TEXT NOT NULL,
    PRIMARY KEY (profile, kind, date));
CREATE TABLE IF NOT EXISTS devices (
    profile TEXT NOT NULL, deviceid TEXT NOT NULL, type TEXT, model TEXT, battery TEXT,
    last_session_date INTEGER, PRIMARY KEY (profile, deviceid));
CREATE TABLE IF NOT EXISTS goals (
    profile TEXT PRIMARY KEY, steps INTEGER, sleep_seconds INTEGER, weight_kg REAL);
CREATE TABLE IF NOT EXISTS cursors (
    profile TEXT NOT NULL, name TEXT NOT NULL, value TEXT, PRIMARY KEY (profile, name));
"""


class HistoryStore:
    def __init__(self, path: Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._db = sqlite3.connect(str(path), timeout=30, isolation_level=None,
                                   check_same_thread=False)
        self._lock = threading.RLock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{path} was written by a newer withings-gui; update this one")
        # executescript commits by itself, so it runs outside our transactions.
        self._db.executescript(SCHEMA + f"PRAGMA user_version={SCHEMA_VERSION};")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self):
        return _Transaction(self._db, self._lock)

    # -- measurements --------------------------------------------------------------------

    def add_measurements(self, profile: str, measurements: Iterable[Measurement]) -> int:
        """Insert new rows and replace changed ones; returns how many were new or changed."""
        rows = [(profile, m.grpid, m.meastype, m.value, m.measured_at, m.modified, m.attrib,
                 m.category, m.deviceid) for m in measurements]
        if not rows:
            return 0
        with self._write():
            before = self._db.total_changes
            self._db.executemany(
                "INSERT INTO measurements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (profile, grpid, meastype) DO UPDATE SET value=excluded.value, "
                "measured_at=excluded.measured_at, modified=excluded.modified, "
                "attrib=excluded.attrib, category=excluded.category, deviceid=excluded.deviceid "
                "WHERE measurements.value IS NOT excluded.value "
                "OR measurements.measured_at IS NOT excluded.measured_at "
                "OR measurements.attrib IS NOT excluded.attrib", rows)
            return self._db.total_changes - before

    def latest(self, profile: str, meastype: int) -> Measurement | None:
        row = self._one("SELECT * FROM measurements WHERE profile=? AND meastype=? "
                        "ORDER BY measured_at DESC, grpid DESC LIMIT 1", (profile, meastype))
        return _measurement(row) if row else None

    def latest_by_type(self, profile: str) -> dict[int, Measurement]:
        rows = self._all(
            "SELECT m.* FROM measurements m JOIN (SELECT meastype, MAX(measured_at) AS at "
            "FROM measurements WHERE profile=? GROUP BY meastype) last "
            "ON m.meastype=last.meastype AND m.measured_at=last.at WHERE m.profile=? "
            "ORDER BY m.grpid", (profile, profile))
        return {row[2]: _measurement(row) for row in rows}

    def series(self, profile: str, meastype: int, since: int | None = None) -> list[tuple[int, float]]:
        return [(row[0], row[1]) for row in self._all(
            "SELECT measured_at, value FROM measurements WHERE profile=? AND meastype=? "
            "AND measured_at>=? ORDER BY measured_at", (profile, meastype, since or 0))]

    def count(self, profile: str) -> int:
        return self._one("SELECT COUNT(*) FROM measurements WHERE profile=?", (profile,))[0]

    # -- summaries, devices, goals ---------------------------------------------------------

    def put_summaries(self, profile: str, kind: str,
                      items: Iterable[SleepSummary | ActivityDay]) -> None:
        rows = [(profile, kind, item.date, getattr(item, "startdate", None),
                 getattr(item, "enddate", None), item.modified, json.dumps(item.data))
                for item in items]
        with self._write():
            self._db.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 rows)

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
        rows = [(profile, d.deviceid, d.type, d.model, d.battery, d.last_session_date)
                for d in devices]
        with self._write():
            self._db.execute("DELETE FROM devices WHERE profile=?", (profile,))
            self._db.executemany("INSERT INTO devices VALUES (?, ?, ?, ?, ?, ?)", rows)

    def devices(self, profile: str) -> list[Device]:
        return [Device(*row) for row in self._all(
            "SELECT deviceid, type, model, battery, last_session_date FROM devices "
            "WHERE profile=? ORDER BY model, deviceid", (profile,))]

    def put_goals(self, profile: str, goals: Goals) -> None:
        with self._write():
            self._db.execute("INSERT OR REPLACE INTO goals VALUES (?, ?, ?, ?)",
                             (profile, goals.steps, goals.sleep_seconds, goals.weight_kg))

    def goals(self, profile: str) -> Goals | None:
        row = self._one("SELECT steps, sleep_seconds, weight_kg FROM goals WHERE profile=?",
                        (profile,))
        return Goals(*row) if row else None

    # -- cursors ---------------------------------------------------------------------------

    def get_cursor(self, profile: str, name: str, default=None):
        row = self._one("SELECT value FROM cursors WHERE profile=? AND name=?", (profile, name))
        return json.loads(row[0]) if row else default

    def set_cursor(self, profile: str, name: str, value) -> None:
        with self._write():
            self._db.execute("INSERT OR REPLACE INTO cursors VALUES (?, ?, ?)",
                             (profile, name, json.dumps(value)))

    # -- plumbing --------------------------------------------------------------------------

    def _one(self, sql: str, args: tuple):
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple) -> list:
        with self._lock:
            return self._db.execute(sql, args).fetchall()


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error) under the connection lock."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock) -> None:
        self._db, self._lock = db, lock

    def __enter__(self) -> None:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._db.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self._lock.release()


def _measurement(row) -> Measurement:
    _, grpid, meastype, value, measured_at, modified, attrib, category, deviceid = row
    return Measurement(grpid, meastype, value, measured_at, modified, attrib, category, deviceid)
