"""A simulated Withings cloud over real HTTP, for ``--demo`` and for every test.

It serves the account host's authorize page and the API host's endpoints on one local port,
with the same paths as Withings, so the app only swaps base URLs. Replies use Withings'
envelope and status codes; OAuth follows Withings' rules (see ``tokens.py``); faults can be
switched on (see ``faults.py``); a clock can be injected so tests move time by hand.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from typing import Callable, Iterator
from urllib.parse import urlencode

from withings_gui.demo.faults import FaultInjector
from withings_gui.demo.tokens import App, TokenAuthority, TokenRefused
from withings_gui.demo.users import DemoUser, GroupFactory, body_composition, make_users

# Withings client ids and secrets are 64 hex characters; these are the demo app's.
DEMO_CLIENT_ID = hashlib.sha256(b"withings-gui demo client id").hexdigest()
DEMO_CLIENT_SECRET = hashlib.sha256(b"withings-gui demo client secret").hexdigest()
RATE_LIMIT_PER_MINUTE = 120


@dataclass(frozen=True)
class RecordedRequest:
    time: float
    method: str
    path: str
    action: str | None
    status: int


class SimulatedCloud:
    def __init__(self, seed: int = 1, clock: Callable[[], float] = time.time,
                 page_size: int = 200, live_interval: float | None = None, years: float = 3,
                 host: str = "127.0.0.1", port: int = 0, strict_duplicates: bool = False):
        self.clock = clock
        self.page_size = page_size
        self.live_interval = live_interval
        self.strict_duplicates = strict_duplicates
        self.started_at = clock()
        self.users: dict[int, DemoUser] = make_users(seed, int(self.started_at), years)
        self._groups = GroupFactory(max(g["grpid"] for u in self.users.values()
                                        for g in u.groups))
        self._live_added = 0
        self.tokens = TokenAuthority(clock)
        self.faults = FaultInjector()
        self.requests: list[RecordedRequest] = []
        self._recent: dict[str, deque] = {}
        self._last_seen: dict[tuple, float] = {}
        self._lock = threading.RLock()
        self.register_app(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, None)
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "SimulatedCloud":
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="simulated-withings", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> "SimulatedCloud":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what tests use ---------------------------------------------------------------

    def register_app(self, client_id: str, client_secret: str,
                     callback_urls: list[str] | None) -> None:
        self.tokens.apps[client_id] = App(client_id, client_secret, callback_urls)

    def add_measure_group(self, userid: int, date: int, measures: list[tuple[int, float]],
                          attrib: int = 0, category: int = 1) -> int:
        with self._lock:
            group = self._groups.make(date, measures, None, attrib, category)
            group["created"] = group["modified"] = int(self.clock())
            self.users[userid].groups.append(group)
            return group["grpid"]

    def measure_groups(self, userid: int) -> Iterator[dict]:
        with self._lock:
            self._add_live_weigh_ins()
            return iter(list(self.users[userid].groups))

    def authorize_headless(self, userid: int, client_id: str, redirect_uri: str, state: str,
                           scope: str) -> str:
        """The URL the browser is sent to after clicking Allow as ``userid``."""
        if not self.tokens.redirect_allowed(client_id, redirect_uri):
            raise ValueError("redirect_uri not allowed for this client_id")
        code = self.tokens.issue_code(client_id, redirect_uri, userid, scope)
        return _with_query(redirect_uri, code=code, state=state)

    def request_count(self, path: str | None = None, action: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if (path is None or r.path == path)
                       and (action is None or r.action == action))

    # -- internals ------------------------------------------------------------------

    def _add_live_weigh_ins(self) -> None:
        if not self.live_interval:
            return
        due = int((self.clock() - self.started_at) // self.live_interval)
        alice = next(u for u in self.users.values() if u.name == "Alice")
        while self._live_added < due:
            self._live_added += 1
            last = next(g for g in reversed(alice.groups)
                        if g["attrib"] == 0 and g["measures"][0]["type"] == 1)
            when = int(self.started_at + self._live_added * self.live_interval)
            rng = random.Random(when)  # each live weigh-in is the same in every run
            weight = last["measures"][0]["value"] / 1000 + rng.gauss(0, 0.2)
            alice.groups.append(self._groups.make(when, body_composition(weight, rng),
                                                  alice.devices[0]["deviceid"]))

    def record(self, method: str, path: str, action: str | None, status: int) -> None:
        with self._lock:
            self.requests.append(RecordedRequest(self.clock(), method, path, action, status))

    def rate_limited(self, key: str, signature: tuple) -> bool:
        now = self.clock()
        with self._lock:
            window = self._recent.setdefault(key, deque())
            while window and now - window[0] >= 60:
                window.popleft()
            window.append(now)
            if len(window) > RATE_LIMIT_PER_MINUTE:
                return True
            if self.strict_duplicates:
                last = self._last_seen.get(signature)
                self._last_seen[signature] = now
                return last is not None and now - last < 10
        return False


def _with_query(url: str, **params: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"


def _handler_for(cloud: SimulatedCloud):
    from withings_gui.demo.routes import Handler

    return type("BoundHandler", (Handler,), {"cloud": cloud})
