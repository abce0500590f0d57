"""Talking to Home Assistant: REST through homeassistant-api, the rest by hand.

homeassistant-api serves what it models and we use: ``/api/`` (running), ``/api/config``,
``/api/states``, and its error types. What it does not model, or models in a way that fails
on a supported release, is done by hand, each for a reason in docs/HOME_ASSISTANT_API.md
(checked by tests/core/hass/test_homeassistant_api.py): the config check's messages, deleting
a state, the mobile_app registration and its webhooks, and the whole websocket API.

Every failure becomes one of the named errors in ``errors.py`` with a message for the user.
TLS verification is never turned off; ``ca_file`` only adds a trust anchor (tests, private CA).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPMethod
from typing import Any, Callable

import homeassistant_api
import homeassistant_api.errors as ha_errors
import pydantic
import requests
from homeassistant_api.processing import process_response

from withings_gui.core.hass.errors import (AUTH_401, AUTH_403, HassAuthError, HassCommandError,
                                           HassDnsError, HassError, HassRefusedError,
                                           HassTimeoutError, HassTlsError, HassUnavailableError,
                                           HassUrlError, NotHomeAssistantError,
                                           RegistrationGoneError, classify_network_error)
from withings_gui.core.hass.deadline import DeadlineExceeded, within
from withings_gui.core.hass.websocket import HassWebsocket
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
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

    def close(self) -> None:
        """Close the pooled connections now, not when the garbage collector gets to them."""
        self._client.__exit__(None, None, None)  # the library's way to close its session

    def __enter__(self) -> "HassApi":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _new_client(self) -> homeassistant_api.Client:
        client = _Client(f"{self.url}/api", self._token,
                         global_request_kwargs={"timeout": self.timeout})
        if self.ca_file:  # after the constructor, which sets verify=True
            client.global_request_kwargs["verify"] = self.ca_file
        return client

    def _within_deadline(self, action: Callable[[], Any]) -> Any:
        try:
            return within(self.deadline, action)
        except DeadlineExceeded:
            # The abandoned request may still hold a pooled connection: start afresh.
            self._client = self._new_client()
            raise HassTimeoutError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} did not finish answering within {seconds} s (it answers "
                "too slowly). Values wait and are sent when it answers normally."),
                {"url": self.url, "seconds": f"{self.deadline:g}"})) from None

    # -- REST ------------------------------------------------------------------------------

    def _call(self, action: Callable[[homeassistant_api.Client], Any], path: str) -> Any:
        """``action(client)`` within the deadline, its failures as named HassErrors."""
        client = self._client
        return self._within_deadline(lambda: self._call_unbounded(lambda: action(client), path))

    def _call_unbounded(self, action: Callable[[], Any], path: str) -> Any:
        try:
            return action()
        except ha_errors.UnauthorizedError:
            raise HassAuthError(AUTH_401) from None
        except (ha_errors.EndpointNotFoundError, ha_errors.MethodNotAllowedError):
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered, but /api/{path} does not exist there: this is "
                "not Home Assistant (or its api: integration is off). Enter the address you "
                "open Home Assistant with."), {"url": self.url, "path": path})) from None
        except (ha_errors.UnexpectedStatusCodeError, ha_errors.InternalServerError) as exc:
            raise _status_error(getattr(exc, "status_code", None), self.url) from None
        except ha_errors.RequestTimeoutError as exc:
            raise HassTimeoutError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} did not answer within {seconds} s. Check the address and "
                "that this computer can reach Home Assistant."),
                {"url": self.url, "seconds": f"{self.timeout:g}"})) from exc.__cause__
        except ha_errors.RequestError:
            raise HassCommandError(f"Home Assistant refused the request to /api/{path} as "
                                   "invalid (HTTP 400).") from None
        except (ha_errors.MalformedDataError, ha_errors.ProcessorNotFoundError,
                pydantic.ValidationError, TypeError):
            # TypeError and ValidationError: the library's own checks of a reply's shape.
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered with something that is not Home Assistant's API. "
                "Enter the address you open Home Assistant with."), {"url": self.url})) \
                from None
        except ha_errors.HomeassistantAPIError as exc:
            raise HassUnavailableError(f"Home Assistant answered unexpectedly "
                                       f"({type(exc).__name__}).") from None
        except HassError:
            raise
        except Exception as exc:  # niquests' transport errors: DNS, refused, TLS, timeout
            raise classify_network_error(exc, self.url) from None

    def webhook(self, webhook_id: str, message: dict) -> Any:
        """POST to a mobile_app webhook (no token needed); None for an empty 200 reply.
        By hand: homeassistant-api does not model mobile_app (docs/HOME_ASSISTANT_API.md)."""
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
        if not self._call(lambda client: client.check_api_running(), ""):
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered, but not like Home Assistant."),
                {"url": self.url}))
        config = self.config()
        components = tuple(sorted(str(c) for c in config.get("components") or ()))
        return HassInfo(version=str(config["version"]),
                        location_name=str(config.get("location_name") or ""),
                        external_url=config.get("external_url") or None,
                        internal_url=config.get("internal_url") or None,
                        cloud_url=self._cloud_url() if "cloud" in components else None,
                        components=components)

    def config(self) -> dict:
        config = self._call(lambda client: client.get_config(), "config")
        if "version" not in config:
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered, but not like Home Assistant."),
                {"url": self.url}))
        return config

    def require_running(self) -> None:
        """HassUnavailableError unless HA has finished starting."""
        state = self.config().get("state")
        if state not in (None, "RUNNING"):
            raise HassUnavailableError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "Home Assistant is not ready ({state}); values wait and are sent "
                "when it is."), {"state": str(state).lower()}))

    def check_config(self) -> ConfigCheck:
        """HA's own check of its YAML. Errors inside an integration come back as warnings.
        By hand: the library's ``check_api_config()`` keeps only valid/invalid, not HA's
        messages, which the user needs to see."""
        reply = self._call(lambda client: client.request(
            "config/core/check_config", method=HTTPMethod.POST), "config/core/check_config")
        if not isinstance(reply, dict) or "result" not in reply:
            raise NotHomeAssistantError(f"{self.url} gave no configuration check result.")
        return ConfigCheck(str(reply["result"]), reply.get("errors") or None,
                           reply.get("warnings") or None)

    def states_entity_ids(self) -> set[str]:
        """The entity ids that have a state now (a disabled entity has none)."""
        return {state.entity_id for state in self._call(lambda client: client.get_states(),
                                                        "states")}

    def delete_state(self, entity_id: str) -> bool:
        """Remove a REST-created state; False when there was none. By hand: the library has
        no call for ``DELETE /api/states/<entity_id>``."""
        path = f"states/{entity_id}"

        def delete(client: homeassistant_api.Client) -> bool:
            try:
                client.request(path, method=HTTPMethod.DELETE)
            except ha_errors.EndpointNotFoundError:  # HA's 404: no such state
                return False
            return True
        return self._call(delete, path)

    def register_mobile_app(self, registration: dict) -> Any:
        """``POST /api/mobile_app/registrations`` (needs the token); HA's reply. By hand: the
        library does not model mobile_app."""
        path = "mobile_app/registrations"
        return self._call(lambda client: client.request(path, method=HTTPMethod.POST,
                                                        json=registration), path)

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

    def set_external_url(self, url: str) -> bool:
        """Set HA's external URL and read it back. False, with nothing written, when HA's
        core settings come from configuration.yaml: HA would take the change, then lose it
        at its next restart."""
        if self.config().get("config_source") == "yaml":
            return False
        self.ws({"type": "config/core/update", "external_url": url})
        now = self.config().get("external_url") or ""
        if now.rstrip("/") != url.rstrip("/"):
            raise HassCommandError(f"Home Assistant kept {now or 'no external URL'} as its "
                                   f"external URL instead of {url}.")
        return True

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


def _status_error(status: int | None, url: str) -> HassError:
    if status == 401:
        return HassAuthError(AUTH_401)
    if status == 403:
        return HassAuthError(AUTH_403)
    if status == 410:
        return RegistrationGoneError("Home Assistant deleted this app's registration.")
    if status == 404:
        return NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
            "core.hass", "{url} answered 404: this is not Home Assistant's API."),
            {"url": url}))
    if status is not None and status >= 500:
        return HassUnavailableError(Message("core.hass", QT_TRANSLATE_NOOP(
            "core.hass", "Home Assistant answered HTTP {status}: it is starting, restarting or "
            "in trouble. Values wait and are sent when it answers again."),
            {"status": status}))
    if status == 400:
        return HassCommandError("Home Assistant refused the request as invalid (HTTP 400).")
    return HassUnavailableError(Message("core.hass", QT_TRANSLATE_NOOP(
        "core.hass", "Home Assistant answered unexpectedly (HTTP {status})."),
        {"status": status}))


class _Client(homeassistant_api.Client):
    """homeassistant-api's REST client, keeping the HTTP status on the two errors that name
    it only in their text (403 and 410 are both UnexpectedStatusCodeError; 500 and 503 both
    InternalServerError): the user is told which it was, and 410 means something else."""

    @staticmethod
    def response_logic(response: Any) -> Any:
        try:
            return process_response(response)
        except (ha_errors.UnexpectedStatusCodeError, ha_errors.InternalServerError) as exc:
            exc.status_code = response.status_code
            raise
