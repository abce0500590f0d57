"""End to end: simulated Withings cloud → ``withings-gui sync --once`` → a real Home Assistant."""

import sqlite3
import time

import pytest

from withings_gui.core.catalog import MEASTYPES
from withings_gui.core.units import to_pounds, to_stones

pytestmark = pytest.mark.ha

WEIGHT = "sensor.withings_weight_kg_alice"


def latest_values(cloud, user="Alice"):
    """The newest unambiguous value per measure type, straight from the cloud's data."""
    userid = next(uid for uid, u in cloud.users.items() if u.name == user)
    latest = {}
    for group in cloud.measure_groups(userid):
        if group["attrib"] in (1, 4) or group["category"] != 1:
            continue
        for m in group["measures"]:
            value = m["value"] * 10 ** m["unit"]
            if m["type"] not in latest or group["date"] >= latest[m["type"]][1]:
                latest[m["type"]] = (value, group["date"])
    return latest


def test_sync_publishes_latest_measurements_to_real_home_assistant(cli, cloud, fresh_hass):
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token, unit="both")
    cli.login()
    report = cli.sync_json()

    states = fresh_hass.states()
    expected = latest_values(cloud)
    assert 1 in expected and 6 in expected
    for meastype, (value, measured_at) in expected.items():
        spec = MEASTYPES[meastype]
        entity = states[f"sensor.withings_{spec.key}_alice"]
        assert float(entity["state"]) == pytest.approx(value, abs=10 ** -spec.precision)
        assert entity["attributes"].get("unit_of_measurement") == spec.unit
        assert entity["attributes"].get("device_class") == spec.device_class
        assert entity["attributes"]["state_class"] == "measurement"
        assert entity["attributes"]["measured_at"].startswith(
            time.strftime("%Y-%m-%dT%H:%M", time.gmtime(measured_at)))
        if spec.mass:
            twin = states[f"sensor.withings_{spec.lb_key}_alice"]
            assert float(twin["state"]) == to_pounds(value)
            assert twin["attributes"]["unit_of_measurement"] == "lb"
    reported = {e["entity_id"]: e for e in report["entities"]}
    assert float(reported[WEIGHT]["state"]) == pytest.approx(expected[1][0])
    assert report["ha_writes"] > 0 and report["withings_requests"] > 0

    again = cli.sync_json()
    assert again["ha_writes"] == 0


def test_entities_survive_a_home_assistant_restart(cli, cloud, fresh_hass):
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token)
    cli.login()
    cli.sync_json()
    before = fresh_hass.states()[WEIGHT]["state"]
    fresh_hass.restart()
    assert fresh_hass.states()[WEIGHT]["state"] == before
    assert WEIGHT in {e["entity_id"] for e in fresh_hass.entity_registry()}


def test_values_reach_home_assistant_after_it_comes_back(cli, cloud, fresh_hass):
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token)
    cli.login()
    cli.sync_json()
    userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    fresh_hass.stop()
    cloud.add_measure_group(userid, int(time.time()), [(1, 68.25)])
    down = cli.sync_json(check=False)
    assert down["ha_pending"] > 0
    assert down["profiles"][0]["state"] == "ha_unreachable"
    fresh_hass.start()
    back = cli.sync_json()
    assert back["ha_pending"] == 0
    assert float(fresh_hass.states()[WEIGHT]["state"]) == 68.25
    # Delivered once: a further sync has nothing left to write.
    assert cli.sync_json()["ha_writes"] == 0


def test_a_sync_child_never_writes_the_settings(cli, cloud, hass_server):
    """A pass that registers with HA learns this install's device id: it goes to the
    database, and config.json keeps every byte (issue 20: the tray or the wizard may have
    saved it meanwhile, and a child's copy would undo that)."""
    cli.configure(profile="cora", ha_url=hass_server.url, ha_token=hass_server.token)
    cli.login(profile="cora")
    config_file = cli.config_dir / "config.json"
    before = config_file.read_bytes()
    report = cli.sync_json()
    assert report["ha_writes"] > 0  # registered, so it needed the device id
    assert config_file.read_bytes() == before
    with sqlite3.connect(cli.config_dir / "history.sqlite3") as db:
        [(device_id,)] = db.execute("SELECT value FROM install_ids WHERE name='ha_device_id'")
    assert any(["mobile_app", device_id] in device["identifiers"]
               for device in hass_server.ws({"type": "config/device_registry/list"}))


def test_stones_reach_home_assistant_as_st_twins(cli, cloud, fresh_hass):
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token, unit="st")
    cli.login()
    cli.sync_json()
    states = fresh_hass.states()
    expected = latest_values(cloud)
    for meastype, (value, _) in expected.items():
        spec = MEASTYPES[meastype]
        if not spec.mass:
            continue
        twin = states[f"sensor.withings_{spec.st_key}_alice"]
        assert float(twin["state"]) == to_stones(value)
        assert twin["attributes"]["unit_of_measurement"] == "st"
        assert twin["attributes"]["device_class"] == "weight"
        assert f"sensor.withings_{spec.key}_alice" not in states
    assert "sensor.withings_weight_st_alice" in {e["entity_id"]
                                                for e in fresh_hass.entity_registry()}
