"""Faults tests switch on in the simulated cloud: Withings errors, HTTP errors, slowness."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

KINDS = {"status", "http", "delay", "malformed", "truncated", "revoke"}


@dataclass
class Fault:
    kind: str
    path: str | None
    action: str | None
    remaining: int | None  # None: until cleared
    options: dict = field(default_factory=dict)

    def matches(self, path: str, action: str | None) -> bool:
        return (self.path is None or self.path == path) and \
            (self.action is None or self.action == action)


class FaultInjector:
    """``add(kind, path=, action=, count=, **options)``; the first matching fault applies.

    kinds and options: ``status`` (status=601, retry_after=s) — a Withings status in an HTTP 200
    reply; ``http`` (status=500) — an HTTP error with an HTML body; ``delay`` (seconds=) — answer
    late; ``malformed`` — a body that is not JSON; ``truncated`` — a getmeas page that says
    more=1, then the next page fails with HTTP 500; ``revoke`` (userid=None for everyone) —
    the user's tokens stop working.
    """

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, kind: str, *, path: str | None = None, action: str | None = None,
            count: int | None = 1, **options) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(KINDS)}")
        fault = Fault(kind, path, action, count, options)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, path: str, action: str | None) -> Fault | None:
        """The fault to apply to this request (its count is used up by one)."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(path, action):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._faults.remove(fault)
                    return fault
        return None
