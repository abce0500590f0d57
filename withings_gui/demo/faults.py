"""Faults tests switch on in the simulated cloud: Withings errors, HTTP errors, slowness.

``cloud.faults.add(kind, path=None, action=None, count=1, **options)``; a fault applies to
requests matching its path and action (None matches any), ``count`` times (None: until
``clear()``). When several match, the oldest applies. Kinds and their options:

- ``status`` (``status=601``, ``retry_after=None``, ``error=None``): HTTP 200 with that
  Withings status; ``retry_after`` seconds go out as a ``Retry-After`` header (and as
  ``wait_seconds`` in the body of a 601, as Withings sends it).
- ``http`` (``status=500``): that HTTP error with an HTML body, like a failing proxy.
- ``delay`` (``seconds=5``): the reply is held back that long, then answered normally.
- ``malformed``: HTTP 200 with a body that is not JSON.
- ``truncated``: a ``getmeas`` page says ``more=1``; the request for the next page then
  fails with HTTP 500. Only ``getmeas`` requests match it.
- ``revoke`` (``userid=None``: everyone): the user's tokens are revoked as the request
  arrives, so it and later calls get 401 (data) or 503 invalid refresh_token (token).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

OPTIONS = {
    "status": {"status": 601, "retry_after": None, "error": None},
    "http": {"status": 500},
    "delay": {"seconds": 5.0},
    "malformed": {},
    "truncated": {},
    "revoke": {"userid": None},
}


@dataclass
class Fault:
    kind: str
    path: str | None
    action: str | None
    remaining: int | None  # None: until cleared
    options: dict = field(default_factory=dict)

    def matches(self, path: str, action: str | None) -> bool:
        if self.kind == "truncated" and action != "getmeas":
            return False
        return (self.path is None or self.path == path) and \
            (self.action is None or self.action == action)


class FaultInjector:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, kind: str, *, path: str | None = None, action: str | None = None,
            count: int | None = 1, **options) -> Fault:
        if kind not in OPTIONS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(OPTIONS)}")
        unknown = set(options) - set(OPTIONS[kind])
        if unknown:
            raise ValueError(f"fault {kind!r} takes {sorted(OPTIONS[kind])}, "
                             f"not {sorted(unknown)}")
        if count is not None and count < 1:
            raise ValueError("count must be at least 1 (or None for until cleared)")
        fault = Fault(kind, path, action, count, {**OPTIONS[kind], **options})
        with self._lock:
            self._faults.append(fault)
        return fault

    def fail_next(self, path: str, action: str | None, status: int = 500) -> None:
        """The very next matching request fails with HTTP ``status``, before other faults."""
        with self._lock:
            self._faults.insert(0, Fault("http", path, action, 1, {"status": status}))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, path: str, action: str | None) -> Fault | None:
        """The fault that applies to this request; one of its uses is spent."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(path, action):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining == 0:
                            self._faults.remove(fault)
                    return fault
        return None
