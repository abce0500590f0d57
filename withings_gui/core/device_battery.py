"""Which Withings devices need the user: a battery that has just turned low.

Withings reports a device's battery as "high", "medium" or "low" (``/v2/user?action=getdevice``).
A sync compares the list it stored before with the one it stores now, so the user hears of a
low battery once, when it turns low, not on every pass while it stays low.
"""

from __future__ import annotations

from typing import Iterable

from withings_gui.core.withings.measures import Device

LOW = "low"


def is_low(device: Device) -> bool:
    return (device.battery or "").strip().lower() == LOW


def newly_low(previous: Iterable[Device], current: Iterable[Device]) -> list[Device]:
    """The devices of ``current`` whose battery is low and was not low in ``previous`` (a
    device not listed before counts as not low before), in ``current``'s order."""
    low_before = {device.deviceid for device in previous if is_low(device)}
    return [device for device in current
            if is_low(device) and device.deviceid not in low_before]


def device_name(device: Device) -> str:
    """How the user knows the device: its model, else its type, else its id."""
    return device.model or device.type or device.deviceid
