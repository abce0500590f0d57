"""The HTTP plumbing of the simulated cloud: requests in, replies out, nothing Withings-
specific. Parameters from the query string and from a form body are merged (Withings takes
either). Stopping also closes kept-alive connections, so a stopped cloud answers nothing.
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    params: dict[str, str]
    headers: Mapping[str, str]


@dataclass(frozen=True)
class Reply:
    code: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)
    status: int | None = None  # an API reply's own status (Withings'), for the request log


class CloudServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a reply held back by a "delay" fault must not hold up stop()

    def __init__(self, host: str, port: int, app: Callable[[Request], Reply]) -> None:
        super().__init__((host, port), _Handler)
        self.app = app
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            (self._connections.add if open_ else self._connections.discard)(connection)

    def close_connections(self) -> None:
        with self._connections_lock:
            for connection in self._connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self._connections.clear()

    def handle_error(self, request: object, client_address: tuple) -> None:
        # Clients that hang up early (a timeout test, a closed browser) are not errors.
        log.debug("connection from %s ended early: %r", client_address, sys.exc_info()[1])


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CloudServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle's algorithm and the
        # client's delayed ACK add 40 ms to every reply on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self) -> None:
        self.server.track(self.connection, False)
        super().finish()

    def log_message(self, format: str, *args) -> None:  # tests read cloud.requests instead
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            body = self.rfile.read(length).decode("utf-8", "replace")
            if "form-urlencoded" in (self.headers.get("Content-Type") or "form-urlencoded"):
                params.update(parse_qsl(body, keep_blank_values=True))
        request = Request(self.command, parts.path.rstrip("/") or "/", params, self.headers)
        try:
            reply = self.server.app(request)
        except Exception:
            log.exception("simulated cloud failed on %s %s", self.command, parts.path)
            reply = Reply(500, b"internal error in the simulated cloud", "text/plain")
        self.send_response(reply.code)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
