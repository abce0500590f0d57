"""Withings' request limits: 120 data requests a minute per app, and (when switched on) no
identical request twice within 10 seconds. Both refusals are status 601."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Hashable

PER_MINUTE = 120
WINDOW = 60.0
DUPLICATE_WINDOW = 10.0


class RequestLimiter:
    def __init__(self, clock: Callable[[], float], strict_duplicates: bool = False) -> None:
        self.clock = clock
        self.strict_duplicates = strict_duplicates
        self.per_minute = PER_MINUTE  # stress tests raise it: they test crashes, not limits
        self._accepted: dict[str, deque[float]] = {}
        self._last_seen: dict[Hashable, float] = {}
        self._lock = threading.Lock()

    def admit(self, client_id: str, request: Hashable) -> int | None:
        """None when the request may go ahead (it is then counted), else the seconds to wait.

        ``request`` identifies the request's content, for the duplicate rule.
        """
        now = self.clock()
        with self._lock:
            window = self._accepted.setdefault(client_id, deque())
            while window and now - window[0] >= WINDOW:
                window.popleft()
            if len(window) >= self.per_minute:
                return max(1, math.ceil(window[0] + WINDOW - now))
            if self.strict_duplicates:
                last = self._last_seen.get(request)
                if last is not None and now - last < DUPLICATE_WINDOW:
                    return max(1, math.ceil(last + DUPLICATE_WINDOW - now))
                self._last_seen[request] = now
                if len(self._last_seen) > 4096:  # forget what can no longer be a duplicate
                    self._last_seen = {key: seen for key, seen in self._last_seen.items()
                                       if now - seen < DUPLICATE_WINDOW}
            window.append(now)
            return None
