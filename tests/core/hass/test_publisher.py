"""The mobile_app publisher against a real Home Assistant."""

import threading

import pytest

from tests.core.hass.conftest import App, fat_ratio, weight
from withings_gui.core.hass.naming import unique_id
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import DEVICE_NAME

pytestmark = pytest.mark.ha

WEIGHT_UID = unique_id("weight_kg", "alice")
WEIGHT_ID = "sensor.withings_weight_kg_alice"
FAT_ID = "sensor.withings_fat_ratio_pct_alice"


def test_entities_appear_in_the_registry_with_everything_read_back(fresh_hass, app):
    report = app.publisher(fresh_hass).publish([weight(70.5), fat_ratio(21.3)])
    assert (report.error, report.pending) == (None, 0)
    assert report.writes == 4  # the app, two sensors, one update of both
    assert report.entity_ids == {WEIGHT_UID: WEIGHT_ID,
                                 unique_id("fat_ratio_pct", "alice"): FAT_ID}

    states = fresh_hass.states()
    attributes = states[WEIGHT_ID]["attributes"]
    assert states[WEIGHT_ID]["state"] == "70.5"
    assert attributes["unit_of_measurement"] == "kg"
    assert attributes["device_class"] == "weight"
    assert attributes["state_class"] == "measurement"
    assert attributes["icon"] == "mdi:scale-bathroom"
    assert attributes["friendly_name"] == "Withings weight kg alice"
    assert attributes["measured_at"] == "2024-03-01T07:00:00+00:00"
    assert states[FAT_ID]["state"] == "21.3"
    assert states[FAT_ID]["attributes"]["unit_of_measurement"] == "%"
    assert "device_class" not in states[FAT_ID]["attributes"]

    # The registry: HA's unique_id is "<webhook_id>_<our unique_id>" (what the publisher
    # relies on to find its entities), under one device made by "Withings".
    registry = {e["entity_id"]: e for e in fresh_hass.entity_registry()}
    entry = registry[WEIGHT_ID]
    assert entry["platform"] == "mobile_app"
    assert entry["unique_id"] == f"{app.webhook_id()}_{WEIGHT_UID}"
    devices = fresh_hass.ws({"type": "config/device_registry/list"})
    device = next(d for d in devices if d["id"] == entry["device_id"])
    assert (device["name"], device["manufacturer"], device["model"]) == \
        (DEVICE_NAME, "Withings", "withings-gui")
    assert report.ha_device == device["id"]  # its page: /config/devices/device/<id>


def test_an_unchanged_poll_writes_nothing(fresh_hass, app, changes_of):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5), fat_ratio(21.3)])
    changes = changes_of(fresh_hass)

    again = publisher.publish([weight(70.5), fat_ratio(21.3)])
    assert (again.writes, again.pending, again.error) == (0, 0, None)
    assert again.entity_ids[WEIGHT_UID] == WEIGHT_ID
    assert again.ha_device is not None  # read from the entries the poll checks anyway
    assert changes.settle() == []

    changed = publisher.publish([weight(70.1, measured_at="2024-03-02T07:00:00+00:00"),
                                 fat_ratio(21.3)])
    assert changed.writes == 1
    assert changes.settle() == [(WEIGHT_ID, "70.1")]
    attributes = fresh_hass.states()[WEIGHT_ID]["attributes"]
    assert attributes["measured_at"] == "2024-03-02T07:00:00+00:00"
    assert attributes["icon"] == "mdi:scale-bathroom"  # updates carry the icon every time


def test_a_taken_id_is_moved_to_the_wanted_one(fresh_hass, app):
    # A bare REST state (e.g. from an old script) holds the id: HA hands out ..._2.
    fresh_hass.rest("POST", f"/api/states/{WEIGHT_ID}", {"state": "1"})
    report = app.publisher(fresh_hass).publish([weight(70.5)])
    assert report.error is None
    assert report.entity_ids[WEIGHT_UID] == WEIGHT_ID
    registry = {e["entity_id"]: e for e in fresh_hass.entity_registry()}
    assert registry[WEIGHT_ID]["platform"] == "mobile_app"
    assert f"{WEIGHT_ID}_2" not in registry
    states = fresh_hass.states()
    assert states[WEIGHT_ID]["state"] == "70.5" and f"{WEIGHT_ID}_2" not in states


def test_an_id_held_by_another_entity_is_left_alone_and_reported(fresh_hass, app, tmp_path):
    # Another registration (say, an older install) owns the id in the registry.
    App(tmp_path / "other").publisher(fresh_hass, device_id="other").publish([weight(99.0)])
    report = app.publisher(fresh_hass).publish([weight(70.5)])
    assert report.error is None
    assert report.entity_ids[WEIGHT_UID] == f"{WEIGHT_ID}_2"
    states = fresh_hass.states()
    assert states[WEIGHT_ID]["state"] == "99.0"  # not ours: untouched
    assert states[f"{WEIGHT_ID}_2"]["state"] == "70.5"


def test_a_users_rename_is_respected(fresh_hass, app, changes_of):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5)])
    fresh_hass.ws({"type": "config/entity_registry/update", "entity_id": WEIGHT_ID,
                   "new_entity_id": "sensor.my_weight"})
    changes = changes_of(fresh_hass)

    unchanged = publisher.publish([weight(70.5)])
    assert unchanged.writes == 0
    assert unchanged.entity_ids[WEIGHT_UID] == "sensor.my_weight"

    report = publisher.publish([weight(69.9), fat_ratio(20.0)])
    assert report.entity_ids[WEIGHT_UID] == "sensor.my_weight"
    assert report.entity_ids[unique_id("fat_ratio_pct", "alice")] == FAT_ID
    # The new sensor appears with its value; the renamed one changes in place.
    assert changes.settle() == [(FAT_ID, "20.0"), ("sensor.my_weight", "69.9")]
    registry = {e["entity_id"] for e in fresh_hass.entity_registry()}
    assert "sensor.my_weight" in registry and WEIGHT_ID not in registry
    assert fresh_hass.states()["sensor.my_weight"]["state"] == "69.9"


def test_values_wait_while_ha_is_down_and_arrive_in_order(fresh_hass, app, changes_of):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5)])
    fresh_hass.stop()
    down = publisher.publish([weight(70.0, measured_at="2024-03-02T07:00:00+00:00")])
    assert down.error and down.pending == 1 and down.writes == 0
    down = publisher.publish([weight(69.8, measured_at="2024-03-03T07:00:00+00:00")])
    assert down.error and down.pending == 2
    again = publisher.publish([weight(69.8, measured_at="2024-03-03T07:00:00+00:00")])
    assert again.pending == 2  # the same value is not queued twice

    fresh_hass.start()
    changes = changes_of(fresh_hass)
    back = publisher.publish([weight(69.8, measured_at="2024-03-03T07:00:00+00:00")])
    assert (back.error, back.pending, back.writes) == (None, 0, 2)  # one update per value
    assert changes.settle() == [(WEIGHT_ID, "70.0"), (WEIGHT_ID, "69.8")]
    assert publisher.publish([weight(69.8, measured_at="2024-03-03T07:00:00+00:00")]).writes == 0
    assert changes.settle() == []
    entries = fresh_hass.ws({"type": "config_entries/get", "domain": "mobile_app"})
    assert len(entries) == 1  # no second registration


@pytest.mark.parametrize("restart", [False, True], ids=["empty-200", "410"])
def test_a_deleted_registration_is_registered_again(fresh_hass, app, restart):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5)])
    old_webhook = app.webhook_id()
    for entry in fresh_hass.ws({"type": "config_entries/get", "domain": "mobile_app"}):
        fresh_hass.rest("DELETE", f"/api/config/config_entries/entry/{entry['entry_id']}")
    if restart:
        fresh_hass.restart()
    # Until HA restarts, a deleted webhook answers like an unknown one (200, empty body);
    # after a restart HA answers 410. The publisher must handle both.
    answer = fresh_hass.rest("POST", f"/api/webhook/{old_webhook}", {"type": "get_config"},
                             token=False)
    assert (answer.status_code, answer.content) == ((410, b"") if restart else (200, b""))

    report = publisher.publish([weight(70.2)])
    assert (report.error, report.pending) == (None, 0)
    assert app.webhook_id() not in (None, old_webhook)
    assert report.entity_ids[WEIGHT_UID] == WEIGHT_ID
    assert fresh_hass.states()[WEIGHT_ID]["state"] == "70.2"
    registry = [e for e in fresh_hass.entity_registry() if e["entity_id"] == WEIGHT_ID]
    assert registry[0]["unique_id"] == f"{app.webhook_id()}_{WEIGHT_UID}"
    # Unchanged values still reach a new registration: another sensor, never sent before
    # under it, is registered too when it is published.
    assert publisher.publish([weight(70.2), fat_ratio(20.0)]).writes == 2


def test_entities_and_states_survive_an_ha_restart(fresh_hass, app):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5), fat_ratio(21.3)])
    fresh_hass.restart()
    states = fresh_hass.states()
    assert states[WEIGHT_ID]["state"] == "70.5"
    assert states[WEIGHT_ID]["attributes"]["unit_of_measurement"] == "kg"
    assert states[WEIGHT_ID]["attributes"]["measured_at"] == "2024-03-01T07:00:00+00:00"
    assert states[FAT_ID]["state"] == "21.3"
    report = publisher.publish([weight(70.5), fat_ratio(21.3)])
    assert (report.writes, report.error) == (0, None)


def test_a_sensor_the_user_disabled_is_reported(fresh_hass, app):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5)])
    fresh_hass.ws({"type": "config/entity_registry/update", "entity_id": WEIGHT_ID,
                   "disabled_by": "user"})
    report = publisher.publish([weight(70.4)])
    assert report.error is None and report.disabled == {WEIGHT_UID}


def test_a_changed_unit_is_registered_again(fresh_hass, app):
    publisher = app.publisher(fresh_hass)
    publisher.publish([weight(70.5)])
    old = weight(70.5)
    renamed_unit = type(old)(**{**old.__dict__, "unit": "g", "state": 70500})
    report = publisher.publish([renamed_unit])
    assert report.writes == 2  # register_sensor with the new unit, then the update
    state = fresh_hass.states()[WEIGHT_ID]
    assert state["state"] == "70500" and state["attributes"]["unit_of_measurement"] == "g"


def test_a_wrong_token_is_reported_and_values_wait(fresh_hass, app):
    report = app.publisher(fresh_hass, token="not.a-valid.token").publish([weight(70.5)])
    assert report.pending == 1 and report.writes == 0
    assert "401" in report.error and "Long-lived access tokens" in report.error
    report = app.publisher(fresh_hass).publish([weight(70.5)])
    assert (report.error, report.pending) == (None, 0)
    assert fresh_hass.states()[WEIGHT_ID]["state"] == "70.5"


def test_two_processes_publishing_at_once_make_one_registration(fresh_hass, app):
    # The tray and `sync --once` share the store file; each has its own Outbox connection.
    second = Outbox(app.paths.store_file)
    publishers = [app.publisher(fresh_hass), app.publisher(fresh_hass, outbox=second)]
    reports, start = [], threading.Barrier(2)

    def run(publisher):
        start.wait()
        reports.append(publisher.publish([weight(70.5), fat_ratio(21.3)]))

    threads = [threading.Thread(target=run, args=(p,)) for p in publishers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.close()
    assert [r.error for r in reports] == [None, None]
    assert sorted(r.writes for r in reports) == [0, 4]
    assert len(fresh_hass.ws({"type": "config_entries/get", "domain": "mobile_app"})) == 1
