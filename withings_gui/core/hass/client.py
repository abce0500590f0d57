"""Talking to Home Assistant: REST through homeassistant-api, the websocket API by hand.

Every failure becomes one of the named errors in ``errors.py`` with a message for the user.
TLS verification is never turned off; ``ca_file`` only adds a trust anchor (tests, private CA).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable

import homeassistant_api
import homeassistant_api.errors as ha_errors
import requests
from homeassistant_api.models import State

from withings_gui.core.hass.errors import (AUTH_401, AUTH_403, HassAuthError, HassCommandError,
                                           HassDnsError, HassError, HassRefusedError,
                                           HassTimeoutError, HassTlsError, HassUnavailableError,
                                           HassUrlError, NotHomeAssistantError,
                                           RegistrationGoneError, classify_network_error)
from withings_gui.core.hass.deadline import DeadlineExceeded, within
from withings_gui.core.hass.websocket import HassWebsocket
from withings_gui.core.redact import register_secret
from withings_gui.core.validation import InputError, normalize_ha_url

__all__ = ["HassApi", "HassInfo", "ConfigCheck", "HassError", "HassUrlError", "HassDnsError",
           "HassRefusedError", "HassTimeoutError", "HassTlsError", "HassAuthError",
           "NotHomeAssistantError", "HassUnavailableError", "HassCommandError",
           "RegistrationGoneError"]


@dataclass(frozen=True)
class HassInfo:
    version: str
    location_name: str
    external_url: str | None
    internal_url: str | None
    cloud_url: str | None
    components: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConfigCheck:
    result: str
    errors: str | None
    warnings: str | None

    @property
    def valid(self) -> bool:
        return self.result == "valid"


DEFAULT_DEADLINE = 30.0  # seconds for a whole request, however HA trickles its answer


class HassApi:
    """``timeout`` bounds each wait for bytes; ``deadline`` the whole request (keyword-only
    options after it keep the constructor easy to extend)."""

    def __init__(self, url: str, token: str, timeout: float = 10,
                 ca_file: str | None = None, *, deadline: float = DEFAULT_DEADLINE) -> None:
        try:
            self.url = normalize_ha_url(url)
        except InputError as exc:
            raise HassUrlError(str(exc)) from None
        register_secret(token)
        self._token = token
        self.timeout = timeout
        self.ca_file = ca_file
        self.deadline = deadline
        self._client = self._new_client()

    def _new_client(self) -> homeassistant_api.Client:
        client = homeassistant_api.Client(f"{self.url}/api", self._token,
                                          global_request_kwargs={"timeout": self.timeout})
        if self.ca_file:
            client.global_request_kwargs["verify"] = self.ca_file
        return client

    def _within_deadline(self, action: Callable[[], Any]) -> Any:
        try:
            return within(self.deadline, action)
        except DeadlineExceeded:
            # The abandoned request may still hold a pooled connection: start afresh.
            self._client = self._new_client()
            raise HassTimeoutError(f"{self.url} did not finish answering within "
                                   f"{self.deadline:g} s (it answers too slowly). Values wait "
                                   "and are sent when it answers normally.") from None

    # -- REST ------------------------------------------------------------------------------

    def request(self, method: str, path: str, payload: Any = None,
                missing_ok: bool = False) -> Any:
        """One REST call below /api; its JSON reply (None for a 404 when ``missing_ok``)."""
        kwargs = {"json": payload} if payload is not None else {}
        try:
            return self._call(lambda: self._client.request(path, method=method, **kwargs), path)
        except NotHomeAssistantError:
            if missing_ok:
                return None
            raise

    def _call(self, action: Callable[[], Any], path: str) -> Any:
        return self._within_deadline(lambda: self._call_unbounded(action, path))

    def _call_unbounded(self, action: Callable[[], Any], path: str) -> Any:
        try:
            return action()
        except ha_errors.UnauthorizedError:
            raise HassAuthError(AUTH_401) from None
        except (ha_errors.EndpointNotFoundError, ha_errors.MethodNotAllowedError):
            raise NotHomeAssistantError(f"{self.url} answered, but /api/{path} does not exist "
                                        "there: this is not Home Assistant (or its api: "
                                        "integration is off). Enter the address you open "
                                        "Home Assistant with.") from None
        except ha_errors.UnexpectedStatusCodeError as exc:
            raise _status_error(_status_of(exc), self.url) from None
        except ha_errors.InternalServerError as exc:
            raise _status_error(_status_of(exc) or 500, self.url) from None
        except ha_errors.RequestTimeoutError as exc:
            raise HassTimeoutError(f"{self.url} did not answer within {self.timeout:g} s. "
                                   "Check the address and that this computer can reach Home "
                                   "Assistant.") from exc.__cause__
        except ha_errors.RequestError:
            raise HassCommandError(f"Home Assistant refused the request to /api/{path} as "
                                   "invalid (HTTP 400).") from None
        except (ha_errors.MalformedDataError, ha_errors.ProcessorNotFoundError):
            raise NotHomeAssistantError(f"{self.url} answered with something that is not Home "
                                        "Assistant's API. Enter the address you open Home "
                                        "Assistant with.") from None
        except ha_errors.HomeassistantAPIError as exc:
            raise HassUnavailableError(f"Home Assistant answered unexpectedly "
                                       f"({type(exc).__name__}).") from None
        except HassError:
            raise
        except Exception as exc:  # niquests' transport errors: DNS, refused, TLS, timeout
            raise classify_network_error(exc, self.url) from None

    def webhook(self, webhook_id: str, message: dict) -> Any:
        """POST to a mobile_app webhook (no token needed); None for an empty 200 reply."""
        status, content = self._within_deadline(lambda: self._post(webhook_id, message))
        if status == 410:
            raise RegistrationGoneError("Home Assistant deleted this app's registration.")
        if status >= 400:
            raise _status_error(status, self.url)
        if not content.strip():
            return None
        try:
            return json.loads(content)
        except (ValueError, RecursionError):
            raise NotHomeAssistantError(f"{self.url} answered the webhook with something that "
                                        "is not JSON.") from None

    def _post(self, webhook_id: str, message: dict) -> tuple[int, bytes]:
        try:
            response = requests.post(f"{self.url}/api/webhook/{webhook_id}", json=message,
                                     timeout=self.timeout, verify=self.ca_file or True)
            return response.status_code, response.content
        except requests.RequestException as exc:
            raise classify_network_error(exc, self.url) from None

    def info(self) -> HassInfo:
        """Version, location and URLs; proves that the address and the token work."""
        running = self.request("GET", "")
        if not isinstance(running, dict) or running.get("message") != "API running.":
            raise NotHomeAssistantError(f"{self.url} answered, but not like Home Assistant.")
        config = self.config()
        components = tuple(sorted(str(c) for c in config.get("components") or ()))
        return HassInfo(version=str(config["version"]),
                        location_name=str(config.get("location_name") or ""),
                        external_url=config.get("external_url") or None,
                        internal_url=config.get("internal_url") or None,
                        cloud_url=self._cloud_url() if "cloud" in components else None,
                        components=components)

    def config(self) -> dict:
        config = self.request("GET", "config")
        if not isinstance(config, dict) or "version" not in config:
            raise NotHomeAssistantError(f"{self.url} answered, but not like Home Assistant.")
        return config

    def require_running(self) -> None:
        """HassUnavailableError unless HA has finished starting."""
        state = self.config().get("state")
        if state not in (None, "RUNNING"):
            raise HassUnavailableError(f"Home Assistant is not ready ({str(state).lower()}); "
                                       "values wait and are sent when it is.")

    def check_config(self) -> ConfigCheck:
        """HA's own check of its YAML. Errors inside an integration come back as warnings."""
        reply = self.request("POST", "config/core/check_config", {})
        if not isinstance(reply, dict) or "result" not in reply:
            raise NotHomeAssistantError(f"{self.url} gave no configuration check result.")
        return ConfigCheck(str(reply["result"]), reply.get("errors") or None,
                           reply.get("warnings") or None)

    def states(self) -> dict[str, dict]:
        return {s["entity_id"]: s for s in self.request("GET", "states") or []
                if isinstance(s, dict) and "entity_id" in s}

    def states_entity_ids(self) -> set[str]:
        return set(self.states())

    def entity_ids(self) -> set[str]:
        """Every id in use: live states plus registry entries (disabled ones have no state)."""
        return self.states_entity_ids() | {e["entity_id"] for e in self.entity_registry()}

    def set_state(self, entity_id: str, state: Any, attributes: dict) -> dict:
        """POST /api/states/<entity_id>: a state outside the registry, gone after a restart."""
        written = self._call(lambda: self._client.set_state(State(
            entity_id=entity_id, state=str(state), attributes=attributes)), f"states/{entity_id}")
        return {"entity_id": written.entity_id, "state": written.state,
                "attributes": written.attributes}

    def delete_state(self, entity_id: str) -> bool:
        """Remove a REST-created state; False when there was none."""
        return self.request("DELETE", f"states/{entity_id}", missing_ok=True) is not None

    # -- websocket -------------------------------------------------------------------------

    def websocket(self) -> HassWebsocket:
        """A session for several commands: ``with api.websocket() as ws: ws.call(...)``."""
        return HassWebsocket(self.url, self._token, self.timeout, self.ca_file,
                             deadline=self.deadline)

    def ws(self, message: dict) -> Any:
        with self.websocket() as ws:
            return ws.call(message)

    def entity_registry(self) -> list[dict]:
        return self.ws({"type": "config/entity_registry/list"})

    def registry_entries(self, entity_ids: list[str]) -> dict[str, dict | None]:
        """The registry entries for these ids (None where no entity has the id)."""
        if not entity_ids:
            return {}
        return self.ws({"type": "config/entity_registry/get_entries",
                        "entity_ids": list(entity_ids)})

    def remove_entity(self, entity_id: str) -> None:
        """Delete a registry entry (mobile_app does not bring it back until re-registered)."""
        self.ws({"type": "config/entity_registry/remove", "entity_id": entity_id})

    def rename_entity(self, old: str, new: str) -> None:
        """Give a registry entity a new id. A bare REST state holding ``new`` is removed first
        (HA refuses the rename otherwise); a registry entity holding it is never touched."""
        with self.websocket() as ws:
            holder = ws.call({"type": "config/entity_registry/get_entries",
                              "entity_ids": [new]}).get(new)
            if holder is not None:
                raise HassCommandError(f"{new} already belongs to another entity in Home "
                                       "Assistant; rename or delete that one first.",
                                       "entity_id_taken")
            self.delete_state(new)
            ws.call({"type": "config/entity_registry/update", "entity_id": old,
                     "new_entity_id": new})

    def set_external_url(self, url: str) -> None:
        self.ws({"type": "config/core/update", "external_url": url})

    def _cloud_url(self) -> str | None:
        """The Home Assistant Cloud (Nabu Casa) remote URL, when logged in."""
        try:
            status = self.ws({"type": "cloud/status"})
        except HassError:
            return None
        if not isinstance(status, dict) or not status.get("logged_in"):
            return None
        prefs = status.get("prefs") if isinstance(status.get("prefs"), dict) else {}
        remote = status.get("remote_domain") or prefs.get("remote_domain")
        return f"https://{remote}" if remote else None


def _status_of(exc: Exception) -> int | None:
    match = re.search(r"\b([1-5]\d\d)\b", str(exc))
    return int(match.group(1)) if match else None


def _status_error(status: int | None, url: str) -> HassError:
    if status == 401:
        return HassAuthError(AUTH_401)
    if status == 403:
        return HassAuthError(AUTH_403)
    if status == 410:
        return RegistrationGoneError("Home Assistant deleted this app's registration.")
    if status == 404:
        return NotHomeAssistantError(f"{url} answered 404: this is not Home Assistant's API.")
    if status is not None and status >= 500:
        return HassUnavailableError(f"Home Assistant answered HTTP {status}: it is starting, "
                                    "restarting or in trouble. Values wait and are sent when "
                                    "it answers again.")
    if status == 400:
        return HassCommandError("Home Assistant refused the request as invalid (HTTP 400).")
    return HassUnavailableError(f"Home Assistant answered unexpectedly (HTTP {status}).")
