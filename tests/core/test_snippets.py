import time

import pytest
import yaml  # test-only dependency: the snippets are built as text, parsed here

from withings_gui.core.callback_url import CallbackUrlError
from withings_gui.core.catalog import MEASTYPES
from withings_gui.core.hass.naming import ProfileNameError
from withings_gui.core.snippets import external_url_yaml, lb_template_yaml
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
    assert list(parsed) == [f"withings_{key.removesuffix('_kg')}_lbs_bob_smith"
                            for key in MASS_KEYS]
    assert {"withings_weight_lbs_bob_smith", "withings_hydration_lbs_bob_smith"} <= set(parsed)
    assert not any("fat_ratio" in unique_id for unique_id in parsed)


def test_lb_template_sensor_for_weight():
    weight = sensors(lb_template_yaml("alice", ["weight_kg"]))["withings_weight_lbs_alice"]
    assert weight == {
        # HA slugs the name into the entity id sensor.withings_weight_lbs_alice.
        "name": "Withings weight lbs alice",
        "unique_id": "withings_weight_lbs_alice",
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
    assert list(parsed) == ["withings_fat_mass_lbs_alice", "withings_hydration_lbs_alice"]
    assert "sensor.withings_hydration_alice" in parsed["withings_hydration_lbs_alice"]["state"]
    assert parsed["withings_fat_mass_lbs_alice"]["icon"] == "mdi:weight-pound"


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


@pytest.mark.ha
def test_real_home_assistant_accepts_the_lb_template(fresh_hass):
    config = fresh_hass.config_dir / "configuration.yaml"
    text = config.read_text()
    # The fixture's empty template: section, replaced by the snippet as a user would.
    assert "\ntemplate:\n" in text
    config.write_text(text.replace("\ntemplate:\n", "\n" + lb_template_yaml("alice")))
    assert fresh_hass.rest("POST", "/api/config/core/check_config").json()["result"] == "valid"
    kg = 72.35
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice",
                    {"state": str(kg), "attributes": {"unit_of_measurement": "kg"}})
    fresh_hass.rest("POST", "/api/states/sensor.withings_fat_mass_kg_alice",
                    {"state": "unavailable"})
    assert fresh_hass.rest("POST", "/api/services/template/reload").status_code == 200

    states = fresh_hass.states()
    lbs = states["sensor.withings_weight_lbs_alice"]
    assert float(lbs["state"]) == round(kg * KG_TO_LB, 2) == 159.5
    assert lbs["attributes"]["unit_of_measurement"] == "lb"
    assert lbs["attributes"]["device_class"] == "weight"
    assert lbs["attributes"]["state_class"] == "measurement"
    assert states["sensor.withings_fat_mass_lbs_alice"]["state"] == "unavailable"
    assert states["sensor.withings_bone_mass_lbs_alice"]["state"] == "unavailable"  # no kg yet
    registry = {e["entity_id"]: e for e in fresh_hass.entity_registry()}
    assert registry["sensor.withings_weight_lbs_alice"]["platform"] == "template"

    # And it follows the kg sensor from then on.
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice", {"state": "80.1"})
    eventually(lambda: fresh_hass.states()["sensor.withings_weight_lbs_alice"]["state"]
               == str(round(80.1 * KG_TO_LB, 2)), "the lb sensor to follow 80.1 kg")
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice",
                    {"state": "unknown"})
    eventually(lambda: fresh_hass.states()["sensor.withings_weight_lbs_alice"]["state"]
               == "unavailable", "the lb sensor to become unavailable")
