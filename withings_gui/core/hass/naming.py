"""Entity ids built from a profile slug: ``sensor.withings_<key>_<profile>``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.profile_slug import ProfileNameError
from withings_gui.core.units import MASS_UNITS

if TYPE_CHECKING:  # the catalog is no part of naming an entity
    from withings_gui.core.catalog import SensorSpec


def entity_id(key: str, profile: str) -> str:
    return f"sensor.withings_{key}_{profile}"


def sensor_name(key: str, profile: str) -> str:
    """The name registered with mobile_app; HA slugs "Withings <name>" into the entity id
    (then renamed to ``entity_id``: the id never follows the name). In English the key's
    words, as the classic integration named them ("weight kg alice")."""
    return f"{key} {profile}".replace("_", " ")


def translated_sensor_name(title: str, profile: str) -> str:
    """The name in another language: the measure's name there ("Gewicht kg"), then whose."""
    return f"{title} {profile}"


def unique_id(key: str, profile: str) -> str:
    """Stable per profile and key, so re-registering never creates a second entity."""
    return f"withings_{profile}_{key}"


def entity_ids_for(specs: list[SensorSpec], profile: str, unit: str) -> list[str]:
    """Every entity id a profile publishes for the given unit choice (kg, lb, both or st;
    "all": every unit, for collisions)."""
    units = ("kg", "lb", "st") if unit == "all" else MASS_UNITS[unit]
    ids: list[str] = []
    for spec in specs:
        keys = [spec.mass_key(each) for each in units] if spec.mass else [spec.key]
        ids.extend(entity_id(key, profile) for key in keys)
    return ids


def colliding_entity_id(slug: str, others: Iterable[str],
                        specs: list[SensorSpec]) -> tuple[str, str] | None:
    """An entity id ``slug`` would share with another profile's, and that profile's slug.

    ``weight_kg`` of ``alice`` and ``weight`` of ``kg_alice`` would both be
    ``sensor.withings_weight_kg_alice``. Every unit counts, as the unit can change later.
    """
    mine = set(entity_ids_for(specs, slug, "all"))
    for other in others:
        if other == slug:
            continue
        shared = sorted(mine.intersection(entity_ids_for(specs, other, "all")))
        if shared:
            return shared[0], other
    return None


def refuse_colliding_slug(slug: str, others: Iterable[str], specs: list[SensorSpec]) -> None:
    collision = colliding_entity_id(slug, others, specs)
    if collision:
        entity, other = collision
        raise ProfileNameError(Message("core.hass.naming", QT_TRANSLATE_NOOP(
            "core.hass.naming", "Profile {profile} cannot be used: its entity {entity} would "
            "be the same as one of profile {other}; choose another name."),
            {"profile": repr(slug), "entity": entity, "other": repr(other)}))
