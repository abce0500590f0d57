"""The mobile_app publisher against a real Home Assistant."""

import pytest
from keyring.backends import fail

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.naming import entity_id, sensor_name, unique_id
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import MobileAppPublisher, SensorState
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import SecretStore

pytestmark = pytest.mark.ha


def state(key, value, profile="alice", measured_at="2024-03-01T07:00:00+00:00"):
    return SensorState(unique_id(key, profile), entity_id(key, profile), sensor_name(key, profile),
                       value, "kg", "weight", "measurement", "mdi:scale-bathroom",
                       {"measured_at": measured_at})


@pytest.fixture
def publisher_for(tmp_path):
    paths = resolve_paths(tmp_path / "cfg").ensure()
    secrets = SecretStore(paths, backend=fail.Keyring())

    def make(hass):
        return MobileAppPublisher(HassApi(hass.url, hass.token), secrets,
                                  Outbox(paths.store_file), "device-1", "0.1.0")
    return make


def test_publishes_registry_entities_and_skips_unchanged(fresh_hass, publisher_for):
    publisher = publisher_for(fresh_hass)
    report = publisher.publish([state("weight_kg", 70.5), state("fat_mass_kg", 15.25)])
    assert report.error is None and report.pending == 0
    states = fresh_hass.states()
    weight = states["sensor.withings_weight_kg_alice"]
    assert weight["state"] == "70.5"
    assert weight["attributes"]["unit_of_measurement"] == "kg"
    assert weight["attributes"]["device_class"] == "weight"
    assert weight["attributes"]["measured_at"] == "2024-03-01T07:00:00+00:00"
    registry = {e["entity_id"]: e for e in fresh_hass.entity_registry()}
    assert registry["sensor.withings_weight_kg_alice"]["platform"] == "mobile_app"
    assert report.entity_ids[unique_id("weight_kg", "alice")] == "sensor.withings_weight_kg_alice"

    again = publisher.publish([state("weight_kg", 70.5), state("fat_mass_kg", 15.25)])
    assert again.writes == 0 and again.error is None
    changed = publisher.publish([state("weight_kg", 70.1), state("fat_mass_kg", 15.25)])
    assert changed.writes == 1
    assert fresh_hass.states()["sensor.withings_weight_kg_alice"]["state"] == "70.1"


def test_taken_id_is_moved_to_the_wanted_one_and_user_rename_is_kept(fresh_hass, publisher_for):
    # Someone else's REST state holds the id first: HA would hand out ..._2.
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice", {"state": "1"})
    publisher = publisher_for(fresh_hass)
    report = publisher.publish([state("weight_kg", 70.5)])
    assert report.entity_ids[unique_id("weight_kg", "alice")] == "sensor.withings_weight_kg_alice"
    assert fresh_hass.states()["sensor.withings_weight_kg_alice"]["state"] == "70.5"

    fresh_hass.ws({"type": "config/entity_registry/update",
                   "entity_id": "sensor.withings_weight_kg_alice",
                   "new_entity_id": "sensor.my_weight"})
    report = publisher.publish([state("weight_kg", 69.9), state("bone_mass_kg", 3.1)])
    assert report.entity_ids[unique_id("weight_kg", "alice")] == "sensor.my_weight"
    assert fresh_hass.states()["sensor.my_weight"]["state"] == "69.9"
    assert "sensor.withings_weight_kg_alice" not in fresh_hass.states()


def test_deleted_registration_is_registered_again(fresh_hass, publisher_for):
    publisher = publisher_for(fresh_hass)
    publisher.publish([state("weight_kg", 70.5)])
    entries = fresh_hass.ws({"type": "config_entries/get", "domain": "mobile_app"})
    for entry in entries:
        fresh_hass.rest("DELETE", f"/api/config/config_entries/entry/{entry['entry_id']}")
    report = publisher.publish([state("weight_kg", 70.2)])
    assert report.error is None and report.pending == 0
    assert fresh_hass.states()["sensor.withings_weight_kg_alice"]["state"] == "70.2"


def test_values_wait_while_ha_is_down(fresh_hass, publisher_for):
    publisher = publisher_for(fresh_hass)
    publisher.publish([state("weight_kg", 70.5)])
    fresh_hass.stop()
    down = publisher.publish([state("weight_kg", 70.0, measured_at="2024-03-02T07:00:00+00:00")])
    assert down.error and down.pending == 1
    down = publisher.publish([state("weight_kg", 69.8, measured_at="2024-03-03T07:00:00+00:00")])
    assert down.pending == 2
    fresh_hass.start()
    back = publisher.publish([state("weight_kg", 69.8, measured_at="2024-03-03T07:00:00+00:00")])
    assert back.error is None and back.pending == 0 and back.writes == 2  # both, in order
    assert fresh_hass.states()["sensor.withings_weight_kg_alice"]["state"] == "69.8"
