"""Talking to Home Assistant: REST through homeassistant-api, the websocket API by hand.

homeassistant-api's own websocket helpers cannot parse HA 2024.3's entity registry replies,
so registry and config commands are plain websocket messages.
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import homeassistant_api
import requests
import homeassistant_api.errors as ha_errors
import websocket

from withings_gui.core.hass.errors import (HassAuthError, HassError, HassUnavailableError,
                                           HassUrlError, NotHomeAssistantError,
                                           RegistrationGoneError, classify_network_error)
from withings_gui.core.redact import register_secret
from withings_gui.core.validation import InputError, normalize_ha_url


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


class HassApi:
    def __init__(self, url: str, token: str, timeout: float = 10,
                 ca_file: str | None = None) -> None:
        try:
            self.url = normalize_ha_url(url)
        except InputError as exc:
            raise HassUrlError(str(exc)) from None
        register_secret(token)
        self._token = token
        self._timeout = timeout
        self._ca_file = ca_file
        self._client = homeassistant_api.Client(f"{self.url}/api", token,
                                                global_request_kwargs={"timeout": timeout})
        if ca_file:  # an extra trust anchor for tests; verification itself is never off
            self._client.global_request_kwargs["verify"] = ca_file

    # -- REST ------------------------------------------------------------------------------

    def request(self, method: str, path: str, payload: Any = None) -> Any:
        """One REST call below /api; its JSON reply."""
        kwargs = {"json": payload} if payload is not None else {}
        try:
            return self._client.request(path, method=method, **kwargs)
        except ha_errors.UnauthorizedError:
            raise HassAuthError("Home Assistant refused the access token (401). Create a new "
                                "long-lived access token under your HA profile → Security and "
                                "enter it again.") from None
        except ha_errors.EndpointNotFoundError:
            raise NotHomeAssistantError(f"{self.url} answered, but /api/{path} does not exist: "
                                        "this is not Home Assistant, or its API is off.") \
                from None
        except ha_errors.UnexpectedStatusCodeError as exc:
            if "410" in str(exc):
                raise RegistrationGoneError("Home Assistant deleted this app's registration.") \
                    from None
            raise HassUnavailableError(f"Home Assistant answered unexpectedly ({exc}).") \
                from None
        except ha_errors.InternalServerError as exc:
            raise HassUnavailableError(f"Home Assistant had an internal error ({exc}); it may "
                                       "still be starting.") from None
        except (ha_errors.MalformedDataError, ha_errors.ProcessorNotFoundError) as exc:
            raise NotHomeAssistantError(f"{self.url} answered with something that is not Home "
                                        f"Assistant's API ({type(exc).__name__}).") from None
        except ha_errors.RequestTimeoutError as exc:
            raise classify_network_error(exc, self.url) from None
        except ha_errors.HomeassistantAPIError as exc:
            raise HassUnavailableError(f"Home Assistant refused the request ({exc}).") from None
        except Exception as exc:  # niquests' transport errors: DNS, refused, TLS, timeout
            if isinstance(exc, HassError):
                raise
            raise classify_network_error(exc, self.url) from None

    def webhook(self, webhook_id: str, message: dict) -> Any:
        """POST to a mobile_app webhook; None when HA answers with an empty body."""
        try:
            response = requests.post(f"{self.url}/api/webhook/{webhook_id}", json=message,
                                     timeout=self._timeout, verify=self._ca_file or True)
        except requests.RequestException as exc:
            raise classify_network_error(exc, self.url) from None
        if response.status_code == 410:
            raise RegistrationGoneError("Home Assistant deleted this app's registration.")
        if response.status_code >= 500:
            raise HassUnavailableError(f"Home Assistant answered HTTP {response.status_code}; "
                                       "it may still be starting.")
        if response.status_code >= 400:
            raise HassError(f"Home Assistant refused the update (HTTP {response.status_code}).")
        if not response.content.strip():
            return None
        try:
            return response.json()
        except ValueError:
            raise NotHomeAssistantError(f"{self.url} answered the webhook with something that "
                                        "is not JSON.") from None

    def info(self) -> HassInfo:
        running = self.request("GET", "")
        if not isinstance(running, dict) or running.get("message") != "API running.":
            raise NotHomeAssistantError(f"{self.url} answered, but not like Home Assistant.")
        config = self.request("GET", "config")
        if not isinstance(config, dict) or "version" not in config:
            raise NotHomeAssistantError(f"{self.url} answered, but not like Home Assistant.")
        components = tuple(config.get("components") or ())
        return HassInfo(version=str(config["version"]),
                        location_name=str(config.get("location_name") or ""),
                        external_url=config.get("external_url") or None,
                        internal_url=config.get("internal_url") or None,
                        cloud_url=self._cloud_url() if "cloud" in components else None,
                        components=components)

    def check_config(self) -> ConfigCheck:
        reply = self.request("POST", "config/core/check_config", {})
        return ConfigCheck(str(reply.get("result")), reply.get("errors"), reply.get("warnings"))

    def states_entity_ids(self) -> set[str]:
        return {state["entity_id"] for state in self.request("GET", "states")}

    def delete_state(self, entity_id: str) -> None:
        try:
            self.request("DELETE", f"states/{entity_id}")
        except NotHomeAssistantError:  # 404: there was no such state
            pass

    # -- websocket -------------------------------------------------------------------------

    def ws(self, message: dict) -> Any:
        """Send one websocket command on a fresh authenticated connection; its result."""
        parts = urlsplit(self.url)
        ws_url = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}/api/websocket"
        sslopt = {"cert_reqs": ssl.CERT_REQUIRED}
        if self._ca_file:
            sslopt["ca_certs"] = self._ca_file
        try:
            conn = websocket.create_connection(ws_url, timeout=self._timeout, sslopt=sslopt)
        except Exception as exc:
            raise classify_network_error(exc, self.url) from None
        try:
            conn.recv()  # auth_required
            conn.send(json.dumps({"type": "auth", "access_token": self._token}))
            if json.loads(conn.recv()).get("type") != "auth_ok":
                raise HassAuthError("Home Assistant refused the access token on its websocket "
                                    "API; create a new long-lived token.")
            conn.send(json.dumps({"id": 1, **message}))
            while True:
                reply = json.loads(conn.recv())
                if reply.get("id") == 1 and reply.get("type") == "result":
                    break
        except HassError:
            raise
        except Exception as exc:
            raise classify_network_error(exc, self.url) from None
        finally:
            conn.close()
        if not reply.get("success"):
            error = reply.get("error") or {}
            raise HassError(f"Home Assistant refused {message.get('type')}: "
                            f"{error.get('message') or error.get('code') or 'unknown error'}")
        return reply.get("result")

    def entity_registry(self) -> list[dict]:
        return self.ws({"type": "config/entity_registry/list"})

    def rename_entity(self, old: str, new: str) -> None:
        # A REST-created state holding the wanted id blocks the rename; clear it first.
        self.delete_state(new)
        self.ws({"type": "config/entity_registry/update", "entity_id": old,
                 "new_entity_id": new})

    def set_external_url(self, url: str) -> None:
        self.ws({"type": "config/core/update", "external_url": url})

    def _cloud_url(self) -> str | None:
        try:
            status = self.ws({"type": "cloud/status"})
        except HassError:
            return None
        remote = (status or {}).get("remote_domain") if isinstance(status, dict) else None
        return f"https://{remote}" if remote else None
