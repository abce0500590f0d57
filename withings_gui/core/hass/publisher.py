"""Getting sensor states into Home Assistant: the one import for callers.

``MobileAppPublisher``: registry entities under a "Withings" device, surviving HA restarts,
renameable by the user; values wait in an on-disk outbox while HA is down. It takes a list of
``SensorState`` and returns a ``PublishReport``, and writes nothing for a sensor whose value
and attributes did not change.
"""

from withings_gui.core.hass.mobile_app import APP_ID, DEVICE_NAME, MobileAppPublisher
from withings_gui.core.hass.sensor_state import PublishReport, SensorState

__all__ = ["APP_ID", "DEVICE_NAME", "MobileAppPublisher", "PublishReport", "SensorState"]
