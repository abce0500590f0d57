"""A proxy on 127.0.0.1 in front of the simulated Withings cloud that can change its replies:
a server lying about ``updatetime``, one that always says ``more``, and so on.

``proxy.rewrite = lambda action, params, payload: payload`` is called for every JSON reply
(``params`` are the request's form fields); what it returns is sent instead.
"""

from __future__ import annotations

import http.server
import json
from contextlib import contextmanager
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl

import requests

from tests.support.local_server import local_server

Rewrite = Callable[[str | None, dict[str, str], dict[str, Any]], dict[str, Any]]
FORWARDED_HEADERS = ("Authorization", "Content-Type", "User-Agent")
RETURNED_HEADERS = ("Content-Type", "Retry-After", "Location")


class ProxyState:
    def __init__(self, target: str) -> None:
        self.target = target
        self.rewrite: Rewrite | None = None
        self.requests: list[tuple[str, str | None]] = []  # (path, action)
        self.session = requests.Session()


@contextmanager
def withings_proxy(target: str) -> Iterator[tuple[str, ProxyState]]:
    """(the proxy's base URL, its state) while the block runs."""
    state = ProxyState(target)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            params = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
            action = params.get("action")
            state.requests.append((self.path, action))
            reply = state.session.post(
                state.target + self.path, data=body, allow_redirects=False, timeout=30,
                headers={name: self.headers[name] for name in FORWARDED_HEADERS
                         if self.headers.get(name)})
            content = reply.content
            if state.rewrite is not None and "json" in reply.headers.get("Content-Type", ""):
                content = json.dumps(state.rewrite(action, params, reply.json())).encode()
            self.send_response(reply.status_code)
            for name in RETURNED_HEADERS:
                if reply.headers.get(name):
                    self.send_header(name, reply.headers[name])
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

    with local_server(Handler) as server:
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}", state
        finally:
            state.session.close()
