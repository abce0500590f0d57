"""A whole-request deadline for Home Assistant calls.

The HTTP libraries' ``timeout`` limits each wait for bytes, so an HA (or a proxy in front of
it) trickling one byte at a time could hold a sync for minutes. The call runs in a worker
thread instead, and the caller stops waiting when the deadline passes; the abandoned worker
ends at its own next socket timeout and its result is dropped (a value it may still have
delivered is sent again next pass, which HA shows as the same state).
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

T = TypeVar("T")


class DeadlineExceeded(Exception):
    """The call did not finish in time (the caller turns this into its own error)."""


def within(seconds: float, action: Callable[[], T]) -> T:
    """``action()``'s result or exception, or DeadlineExceeded after ``seconds``."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = action()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="hass-request", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise DeadlineExceeded()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
