"""Does Home Assistant still hold what this app registered there? (for ``doctor``)

One webhook request, no token needed: mobile_app's ``get_config`` lists the sensors of the
registration by their unique id; a deleted registration answers 410, or an empty 200 until HA
restarts. Read-only: the next sync repairs what this finds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from withings_gui.core.hass.errors import RegistrationGoneError
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from withings_gui.core.hass.client import HassApi
    from withings_gui.core.hass.outbox import Outbox
    from withings_gui.core.hass.registration import AppRegistration

def registration_problems(api: HassApi, app: AppRegistration,
                          outbox: Outbox) -> list[Message]:
    registration = app.current()
    if registration is None:
        return []
    recorded = outbox.registered(registration.key)
    try:
        reply = api.webhook(registration.webhook_id, {"type": "get_config"})
    except RegistrationGoneError:
        reply = None
    if reply is None:
        api.require_running()
        return [Message("core.hass", QT_TRANSLATE_NOOP(
            "core.hass", "Home Assistant no longer has this app's registration (the Mobile App "
            "entry \"Withings\" was deleted), so it shows none of its sensors; the next sync "
            "(`withings-gui sync --once`) registers them again."))]
    entities = reply.get("entities") if isinstance(reply, dict) else None
    if not isinstance(entities, dict):
        return []  # an HA too old to list them: nothing to compare
    missing = sorted(entity_id or uid for uid, entity_id in recorded.items()
                     if entity_id is not None and uid not in entities)
    if not missing:
        return []
    names = ", ".join(missing[:5]) + ("…" if len(missing) > 5 else "")
    return [Message("core.hass", QT_TRANSLATE_NOOP(
        "core.hass", "{count} sensor(s) were deleted in Home Assistant ({entities}); the next "
        "sync (`withings-gui sync --once`) registers them again."),
        {"count": len(missing), "entities": names})]
