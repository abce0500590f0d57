"""Reading mobile_app's webhook replies without trusting their shape.

HA answers ``update_sensor_states`` with one entry per sensor: ``{"success": true}``, maybe
with ``"is_disabled": true``, or ``{"success": false, "error": {"code", "message"}}``. Anything
else (no entry, an entry that is not an object, a reply that is not an object) proves nothing
was stored, so the value stays queued and is sent again on the next pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

NOT_REGISTERED = "not_registered"
MAX_REASON = 200


class Outcome(Enum):
    STORED = "stored"  # HA took the value
    NOT_REGISTERED = "not_registered"  # HA does not know the sensor: register it again
    REFUSED = "refused"  # HA named why it will not take this value: sending it again is futile
    UNCONFIRMED = "unconfirmed"  # no usable answer: keep the value, send it next time


@dataclass(frozen=True)
class SensorResult:
    outcome: Outcome
    disabled: bool = False
    reason: str = ""


def update_results(reply: Any, unique_ids: list[str]) -> dict[str, SensorResult]:
    """What HA's reply to ``update_sensor_states`` says about each sensor sent."""
    entries = reply if isinstance(reply, dict) else {}
    return {uid: _sensor_result(entries.get(uid)) for uid in unique_ids}


def _sensor_result(entry: Any) -> SensorResult:
    if not isinstance(entry, dict):
        return SensorResult(Outcome.UNCONFIRMED)
    if entry.get("success") is True:
        return SensorResult(Outcome.STORED, disabled=entry.get("is_disabled") is True)
    error = entry.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    if code == NOT_REGISTERED:
        return SensorResult(Outcome.NOT_REGISTERED)
    if entry.get("success") is False and isinstance(code, str) and code:
        message = error.get("message")
        return SensorResult(Outcome.REFUSED, reason=one_line(
            message if isinstance(message, str) and message else code))
    return SensorResult(Outcome.UNCONFIRMED)


def registration_accepted(reply: Any) -> bool | None:
    """True: HA registered the sensor; False: HA rejected the payload (its known "{}");
    None: the reply says neither (keep the values, try again next pass)."""
    if not isinstance(reply, dict):
        return None
    if reply.get("success") is True:
        return True
    if reply == {} or reply.get("success") is False:
        return False
    return None


def one_line(text: str, limit: int = MAX_REASON) -> str:
    """Server text made safe to show: printable, one line, capped."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in str(text))
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
