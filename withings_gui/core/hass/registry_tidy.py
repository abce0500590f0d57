"""Tidying what mobile_app leaves in HA's entity registry, so every release shows the same.

- Registering makes a ``device_tracker`` entity for the app's "device" (HA keys it by the
  registration's device_id, platform ``mobile_app``); a scale is not a tracker, so it is
  disabled as a user would disable it (``disabled_by: user``), which the user can undo.
- HA 2026 names entities "<device name> <entity name>" and capitalises the entity part
  ("Withings Weight kg alice"); HA 2024.3 shows the registered "Withings weight kg alice".
  Setting the registry ``name`` makes both show what the app always showed. Its registry
  list says which model applies: ``next_name_part`` (2026) or ``has_entity_name``.

Both are done once (a new registration, a new sensor), never on an unchanged pass, and a
name the user gave is never replaced.
"""

from __future__ import annotations

import logging
from typing import Any

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import HassAuthError, HassCommandError

log = logging.getLogger(__name__)

TRACKER_DOMAIN = "device_tracker"


def tracker_entry(registry: Any, device_id: str) -> dict | None:
    """The mobile_app tracker HA made for the registration with this device_id."""
    for entry in registry if isinstance(registry, list) else []:
        if isinstance(entry, dict) and entry.get("platform") == "mobile_app" \
                and str(entry.get("entity_id", "")).startswith(f"{TRACKER_DOMAIN}.") \
                and entry.get("unique_id") == device_id:
            return entry
    return None


def name_to_set(entry: Any, sensor_name: str, device_name: str) -> str | None:
    """The registry name that makes HA show "<device name> <sensor name>", or None when
    nothing needs setting (HA already shows it, or the name is the user's)."""
    if not isinstance(entry, dict):
        return None
    original, name = entry.get("original_name"), entry.get("name")
    if name not in (None, "", original):
        return None  # the user named it: theirs
    device_first = entry.get("has_entity_name") is True or "next_name_part" in entry
    wanted = sensor_name if device_first else f"{device_name} {sensor_name}"
    shown = name or original
    return None if shown == wanted else wanted


def update_entries(api: HassApi, updates: list[dict]) -> bool:
    """``config/entity_registry/update`` for each, in one websocket session. A refusal (not
    an admin's token, an entity gone meanwhile) is logged, never raised: these only tidy.
    Other trouble (HA down) raises, so the caller can try again next pass. True when all
    were applied."""
    if not updates:
        return True
    applied = 0
    with api.websocket() as ws:
        for update in updates:
            try:
                ws.call({"type": "config/entity_registry/update", **update})
                applied += 1
            except HassAuthError:
                log.warning("could not tidy %s in Home Assistant's entity registry: the "
                            "token is not an administrator's; leaving it as it is",
                            update.get("entity_id"))
                return False
            except HassCommandError as exc:
                log.warning("could not tidy %s in Home Assistant's entity registry: %s",
                            update.get("entity_id"), exc)
    return applied == len(updates)
