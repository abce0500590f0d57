"""A simulated Withings cloud over real HTTP, for ``--demo`` and for every test.

One local port serves both the account host's authorize page and the API host's token and
data endpoints, under Withings' own paths, so the app only swaps base URLs. Replies use
Withings' envelope and status codes; OAuth follows Withings' rules (``tokens.py``); the
request limits are Withings' (``limits.py``); faults can be switched on (``faults.py``); the
clock can be injected so tests move time by hand. ``cloud.requests`` records every request
(secrets masked) so tests and benchmarks can count them. New data of a user with
subscriptions is notified to their callbacks (``notifications.py``).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self

from withings_gui.demo import routes
from withings_gui.demo.faults import FaultInjector
from withings_gui.demo.limits import RequestLimiter
from withings_gui.demo.measures import Device, measure_group
from withings_gui.demo.notifications import NotificationHub
from withings_gui.demo.server import CloudServer, Reply, Request
from withings_gui.demo.tokens import App, TokenAuthority
from withings_gui.demo.users import DemoUser, alice_weigh_in, make_users

# Withings client ids and secrets are 64 hex characters; these are the demo app's, which
# accepts any https redirect_uri.
DEMO_CLIENT_ID = hashlib.sha256(b"withings-gui demo client id").hexdigest()
DEMO_CLIENT_SECRET = hashlib.sha256(b"withings-gui demo client secret").hexdigest()
FIRST_GRPID = 3_100_000_000  # real group ids are this large
SECRET_PARAMS = {"client_secret", "code", "refresh_token", "access_token"}
BLOOD_PRESSURE_TYPES = {9, 10}


@dataclass(frozen=True)
class RecordedRequest:
    time: float
    method: str
    path: str
    action: str | None
    params: dict[str, str]  # secrets replaced by "***"
    status: int  # Withings' status for API replies, else the HTTP code


class SimulatedCloud:
    def __init__(self, seed: int = 1, clock: Callable[[], float] = time.time,
                 page_size: int = 200, live_interval: float | None = None,
                 host: str = "127.0.0.1", port: int = 0, *, years: float = 3,
                 strict_duplicates: bool = False, notify_time_scale: float = 1.0) -> None:
        """``years`` of measurement history per person (generation stays fast for 10+);
        ``live_interval``: seconds between new weigh-ins of Alice, None for none;
        ``notify_time_scale``: Withings' waits between notification retries, scaled."""
        self.seed = seed
        self.clock = clock
        self.page_size = page_size
        self.live_interval = live_interval
        self.started_at = int(clock())
        self.users: dict[int, DemoUser] = make_users(seed, self.started_at, years, FIRST_GRPID)
        self._next_grpid = FIRST_GRPID + sum(len(u.groups) for u in self.users.values())
        self._live_added = 0
        self.tokens = TokenAuthority(clock)
        self.faults = FaultInjector()
        self.limiter = RequestLimiter(clock, strict_duplicates)
        self.requests: list[RecordedRequest] = []
        self.notifications = NotificationHub(notify_time_scale, seed)
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self.register_app(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, None)
        self._server = CloudServer(host, port, self._answer)
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        # A short poll interval keeps stop() quick; tests start and stop hundreds of clouds.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name="simulated-withings", daemon=True)
        self._thread.start()
        if self.live_interval:
            # Weigh-ins happen whether or not the app asks: push needs them notified on time.
            threading.Thread(target=self._live_weigh_ins, name="simulated-withings-live",
                             daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # ends replies held back by a "delay" fault
        self.notifications.stop()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.close_connections()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests and the demo use ----------------------------------------------------

    @property
    def strict_duplicates(self) -> bool:
        return self.limiter.strict_duplicates

    @strict_duplicates.setter
    def strict_duplicates(self, value: bool) -> None:
        self.limiter.strict_duplicates = value

    def register_app(self, client_id: str, client_secret: str,
                     callback_urls: list[str] | None) -> None:
        """A developer app; ``callback_urls`` None accepts any https redirect_uri."""
        self.tokens.register(App(client_id, client_secret, callback_urls))

    def authorize_headless(self, userid: int, client_id: str, redirect_uri: str, state: str,
                           scope: str) -> str:
        """The URL the browser is sent to after logging in as ``userid`` and clicking Allow."""
        if client_id not in self.tokens.apps:
            raise ValueError("unknown client_id")
        if not self.tokens.redirect_allowed(client_id, redirect_uri):
            raise ValueError("redirect_uri not allowed for this client_id")
        if userid not in self.users:
            raise ValueError(f"no demo user {userid}")
        code = self.tokens.issue_code(client_id, redirect_uri, userid, scope)
        return routes.redirect_url(redirect_uri, code=code, state=state)

    def add_measure_group(self, userid: int, date: int, measures: list[tuple],
                          attrib: int = 0, category: int = 1) -> int:
        """A new group, uploaded now (so ``lastupdate`` finds it); returns its grpid."""
        with self._lock:
            user = self.users[userid]
            now = int(self.clock())
            group = measure_group(date=date, created=now, measures=measures,
                                  device=None if attrib == 2 else _device_for(user, measures),
                                  timezone=user.timezone, attrib=attrib, category=category)
            return self._append(user, group)

    def add_raw_group(self, userid: int, group: dict) -> int:
        """A group exactly as given (any unit, position, attrib), uploaded now; its grpid."""
        with self._lock:
            now = int(self.clock())
            return self._append(self.users[userid], {**group, "created": now, "modified": now})

    def hide_measure(self, userid: int, meastype: int) -> None:
        """As if the person hid this measure in the Withings app: replies leave it out."""
        with self._lock:
            self.users[userid].hidden.add(meastype)

    def add_unassigned_weigh_ins(self, userid: int, count: int) -> list[int]:
        """``count`` weigh-ins on the person's scale, hours apart up to now, that Withings
        could not attribute (attrib 1): they wait to be assigned in the app. Their grpids."""
        with self._lock:
            user = self.users[userid]
            now = int(self.clock())
            newest = next(g for g in reversed(user.groups) if g["attrib"] == 0
                          and any(m["type"] == 1 for m in g["measures"]))
            measures = [(m["type"], m["value"] * 10 ** m["unit"], m.get("position"))
                        for m in newest["measures"]]
            return [self._append(user, measure_group(
                date=now - hours * 3600, created=now, measures=measures,
                device=_device_for(user, measures), timezone=user.timezone, attrib=1))
                for hours in range(count, 0, -1)]

    def measure_groups(self, userid: int) -> list[dict]:
        """Every group of the user as the cloud holds it now, live weigh-ins included."""
        with self._lock:
            self._add_live_weigh_ins()
            return list(self.users[userid].groups)

    def request_count(self, path: str | None = None, action: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if (path is None or r.path == path)
                       and (action is None or r.action == action))

    def wait(self, seconds: float) -> None:
        """Sleep in real time, cut short by stop()."""
        self._stopping.wait(seconds)

    # -- internals ----------------------------------------------------------------------

    def _answer(self, request: Request) -> Reply:
        reply = routes.answer(self, request)
        params = {key: "***" if key in SECRET_PARAMS else value
                  for key, value in request.params.items()}
        record = RecordedRequest(self.clock(), request.method, request.path,
                                 request.params.get("action"), params,
                                 reply.code if reply.status is None else reply.status)
        with self._lock:
            self.requests.append(record)
        return reply

    def _append(self, user: DemoUser, group: dict) -> int:
        group["grpid"] = self._next_grpid
        self._next_grpid += 1
        user.groups.append(group)
        self.notifications.new_group(user.userid, group)
        return group["grpid"]

    def _live_weigh_ins(self) -> None:
        while not self._stopping.wait(min(1.0, float(self.live_interval or 1.0))):
            with self._lock:
                self._add_live_weigh_ins()

    def _add_live_weigh_ins(self) -> None:
        if not self.live_interval:
            return
        alice = next(user for user in self.users.values() if user.name == "Alice")
        due = int((self.clock() - self.started_at) // self.live_interval)
        while self._live_added < due:
            self._live_added += 1
            uploaded = int(self.started_at + self._live_added * self.live_interval)
            # Stepped on the scale a little before the upload shows up at Withings.
            self._append(alice, alice_weigh_in(self.seed, alice, uploaded - 45, uploaded))


def _device_for(user: DemoUser, measures: list[tuple]) -> Device | None:
    """The user's newest device that takes such measurements: blood pressure monitor or
    scale (Alice's Body Scan, not the Body Cardio it replaced)."""
    wanted = "Blood Pressure Monitor" if {m[0] for m in measures} & BLOOD_PRESSURE_TYPES \
        else "Scale"
    return next((device for device in reversed(user.devices) if device.type == wanted), None)
