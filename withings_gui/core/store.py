"""The local history (SQLite): every measurement, summaries, workouts, ECG recordings, devices,
goals and sync cursors.

The file, its locking and its migrations are ``core/database.py``'s.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from withings_gui.core.database import Database, Transaction
from withings_gui.core.withings.measures import (EARLIEST_TIME, INT64_MAX, INT64_MIN,
                                                 LATEST_TIME, MAX_MAGNITUDE, NO_POSITION,
                                                 ActivityDay, Device, Goals, Measurement,
                                                 SleepSummary, UnassignedGroup, as_int,
                                                 clean_text, finite_number, iso_day, numbers,
                                                 timestamp, unique_devices)
from withings_gui.core.withings.ecg import EcgRecording
from withings_gui.core.withings.workouts import Workout

log = logging.getLogger(__name__)


class HistoryStore:
    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._database = Database(path)
        self._db, self._lock = self._database.connection, self._database.lock

    def close(self) -> None:
        self._database.close()

    def _write(self) -> Transaction:
        return self._database.transaction()

    # -- measurements --------------------------------------------------------------------

    def add_measurements(self, profile: str, measurements: Iterable[Measurement]) -> int:
        """Store measure groups; returns how many rows were new, changed or dropped.

        Withings always sends a group whole, so a group seen again replaces the stored one
        (a type or position missing from the new version is deleted), unless it is older
        than what we have (``modified``). A group the user now owns is no longer counted as
        held back (``unassigned``). One set-based transaction: a 10-year backfill takes
        ~0.2 s.
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
            db.execute("DELETE FROM unassigned WHERE profile=? AND grpid IN (SELECT grpid "
                       "FROM temp.incoming)", (profile,))
            before = db.total_changes  # counts every table: measure around our statements
            db.execute("DELETE FROM measurements WHERE profile=? AND grpid IN (SELECT grpid "
                       "FROM temp.incoming) AND NOT EXISTS (SELECT 1 FROM temp.incoming i "
                       "WHERE i.grpid=measurements.grpid AND i.meastype=measurements.meastype "
                       "AND i.position=measurements.position)", (profile,))
            db.execute(
                "INSERT INTO measurements SELECT ?, * FROM temp.incoming WHERE true "
                "ON CONFLICT (profile, grpid, meastype, position) DO UPDATE SET "
                "value=excluded.value, measured_at=excluded.measured_at, "
                "modified=excluded.modified, attrib=excluded.attrib, "
                "category=excluded.category, deviceid=excluded.deviceid "
                "WHERE measurements.value IS NOT excluded.value "
                "OR measurements.measured_at IS NOT excluded.measured_at "
                "OR measurements.attrib IS NOT excluded.attrib "
                "OR measurements.deviceid IS NOT excluded.deviceid", (profile,))
            changed = db.total_changes - before
            db.execute("DELETE FROM temp.incoming")
            return changed

    def put_unassigned(self, profile: str, groups: Iterable[UnassignedGroup],
                       recount: bool = False) -> None:
        """Note readings held back until the user assigns them in the Withings app.

        A group stored as the user's stays so (a reply listing it both ways, as Home
        Assistant's fixtures do, loses nothing); only the others are counted. ``recount``:
        these start a read of the whole history, so the earlier count is forgotten (a
        reading assigned to someone else leaves this account without Withings saying so)."""
        rows = [(profile, g.grpid, g.measured_at, g.modified,
                 ",".join(str(t) for t in sorted(g.meastypes))) for g in groups
                if as_int(g.grpid) is not None and timestamp(g.measured_at) is not None
                and timestamp(g.modified) is not None]
        if not rows and not recount:
            return
        with self._write() as db:
            if recount:
                db.execute("DELETE FROM unassigned WHERE profile=?", (profile,))
            db.executemany(
                "INSERT INTO unassigned SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 "
                "FROM measurements WHERE profile=?1 AND grpid=?2) ON CONFLICT (profile, grpid) "
                "DO UPDATE SET measured_at=excluded.measured_at, modified=excluded.modified, "
                "meastypes=excluded.meastypes", rows)

    def unassigned(self, profile: str) -> tuple[int, int | None]:
        """How many readings wait to be assigned to a person in the Withings app, and the
        date (seconds since 1970) of the newest; (0, None) when none do.

        Qt-free, for "why is X missing?" (``doctor``, the tray). Counted from what Withings
        sent as held back and has not sent since as someone's; a reading assigned to another
        person leaves this account unannounced and is counted until the history is read
        whole again (the first pass, or after migration 6)."""
        count, newest = self._one("SELECT COUNT(*), MAX(measured_at) FROM unassigned "
                                  "WHERE profile=?", (profile,))
        return count, timestamp(newest)

    def unassigned_by_type(self, profile: str) -> dict[int, tuple[int, int]]:
        """Per meastype: how many held-back readings hold it, and the newest one's date."""
        found: dict[int, tuple[int, int]] = {}
        for measured_at, meastypes in self._all(
                "SELECT measured_at, meastypes FROM unassigned WHERE profile=?", (profile,)):
            for meastype in {as_int(t) for t in str(meastypes).split(",")} - {None}:
                count, newest = found.get(meastype, (0, measured_at))
                found[meastype] = (count + 1, max(newest, measured_at))
        return found

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
        ``not_after`` when given), whatever its body position: which types Withings sends.
        Per segment: ``latest_by_position``."""
        bound = 2 ** 62 if not_after is None else min(max(int(not_after), -2 ** 62), 2 ** 62)
        # SQLite takes bare columns from the row that holds MAX(): one indexed pass.
        rows = self._all("SELECT *, MAX(measured_at) FROM measurements WHERE profile=? "
                         "AND measured_at<=? GROUP BY meastype", (profile, bound))
        return {row[2]: _measurement(row[:-1]) for row in rows}

    def latest_by_position(self, profile: str, not_after: int | None = None
                           ) -> dict[tuple[int, int | None], Measurement]:
        """The newest measurement of every (type, body position) this profile has: Body
        Scan's segments are one sensor each. Position None: none was sent."""
        bound = 2 ** 62 if not_after is None else min(max(int(not_after), -2 ** 62), 2 ** 62)
        rows = self._all("SELECT *, MAX(measured_at) FROM measurements WHERE profile=? "
                         "AND measured_at<=? GROUP BY meastype, position", (profile, bound))
        found = [_measurement(row[:-1]) for row in rows]
        return {(m.meastype, m.position): m for m in found}

    def series(self, profile: str, meastype: int,
               since: int | None = None) -> list[tuple[int, float]]:
        """(measured_at, value) pairs, oldest first, for the history chart."""
        return [(row[0], row[1]) for row in self._all(
            "SELECT measured_at, value FROM measurements WHERE profile=? AND meastype=? "
            "AND measured_at BETWEEN ? AND ? ORDER BY measured_at, grpid",
            (profile, meastype, since if since is not None else -2**62, LATEST_TIME))]

    def count(self, profile: str) -> int:
        return self._one("SELECT COUNT(*) FROM measurements WHERE profile=?", (profile,))[0]

    # -- what arrived, for "why is a measure missing" (core/missing_measures.py) --------

    def arrivals(self, profile: str) -> dict[tuple[int, str | None], int]:
        """(meastype, deviceid) → the newest date a measurement of that type came from that
        device (deviceid None: typed in, or from no known device)."""
        return {(meastype, deviceid if isinstance(deviceid, str) else None): newest
                for meastype, deviceid, newest in self._all(
                    "SELECT meastype, deviceid, MAX(measured_at) FROM measurements "
                    "WHERE profile=? GROUP BY meastype, deviceid", (profile,))}

    def groups_from(self, profile: str, deviceids: Iterable[str], after: int) -> int:
        """How many measure groups (weigh-ins, readings) these devices sent dated after
        ``after``."""
        ids = sorted(set(deviceids))
        if not ids:
            return 0
        marks = ", ".join("?" * len(ids))
        return self._one(f"SELECT COUNT(DISTINCT grpid) FROM measurements WHERE profile=? "
                         f"AND deviceid IN ({marks}) AND measured_at > ?",
                         (profile, *ids, min(max(int(after), -2 ** 62), 2 ** 62)))[0]

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

    # -- workouts and ECG recordings (the newest of each is published) ---------------------

    def put_workouts(self, profile: str, workouts: Iterable[Workout]) -> None:
        """Store workouts by id; a workout sent again replaces the stored one."""
        rows = [row for row in (_workout_row(profile, w) for w in workouts) if row]
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO workouts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           rows)

    def latest_workout(self, profile: str, not_after: int | None = None) -> Workout | None:
        """The workout that ended last (no later than ``not_after`` when given); a damaged
        row is passed over."""
        bound = LATEST_TIME if not_after is None else int(not_after)
        for row in self._all("SELECT id, category, startdate, enddate, modified, date, data "
                             "FROM workouts WHERE profile=? AND enddate<=? "
                             "ORDER BY enddate DESC, id DESC LIMIT 20", (profile, bound)):
            workout = _workout(row)
            if workout is not None:
                return workout
        return None

    def put_ecg(self, profile: str, recordings: Iterable[EcgRecording]) -> None:
        rows = [(profile, r.signalid, r.recorded_at, r.modified, r.afib, r.heart_rate)
                for r in recordings
                if as_int(r.signalid) is not None and timestamp(r.recorded_at) is not None]
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO ecg_recordings VALUES (?, ?, ?, ?, ?, ?)",
                           rows)

    def latest_ecg(self, profile: str, not_after: int | None = None) -> EcgRecording | None:
        bound = LATEST_TIME if not_after is None else int(not_after)
        row = self._one("SELECT signalid, recorded_at, modified, afib, heart_rate FROM "
                        "ecg_recordings WHERE profile=? AND recorded_at<=? "
                        "ORDER BY recorded_at DESC, signalid DESC LIMIT 1", (profile, bound))
        if row is None:
            return None
        signalid, recorded_at, modified, afib, heart_rate = row
        return EcgRecording(signalid, recorded_at, modified, as_int(afib), as_int(heart_rate))

    # -- cursors: what sync passes carry over (typed in core/sync_state.py) -----------------

    def cursors(self, profile: str) -> dict[str, Any]:
        """Every saved cursor of a profile by name; a row that is no JSON is left out."""
        found: dict[str, Any] = {}
        for name, value in self._all("SELECT name, value FROM cursors WHERE profile=?",
                                     (profile,)):
            try:
                found[name] = json.loads(value)
            except (TypeError, ValueError, RecursionError):
                log.debug("cursor %r of %s is damaged; it counts as unset", name, profile)
        return found

    def set_cursors(self, profile: str, values: dict[str, Any]) -> None:
        """Save cursors in one transaction; ``values`` hold anything JSON can hold."""
        if not values:
            return
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO cursors VALUES (?, ?, ?)",
                           [(profile, name, json.dumps(value)) for name, value in values.items()])

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

    def remember_ha_device(self, ha_url: str, device: str) -> None:
        """HA's own id of this install's device at ``ha_url`` (its device page's address);
        written only when it changed."""
        value = json.dumps({"url": ha_url, "device": device})
        if self._one("SELECT value FROM install_ids WHERE name='ha_registry_device'",
                     ()) == (value,):
            return
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO install_ids VALUES ('ha_registry_device', ?)",
                       (value,))

    def ha_device(self, ha_url: str) -> str | None:
        """The id ``remember_ha_device`` kept for ``ha_url``; None for another HA or none."""
        found = self._one("SELECT value FROM install_ids WHERE name='ha_registry_device'", ())
        try:
            data = json.loads(found[0]) if found else None
        except (TypeError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("url") != ha_url:
            return None
        device = data.get("device")
        return device if isinstance(device, str) and device else None

    # -- plumbing --------------------------------------------------------------------------

    def _one(self, sql: str, args: tuple) -> Any:
        return self._database.one(sql, args)

    def _all(self, sql: str, args: tuple) -> list:
        return self._database.all(sql, args)


def _measurement(row: tuple) -> Measurement:
    _, grpid, meastype, value, measured_at, modified, attrib, category, deviceid, position = row
    return Measurement(grpid, meastype, value, measured_at, modified, attrib, category, deviceid,
                       None if position == NO_POSITION else position)


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
    return (grpid, meastype, value, measured_at, modified, attrib, category, deviceid,
            _position(m.position))


def _position(position: Any) -> int:
    """The stored form of a body position: NO_POSITION for none (or one no int can hold)."""
    if type(position) is int and INT64_MIN <= position <= INT64_MAX:
        return position
    return as_int(position, NO_POSITION)


def _stage(db: sqlite3.Connection, measurements: list[Measurement]) -> None:
    """Fill ``temp.incoming`` with what can be stored, one version of each group.

    Checked in SQL (a 10-year backfill is 36,000 rows); only when a value cannot even be
    handed to SQLite (an int beyond 64 bits, a lone surrogate) is each row cleaned in Python.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (grpid INTEGER, meastype "
               "INTEGER, value REAL, measured_at INTEGER, modified INTEGER, attrib "
               "INTEGER, category INTEGER, deviceid TEXT, position INTEGER, "
               "PRIMARY KEY (grpid, meastype, position))")
    db.execute("DELETE FROM temp.incoming")
    rows = [(m.grpid, m.meastype, m.value, m.measured_at, m.modified, m.attrib, m.category,
             m.deviceid, NO_POSITION if m.position is None else m.position)
            for m in measurements]
    insert = "INSERT OR REPLACE INTO temp.incoming VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
    db.execute(f"UPDATE OR REPLACE temp.incoming SET position = {NO_POSITION} "
               "WHERE typeof(position) <> 'integer'")


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


def _workout_row(profile: str, w: Workout) -> tuple | None:
    """The row for a workout, or None when it cannot be stored or shown later."""
    workout_id, category = as_int(w.workout_id), as_int(w.category)
    start, end, modified = timestamp(w.startdate), timestamp(w.enddate), timestamp(w.modified)
    if workout_id is None or category is None or start is None or end is None:
        return None
    return (profile, workout_id, category, start, end, modified or end,
            iso_day(w.date) or "", json.dumps(numbers(w.data), allow_nan=False))


def _workout(row: tuple) -> Workout | None:
    workout_id, category, start, end, modified, date, data = row
    if not isinstance(data, str) or timestamp(start) is None or timestamp(end) is None:
        return None
    try:
        values = numbers(json.loads(data))
    except (ValueError, RecursionError):
        return None
    return Workout(workout_id, as_int(category, 36), start, end, timestamp(modified) or end,
                   date if isinstance(date, str) else "", values)


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
