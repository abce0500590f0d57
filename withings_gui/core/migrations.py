"""Every change to the history database's schema, in order: the one list both parts use.

The file (``paths.store_file``) holds the history (``core/store.py``) and what Home Assistant
still has to receive (``core/hass/outbox.py``); ``core/database.py`` brings any older file up
to ``SCHEMA_VERSION`` when it is opened, whichever part opens it first.

Migration n brings a database from ``PRAGMA user_version`` n-1 to n. Append a new list of
statements at the end; never edit or reorder one that has shipped (files in the wild have run
it). Tables are made with ``IF NOT EXISTS``: before version 3 the outbox made its own tables
without counting a version, so an older file may have them already.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: the history.
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
    # 2: older versions stored dates the app cannot show (a date sent in milliseconds) and
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
    # 3: the Home Assistant outbox (see core/hass/outbox.py for what each table holds). The
    # first outbox kept webhook ids in plain text (ha_sensors); they belong in the keyring.
    [
        "DROP TABLE IF EXISTS ha_sensors",
        """CREATE TABLE IF NOT EXISTS ha_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, unique_id TEXT NOT NULL,
            payload TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS ha_last_payload (
            unique_id TEXT PRIMARY KEY, digest TEXT NOT NULL, payload TEXT NOT NULL)""",
        """CREATE TABLE IF NOT EXISTS ha_registered (
            registration TEXT NOT NULL, unique_id TEXT NOT NULL, entity_id TEXT, meta TEXT,
            PRIMARY KEY (registration, unique_id))""",
        """CREATE TABLE IF NOT EXISTS ha_registration_todo (
            registration TEXT NOT NULL, task TEXT NOT NULL, PRIMARY KEY (registration, task))""",
    ],
    # 4: ids this install made up for itself (the HA device id). They lived in config.json,
    # which sync children must not write.
    [
        """CREATE TABLE IF NOT EXISTS install_ids (
            name TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    ],
    # 5: workouts and ECG recordings (issue 17); the newest of each is published.
    [
        """CREATE TABLE IF NOT EXISTS workouts (
            profile TEXT NOT NULL, id INTEGER NOT NULL, category INTEGER NOT NULL,
            startdate INTEGER NOT NULL, enddate INTEGER NOT NULL, modified INTEGER NOT NULL,
            date TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (profile, id))""",
        """CREATE TABLE IF NOT EXISTS ecg_recordings (
            profile TEXT NOT NULL, signalid INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
            modified INTEGER NOT NULL, afib INTEGER, heart_rate INTEGER,
            PRIMARY KEY (profile, signalid))""",
    ],
    # 6 (issue 17): a measure's body position is part of what it is (Body Scan sends fat mass
    # for each arm, leg and the torso in one group); -1 is "no position sent". Segmental rows
    # stored before lost their position: dropped. Readings held back because no person is
    # assigned to them are counted with the types they hold (unassigned). The measures cursor
    # is forgotten so the next pass reads the history again once: positions, the sign-up
    # readings (attrib 4) earlier versions skipped, and the held-back readings come back.
    [
        """CREATE TABLE measurements_by_position (
            profile TEXT NOT NULL, grpid INTEGER NOT NULL, meastype INTEGER NOT NULL,
            value REAL NOT NULL, measured_at INTEGER NOT NULL, modified INTEGER NOT NULL,
            attrib INTEGER NOT NULL, category INTEGER NOT NULL, deviceid TEXT,
            position INTEGER NOT NULL DEFAULT -1,
            PRIMARY KEY (profile, grpid, meastype, position))""",
        """INSERT INTO measurements_by_position
            SELECT *, -1 FROM measurements WHERE meastype NOT IN (173, 174, 175)""",
        "DROP TABLE measurements",
        "ALTER TABLE measurements_by_position RENAME TO measurements",
        """CREATE INDEX IF NOT EXISTS measurements_by_time
            ON measurements (profile, meastype, measured_at)""",
        """CREATE TABLE IF NOT EXISTS unassigned (
            profile TEXT NOT NULL, grpid INTEGER NOT NULL, measured_at INTEGER NOT NULL,
            modified INTEGER NOT NULL, meastypes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (profile, grpid))""",
        # held_back_groups: the list an earlier issue-17 build kept as a cursor, now this table.
        """DELETE FROM cursors WHERE name IN ('measures_lastupdate', 'measures_resume',
                                            'held_back_groups')""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)
