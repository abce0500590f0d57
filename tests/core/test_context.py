"""AppContext: the HA device id lives in the database; config.json is only read for it."""

import json

from withings_gui.core.context import AppContext
from withings_gui.core.store import HistoryStore

OLD_ID = "5a" * 16


def test_an_old_installs_device_id_is_carried_over_without_writing_settings(tmp_path):
    root = tmp_path / "cfg"
    root.mkdir()
    config_file = root / "config.json"
    config_file.write_text(json.dumps({"version": 1, "client_id": "c", "ha_device_id": OLD_ID,
                                       "interval_minutes": 5}))
    before = config_file.read_bytes()
    ctx = AppContext.open(str(root))
    try:
        assert ctx.ha_device_id() == OLD_ID
    finally:
        ctx.close()
    assert config_file.read_bytes() == before
    store = HistoryStore(ctx.paths.store_file)
    try:
        assert store.ha_device_id() == OLD_ID  # in the database from now on
    finally:
        store.close()


def test_a_new_install_makes_its_id_in_the_database_only(tmp_path):
    ctx = AppContext.open(str(tmp_path / "cfg"))
    try:
        ctx.update_config(lambda config: setattr(config, "interval_minutes", 9))
        before = ctx.paths.config_file.read_bytes()
        made = ctx.ha_device_id()
        assert ctx.ha_device_id() == made
    finally:
        ctx.close()
    assert ctx.paths.config_file.read_bytes() == before
    assert "ha_device_id" not in json.loads(before)
    again = AppContext.open(str(tmp_path / "cfg"))
    try:
        assert again.ha_device_id() == made
    finally:
        again.close()


def test_a_settings_change_keeps_the_old_id_until_it_is_carried_over(tmp_path):
    ctx = AppContext.open(str(tmp_path / "cfg"))
    ctx.paths.config_file.write_text(json.dumps({"version": 1, "ha_device_id": OLD_ID}))
    try:
        ctx.update_config(lambda config: setattr(config, "paused", True))
        assert json.loads(ctx.paths.config_file.read_text())["ha_device_id"] == OLD_ID
        assert ctx.ha_device_id() == OLD_ID
    finally:
        ctx.close()
