import dataclasses
import re
import time

import pytest
import yaml  # test-only dependency: the snippets are built as text, parsed here
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.hass.conftest import App, weight
from withings_gui.core.setup_rules.callback_url import CallbackUrlError
from withings_gui.core.catalog import BATTERY_SPEC_PREFIX, MEASTYPES, all_specs
from withings_gui.core.hass.naming import ProfileNameError, entity_ids_for
from withings_gui.core.setup_rules.snippets import external_url_yaml, lb_template_yaml
from withings_gui.core.units import KG_TO_LB

MASS_KEYS = [spec.key for spec in MEASTYPES.values() if spec.mass]


@pytest.mark.parametrize("value, expected", [
    ("https://ha.example.com/auth/external/callback", "https://ha.example.com"),
    ("https://ha.example.com", "https://ha.example.com"),
    ("https://HA.example.com:443/", "https://ha.example.com"),
    ("ha.example.com", "https://ha.example.com"),
    ("https://ha.example.com:8443/x", "https://ha.example.com:8443"),
    ("https://bücher.example.com", "https://xn--bcher-kva.example.com"),
])
def test_external_url_yaml(value, expected):
    text = external_url_yaml(value)
    assert text == f"homeassistant:\n  external_url: {expected}\n"
    assert yaml.safe_load(text) == {"homeassistant": {"external_url": expected}}


@pytest.mark.parametrize("value", ["", "https://", "https://ha.example.com:port", "https://[::1"])
def test_external_url_yaml_rejects_junk(value):
    with pytest.raises(CallbackUrlError):
        external_url_yaml(value)


def sensors(text):
    [block] = yaml.safe_load(text)["template"]
    return {sensor["unique_id"]: sensor for sensor in block["sensor"]}


def test_lb_template_is_valid_yaml_with_one_twin_per_kg_sensor():
    parsed = sensors(lb_template_yaml("bob_smith"))
    assert list(parsed) == [f"template_withings_{key.removesuffix('_kg')}_lbs_bob_smith"
                            for key in MASS_KEYS]
    assert {"template_withings_weight_lbs_bob_smith",
            "template_withings_hydration_lbs_bob_smith"} <= set(parsed)
    assert not any("fat_ratio" in unique_id for unique_id in parsed)


def test_lb_template_sensor_for_weight():
    weight = sensors(lb_template_yaml("alice", ["weight_kg"]))[
        "template_withings_weight_lbs_alice"]
    assert weight == {
        # HA slugs the name into the entity id sensor.template_withings_weight_lbs_alice.
        "name": "Template Withings weight lbs alice",
        "unique_id": "template_withings_weight_lbs_alice",
        "unit_of_measurement": "lb",
        "device_class": "weight",
        "state_class": "measurement",
        "icon": "mdi:scale-bathroom",
        "state": "{{ (states('sensor.withings_weight_kg_alice') | float(0) * 2.20462262185)"
                 " | round(2) }}",
        "availability": "{{ states('sensor.withings_weight_kg_alice') not in "
                        "['unknown', 'unavailable'] }}",
    }


def test_lb_template_for_chosen_keys_only():
    parsed = sensors(lb_template_yaml("alice", ["fat_mass_kg", "hydration", "fat_mass_kg"]))
    assert list(parsed) == ["template_withings_fat_mass_lbs_alice",
                            "template_withings_hydration_lbs_alice"]
    assert "sensor.withings_hydration_alice" in \
        parsed["template_withings_hydration_lbs_alice"]["state"]
    assert parsed["template_withings_fat_mass_lbs_alice"]["icon"] == "mdi:weight-pound"


@pytest.mark.parametrize("keys, message", [
    (["fat_ratio_pct"], "not a kg sensor"),
    (["no_such_key"], "not a kg sensor"),
    ([], "No kg sensors"),
])
def test_lb_template_rejects_keys_without_a_pound_twin(keys, message):
    with pytest.raises(ValueError, match=message):
        lb_template_yaml("alice", keys)


def test_lb_template_needs_a_profile_slug():
    with pytest.raises(ProfileNameError):
        lb_template_yaml("Alice Smith")


def eventually(condition, what, timeout=15.0):
    """Poll a condition on a running HA (template sensors update asynchronously)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.mark.hostile("HA changed behind our back (real HA)")
@pytest.mark.ha
def test_real_home_assistant_takes_the_lb_template_next_to_the_apps_own_twins(fresh_hass,
                                                                              tmp_path):
    # The app publishes pounds itself (unit "both"); the user pastes the template anyway.
    app = App(tmp_path / "cfg")
    kg = 72.35
    twins = [weight(kg), dataclasses.replace(weight(round(kg * KG_TO_LB, 2), key="weight_lbs"),
                                             unit="lb")]
    assert app.publisher(fresh_hass).publish(twins).error is None
    app.outbox.close()
    config = fresh_hass.config_dir / "configuration.yaml"
    text = config.read_text()
    # The fixture's empty template: section, replaced by the snippet as a user would.
    assert "\ntemplate:\n" in text
    config.write_text(text.replace("\ntemplate:\n", "\n" + lb_template_yaml("alice")))
    assert fresh_hass.rest("POST", "/api/config/core/check_config").json()["result"] == "valid"
    fresh_hass.rest("POST", "/api/states/sensor.withings_fat_mass_kg_alice",
                    {"state": "unavailable"})
    assert fresh_hass.rest("POST", "/api/services/template/reload").status_code == 200

    states = fresh_hass.states()
    registry = {e["entity_id"]: e for e in fresh_hass.entity_registry()}
    assert not [entity for entity in registry if entity.endswith("_2")]
    assert registry["sensor.withings_weight_lbs_alice"]["platform"] == "mobile_app"
    assert float(states["sensor.withings_weight_lbs_alice"]["state"]) == 159.5
    lbs = states["sensor.template_withings_weight_lbs_alice"]
    assert registry["sensor.template_withings_weight_lbs_alice"]["platform"] == "template"
    assert float(lbs["state"]) == round(kg * KG_TO_LB, 2) == 159.5
    assert lbs["attributes"]["unit_of_measurement"] == "lb"
    assert lbs["attributes"]["device_class"] == "weight"
    assert lbs["attributes"]["state_class"] == "measurement"
    assert states["sensor.template_withings_fat_mass_lbs_alice"]["state"] == "unavailable"
    # No kg value yet: unavailable.
    assert states["sensor.template_withings_bone_mass_lbs_alice"]["state"] == "unavailable"

    # And it follows the kg sensor from then on.
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice", {"state": "80.1"})
    eventually(lambda: fresh_hass.states()["sensor.template_withings_weight_lbs_alice"]["state"]
               == str(round(80.1 * KG_TO_LB, 2)), "the lb sensor to follow 80.1 kg")
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice",
                    {"state": "unknown"})
    eventually(lambda: fresh_hass.states()["sensor.template_withings_weight_lbs_alice"]["state"]
               == "unavailable", "the lb sensor to become unavailable")


# Slugs HA can use (no "_" at the end, none doubled); the config refuses others.
slugs = st.from_regex(r"[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,4}){0,2}", fullmatch=True)


def ha_slug(name):
    """HA's entity id rule for a template sensor's name, for the names we write (ASCII)."""
    return "sensor." + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


@pytest.mark.hostile("pound template ids against the app's own ids")
@settings(max_examples=300, deadline=None)
@given(profile=slugs, other=slugs)
def test_pasted_template_ids_never_collide_with_ids_the_app_publishes(profile, other):
    # Not even with another profile's (a profile named "alice_template" included).
    app_ids = set(entity_ids_for(all_specs(), other, "both"))
    app_ids |= {f"sensor.withings_{BATTERY_SPEC_PREFIX}_{profile}_{other}"}
    for sensor in sensors(lb_template_yaml(profile)).values():
        entity = ha_slug(sensor["name"])
        assert entity == f"sensor.{sensor['unique_id']}"
        assert entity not in app_ids and not entity.startswith("sensor.withings_")
