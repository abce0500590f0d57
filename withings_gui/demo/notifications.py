"""Withings' notifications on the simulated cloud: subscriptions per application and user,
the HEAD check of a callback URL before subscribing, and the form POSTs when new data
arrives, retried on Withings' schedule.

Withings (developer.withings.com, "Notifications overview"): a delivery succeeds when the
callback answers HTTP < 400 (within 2 s); otherwise it is retried in 5 cycles of 2 tries:
at once, after 10 s, 1 min (+1–10 min), 1 h (+2–20 min) and 4 h (+3–30 min). ``time_scale``
shrinks those waits (tests use a small one). The simulated cloud calls this machine only:
a callback on any other host is refused like one that fails the HEAD check.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)

# (wait before the cycle, extra random wait up to): Withings' documented retry cycles.
RETRY_CYCLES = ((0.0, 0.0), (10.0, 0.0), (60.0, 540.0), (3600.0, 1080.0),
                (4 * 3600.0, 1620.0))
TRIES_PER_CYCLE = 2
DELIVERY_TIMEOUT = 2.0  # Withings' limit for the callback's answer
HEAD_TIMEOUT = 5.0
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
BLOOD_PRESSURE_TYPES = frozenset({9, 10, 11})


@dataclass(frozen=True)
class Delivery:
    """One HTTP try of a notification."""
    url: str
    form: dict[str, str]
    cycle: int  # 0: the first attempt, 1-4: the retries
    outcome: int | str  # the callback's HTTP code, or the error's name


class NotificationHub:
    def __init__(self, time_scale: float = 1.0, seed: int = 1) -> None:
        self.time_scale = time_scale
        self._random = random.Random(seed)
        # (client_id, userid) → {(appli, callbackurl): comment}
        self._subscriptions: dict[tuple[str, int], dict[tuple[int, str], str]] = {}
        self.deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._delivered = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []

    # -- the Notify service ---------------------------------------------------------------

    def subscribe(self, client_id: str, userid: int, url: str, appli: int,
                  comment: str) -> bool:
        """False when the callback fails the HEAD check (Withings then answers 293)."""
        if not head_check(url):
            return False
        self.put(client_id, userid, url, appli, comment)
        return True

    def put(self, client_id: str, userid: int, url: str, appli: int, comment: str = "") -> None:
        """A subscription as if made (another program's, in tests): no HEAD check."""
        with self._lock:
            self._subscriptions.setdefault((client_id, userid), {})[(appli, url)] = comment

    def list(self, client_id: str, userid: int, appli: int | None = None) -> list[dict]:
        with self._lock:
            found = dict(self._subscriptions.get((client_id, userid), {}))
        return [{"appli": each, "callbackurl": url, "comment": comment, "expires": 2147483647}
                for (each, url), comment in found.items() if appli is None or each == appli]

    def get(self, client_id: str, userid: int, url: str, appli: int) -> dict | None:
        return next((entry for entry in self.list(client_id, userid, appli)
                     if entry["callbackurl"] == url), None)

    def revoke(self, client_id: str, userid: int, url: str, appli: int) -> bool:
        with self._lock:
            return self._subscriptions.get((client_id, userid), {}).pop((appli, url),
                                                                        None) is not None

    # -- deliveries -----------------------------------------------------------------------

    def new_data(self, userid: int, appli: int, startdate: int, enddate: int) -> int:
        """POST the notification to every callback subscribed to ``appli`` for this user,
        each on its own thread; the number of callbacks."""
        with self._lock:
            urls = sorted({url for (_, user), subs in self._subscriptions.items()
                           if user == userid for (each, url) in subs if each == appli})
        form = {"userid": str(userid), "appli": str(appli), "startdate": str(int(startdate)),
                "enddate": str(int(enddate))}
        for url in urls:
            thread = threading.Thread(target=self._deliver, args=(url, form),
                                      name="simulated-withings-notify", daemon=True)
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()
        return len(urls)

    def new_group(self, userid: int, group: dict) -> None:
        """A measure group arrived: appli 4 for blood pressure and heart rate, else 1."""
        types = {measure["type"] for measure in group.get("measures", ())}
        appli = 4 if types & BLOOD_PRESSURE_TYPES and 1 not in types else 1
        date = int(group.get("date") or 0)
        self.new_data(userid, appli, date, date)

    def wait_for_deliveries(self, count: int, timeout: float) -> bool:
        """Until ``count`` HTTP tries were made (a condition, not a sleep); False on timeout."""
        with self._delivered:
            return self._delivered.wait_for(lambda: len(self.deliveries) >= count, timeout)

    def stop(self) -> None:
        """End the waits between retries; deliveries not made by then are dropped."""
        self._stopping.set()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(DELIVERY_TIMEOUT + 1)

    def _deliver(self, url: str, form: dict[str, str]) -> None:
        for cycle, (wait, jitter) in enumerate(RETRY_CYCLES):
            with self._lock:
                extra = self._random.uniform(0, jitter)
            if self._stopping.wait((wait + extra) * self.time_scale):
                return
            for _ in range(TRIES_PER_CYCLE):
                outcome = _post(url, form)
                with self._lock:
                    self.deliveries.append(Delivery(url, form, cycle, outcome))
                    self._delivered.notify_all()
                if isinstance(outcome, int) and outcome < 400:
                    return
        log.info("simulated Withings gave up a notification after %d cycles",
                 len(RETRY_CYCLES))


def is_local(url: str) -> bool:
    try:
        return (urlsplit(url).hostname or "").lower() in LOOPBACK_HOSTS
    except ValueError:
        return False


def head_check(url: str) -> bool:
    """What Withings checks before subscribing: a HEAD answered 2xx (this machine only)."""
    if not is_local(url):
        return False
    try:
        response = requests.head(url, timeout=HEAD_TIMEOUT, allow_redirects=False)
    except requests.RequestException:
        return False
    return 200 <= response.status_code < 300


def _post(url: str, form: dict[str, str]) -> int | str:
    if not is_local(url):
        return "NotLocal"
    try:
        response = requests.post(url, data=form, timeout=DELIVERY_TIMEOUT,
                                 allow_redirects=False)
    except requests.RequestException as exc:
        return type(exc).__name__
    response.close()
    return response.status_code
