"""doctor's checks that need no network: each problem is named with what to do."""

from __future__ import annotations

from withings_gui.core.context import AppContext
from withings_gui.core.doctor import run_checks


def history_check(config_dir) -> object:
    ctx = AppContext.open(str(config_dir))
    try:
        return next(c for c in run_checks(ctx, network=False) if c.name == "history")
    finally:
        ctx.close()


def test_a_readable_history_passes(tmp_path):
    check = history_check(tmp_path / "cfg")
    assert check.ok is True and "history.sqlite3" in check.message


def test_a_damaged_history_is_named_with_what_to_do(tmp_path):
    folder = tmp_path / "cfg"
    folder.mkdir()
    (folder / "history.sqlite3").write_bytes(b"not a database, " * 200)
    check = history_check(folder)
    assert check.ok is False
    assert str(folder / "history.sqlite3") in check.message and "Move it aside" in check.message
