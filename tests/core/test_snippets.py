import pytest

from withings_gui.core.snippets import external_url_yaml, lb_template_yaml


def test_external_url_yaml():
    assert external_url_yaml("https://ha.example.com/x") == \
        "homeassistant:\n  external_url: https://ha.example.com\n"
    assert external_url_yaml("ha.example.com") == \
        "homeassistant:\n  external_url: https://ha.example.com\n"


def test_lb_template_covers_every_mass_sensor():
    text = lb_template_yaml("bob_smith")
    for key in ("weight", "fat_mass", "fat_free_mass", "muscle_mass", "bone_mass", "hydration"):
        assert f"unique_id: withings_{key}_lbs_bob_smith" in text
    assert "sensor.withings_weight_kg_bob_smith" in text
    assert "withings_fat_ratio_pct" not in text


@pytest.mark.ha
def test_real_home_assistant_accepts_the_lb_template(fresh_hass):
    config = fresh_hass.config_dir / "configuration.yaml"
    config.write_text(config.read_text().replace("template:\n", lb_template_yaml("alice")))
    assert fresh_hass.rest("POST", "/api/config/core/check_config").json()["result"] == "valid"
    assert fresh_hass.rest("POST", "/api/services/template/reload").status_code == 200
    fresh_hass.rest("POST", "/api/states/sensor.withings_weight_kg_alice",
                    {"state": "72.35", "attributes": {"unit_of_measurement": "kg"}})
    fresh_hass.rest("POST", "/api/services/homeassistant/update_entity",
                    {"entity_id": "sensor.withings_weight_lbs_alice"})
    lbs = fresh_hass.states()["sensor.withings_weight_lbs_alice"]
    assert float(lbs["state"]) == round(72.35 * 2.20462262185, 2)
    assert lbs["attributes"]["unit_of_measurement"] == "lb"
    assert fresh_hass.states()["sensor.withings_bone_mass_lbs_alice"]["state"] == "unavailable"
