"""Plain websocket commands to Home Assistant (``/api/websocket``), one session at a time.

By hand, not through homeassistant-api's WebsocketClient: its entity registry calls reject
the replies of both supported releases (an update is applied, then reported as failed), its
errors hold HA's error code only in their text, and it has no call for ``get_entries``,
``config/core/update`` or ``cloud/status`` (docs/HOME_ASSISTANT_API.md, reproduced by
tests/core/hass/test_homeassistant_api.py). The protocol: ``auth_required`` → ``auth`` →
``auth_ok``, then commands with increasing ids, each answered by a ``result`` with that id.
A subscription (``subscribe_trigger``, ...) is a command whose id then tags every ``event``
HA sends for it, for as long as the connection lasts.
"""

from __future__ import annotations

import contextlib
import json
import ssl
import threading
from typing import Any, Iterator
from urllib.parse import urlsplit

import websocket

from withings_gui.core.hass.errors import (AUTH_401, AUTH_403, HassAuthError, HassCommandError,
                                           HassError, HassTimeoutError, HassUnavailableError,
                                           NotHomeAssistantError, classify_network_error)
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message


class HassWebsocket:
    """``with HassWebsocket(url, token) as ws: ws.call({"type": ...})``."""

    def __init__(self, url: str, token: str, timeout: float = 10,
                 ca_file: str | None = None, *, deadline: float | None = None) -> None:
        parts = urlsplit(url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self._url = url
        self._ws_url = f"{scheme}://{parts.netloc}/api/websocket"
        self._token = token
        self._timeout = timeout
        self._ca_file = ca_file
        self._deadline = deadline or timeout * 3
        self._conn: websocket.WebSocket | None = None
        self._next_id = 1
        self._expired = False

    def __enter__(self) -> "HassWebsocket":
        # Verification stays on; ca_file only adds a trust anchor (tests, private CAs).
        sslopt: dict[str, Any] = {"cert_reqs": ssl.CERT_REQUIRED}
        if self._ca_file:
            sslopt["ca_certs"] = self._ca_file
        self._conn = websocket.WebSocket(sslopt=sslopt)
        try:
            with self._watchdog():
                try:
                    self._conn.connect(self._ws_url, timeout=self._timeout)
                except websocket.WebSocketBadStatusException as exc:
                    raise _bad_status(exc.status_code, self._url) from None
                except Exception as exc:
                    raise self._network_error(exc) from None
                self._authenticate()
        except BaseException:
            self.close()
            raise
        return self

    @contextlib.contextmanager
    def _watchdog(self) -> Iterator[None]:
        """Cut the connection when the deadline passes: a trickling server makes every recv
        wait just under the timeout, which would add up to minutes."""
        def expire() -> None:
            self._expired = True
            conn = self._conn
            if conn is not None:
                conn.shutdown()

        timer = threading.Timer(self._deadline, expire)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _network_error(self, exc: BaseException) -> HassError:
        if self._expired:
            return HassTimeoutError(f"{self._url} did not finish answering within "
                                    f"{self._deadline:g} s (it answers too slowly).")
        return classify_network_error(exc, self._url)

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def call(self, message: dict) -> Any:
        """Send one command; its ``result``, or HassCommandError with HA's code and message."""
        return self._command(message)[1]

    def subscribe(self, message: dict) -> int:
        """Send a subscribing command; the id its events carry, once HA has confirmed it
        (HassCommandError when HA refuses it)."""
        return self._command(message)[0]

    def events(self, subscription: int, idle_s: float = 30) -> Iterator[dict | None]:
        """HA's events for ``subscription`` (each message's ``event``) as they come, and
        None after every ``idle_s`` of silence, so the caller can do other work.

        Silence is checked with a ping: without any answer within another ``idle_s``, HA
        (or the way to it) is gone and HassUnavailableError ends the loop, as does a closed
        connection. Blocks between events: this is for a process of its own."""
        self._conn.settimeout(idle_s)
        pinged = False
        while True:
            try:
                message = self._receive()
            except HassTimeoutError:
                if pinged:
                    raise HassUnavailableError(f"{self._url} stopped answering on its "
                                               "websocket.") from None
                self._send({"id": self._take_id(), "type": "ping"})
                pinged = True
                yield None
                continue
            pinged = False
            if message.get("id") == subscription and message.get("type") == "event":
                yield message.get("event")

    def _take_id(self) -> int:
        command_id = self._next_id
        self._next_id += 1
        return command_id

    def _command(self, message: dict) -> tuple[int, Any]:
        command_id = self._take_id()
        with self._watchdog():
            self._send({"id": command_id, **message})
            while True:
                reply = self._receive()
                if reply.get("id") == command_id and reply.get("type") == "result":
                    break
        if reply.get("success"):
            return command_id, reply.get("result")
        error = reply.get("error") if isinstance(reply.get("error"), dict) else {}
        code = error.get("code")
        if code == "unauthorized":
            raise HassAuthError(AUTH_403)
        raise HassCommandError(f"Home Assistant refused {message.get('type')}: "
                               f"{error.get('message') or code or 'no reason given'}", code)

    # -- protocol --------------------------------------------------------------------------

    def _authenticate(self) -> None:
        hello = self._receive()
        if hello.get("type") != "auth_required":
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered its websocket, but not like Home Assistant."),
                {"url": self._url}))
        self._send({"type": "auth", "access_token": self._token})
        reply = self._receive()
        if reply.get("type") == "auth_invalid":
            raise HassAuthError(AUTH_401)
        if reply.get("type") != "auth_ok":
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered its websocket, but not like Home Assistant."),
                {"url": self._url}))

    def _send(self, message: dict) -> None:
        try:
            self._conn.send(json.dumps(message))
        except Exception as exc:
            raise self._network_error(exc) from None

    def _receive(self) -> dict:
        try:
            text = self._conn.recv()
        except Exception as exc:
            raise self._network_error(exc) from None
        if not text:  # what recv gives for HA's close frame (2026.11 sends one on stopping)
            raise HassUnavailableError(f"{self._url} closed its websocket (Home Assistant "
                                       "stopped or restarted).")
        try:
            reply = json.loads(text)
        except (ValueError, RecursionError):
            raise NotHomeAssistantError(f"{self._url} sent something that is not JSON on its "
                                        "websocket.") from None
        if not isinstance(reply, dict):
            raise NotHomeAssistantError(Message("core.hass", QT_TRANSLATE_NOOP(
                "core.hass", "{url} answered its websocket, but not like Home Assistant."),
                {"url": self._url}))
        return reply



def _bad_status(status: int, url: str) -> HassError:
    if status in (401, 403):
        return HassAuthError(AUTH_401 if status == 401 else AUTH_403)
    if status >= 500:
        return HassUnavailableError(Message("core.hass", QT_TRANSLATE_NOOP(
            "core.hass", "Home Assistant answered HTTP {status} on its websocket: it is "
            "starting, restarting or in trouble."), {"status": status}))
    return NotHomeAssistantError(f"{url} has no Home Assistant websocket API (HTTP {status}).")
