"""Profile slugs and the entity ids built from them: ``sensor.withings_<key>_<profile>``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalog is no part of checking a slug (config, at every start)
    from withings_gui.core.catalog import SensorSpec

MAX_SLUG_LENGTH = 32
_SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class ProfileNameError(ValueError):
    """A profile name that cannot become a slug; the message says how to fix it."""


def slugify_profile(name: str) -> str:
    """``"Bob Smith"`` → ``"bob_smith"``; ``"Zoë"`` → ``"zoe"``. Raises ProfileNameError."""
    if not name or not name.strip():
        raise ProfileNameError("Enter the person's name, for example Alice.")
    import unicodedata  # here: the wizard makes slugs, every start only checks them (config)

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not slug:
        raise ProfileNameError(
            f"{name!r} has no Latin letters or digits to build an entity id from; "
            "use a name such as alice or bob_smith.")
    if not slug[0].isalpha():
        raise ProfileNameError(f"The profile name must start with a letter (got {slug!r}).")
    if len(slug) > MAX_SLUG_LENGTH:
        raise ProfileNameError(
            f"The profile name is too long ({len(slug)} characters); use at most "
            f"{MAX_SLUG_LENGTH}.")
    return slug


def check_slug(slug: str) -> str:
    """A slug given as is (CLI ``--profile``): it must already be in slug form."""
    if not _SLUG_RE.match(slug or "") or len(slug) > MAX_SLUG_LENGTH:
        raise ProfileNameError(
            f"Profile {_shortened(slug)!r} is not a valid profile slug: use lowercase letters, "
            "digits and "
            f"underscores, starting with a letter, at most {MAX_SLUG_LENGTH} characters "
            "(for example alice or bob_smith).")
    return slug


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text or "") <= limit else text[:limit] + "…"


def entity_id(key: str, profile: str) -> str:
    return f"sensor.withings_{key}_{profile}"


def sensor_name(key: str, profile: str) -> str:
    """The name registered with mobile_app; HA slugs "Withings <name>" into the entity id."""
    return f"{key} {profile}".replace("_", " ")


def unique_id(key: str, profile: str) -> str:
    """Stable per profile and key, so re-registering never creates a second entity."""
    return f"withings_{profile}_{key}"


def entity_ids_for(specs: list[SensorSpec], profile: str, unit: str) -> list[str]:
    """Every entity id a profile publishes for the given unit choice (kg, lb or both)."""
    ids: list[str] = []
    for spec in specs:
        if not spec.mass or unit in ("kg", "both"):
            ids.append(entity_id(spec.key, profile))
        if spec.mass and unit in ("lb", "both"):
            ids.append(entity_id(spec.lb_key, profile))
    return ids
