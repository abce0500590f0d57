"""This install's mobile_app registration in Home Assistant, and talking to its webhook.

The webhook id is a secret (anyone holding it can write sensor values without a token): it
lives in the SecretStore (``HA_WEBHOOK``, with the HA URL it belongs to) and is masked in logs;
the database only ever sees a hash of it.
"""

from __future__ import annotations

import json
import logging
import platform
from dataclasses import dataclass
from typing import Any

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import (HassCommandError, HassUnavailableError,
                                           RegistrationGoneError)
from withings_gui.core.hass.outbox import registration_key
from withings_gui.core.redact import register_secret
from withings_gui.core.secrets import HA_WEBHOOK, SecretStore

log = logging.getLogger(__name__)

DEVICE_NAME = "Withings"  # HA builds entity ids from "<device name> <sensor name>"
APP_ID = "withings_gui"


@dataclass(frozen=True)
class Registration:
    webhook_id: str

    @property
    def key(self) -> str:
        """What the outbox files this registration's sensors under (not the secret itself)."""
        return registration_key(self.webhook_id)

    def registry_unique_id(self, sensor_unique_id: str) -> str:
        """HA's entity registry unique_id for one of our sensors (checked by the tests)."""
        return f"{self.webhook_id}_{sensor_unique_id}"


class AppRegistration:
    def __init__(self, api: HassApi, secrets: SecretStore, device_id: str,
                 app_version: str) -> None:
        self._api = api
        self._secrets = secrets
        self._device_id = device_id
        self._app_version = app_version

    def current(self) -> Registration | None:
        """The stored registration, if it lives in the Home Assistant we talk to.

        Another address for the same HA (127.0.0.1 → localhost, an IP → its name) keeps the
        registration, so the user's renames there survive: the stored webhook answering at
        the new address proves it (webhook ids are random secrets only the HA that issued one
        knows; HA 2024.3 exposes no instance id over its API). The address given with it is
        sent that secret only together with the access token, which is worth more.
        """
        stored = self._stored()
        if stored is None:
            return None
        url, registration = stored
        if url == self._api.url:
            return registration
        if not self._answers_here(registration):
            return None
        self._save(registration.webhook_id)
        log.info("Home Assistant's address changed; it still holds this app's registration")
        return registration

    def _stored(self) -> tuple[str, Registration] | None:
        stored = self._secrets.get(HA_WEBHOOK)
        if not stored:
            return None
        try:
            data = json.loads(stored)
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("webhook_id"), str) \
                or not data["webhook_id"] or not isinstance(data.get("url"), str):
            return None
        register_secret(data["webhook_id"])
        return data["url"], Registration(data["webhook_id"])

    def _answers_here(self, registration: Registration) -> bool:
        try:
            reply = self._api.webhook(registration.webhook_id, {"type": "get_config"})
        except RegistrationGoneError:
            return False
        if reply is None:  # unknown here, or HA still starting (webhooks not loaded yet)
            self._api.require_running()
        return isinstance(reply, dict) and bool(reply)

    def _save(self, webhook_id: str) -> None:
        self._secrets.set(HA_WEBHOOK, json.dumps({"url": self._api.url,
                                                  "webhook_id": webhook_id}))

    def create(self) -> Registration:
        """POST /api/mobile_app/registrations (needs the token); HA makes a "Withings" device."""
        reply = self._api.register_mobile_app({
            "device_id": self._device_id, "app_id": APP_ID, "app_name": "withings-gui",
            "app_version": self._app_version, "device_name": DEVICE_NAME,
            "manufacturer": "Withings", "model": "withings-gui",
            "os_name": platform.system() or "unknown", "os_version": platform.release() or "",
            "supports_encryption": False, "app_data": {}})
        if not isinstance(reply, dict) or not reply.get("webhook_id"):
            raise HassCommandError("Home Assistant did not accept the registration of this "
                                   "app (no webhook id in its reply).")
        webhook_id = str(reply["webhook_id"])
        register_secret(webhook_id)
        self._save(webhook_id)
        log.info("registered with Home Assistant's mobile_app as %r", DEVICE_NAME)
        return Registration(webhook_id)

    def forget(self) -> None:
        self._secrets.delete(HA_WEBHOOK)

    def send(self, registration: Registration, message: dict) -> Any:
        """One webhook message; HA's JSON reply ("{}" when HA rejected the payload).

        HA answers an unknown webhook with an empty 200, and a deleted one the same way until
        it restarts (410 after): both raise RegistrationGoneError. While HA is starting its
        webhooks are not loaded yet and answer alike, so that case is told apart first. Either
        answer is confirmed with ``get_config`` before the registration is given up: a proxy
        or a hiccup must not make the app register twice (``_2`` entity ids).
        """
        try:
            reply = self._api.webhook(registration.webhook_id, message)
        except RegistrationGoneError:
            reply = None
        if reply is not None:
            return reply
        if self._api.webhook(registration.webhook_id, {"type": "get_config"}) is not None:
            raise HassUnavailableError("Home Assistant answered this app's update with "
                                       "nothing (it may have been starting); the values wait "
                                       "and are sent next time.")
        self._api.require_running()
        raise RegistrationGoneError("Home Assistant no longer knows this app's registration.")
