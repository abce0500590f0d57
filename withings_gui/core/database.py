"""The history database file: one connection opener, one transaction helper, one migration.

``HistoryStore`` (the history) and ``Outbox`` (what Home Assistant still has to receive) keep
their tables in the same file, so a value and its outbox entry never drift apart across two
files. Both open it through ``Database``, which brings an older file up to
``migrations.SCHEMA_VERSION`` whichever of them opens it first.

Shared by the tray and the CLI (two processes), so the file is in WAL mode, writes take the
database lock up front (``BEGIN IMMEDIATE``, no deadlock between two upgrading readers) and
everyone waits politely (busy timeout) instead of failing with "database is locked".
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable

from withings_gui.core.errors import UserFacingError
from withings_gui.core.migrations import MIGRATIONS, SCHEMA_VERSION
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

BUSY_TIMEOUT_MS = 30_000


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
    return StoreError(Message("core.database", QT_TRANSLATE_NOOP(
        "core.database", "The history database {file} is damaged or belongs to another program "
        "({reason}). Move it aside (rename it) and start again: a new one is made and the "
        "history is downloaded again from Withings."),
        {"file": str(path), "reason": _one_line(reason)}))


def _one_line(reason: object, limit: int = 120) -> str:
    """SQLite's reason can quote the damaged file itself: one short line of printable text."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(reason)).split())
    return text if len(text) <= limit else text[:limit] + "…"


def storage_error(path: Path | str, exc: sqlite3.Error) -> StoreError:
    """What the user reads when the database cannot be written: which file, and why."""
    return StoreError(Message("core.database", QT_TRANSLATE_NOOP(
        "core.database", "The history database {file} could not be written ({reason}). Check "
        "that the disk is not full and the folder is writable; nothing was lost."),
        {"file": str(path), "reason": str(exc)}))


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
        raise StoreError(Message("core.database", QT_TRANSLATE_NOOP(
            "core.database", "The history database {file} was written by a newer withings-gui "
            "(schema {version}); update this one, or move the file aside to start a new "
            "history (it is downloaded again from Withings)."),
            {"file": str(path), "version": version}))
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


class Database:
    """One connection to the file, migrated, and the lock its threads share."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.connection = connect(path, probe=lambda db: _check_schema(db, path))
        self.lock = threading.RLock()
        try:
            self._migrate()
        except BaseException:
            _close_quietly(self.connection)
            raise

    def _migrate(self) -> None:
        try:
            with self.transaction() as db:
                # Read inside the write lock: a second process may be migrating right now.
                version = _check_schema(db, self.path)
                for number in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[number]:
                        db.execute(statement)
                # A table of ours made by another program before the migration that creates
                # it (CREATE … IF NOT EXISTS kept theirs): refused, and nothing is changed.
                _refuse_foreign_tables(db, self.path, SCHEMA_VERSION)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage seen when reading
            raise damaged_error(self.path, exc) from None

    def transaction(self) -> Transaction:
        return Transaction(self.connection, self.lock, self.path)

    def one(self, sql: str, args: tuple = ()) -> Any:
        with self.lock:
            return self.connection.execute(sql, args).fetchone()

    def all(self, sql: str, args: tuple = ()) -> list:
        with self.lock:
            return self.connection.execute(sql, args).fetchall()

    def close(self) -> None:
        with self.lock:
            self.connection.close()
