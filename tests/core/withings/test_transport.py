"""The transport policy of Withings calls, against real local servers: a redirect is never
followed (nothing reaches the host it names), and a server that trickles its answer is cut
off at the whole-request deadline."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from tests.support.local_server import local_server
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import (RedirectRefusedError, WithingsError,
                                               WithingsNetworkError)
from withings_gui.core.withings.oauth import exchange_code, refresh_tokens
from withings_gui.core.withings.transport import DATA_DEADLINE, TOKEN_DEADLINE
from withings_gui.demo.cloud import DEMO_CLIENT_ID

REDIRECTS = (301, 302, 303, 307, 308)
TOKEN_REPLY = {"status": 0, "body": {"access_token": "a" * 40, "refresh_token": "r" * 40,
                                     "expires_in": 10800, "userid": "1", "scope": "user.info",
                                     "token_type": "Bearer"}}
GOALS_REPLY = {"status": 0, "body": {"goals": {"steps": 9000}}}
SHORT_DEADLINE = 0.6
TRICKLE_EVERY = 0.05  # far below the per-read timeout: only a whole-request deadline helps
# Pre-fix, a trickled answer completes after this long; the tests must end well before.
TRICKLE_BYTES = 120


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers like Withings and remembers every request that reached it."""
    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, str, bytes]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.seen.append((self.command, self.path, body))
        reply = TOKEN_REPLY if "oauth2" in self.path else GOALS_REPLY
        content = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = _answer


def redirector(status: int, target: str) -> type[http.server.BaseHTTPRequestHandler]:
    class Redirect(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Location", target + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Redirect


@pytest.fixture
def elsewhere():
    """Another 127.0.0.1 server a redirect points at; its ``seen`` must stay empty."""
    seen: list = []
    handler = type("Elsewhere", (Recorder,), {"seen": seen})
    with local_server(handler) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen


@pytest.mark.hostile("Withings redirects (data and token calls)")
@pytest.mark.parametrize("status", REDIRECTS)
def test_a_data_call_is_never_redirected(status, elsewhere, tokens, clock, cloud):
    target, seen = elsewhere
    with local_server(redirector(status, target)) as server:
        endpoints = Endpoints(auth_url=cloud.url, api_url=f"http://127.0.0.1:"
                                                           f"{server.server_address[1]}")
        with WithingsClient(endpoints, tokens, clock, timeout=5) as client:
            with pytest.raises(RedirectRefusedError, match=f"redirect \\(HTTP {status}\\)"):
                client.get_goals()
    assert seen == []  # the Bearer token went nowhere else


@pytest.mark.hostile("Withings redirects (data and token calls)")
@pytest.mark.parametrize("status", REDIRECTS)
def test_token_calls_are_never_redirected(status, elsewhere, clock):
    target, seen = elsewhere
    with local_server(redirector(status, target)) as server:
        endpoints = Endpoints(api_url=f"http://127.0.0.1:{server.server_address[1]}")
        with pytest.raises(WithingsError, match="never follows redirects"):
            refresh_tokens(endpoints, DEMO_CLIENT_ID, "the-client-secret", "the-refresh-token",
                           clock)
        with pytest.raises(WithingsError, match="never follows redirects"):
            exchange_code(endpoints, DEMO_CLIENT_ID, "the-client-secret", "the-code",
                          "https://ha.example.com/auth/external/callback", clock)
    assert seen == []  # neither the client secret nor the refresh token left


def trickler(headers_too: bool, stop: threading.Event
             ) -> type[http.server.BaseHTTPRequestHandler]:
    """A server that answers one byte every TRICKLE_EVERY seconds (a valid reply in the end)."""
    class Trickle(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            reply = TOKEN_REPLY if "oauth2" in self.path else GOALS_REPLY
            body = json.dumps(reply).encode().ljust(TRICKLE_BYTES)
            head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n").encode()
            if not headers_too:
                self.wfile.write(head)
                self.wfile.flush()
            try:
                for byte in (head if headers_too else b"") + body:
                    if stop.wait(TRICKLE_EVERY):  # the server's pace, not a test's wait
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
            except OSError:
                pass  # the client hung up: what the deadline is for

    return Trickle


@pytest.fixture(params=["body", "headers"])
def trickling(request):
    stop = threading.Event()
    with local_server(trickler(request.param == "headers", stop)) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}"
        stop.set()


@pytest.mark.hostile("trickling Withings server (whole-request deadline)")
def test_a_trickling_data_reply_ends_at_the_deadline(trickling, tokens, clock, cloud):
    with WithingsClient(Endpoints(auth_url=cloud.url, api_url=trickling), tokens, clock,
                        timeout=5, deadline=SHORT_DEADLINE) as client:
        started = time.monotonic()
        with pytest.raises(WithingsNetworkError, match="did not answer in time"):
            client.get_goals()
        took = time.monotonic() - started
        # The whole reply would take TRICKLE_BYTES × TRICKLE_EVERY (6 s or more).
        assert SHORT_DEADLINE <= took < SHORT_DEADLINE + 2.5, took


@pytest.mark.hostile("trickling Withings server (whole-request deadline)")
def test_a_trickling_token_reply_ends_at_the_deadline(trickling, clock):
    started = time.monotonic()
    with pytest.raises(WithingsNetworkError, match="did not answer in time"):
        # Token-like values: what refresh_tokens is given is masked in every later log
        # line of this process, and "refresh" would mask the word (tests/core/test_logs.py).
        refresh_tokens(Endpoints(api_url=trickling), DEMO_CLIENT_ID, "secret-5c1d9e",
                       "refresh-token-7b2f0a", clock, deadline=SHORT_DEADLINE)
    took = time.monotonic() - started
    assert SHORT_DEADLINE <= took < SHORT_DEADLINE + 2.5, took


def test_a_quick_reply_is_not_affected_by_the_deadline(elsewhere, tokens, clock, cloud):
    target, seen = elsewhere
    with WithingsClient(Endpoints(auth_url=cloud.url, api_url=target), tokens, clock,
                        timeout=5, deadline=SHORT_DEADLINE) as client:
        for _ in range(5):  # kept-alive connection reused: each request has its own deadline
            assert client.get_goals().steps == 9000
        assert len(seen) == 5


def test_the_deadlines_are_a_minute_for_data_and_half_for_tokens():
    assert (DATA_DEADLINE, TOKEN_DEADLINE) == (60.0, 30.0)
