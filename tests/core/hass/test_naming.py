import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.catalog import MEASTYPES, all_specs
from withings_gui.core.hass.naming import (colliding_entity_id, entity_id, entity_ids_for,
                                           refuse_colliding_slug, sensor_name)
from withings_gui.core.profile_slug import ProfileNameError


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


# -- two profiles must never share an entity id -------------------------------------------

@pytest.mark.parametrize("other, shared", [
    ("lbs_alice", "sensor.withings_hydration_lbs_alice"),  # hydration + lbs_alice
    ("eposode_count_alice", "sensor.withings_sleep_snoring_eposode_count_alice"),
    ("goal_kg_alice", None),   # weight_goal_kg + alice vs weight + goal_kg_alice: no "weight"
    ("kg_alice", None),        # no key is another key minus "_kg"
])
def test_collisions_between_profiles_name_the_entity(other, shared):
    found = colliding_entity_id(other, ["alice"], all_specs())
    assert (found and found[0]) == shared
    if shared:
        with pytest.raises(ProfileNameError, match=re.escape(shared)):
            refuse_colliding_slug(other, ["alice"], all_specs())


SPECS = all_specs()
FRAGMENTS = sorted({part for spec in SPECS for key in (spec.key, spec.lb_key)
                    for part in key.split("_")} | {"alice", "bob"})


def every_id(slug: str) -> set[str]:
    """Every entity id of any unit choice, spelled out from the catalog (not entity_ids_for)."""
    keys = [spec.key for spec in SPECS] + [spec.lb_key for spec in SPECS if spec.mass]
    return {f"sensor.withings_{key}_{slug}" for key in keys}


@settings(max_examples=1500, deadline=None)
@given(first=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4),
       second=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4))
def test_collision_check_agrees_with_every_id_both_would_publish(first, second, figures):
    figures.held("profile slug pairs (entity id collisions)", "tests/core/hass/test_naming.py")
    a, b = "_".join(first), "_".join(second)
    shared = every_id(a) & every_id(b)
    found = colliding_entity_id(a, [b], SPECS)
    if a == b:
        assert found is None  # the same profile is no collision with itself
    elif shared:
        assert found is not None and found[0] in shared and found[1] == b
    else:
        assert found is None
