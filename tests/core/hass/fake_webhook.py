"""A stand-in for Home Assistant's mobile_app webhook on 127.0.0.1 whose replies a test sets:
cheap enough for hypothesis to try hundreds of replies (no HA start per case)."""

from __future__ import annotations

import http.server
import json
from contextlib import contextmanager
from typing import Iterator

from tests.support.local_server import local_server

WEBHOOK_ID = "0123456789abcdef0123456789abcdef"


class FakeWebhook:
    def __init__(self, url: str) -> None:
        self.url = url
        # message type → (status, body); get_config answers like a live registration.
        self.replies: dict[str, tuple[int, bytes]] = {
            "get_config": (200, b'{"version": "2024.3.3", "entities": {}}')}
        self.received: list[dict] = []

    def answer(self, message_type: str, body: bytes, status: int = 200) -> None:
        self.replies[message_type] = (status, body)


def _handler(fake_of):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            message = json.loads(self.rfile.read(length) or b"{}")
            fake = fake_of()
            fake.received.append(message)
            if self.path != f"/api/webhook/{WEBHOOK_ID}":
                return self._send(200, b"")
            self._send(*fake.replies.get(message.get("type"), (200, b"")))

        def do_GET(self):
            if self.path == "/api/config":
                return self._send(200, b'{"version": "2024.3.3", "state": "RUNNING"}')
            self._send(404, b"")

        def _send(self, status, body):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass
    return Handler


@contextmanager
def fake_webhook() -> Iterator[FakeWebhook]:
    box: list[FakeWebhook] = []
    with local_server(_handler(lambda: box[0])) as server:
        box.append(FakeWebhook(f"http://127.0.0.1:{server.server_address[1]}"))
        yield box[0]
