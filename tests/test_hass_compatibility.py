"""Where Home Assistant releases differ, and what the app must do about it on every one.

Each test runs on the oldest supported release and the current one (``[ha2024.3.3]``,
``[ha2026.11.0]``; see tests/support/hass_fixtures.py). Two kinds of tests:

- "HA itself": raw mobile_app calls, recording what each release does (an expectation per
  release), so a release that changes again fails here first, with the difference named.
- "The app": the app's real publishing path (``MobileAppPublisher``), which must give the
  same result on every release. docs/COMPATIBILITY.md lists both.
"""

from __future__ import annotations

import pytest

from tests.core.hass.conftest import App, weight
from withings_gui.core.hass.naming import entity_id, sensor_name, unique_id
from withings_gui.core.hass.publisher import SensorState

pytestmark = pytest.mark.ha

WEIGHT_UID = unique_id("weight_kg", "alice")
WEIGHT_ID = "sensor.withings_weight_kg_alice"
LB_UID = unique_id("weight_lb", "alice")
LB_ID = "sensor.withings_weight_lb_alice"
# What the 2024.3.3 release shows, and what the app's users have always seen: the device name,
# then the registered sensor name as the app wrote it.
APP_FRIENDLY_NAME = "Withings weight kg alice"
AREA_NAME = "Bathroom"

# HA itself: what each release makes of the same registration.
RAW_FRIENDLY_NAME = {"2024.3.3": "Withings weight kg alice",
                     "2026.11.0": "Withings Weight kg alice"}
# A new sensor of a device that has an area (core PR #170560, since 2026.6): the area's
# name leads the entity id.
RAW_ID_IN_AREA = {"2024.3.3": "sensor.withings_weight_lb_alice",
                  "2026.11.0": "sensor.bathroom_withings_weight_lb_alice"}

REGISTRATION = {
    "device_id": "compat-device", "app_id": "withings_gui", "app_name": "withings-gui",
    "app_version": "0.1.0", "device_name": "Withings", "manufacturer": "Withings",
    "model": "withings-gui", "os_name": "Linux", "os_version": "6",
    "supports_encryption": False, "app_data": {},
}


def weight_lb(value: float, profile: str = "alice") -> SensorState:
    key = "weight_lb"
    return SensorState(unique_id(key, profile), entity_id(key, profile),
                       sensor_name(key, profile), value, "lb", "weight", "measurement",
                       "mdi:scale-bathroom",
                       {"measured_at": "2024-03-01T07:00:00+00:00", "profile": profile})


@pytest.fixture
def app(tmp_path):
    """One install of the app (config folder, secrets, outbox), as in tests/core/hass."""
    install = App(tmp_path / "cfg")
    yield install
    install.outbox.close()


def register_raw(hass) -> str:
    reply = hass.rest("POST", "/api/mobile_app/registrations", REGISTRATION)
    assert reply.status_code == 201, reply.text
    return reply.json()["webhook_id"]


def register_sensor_raw(hass, webhook_id: str, key: str, unit: str) -> None:
    data = {"type": "sensor", "unique_id": unique_id(key, "alice"),
            "name": sensor_name(key, "alice"), "state": 70.5, "unit_of_measurement": unit,
            "device_class": "weight", "state_class": "measurement",
            "icon": "mdi:scale-bathroom", "attributes": {}}
    reply = hass.rest("POST", f"/api/webhook/{webhook_id}",
                      {"type": "register_sensor", "data": data}, token=False)
    assert (reply.status_code, reply.json()) == (201, {"success": True})


def registry_by_id(hass) -> dict[str, dict]:
    return {entry["entity_id"]: entry for entry in hass.entity_registry()}


def withings_device(hass) -> dict:
    devices = [d for d in hass.ws({"type": "config/device_registry/list"})
               if d["name"] == "Withings" and d["manufacturer"] == "Withings"]
    assert len(devices) == 1, devices
    return devices[0]


def put_device_in_area(hass, device_id: str) -> str:
    area = hass.ws({"type": "config/area_registry/create", "name": AREA_NAME})
    hass.ws({"type": "config/device_registry/update", "device_id": device_id,
             "area_id": area["area_id"]})
    return area["area_id"]


def trackers_of(hass, device_id: str) -> list[dict]:
    return [e for e in hass.entity_registry()
            if e["device_id"] == device_id and e["entity_id"].startswith("device_tracker.")]


# -- HA itself -------------------------------------------------------------------------------

def test_ha_makes_a_device_tracker_for_every_registration(fresh_hass):
    register_raw(fresh_hass)
    trackers = trackers_of(fresh_hass, withings_device(fresh_hass)["id"])
    assert [t["entity_id"] for t in trackers] == ["device_tracker.withings"]
    assert trackers[0]["platform"] == "mobile_app"
    assert trackers[0]["disabled_by"] is None


def test_ha_capitalises_friendly_names_its_own_way(fresh_hass, hass_version):
    register_sensor_raw(fresh_hass, register_raw(fresh_hass), "weight_kg", "kg")
    shown = fresh_hass.states()[WEIGHT_ID]["attributes"]["friendly_name"]
    assert shown == RAW_FRIENDLY_NAME[hass_version]


def test_ha_puts_the_area_into_new_entity_ids(fresh_hass, hass_version):
    webhook_id = register_raw(fresh_hass)
    register_sensor_raw(fresh_hass, webhook_id, "weight_kg", "kg")
    put_device_in_area(fresh_hass, withings_device(fresh_hass)["id"])
    register_sensor_raw(fresh_hass, webhook_id, "weight_lb", "lb")
    registry = registry_by_id(fresh_hass)
    assert WEIGHT_ID in registry  # an existing id never changes
    made = [eid for eid, e in registry.items()
            if e["unique_id"] == f"{webhook_id}_{LB_UID}"]
    assert made == [RAW_ID_IN_AREA[hass_version]]


# -- the app ---------------------------------------------------------------------------------

def test_the_app_disables_the_device_tracker_and_does_not_count_it(fresh_hass, app):
    report = app.publisher(fresh_hass).publish([weight(70.5)])
    assert report.error is None
    assert report.entity_ids == {WEIGHT_UID: WEIGHT_ID}  # never the tracker

    device_id = withings_device(fresh_hass)["id"]
    trackers = trackers_of(fresh_hass, device_id)
    assert [t["entity_id"] for t in trackers] == ["device_tracker.withings"]
    # A scale is not a tracker: disabled in the registry as a user would (reversible there),
    # not deleted.
    assert trackers[0]["disabled_by"] == "user"

    # The user turns it back on: the app respects that, as it respects a rename.
    fresh_hass.ws({"type": "config/entity_registry/update",
                   "entity_id": "device_tracker.withings", "disabled_by": None})
    later = weight(70.1, measured_at="2024-03-02T07:00:00+00:00")
    again = app.publisher(fresh_hass).publish([later])
    assert again.error is None and again.entity_ids == {WEIGHT_UID: WEIGHT_ID}
    assert trackers_of(fresh_hass, device_id)[0]["disabled_by"] is None


def test_the_app_shows_the_same_friendly_names_on_every_release(fresh_hass, app):
    report = app.publisher(fresh_hass).publish([weight(70.5)])
    assert report.error is None
    assert fresh_hass.states()[WEIGHT_ID]["attributes"]["friendly_name"] == APP_FRIENDLY_NAME


def test_the_app_keeps_the_classic_ids_when_its_device_has_an_area(fresh_hass, app):
    publisher = app.publisher(fresh_hass)
    assert publisher.publish([weight(70.5)]).entity_ids == {WEIGHT_UID: WEIGHT_ID}
    put_device_in_area(fresh_hass, withings_device(fresh_hass)["id"])

    # The user switches the unit from kg to both: the lb twin is a new sensor.
    report = publisher.publish([weight(70.5), weight_lb(155.4)])
    assert report.error is None
    assert report.entity_ids == {WEIGHT_UID: WEIGHT_ID, LB_UID: LB_ID}
    registry = registry_by_id(fresh_hass)
    assert registry[LB_ID]["unique_id"] == f"{app.webhook_id()}_{LB_UID}"
    assert not [eid for eid in registry if eid.startswith("sensor.bathroom_")]
    assert fresh_hass.states()[LB_ID]["state"] == "155.4"
