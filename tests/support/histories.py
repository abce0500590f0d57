"""Real history files for tests that damage them: ours, and another program's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import Measurement


def real_history(path: Path, groups: int = 2000) -> bytes:
    """The bytes of a real, checkpointed history with ``groups`` weigh-ins."""
    store = HistoryStore(path)
    store.add_measurements("alice", [Measurement(g, 1, 70.0 + g / 10, 1_700_000_000 + g * 86400,
                                                 1_700_000_000 + g * 86400)
                                     for g in range(groups)])
    store.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.read_bytes()


def foreign_db(path: Path, *statements: str) -> bytes:
    """A SQLite file another program made with ``statements``; its bytes."""
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path.read_bytes()
