"""Tidying HA's entity registry: which tracker is ours, which name to set (pure, from any
registry reply), and against a real HA: a token that is not an admin's, a user's own names."""

from __future__ import annotations

import logging

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.hass.conftest import weight
from tests.core.hass.strategies import json_values
from withings_gui.core.hass.registry_tidy import name_to_set, tracker_entry

SENSOR = "weight kg alice"
DEVICE = "Withings"
names = st.none() | st.just("") | st.text(max_size=20)
# An entry as either release lists it (2026 adds next_name_part, 2024.3 has has_entity_name),
# every field possibly missing or of the wrong type.
registry_entries = st.fixed_dictionaries(
    {}, optional={"name": names | json_values, "original_name": names | json_values,
                  "has_entity_name": st.booleans() | json_values,
                  "next_name_part": st.sampled_from(["device", "area"]) | json_values})


@settings(max_examples=1000, deadline=None)
@given(entry=registry_entries | json_values, sensor=st.text(min_size=1, max_size=20))
def test_a_name_is_set_only_where_ha_shows_another_and_the_user_gave_none(entry, sensor):
    chosen = name_to_set(entry, sensor, DEVICE)
    if chosen is None:
        return
    assert isinstance(entry, dict)
    assert entry.get("name") in (None, "", entry.get("original_name"))  # never the user's
    device_first = entry.get("has_entity_name") is True or "next_name_part" in entry
    assert chosen == (sensor if device_first else f"{DEVICE} {sensor}")
    assert chosen != (entry.get("name") or entry.get("original_name"))  # a change, or nothing


@settings(max_examples=1000, deadline=None)
@given(user_name=st.text(min_size=1, max_size=20), part=st.sampled_from(["device", "area"]))
def test_a_name_the_user_gave_is_never_replaced(user_name, part):
    for original in ("Weight kg alice", "Withings weight kg alice"):
        if user_name != original:
            assert name_to_set({"name": user_name, "original_name": original,
                                "next_name_part": part}, SENSOR, DEVICE) is None
            assert name_to_set({"name": user_name, "original_name": original,
                                "has_entity_name": False}, SENSOR, DEVICE) is None


def test_each_release_gets_the_name_that_shows_the_same():
    # 2026.11: the device's name goes first and the registry lists the rest, capitalised.
    assert name_to_set({"name": None, "original_name": "Weight kg alice",
                        "next_name_part": "device"}, SENSOR, DEVICE) == SENSOR
    # 2024.3 already shows "Withings weight kg alice": nothing to write.
    assert name_to_set({"name": None, "original_name": "Withings weight kg alice",
                        "has_entity_name": False}, SENSOR, DEVICE) is None


tracker_like = st.fixed_dictionaries({
    "platform": st.sampled_from(["mobile_app", "gps", "person"]),
    "entity_id": st.sampled_from(["device_tracker.withings", "device_tracker.withings_2",
                                  "sensor.withings_weight_kg_alice", "device_trackers.x"]),
    "unique_id": st.sampled_from(["device-1", "device-2", "device-1_weight"])})


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(registry=st.lists(tracker_like | json_values, max_size=8) | json_values)
def test_only_the_mobile_app_tracker_of_this_device_is_ours(registry):
    found = tracker_entry(registry, "device-1")
    ours = [e for e in registry if isinstance(e, dict) and e.get("platform") == "mobile_app"
            and str(e.get("entity_id")).startswith("device_tracker.")
            and e.get("unique_id") == "device-1"] if isinstance(registry, list) else []
    assert found == (ours[0] if ours else None)


# -- against a real Home Assistant -----------------------------------------------------------

def non_admin_token(hass, username: str) -> str:
    """A user of the "system-users" group, logged in through HA's own login flow."""
    user = hass.ws({"type": "config/auth/create", "name": username,
                    "group_ids": ["system-users"], "local_only": False})["user"]
    password = f"{username}-password-1"
    hass.ws({"type": "config/auth_provider/homeassistant/create", "user_id": user["id"],
             "username": username, "password": password})
    client_id = f"{hass.url}/"
    flow = hass.rest("POST", "/auth/login_flow", {
        "client_id": client_id, "handler": ["homeassistant", None],
        "redirect_uri": client_id}, token=False).json()
    done = hass.rest("POST", f"/auth/login_flow/{flow['flow_id']}", {
        "client_id": client_id, "username": username, "password": password},
        token=False).json()
    with requests.Session() as session:
        session.trust_env = False
        tokens = session.post(f"{hass.url}/auth/token", timeout=30, data={
            "grant_type": "authorization_code", "code": done["result"],
            "client_id": client_id})
    tokens.raise_for_status()
    return tokens.json()["access_token"]


def tracker_of_device(hass, device_id: str) -> dict:
    [tracker] = [e for e in hass.entity_registry() if e["platform"] == "mobile_app"
                 and e["entity_id"].startswith("device_tracker.")
                 and e["unique_id"] == device_id]
    return tracker


@pytest.mark.ha
def test_without_an_admin_token_the_tracker_stays_and_the_values_arrive(hass_server, app,
                                                                      caplog):
    device = "device-not-admin"
    token = non_admin_token(hass_server, "scale-not-admin")
    publisher = app.publisher(hass_server, token=token, device_id=device)
    with caplog.at_level(logging.WARNING, logger="withings_gui.core.hass"):
        report = publisher.publish([weight(70.5, profile="nadia")])
    assert report.error is None
    assert hass_server.states()["sensor.withings_weight_kg_nadia"]["state"] == "70.5"
    assert tracker_of_device(hass_server, device)["disabled_by"] is None
    assert "not an administrator's" in caplog.text and "device_tracker." in caplog.text

    # Logged once and let go: the next pass does not try again (nothing more to say).
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="withings_gui.core.hass"):
        again = publisher.publish([weight(70.1, profile="nadia")])
    assert again.error is None and "administrator" not in caplog.text


@pytest.mark.ha
def test_names_the_user_gives_in_ha_stay(hass_server, app):
    device = "device-own-names"
    publisher = app.publisher(hass_server, device_id=device)
    entity = "sensor.withings_weight_kg_olga"
    assert publisher.publish([weight(70.5, profile="olga")]).error is None
    hass_server.ws({"type": "config/entity_registry/update", "entity_id": entity,
                    "name": "My scale"})
    assert publisher.publish([weight(70.1, profile="olga")]).error is None
    shown = hass_server.states()[entity]["attributes"]["friendly_name"]
    assert "My scale" in shown and "weight kg" not in shown
    assert tracker_of_device(hass_server, device)["disabled_by"] == "user"
