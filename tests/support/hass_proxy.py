"""An HTTP proxy on 127.0.0.1 in front of a real Home Assistant that can spoil chosen replies.

    with HassProxy(hass.url) as proxy:
        proxy.fault("trickle", when=webhook("update_sensor_states"), times=1)
        HassApi(proxy.url, token)...     # everything else passes through unchanged

Faults: ``empty`` (200, no body), ``500``, ``410`` (no body), ``non_json`` (an HTML page),
``truncated`` (half the body, then the connection closes), ``trickle`` (the reply one byte
per ``trickle_interval`` seconds). The request still reaches HA first, as when a reply is
lost on the way back. Websocket upgrades are tunnelled byte for byte (or spoiled whole).
No ``X-Forwarded-For`` is added: HA answers 400 to that unless it trusts proxies.
"""

from __future__ import annotations

import http.client
import http.server
import json
import select
import socket
import threading
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from tests.support.local_server import local_server

FAULTS = ("empty", "500", "410", "non_json", "truncated", "trickle")
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade",
              "te", "trailer", "content-length", "host"}


@dataclass(frozen=True)
class Seen:
    """One request that passed the proxy."""
    method: str
    path: str
    message: object  # the JSON body, or None

    @property
    def webhook_type(self) -> str | None:
        if self.path.startswith("/api/webhook/") and isinstance(self.message, dict):
            return self.message.get("type")
        return None


def webhook(message_type: str) -> Callable[[Seen], bool]:
    return lambda seen: seen.webhook_type == message_type


def path_is(path: str) -> Callable[[Seen], bool]:
    return lambda seen: seen.path.split("?", 1)[0] == path


@dataclass
class _Fault:
    kind: str
    when: Callable[[Seen], bool]
    times: int | None


class HassProxy:
    def __init__(self, upstream: str, trickle_interval: float = 0.5) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.trickle_interval = trickle_interval
        self.seen: list[Seen] = []
        self.spoiled: list[tuple[str, Seen]] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._server_cm = None
        self.url = ""

    def __enter__(self) -> "HassProxy":
        self._server_cm = local_server(_handler(self))
        server = self._server_cm.__enter__()
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        return self

    def __exit__(self, *exc) -> None:
        self._server_cm.__exit__(*exc)

    def fault(self, kind: str, when: Callable[[Seen], bool] = lambda seen: True,
              times: int | None = None) -> None:
        assert kind in FAULTS, kind
        with self._lock:
            self._faults.append(_Fault(kind, when, times))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self.seen.clear()

    def _take_fault(self, seen: Seen) -> str | None:
        with self._lock:
            self.seen.append(seen)
            for fault in self._faults:
                if fault.times != 0 and fault.when(seen):
                    if fault.times is not None:
                        fault.times -= 1
                    self.spoiled.append((fault.kind, seen))
                    return fault.kind
        return None


def _handler(proxy: HassProxy):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_one_request(self):
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _relay(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            try:
                message = json.loads(body) if body else None
            except ValueError:
                message = None
            seen = Seen(self.command, self.path, message)
            fault = proxy._take_fault(seen)
            self.close_connection = True
            if self.headers.get("Upgrade", "").lower() == "websocket":
                if fault is None:
                    return self._tunnel(body)
                return self._answer(fault, 101, {}, b"")
            status, headers, reply = self._forward(body)
            self._answer(fault, status, headers, reply)

        do_GET = do_POST = do_DELETE = do_PUT = do_HEAD = _relay

        def _forward(self, body: bytes):
            conn = http.client.HTTPConnection(*proxy.upstream, timeout=30)
            try:
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in HOP_BY_HOP}
                conn.request(self.command, self.path, body=body or None, headers=headers)
                response = conn.getresponse()
                reply = response.read()
                kept = {k: v for k, v in response.getheaders() if k.lower() not in HOP_BY_HOP}
                return response.status, kept, reply
            finally:
                conn.close()

        def _answer(self, fault, status, headers, body):
            if fault == "empty":
                status, headers, body = 200, {}, b""
            elif fault in ("500", "410"):
                status, headers = int(fault), {}
                body = b"500 Internal Server Error" if fault == "500" else b""
            elif fault == "non_json":
                status, headers = 200, {"Content-Type": "text/html"}
                body = b"<html><body>Bad gateway</body></html>"
            head = [f"HTTP/1.1 {status} {http.client.responses.get(status, 'Status')}"]
            head += [f"{k}: {v}" for k, v in headers.items()]
            head += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
            raw = "\r\n".join(head).encode("latin-1") + body
            if fault == "truncated":
                raw = raw[: len(raw) - max(1, len(body) // 2)]
            if fault == "trickle":
                for i in range(len(raw)):
                    self.wfile.write(raw[i:i + 1])
                    self.wfile.flush()
                    time.sleep(proxy.trickle_interval)
                return
            self.wfile.write(raw)
            self.wfile.flush()

        def _tunnel(self, body: bytes):
            upstream = socket.create_connection(proxy.upstream, timeout=30)
            head = [self.requestline] + [f"{k}: {v}" for k, v in self.headers.items()]
            upstream.sendall("\r\n".join(head + ["", ""]).encode("latin-1") + body)
            client = self.connection
            try:
                while True:
                    ready, _, _ = select.select([client, upstream], [], [], 60)
                    if not ready:
                        return
                    for source in ready:
                        target = upstream if source is client else client
                        data = source.recv(65536)
                        if not data:
                            return
                        target.sendall(data)
            except OSError:
                return
            finally:
                upstream.close()

        def log_message(self, *args):
            pass
    return Handler
