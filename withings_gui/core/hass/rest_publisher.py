"""The fallback transport: ``POST /api/states/<entity_id>`` through homeassistant-api.

Such states are not registry entities: HA forgets them when it restarts, and they cannot be
renamed. So before writing, the publisher reads HA's states (one GET) and writes a sensor
only when HA does not already show exactly the wanted value and attributes: an unchanged
poll writes nothing, and after an HA restart everything is written again. Values that could
not be sent wait (in memory, in order) for the next publish.
"""

from __future__ import annotations

import logging
from typing import Sequence

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import HassError
from withings_gui.core.hass.mobile_app import DEVICE_NAME
from withings_gui.core.hass.sensor_state import PublishReport, SensorState

log = logging.getLogger(__name__)


class RestPublisher:
    def __init__(self, api: HassApi) -> None:
        self._api = api
        self._waiting: dict[str, list[tuple[str, dict]]] = {}  # entity id → (state, attrs)
        self._last: dict[str, tuple[str, dict]] = {}

    def publish(self, states: Sequence[SensorState]) -> PublishReport:
        for sensor in states:
            wanted = _rest_state(sensor)
            if self._last.get(sensor.entity_id) != wanted:
                self._waiting.setdefault(sensor.entity_id, []).append(wanted)
                self._last[sensor.entity_id] = wanted
        writes, error = 0, None
        try:
            current = self._api.states()
            for sensor in states:
                # HA restarted (the state is gone) or something else wrote it: write again.
                if not self._waiting.get(sensor.entity_id) and \
                        not _shows(current.get(sensor.entity_id), self._last[sensor.entity_id]):
                    self._waiting[sensor.entity_id] = [self._last[sensor.entity_id]]
            for entity_id, queue in self._waiting.items():
                while queue:
                    state, attributes = queue[0]
                    if len(queue) == 1 and _shows(current.get(entity_id), queue[0]):
                        queue.pop(0)  # HA already shows it (e.g. our app restarted)
                        continue
                    writes += 1
                    self._api.set_state(entity_id, state, attributes)
                    queue.pop(0)
        except HassError as exc:
            error = str(exc)
            log.warning("publishing to Home Assistant (REST): %s", exc)
        self._waiting = {eid: queue for eid, queue in self._waiting.items() if queue}
        return PublishReport(writes, sum(len(q) for q in self._waiting.values()),
                             {s.unique_id: s.entity_id for s in states}, error)


def _rest_state(sensor: SensorState) -> tuple[str, dict]:
    attributes = dict(sensor.attributes)
    attributes["friendly_name"] = f"{DEVICE_NAME} {sensor.name}"
    attributes["icon"] = sensor.icon
    for key, value in (("unit_of_measurement", sensor.unit),
                       ("device_class", sensor.device_class),
                       ("state_class", sensor.state_class)):
        if value:
            attributes[key] = value
    return str(sensor.state), attributes


def _shows(current: dict | None, wanted: tuple[str, dict]) -> bool:
    if current is None:
        return False
    state, attributes = wanted
    shown = current.get("attributes") or {}
    return current.get("state") == state and all(shown.get(k) == v
                                                  for k, v in attributes.items())
