"""doctor's checks that need no network: each problem is named with what to do."""

from __future__ import annotations

from withings_gui.core.context import AppContext
from withings_gui.core.doctor import run_checks
from withings_gui.core.setup_rules.callback_url import HOME_NETWORK_CALLBACK


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


def callback_checks(config_dir, callback_url: str) -> dict[str, object]:
    ctx = AppContext.open(str(config_dir))
    try:
        ctx.update_config(lambda config: setattr(config, "callback_url", callback_url))
        return {c.name: c.ok for c in run_checks(ctx, network=False)
                if c.name.startswith("callback:")}
    finally:
        ctx.close()


def test_a_home_network_callback_is_not_held_to_home_assistants_path(tmp_path):
    checks = callback_checks(tmp_path / "home", HOME_NETWORK_CALLBACK)
    assert checks and all(ok is not False for ok in checks.values()), checks
    assert "callback:path" not in checks
    # One built from Home Assistant's address is still held to HA's callback path.
    assert "callback:path" in callback_checks(tmp_path / "built",
                                              "https://ha.example.org/auth/external/callback")
