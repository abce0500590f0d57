"""Publishing sensor states to Home Assistant through its mobile_app API.

mobile_app puts the sensors in HA's entity registry under one "Withings" device, so they
survive HA restarts and the user can rename them. Every value first goes to the on-disk outbox;
publishing drains it, so a value measured while HA is down is sent once HA is back, and an
unchanged value is never queued, hence never written.
"""

from __future__ import annotations

import json
import logging
import platform
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import HassError, RegistrationGoneError
from withings_gui.core.hass.outbox import Outbox, Pending
from withings_gui.core.redact import register_secret
from withings_gui.core.secrets import HA_WEBHOOK, SecretStore

log = logging.getLogger(__name__)

DEVICE_NAME = "Withings"  # HA builds entity ids from "<device name> <sensor name>"


@dataclass(frozen=True)
class SensorState:
    unique_id: str
    entity_id: str
    name: str
    state: float | int | str
    unit: str | None
    device_class: str | None
    state_class: str | None
    icon: str
    attributes: dict = field(default_factory=dict)

    def payload(self) -> dict:
        return {"entity_id": self.entity_id, "name": self.name, "state": self.state,
                "unit": self.unit, "device_class": self.device_class,
                "state_class": self.state_class, "icon": self.icon,
                "attributes": self.attributes}


@dataclass(frozen=True)
class PublishReport:
    writes: int
    pending: int
    entity_ids: dict[str, str]
    error: str | None = None
    disabled: frozenset[str] = frozenset()


class MobileAppPublisher:
    def __init__(self, api: HassApi, secrets: SecretStore, outbox: Outbox, device_id: str,
                 app_version: str) -> None:
        self._api = api
        self._secrets = secrets
        self._outbox = outbox
        self._device_id = device_id
        self._app_version = app_version
        self._writes = 0

    def publish(self, states: list[SensorState]) -> PublishReport:
        for state in states:
            self._outbox.offer(state.unique_id, state.payload())
        self._writes = 0
        disabled: set[str] = set()
        error = None
        try:
            try:
                disabled = self._drain()
            except RegistrationGoneError:
                log.warning("Home Assistant deleted the registration; registering again")
                self._forget_registration()
                disabled = self._drain()
        except HassError as exc:
            error = str(exc)
            log.warning("publishing to Home Assistant failed: %s", exc)
        registration = self._registration(create=False)
        known = self._outbox.registered(registration["webhook_id"]) if registration else {}
        entity_ids = {uid: eid for uid, eid in known.items() if eid}
        return PublishReport(self._writes, len(self._outbox.pending()), entity_ids, error,
                             frozenset(disabled))

    # -- draining the outbox ---------------------------------------------------------------

    def _drain(self) -> set[str]:
        pending = self._outbox.pending()
        if not pending:
            return set()
        registration = self._registration(create=True)
        webhook = registration["webhook_id"]
        known = self._outbox.registered(webhook)
        newcomers = {p.unique_id for p in pending if p.unique_id not in known}
        if newcomers:
            self._register_sensors(webhook, sorted(newcomers), pending)
            pending = self._outbox.pending()
        disabled: set[str] = set()
        by_sensor: dict[str, list[Pending]] = defaultdict(list)
        for item in pending:
            by_sensor[item.unique_id].append(item)
        # Round k sends the k-th queued value of every sensor: HA sees each value in order.
        while by_sensor:
            batch = [items.pop(0) for items in by_sensor.values()]
            by_sensor = {uid: items for uid, items in by_sensor.items() if items}
            disabled |= self._update(webhook, batch)
        return disabled

    def _update(self, webhook: str, batch: list[Pending]) -> set[str]:
        data = [{"type": "sensor", "unique_id": p.unique_id, "state": p.payload["state"],
                 "attributes": p.payload["attributes"], "icon": p.payload["icon"]}
                for p in batch]
        reply = self._webhook(webhook, {"type": "update_sensor_states", "data": data})
        sent, retry, disabled = [], [], set()
        for item in batch:
            result = (reply or {}).get(item.unique_id) or {}
            if result.get("success"):
                sent.append(item.seq)
                if result.get("is_disabled"):
                    disabled.add(item.unique_id)
            elif (result.get("error") or {}).get("code") == "not_registered":
                retry.append(item)
            else:
                log.warning("HA did not take %s: %s", item.unique_id, result.get("error"))
        self._outbox.mark_sent(sent)
        if retry:  # HA lost them (e.g. the user deleted the entity): register and send anew
            self._register_sensors(webhook, [p.unique_id for p in retry], self._outbox.pending())
        return disabled

    def _register_sensors(self, webhook: str, unique_ids: list[str],
                          pending: list[Pending]) -> None:
        """Register each sensor with its newest value; older queued values are dropped.

        The newest value stays queued: HA restores an entity's last known state over the one
        a registration carries (seen after a deleted registration), so an update follows.
        """
        latest = self._outbox.last_payloads()
        for uid in unique_ids:
            payload = latest[uid]
            data = {"type": "sensor", "unique_id": uid, "name": payload["name"],
                    "state": payload["state"], "icon": payload["icon"],
                    "attributes": payload["attributes"]}
            for key, source in (("unit_of_measurement", "unit"), ("device_class", "device_class"),
                                ("state_class", "state_class")):
                if payload.get(source):
                    data[key] = payload[source]
            self._webhook(webhook, {"type": "register_sensor", "data": data})
            queued = [p.seq for p in pending if p.unique_id == uid]
            self._outbox.mark_sent(queued[:-1])
            self._outbox.set_registered(webhook, uid, None)
        self._settle_entity_ids(webhook, {uid: latest[uid]["entity_id"] for uid in unique_ids})

    def _settle_entity_ids(self, webhook: str, wanted: dict[str, str]) -> None:
        """Read back the ids HA gave; move a sensor to its wanted id once (never again)."""
        registry = self._api.entity_registry()
        for uid, wanted_id in wanted.items():
            entry = next((e for e in registry if e.get("platform") == "mobile_app" and
                          _same_sensor(e.get("unique_id", ""), webhook, uid)), None)
            if entry is None:
                continue
            actual = entry["entity_id"]
            if actual != wanted_id:
                try:
                    self._api.rename_entity(actual, wanted_id)
                    actual = wanted_id
                except HassError as exc:
                    log.warning("could not give %s the id %s: %s", actual, wanted_id, exc)
            self._outbox.set_registered(webhook, uid, actual)
        self._refresh_user_renames(webhook, registry, exclude=set(wanted))

    def _refresh_user_renames(self, webhook: str, registry: list[dict],
                              exclude: set[str]) -> None:
        # A user's rename in HA is respected: report the id HA now uses.
        for uid, recorded in self._outbox.registered(webhook).items():
            if uid in exclude:
                continue
            entry = next((e for e in registry if e.get("platform") == "mobile_app" and
                          _same_sensor(e.get("unique_id", ""), webhook, uid)), None)
            if entry is not None and entry["entity_id"] != recorded:
                self._outbox.set_registered(webhook, uid, entry["entity_id"])

    # -- the registration ------------------------------------------------------------------

    def _registration(self, create: bool) -> dict | None:
        stored = self._secrets.get(HA_WEBHOOK)
        if stored:
            data = json.loads(stored)
            if data.get("url") == self._api.url:
                register_secret(data.get("webhook_id"))
                return data
        if not create:
            return None
        reply = self._api.request("POST", "mobile_app/registrations", {
            "device_id": self._device_id, "app_id": "withings_gui", "app_name": "withings-gui",
            "app_version": self._app_version, "device_name": DEVICE_NAME,
            "manufacturer": "Withings", "model": "withings-gui",
            "os_name": platform.system() or "unknown", "os_version": platform.release(),
            "supports_encryption": False, "app_data": {}})
        self._writes += 1
        data = {"url": self._api.url, "webhook_id": reply["webhook_id"]}
        register_secret(data["webhook_id"])
        self._secrets.set(HA_WEBHOOK, json.dumps(data))
        self._outbox.forget_registration()
        return data

    def _forget_registration(self) -> None:
        self._secrets.delete(HA_WEBHOOK)
        self._outbox.forget_registration()

    def _webhook(self, webhook: str, message: dict) -> Any:
        self._writes += 1
        reply = self._api.webhook(webhook, message)
        if reply is None:
            # An unknown or unloaded webhook answers 200 with an empty body.
            raise RegistrationGoneError("Home Assistant no longer knows this registration.")
        return reply


def _same_sensor(registry_unique_id: str, webhook: str, unique_id: str) -> bool:
    return registry_unique_id in (unique_id, f"{webhook}_{unique_id}") or \
        registry_unique_id.endswith(f"_{unique_id}")
