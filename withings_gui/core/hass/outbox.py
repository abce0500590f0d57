"""What Home Assistant still has to receive, on disk so nothing is lost while HA is down.

The tables live in the history database (``paths.store_file``, opened through
``core/database.py``; they are made by its migration 3): one file to back up, one WAL, the same
locking discipline (``BEGIN IMMEDIATE``, busy timeout) for tray and CLI, and a value and its
outbox entry can never drift apart across two files.

- ``ha_outbox``: payloads waiting, oldest first (``seq``); several per sensor keep HA's
  history complete after an outage.
- ``ha_last_payload``: the newest payload handed over per sensor and its hash; an equal payload
  is not queued again, so an unchanged poll writes nothing.
- ``ha_registered``: which sensors the current mobile_app registration knows, the entity id HA
  gave each (None until read back) and a hash of what was registered (name, unit, class).
  Registrations are keyed by a hash of the webhook id: the id itself is a secret.
- ``ha_registration_todo``: one-off chores a new registration leaves (disabling the device
  tracker HA makes); done once, then forgotten, so what the user changes after is theirs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import filelock

from withings_gui.core.hass.errors import HassError
from withings_gui.core.database import Database, Transaction

PUBLISH_LOCK_TIMEOUT = 120


@dataclass(frozen=True)
class Pending:
    seq: int
    unique_id: str
    payload: dict


def payload_digest(payload: dict) -> str:
    return hashlib.sha256(_canonical(payload).encode()).hexdigest()


def registration_key(webhook_id: str) -> str:
    return hashlib.sha256(webhook_id.encode()).hexdigest()[:24]


class Outbox:
    def __init__(self, path: Path | str, publish_timeout: float = PUBLISH_LOCK_TIMEOUT) -> None:
        self.path = path
        self._database = Database(path)
        self._db, self._lock = self._database.connection, self._database.lock
        in_memory = str(path) == ":memory:"
        self._publish_lock = threading.RLock() if in_memory else \
            filelock.FileLock(f"{path}.publish.lock", timeout=publish_timeout)

    def close(self) -> None:
        self._database.close()

    def _write(self) -> Transaction:
        return self._database.transaction()

    @contextlib.contextmanager
    def publishing(self) -> Iterator[None]:
        """One publisher at a time across processes (tray + CLI): no value is sent twice and
        no second registration is made."""
        try:
            self._publish_lock.acquire()
        except filelock.Timeout:
            raise HassError("Another withings-gui process has been sending to Home Assistant "
                            "for minutes; try again later.") from None
        try:
            yield
        finally:
            self._publish_lock.release()

    # -- the queue -------------------------------------------------------------------------

    def offer(self, unique_id: str, payload: dict) -> bool:
        """Queue ``payload`` unless it equals the last one handed over; True if queued."""
        text = _canonical(payload)
        digest = hashlib.sha256(text.encode()).hexdigest()
        with self._write() as db:
            row = db.execute("SELECT digest FROM ha_last_payload WHERE unique_id=?",
                             (unique_id,)).fetchone()
            if row and row[0] == digest:
                return False
            db.execute("INSERT INTO ha_outbox (unique_id, payload) VALUES (?, ?)",
                       (unique_id, text))
            db.execute("INSERT OR REPLACE INTO ha_last_payload VALUES (?, ?, ?)",
                       (unique_id, digest, text))
        return True

    enqueue = offer

    def requeue_latest(self, unique_id: str) -> None:
        """Queue the last payload again (a new registration is followed by an update)."""
        with self._write() as db:
            db.execute("INSERT INTO ha_outbox (unique_id, payload) SELECT unique_id, payload "
                       "FROM ha_last_payload WHERE unique_id=?", (unique_id,))

    def pending(self) -> list[Pending]:
        with self._lock:
            rows = self._db.execute("SELECT seq, unique_id, payload FROM ha_outbox ORDER BY seq"
                                    ).fetchall()
        return [Pending(seq, uid, json.loads(payload)) for seq, uid, payload in rows]

    def pending_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM ha_outbox").fetchone()[0]

    def mark_sent(self, seqs: list[int]) -> None:
        if not seqs:
            return
        with self._write() as db:
            db.executemany("DELETE FROM ha_outbox WHERE seq=?", [(s,) for s in seqs])

    def last_published(self, unique_id: str) -> str | None:
        """Hash of the newest payload handed over for this sensor (sent or still waiting)."""
        with self._lock:
            row = self._db.execute("SELECT digest FROM ha_last_payload WHERE unique_id=?",
                                   (unique_id,)).fetchone()
        return row[0] if row else None

    def last_payload(self, unique_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT payload FROM ha_last_payload WHERE unique_id=?",
                                   (unique_id,)).fetchone()
        return json.loads(row[0]) if row else None

    # -- which sensors the registration knows, and under which entity id -------------------

    def registered(self, registration: str) -> dict[str, str | None]:
        """unique_id → entity id HA gave it (None: not read back yet)."""
        with self._lock:
            rows = self._db.execute("SELECT unique_id, entity_id FROM ha_registered WHERE "
                                    "registration=?", (registration,)).fetchall()
        return dict(rows)

    def registered_meta(self, registration: str) -> dict[str, str | None]:
        with self._lock:
            rows = self._db.execute("SELECT unique_id, meta FROM ha_registered WHERE "
                                    "registration=?", (registration,)).fetchall()
        return dict(rows)

    def set_registered(self, registration: str, unique_id: str, meta: str) -> None:
        """Record a (re-)registration; a known entity id is kept."""
        with self._write() as db:
            db.execute("INSERT INTO ha_registered VALUES (?, ?, NULL, ?) ON CONFLICT "
                       "(registration, unique_id) DO UPDATE SET meta=excluded.meta",
                       (registration, unique_id, meta))

    def set_entity_id(self, registration: str, unique_id: str, entity_id: str) -> None:
        with self._write() as db:
            db.execute("UPDATE ha_registered SET entity_id=? WHERE registration=? AND "
                       "unique_id=?", (entity_id, registration, unique_id))

    def forget_registration(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM ha_registered")
            db.execute("DELETE FROM ha_registration_todo")

    # -- one-off chores of a new registration ----------------------------------------------

    def add_todo(self, registration: str, task: str) -> None:
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO ha_registration_todo VALUES (?, ?)",
                       (registration, task))

    def has_todo(self, registration: str, task: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM ha_registration_todo WHERE registration=? "
                                    "AND task=?", (registration, task)).fetchone() is not None

    def done(self, registration: str, task: str) -> None:
        with self._write() as db:
            db.execute("DELETE FROM ha_registration_todo WHERE registration=? AND task=?",
                       (registration, task))

    def forget_registered(self, registration: str, unique_ids: list[str]) -> None:
        """These sensors are gone from HA: the next delivery registers them again."""
        with self._write() as db:
            db.executemany("DELETE FROM ha_registered WHERE registration=? AND unique_id=?",
                           [(registration, uid) for uid in unique_ids])

    def forget_sensor(self, unique_id: str) -> None:
        """A sensor the app no longer publishes: no queued values, no memory of it."""
        with self._write() as db:
            for table in ("ha_outbox", "ha_last_payload", "ha_registered"):
                db.execute(f"DELETE FROM {table} WHERE unique_id=?", (unique_id,))


def _canonical(payload: dict) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"))
