"""Home Assistant changed behind the app's back (real HA): its Mobile App entry or single
entities deleted, its address changed, a unit switched off. The next pass repairs what it can
without a value having to change, and ``doctor`` names the problem until then.

These share one HA (``hass_server``): each test has its own profile (entity ids) and device.
"""

import pytest

from tests.core.hass.conftest import fat_ratio, weight
from tests.support.hass_proxy import HassProxy
from withings_gui.core.config import Profile
from withings_gui.core.context import AppContext
from withings_gui.core.doctor import run_checks
from withings_gui.core.secrets import HA_TOKEN, HA_WEBHOOK
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import ActivityDay, Measurement, decode_value

pytestmark = pytest.mark.ha


def config_entries_of(hass, device_id):
    """The mobile_app config entries behind this install's device (normally one)."""
    devices = hass.ws({"type": "config/device_registry/list"})
    return sorted({entry for d in devices if ["mobile_app", device_id] in d["identifiers"]
                   for entry in d["config_entries"]})


def doctor_says(app, hass, device_id):
    ctx = AppContext.open(str(app.paths.root))
    ctx.secrets = app.secrets
    ctx.config.ha_url = hass.url
    assert ctx.store.ha_device_id(carried_over=device_id) == device_id
    app.secrets.set(HA_TOKEN, hass.token)
    try:
        return next(c for c in run_checks(ctx, network=False)
                    if c.name == "home_assistant:sensors")
    finally:
        ctx.close()


@pytest.mark.hostile("HA changed behind our back (real HA)")
def test_a_deleted_mobile_app_entry_is_registered_again_with_unchanged_values(hass_server,
                                                                             app):
    device = "device-deleted-entry"
    publisher = app.publisher(hass_server, device_id=device)
    states = [weight(70.5, profile="dora"), fat_ratio(21.3, profile="dora")]
    assert publisher.publish(states).error is None
    [entry] = config_entries_of(hass_server, device)
    hass_server.rest("DELETE", f"/api/config/config_entries/entry/{entry}")
    assert "sensor.withings_weight_kg_dora" not in hass_server.states()

    check = doctor_says(app, hass_server, device)
    assert check.ok is False and "registration" in check.message and "deleted" in check.message

    report = publisher.publish(states)  # nothing changed at Withings
    assert (report.error, report.pending) == (None, 0)
    shown = hass_server.states()
    assert shown["sensor.withings_weight_kg_dora"]["state"] == "70.5"
    assert shown["sensor.withings_fat_ratio_pct_dora"]["state"] == "21.3"
    assert not [e for e in shown if e.startswith("sensor.withings_") and e.endswith("_dora_2")]
    assert len(config_entries_of(hass_server, device)) == 1
    # The new registration's device tracker is disabled too (a chore of every registration).
    assert [e["disabled_by"] for e in hass_server.entity_registry()
            if e["platform"] == "mobile_app" and e["entity_id"].startswith("device_tracker.")
            and e["unique_id"] == device] == ["user"]
    assert doctor_says(app, hass_server, device).ok is True
    assert publisher.publish(states).writes == 0


@pytest.mark.hostile("HA changed behind our back (real HA)")
def test_a_deleted_entity_is_registered_again_with_its_value(hass_server, app):
    device = "device-deleted-entity"
    publisher = app.publisher(hass_server, device_id=device)
    states = [weight(70.5, profile="emil"), fat_ratio(21.3, profile="emil")]
    publisher.publish(states)
    hass_server.ws({"type": "config/entity_registry/remove",
                    "entity_id": "sensor.withings_weight_kg_emil"})
    assert "sensor.withings_weight_kg_emil" not in hass_server.states()

    check = doctor_says(app, hass_server, device)
    assert check.ok is False and "sensor.withings_weight_kg_emil" in check.message

    report = publisher.publish(states)
    assert (report.error, report.pending) == (None, 0)
    assert report.writes == 2  # register_sensor, then its value; the other sensor untouched
    registry = {e["entity_id"]: e for e in hass_server.entity_registry()}
    assert registry["sensor.withings_weight_kg_emil"]["platform"] == "mobile_app"
    assert "sensor.withings_weight_kg_emil_2" not in registry
    assert hass_server.states()["sensor.withings_weight_kg_emil"]["state"] == "70.5"
    assert doctor_says(app, hass_server, device).ok is True


@pytest.mark.hostile("HA changed behind our back (real HA)")
def test_another_address_for_the_same_ha_keeps_the_registration_and_renames(hass_server,
                                                                            app):
    device = "device-moved"
    publisher = app.publisher(hass_server, device_id=device)
    publisher.publish([weight(70.5, profile="finn")])
    hass_server.ws({"type": "config/entity_registry/update",
                    "entity_id": "sensor.withings_weight_kg_finn",
                    "new_entity_id": "sensor.finns_weight"})

    moved = app.publisher(hass_server, device_id=device,
                          url=f"http://localhost:{hass_server.port}")
    report = moved.publish([weight(70.1, profile="finn", measured_at="2024-03-02T07:00:00Z")])
    assert report.error is None
    assert report.entity_ids[weight(0, profile="finn").unique_id] == "sensor.finns_weight"
    assert len(config_entries_of(hass_server, device)) == 1
    shown = hass_server.states()
    assert shown["sensor.finns_weight"]["state"] == "70.1"
    assert "sensor.withings_weight_kg_finn" not in shown
    assert f"localhost:{hass_server.port}" in app.secrets.get(HA_WEBHOOK)


@pytest.mark.hostile("HA changed behind our back (real HA)")
def test_switching_pounds_off_removes_the_stale_twins(hass_server, app, tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.add_measurements("gus", [Measurement(1, 1, 70.5, 1_700_000_000, 1_700_000_000)])
    publisher = app.publisher(hass_server, device_id="device-units")
    lbs = "sensor.withings_weight_lbs_gus"
    try:
        for unit in ("kg", "both", "kg"):
            report = publisher.publish(build_sensor_states(store, Profile("gus", unit=unit)))
            assert report.error is None
            if unit == "both":
                assert hass_server.states()[lbs]["state"] == "155.43"
        registry = {e["entity_id"] for e in hass_server.entity_registry()}
        assert lbs not in registry and lbs not in hass_server.states()
        assert hass_server.states()["sensor.withings_weight_kg_gus"]["state"] == "70.5"

        # Pounds on again: back under its own id, with the current value.
        report = publisher.publish(build_sensor_states(store, Profile("gus", unit="lb")))
        assert report.error is None
        shown = hass_server.states()
        assert shown[lbs]["state"] == "155.43" and f"{lbs}_2" not in shown
        assert "sensor.withings_weight_kg_gus" not in shown

        # Stones: the pound twin goes, the stone twin comes (in HA's own unit "st").
        report = publisher.publish(build_sensor_states(store, Profile("gus", unit="st")))
        assert report.error is None
        shown = hass_server.states()
        stones = shown["sensor.withings_weight_st_gus"]
        assert stones["state"] == "11.102" and stones["attributes"]["unit_of_measurement"] == "st"
        assert lbs not in shown and lbs not in {e["entity_id"]
                                                for e in hass_server.entity_registry()}
    finally:
        store.close()


@pytest.mark.hostile("HA changed behind our back (real HA)")
def test_ha_shows_every_decimal_withings_gave(hass_server, app, tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    sent = [(155, 289, -1), (4, 1020121, -3), (226, 221132, -3), (1, 70000, -3), (6, 2, 1),
            (174, 103, -2, 3)]  # the last: fat mass of the left arm (Body Scan, position 3)
    store.add_measurements("hana", [
        Measurement(1, meastype, decode_value(value, unit), 1_700_000_000, 1_700_000_000,
                    position=position[0] if position else None)
        for meastype, value, unit, *position in sent])
    store.put_summaries("hana", "activity", [ActivityDay("2024-03-01", 1_700_000_000,
                                                         {"elevation": 1020.121})])
    try:
        report = app.publisher(hass_server, device_id="device-decimals").publish(
            build_sensor_states(store, Profile("hana")))
    finally:
        store.close()
    assert report.error is None
    shown = hass_server.states()
    assert shown["sensor.withings_vascular_age_hana"]["state"] == "28.9"
    assert shown["sensor.withings_elevation_today_m_hana"]["state"] == "1020.121"
    assert shown["sensor.withings_height_m_hana"]["state"] == "1020.121"
    assert shown["sensor.withings_basal_metabolic_rate_kcal_hana"]["state"] == "221.132"
    assert shown["sensor.withings_weight_kg_hana"]["state"] == "70"  # 70.000: no zeros
    assert shown["sensor.withings_fat_ratio_pct_hana"]["state"] == "20"  # 2 × 10^1
    arm = shown["sensor.withings_fat_mass_left_arm_kg_hana"]
    assert (arm["state"], arm["attributes"]["unit_of_measurement"]) == ("1.03", "kg")


def test_an_unchanged_pass_costs_one_request(hass_server, app):
    # The check that notices deletions is the registry look-up a pass made anyway.
    with HassProxy(hass_server.url) as proxy:
        publisher = app.publisher(hass_server, device_id="device-cost", url=proxy.url)
        states = [weight(70.5, profile="ida"), fat_ratio(21.3, profile="ida")]
        assert publisher.publish(states).error is None
        proxy.clear()
        report = publisher.publish(states)
        assert (report.error, report.writes) == (None, 0)
        assert [(s.method, s.path) for s in proxy.seen] == [("GET", "/api/websocket")]
