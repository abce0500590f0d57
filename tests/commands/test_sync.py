"""End to end: simulated Withings cloud → ``withings-gui sync --once`` → a real Home
Assistant."""

import sqlite3
import time
from decimal import Decimal

import pytest

from withings_gui.core.catalog import measure_spec, spec_for_key
from withings_gui.core.store import HistoryStore
from withings_gui.core.units import to_pounds, to_stones

pytestmark = pytest.mark.ha

WEIGHT = "sensor.withings_weight_kg_alice"


def as_withings_sent(measure: dict) -> str:
    """value × 10^unit as a decimal without trailing zeros: 70000, -3 → "70"."""
    exact = Decimal(measure["value"]).scaleb(measure["unit"])
    text = f"{exact:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def latest_by_sensor(cloud, user: str) -> dict[str, tuple[dict, int]]:
    """Sensor key → (the measure, its group's date): the newest one each sensor shows."""
    userid = next(uid for uid, u in cloud.users.items() if u.name == user)
    latest: dict[str, tuple[dict, int]] = {}
    for group in cloud.measure_groups(userid):
        if group["attrib"] == 1 or group["category"] != 1:
            continue
        for m in group["measures"]:
            spec = measure_spec(m["type"], m.get("position"))
            if spec and (spec.key not in latest or group["date"] >= latest[spec.key][1]):
                latest[spec.key] = (m, group["date"])
    return latest


def test_every_measure_reaches_home_assistant_as_withings_sent_it(cli, cloud, hass_server):
    """Bob's Body Scan (segments, feet) and readings attributed with codes Withings does not
    document reach a real HA with their unit and every decimal; one waiting to be assigned
    to a person in the Withings app does not, and is counted."""
    now = int(time.time())
    alice_id, bob_id = (next(uid for uid, u in cloud.users.items() if u.name == name)
                        for name in ("Alice", "Bob"))
    # Newer than anything the demo made, so each is the latest of its type.
    after = max(now - 600, *(g["date"] + 1 for g in cloud.measure_groups(alice_id)))
    odd = {3: [(1, 61.234)], 17: [(167, 83)], 10009: [(4, 1.82)], 10010: [(11, 58)]}
    for offset, (attrib, measures) in enumerate(odd.items()):
        cloud.add_measure_group(alice_id, after + offset, measures, attrib=attrib)
    guest = after + len(odd)
    cloud.add_measure_group(alice_id, guest, [(1, 99.9)], attrib=1)  # a guest's weigh-in
    cloud.add_measure_group(bob_id, now - 120, [(155, 28.9)])  # sent as 289, unit -1
    for profile, user in (("scan_bob", "Bob"), ("odd_alice", "Alice")):
        cli.configure(profile=profile, ha_url=hass_server.url, ha_token=hass_server.token,
                      unit="both")
        cli.login(profile=profile, user=user)
    cli.sync_json()

    states = hass_server.states()
    for profile, user in (("scan_bob", "Bob"), ("odd_alice", "Alice")):
        expected = latest_by_sensor(cloud, user)
        for key, (measure, measured_at) in expected.items():
            spec = spec_for_key(key)
            entity = states[f"sensor.withings_{key}_{profile}"]
            assert entity["state"] == as_withings_sent(measure), key
            assert entity["attributes"].get("unit_of_measurement") == spec.unit
            assert entity["attributes"].get("device_class") == spec.device_class
            assert entity["attributes"]["state_class"] == "measurement"
            if spec.mass:
                twin = states[f"sensor.withings_{spec.lb_key}_{profile}"]
                assert float(twin["state"]) == to_pounds(float(as_withings_sent(measure)))
    bob = {key: states[f"sensor.withings_{key}_scan_bob"]["state"] for key in (
        "vascular_age", "fat_mass_left_arm_kg", "muscle_mass_torso_kg",
        "electrodermal_activity_feet_pct", "nerve_health_score_left_foot",
        "electrochemical_skin_conductance_microsiemens")}
    assert bob["vascular_age"] == "28.9"
    assert all(state not in ("unknown", "unavailable") for state in bob.values()), bob
    alice = {key: states[f"sensor.withings_{key}_odd_alice"]["state"] for key in (
        "weight_kg", "nerve_health_score_feet", "height_m", "heart_pulse_bpm")}
    assert alice == {"weight_kg": "61.234", "nerve_health_score_feet": "83",
                     "height_m": "1.82", "heart_pulse_bpm": "58"}
    held = [g["date"] for g in cloud.measure_groups(alice_id) if g["attrib"] == 1]
    store = HistoryStore(cli.config_dir / "history.sqlite3")
    try:
        assert store.unassigned("odd_alice") == (len(held), guest)
    finally:
        store.close()


def test_sync_publishes_latest_measurements_to_real_home_assistant(cli, cloud, fresh_hass):
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token, unit="both")
    cli.login()
    report = cli.sync_json()

    states = fresh_hass.states()
    expected = latest_by_sensor(cloud, "Alice")
    assert "weight_kg" in expected and "fat_mass_left_arm_kg" in expected
    for key, (measure, measured_at) in expected.items():
        spec = spec_for_key(key)
        value = float(as_withings_sent(measure))
        entity = states[f"sensor.withings_{key}_alice"]
        assert entity["state"] == as_withings_sent(measure)
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
    assert reported[WEIGHT]["state"] == float(as_withings_sent(expected["weight_kg"][0]))
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
    expected = latest_by_sensor(cloud, "Alice")
    assert "fat_mass_left_arm_kg" in expected  # Body Scan segments get their twin too
    for key, (measure, _) in expected.items():
        spec = spec_for_key(key)
        if not spec.mass:
            continue
        twin = states[f"sensor.withings_{spec.st_key}_alice"]
        assert float(twin["state"]) == to_stones(float(as_withings_sent(measure)))
        assert twin["attributes"]["unit_of_measurement"] == "st"
        assert twin["attributes"]["device_class"] == "weight"
        assert f"sensor.withings_{spec.key}_alice" not in states
    assert "sensor.withings_weight_st_alice" in {e["entity_id"]
                                                for e in fresh_hass.entity_registry()}


def test_entity_names_follow_the_language_and_the_ids_stay(cli, hass_server):
    """Issue 19: with the language set to German, Home Assistant shows German names; the
    entity ids stay the classic English ones dashboards use."""
    cli.run("configure", "--language", "de")
    cli.configure(profile="lena", ha_url=hass_server.url, ha_token=hass_server.token,
                  unit="both")
    cli.login(profile="lena", user="Alice")
    cli.sync_json()
    states = hass_server.states()
    names = {entity: states[entity]["attributes"]["friendly_name"] for entity in (
        "sensor.withings_weight_kg_lena", "sensor.withings_weight_lbs_lena",
        "sensor.withings_fat_ratio_pct_lena")}
    assert names == {"sensor.withings_weight_kg_lena": "Withings Gewicht kg lena",
                     "sensor.withings_weight_lbs_lena": "Withings Gewicht lb lena",
                     "sensor.withings_fat_ratio_pct_lena": "Withings Fettanteil lena"}
