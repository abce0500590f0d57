import pytest

from withings_gui.core.catalog import MEASTYPES
from withings_gui.core.hass.naming import (ProfileNameError, check_slug, entity_id,
                                           entity_ids_for, sensor_name, slugify_profile)


@pytest.mark.parametrize("name, slug", [
    ("Alice", "alice"), ("Bob Smith", "bob_smith"), ("  Zoë  ", "zoe"),
    ("Jean-Luc", "jean_luc"), ("ANNA 2", "anna_2"), ("Ana 🙂", "ana"),
])
def test_slugs(name, slug):
    assert slugify_profile(name) == slug


@pytest.mark.parametrize("name, message", [
    ("", "Enter the person's name"),
    ("   ", "Enter the person's name"),
    ("🙂🙂", "has no Latin letters or digits"),
    ("李雷", "has no Latin letters or digits"),
    ("2nd person", "must start with a letter"),
    ("a" * 40, "too long"),
])
def test_bad_profile_names(name, message):
    with pytest.raises(ProfileNameError, match=message):
        slugify_profile(name)


@pytest.mark.parametrize("slug", ["Alice", "bob smith", "", "_x", "a-b", "x" * 33])
def test_check_slug_rejects(slug):
    with pytest.raises(ProfileNameError, match="not a valid profile slug"):
        check_slug(slug)


def test_entity_ids_follow_classic_integration():
    assert entity_id("weight_kg", "alice") == "sensor.withings_weight_kg_alice"
    assert sensor_name("fat_mass_kg", "bob_smith") == "fat mass kg bob smith"


def test_entity_ids_for_units():
    specs = [MEASTYPES[1], MEASTYPES[6]]
    assert entity_ids_for(specs, "alice", "kg") == ["sensor.withings_weight_kg_alice",
                                                    "sensor.withings_fat_ratio_pct_alice"]
    assert entity_ids_for(specs, "alice", "lb") == ["sensor.withings_weight_lbs_alice",
                                                    "sensor.withings_fat_ratio_pct_alice"]
    assert entity_ids_for(specs, "alice", "both") == ["sensor.withings_weight_kg_alice",
                                                      "sensor.withings_weight_lbs_alice",
                                                      "sensor.withings_fat_ratio_pct_alice"]
