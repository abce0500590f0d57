"""A stand-in for a push address on 127.0.0.1: answers Withings' HEAD check and records the
notifications POSTed to it; it can be told to fail (an HTTP code) for the first few."""

from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import parse_qsl

from tests.support.local_server import local_server


class CallbackRecorder:
    def __init__(self, head_code: int = 200, failures: int = 0, fail_code: int = 500) -> None:
        self.head_code = head_code
        self.failures = failures  # POSTs still to answer with ``fail_code``
        self.fail_code = fail_code
        self.heads = 0
        self.posts: list[dict[str, str]] = []  # every POST's form, failed ones too
        self.accepted: list[dict[str, str]] = []
        self.changed = threading.Condition()
        self.url = ""

    def wait_for(self, accepted: int, timeout: float = 10.0) -> bool:
        """Until this many notifications were accepted (a condition, not a sleep)."""
        with self.changed:
            return self.changed.wait_for(lambda: len(self.accepted) >= accepted, timeout)


@contextmanager
def callback_server(recorder: CallbackRecorder,
                    path: str = "/api/webhook/0123456789abcdef0123456789abcdef",
                    ) -> Iterator[CallbackRecorder]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_HEAD(self) -> None:  # noqa: N802
            recorder.heads += 1
            self.send_response(recorder.head_code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode()))
            with recorder.changed:
                recorder.posts.append(form)
                failing = recorder.failures > 0
                if failing:
                    recorder.failures -= 1
                else:
                    recorder.accepted.append(form)
                recorder.changed.notify_all()
            self.send_response(recorder.fail_code if failing else 200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    with local_server(Handler) as server:
        recorder.url = f"http://127.0.0.1:{server.server_address[1]}{path}"
        yield recorder
