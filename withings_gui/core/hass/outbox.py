"""What Home Assistant still has to receive, kept on disk so nothing is lost while HA is down.

Each sensor's payloads wait in order; ``last_payload`` remembers the newest payload queued or
sent per sensor, so an unchanged value is never queued (and never written) again. The tables
live in the history database (one file to back up, one WAL).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS ha_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, unique_id TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ha_last_payload (
    unique_id TEXT PRIMARY KEY, digest TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ha_sensors (
    unique_id TEXT PRIMARY KEY, registration TEXT NOT NULL, entity_id TEXT);
"""


@dataclass(frozen=True)
class Pending:
    seq: int
    unique_id: str
    payload: dict


class Outbox:
    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(str(path), timeout=30, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout=30000")
        self._lock = threading.RLock()
        with self._lock:
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def offer(self, unique_id: str, payload: dict) -> bool:
        """Queue ``payload`` unless it equals the last one queued or sent; True if queued."""
        text = json.dumps(payload, sort_keys=True)
        digest = hashlib.sha256(text.encode()).hexdigest()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT digest FROM ha_last_payload WHERE unique_id=?",
                                       (unique_id,)).fetchone()
                if row and row[0] == digest:
                    self._db.execute("COMMIT")
                    return False
                self._db.execute("INSERT INTO ha_outbox (unique_id, payload) VALUES (?, ?)",
                                 (unique_id, text))
                self._db.execute("INSERT OR REPLACE INTO ha_last_payload VALUES (?, ?, ?)",
                                 (unique_id, digest, text))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return True

    def pending(self) -> list[Pending]:
        with self._lock:
            rows = self._db.execute("SELECT seq, unique_id, payload FROM ha_outbox ORDER BY seq"
                                    ).fetchall()
        return [Pending(seq, uid, json.loads(payload)) for seq, uid, payload in rows]

    def mark_sent(self, seqs: list[int]) -> None:
        with self._lock:
            self._db.executemany("DELETE FROM ha_outbox WHERE seq=?", [(s,) for s in seqs])

    def last_payloads(self) -> dict[str, dict]:
        with self._lock:
            rows = self._db.execute("SELECT unique_id, payload FROM ha_last_payload").fetchall()
        return {uid: json.loads(payload) for uid, payload in rows}

    # -- which sensors HA knows, and under which entity id ---------------------------------

    def registered(self, registration: str) -> dict[str, str | None]:
        with self._lock:
            rows = self._db.execute("SELECT unique_id, entity_id FROM ha_sensors WHERE "
                                    "registration=?", (registration,)).fetchall()
        return dict(rows)

    def set_registered(self, registration: str, unique_id: str, entity_id: str | None) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO ha_sensors VALUES (?, ?, ?)",
                             (unique_id, registration, entity_id))

    def forget_registration(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM ha_sensors")
