"""How every Withings request travels: never redirected, and over within a deadline.

A redirect on an API or token call is refused before it is followed: following it would send
the form (client secret, refresh token) or the Bearer token to whatever host it names, maybe
in clear.

requests' timeouts bound each socket operation, not the request: a server sending one byte a
second keeps a call alive for as long as it likes. So each request has a watchdog thread that,
once the deadline passes, shuts the connection's socket down; the blocked read ends at once.
A connection still being set up gets its socket shut as soon as it has one, so the connect
timeout (shorter than the deadline) bounds that phase.
"""

from __future__ import annotations

import contextvars
import socket
import threading
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from withings_gui.core.withings.errors import RedirectRefusedError

# A getmeas page of a long history is well under a megabyte: a minute is generous.
DATA_DEADLINE = 60.0
# Token replies are tiny and someone may be waiting in the wizard.
TOKEN_DEADLINE = 30.0
_POLL = 0.05  # how often a fired watchdog looks for a socket that is still being connected

_CURRENT: contextvars.ContextVar[_Watchdog | None] = contextvars.ContextVar(
    "withings_watchdog", default=None)
_WATCHED_POOLS: dict[type, type] = {}
_WATCHED_LOCK = threading.Lock()


class DeadlineTimeout(requests.Timeout):
    """The whole request (connect, send, read) took longer than its deadline."""

    def __init__(self, deadline: float, **kwargs: Any) -> None:
        super().__init__(f"no complete answer within {deadline:g} s", **kwargs)
        self.deadline = deadline


def withings_session(deadline: float,
                     session: requests.Session | None = None) -> requests.Session:
    """``session`` (or a new one) with the policy: no redirects, ``deadline`` seconds a call."""
    session = session if session is not None else requests.Session()
    adapter = PolicyAdapter(deadline)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.max_redirects = 0  # a second lock: requests raises instead of following
    return session


class PolicyAdapter(HTTPAdapter):
    def __init__(self, deadline: float, **kwargs: Any) -> None:
        self.deadline = float(deadline)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        _watch_pools(manager)
        return manager

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             **kwargs: Any) -> requests.Response:
        watchdog = _Watchdog(self.deadline)
        token = _CURRENT.set(watchdog)
        try:
            response = super().send(request, stream=stream, **kwargs)
            if response.is_redirect:
                response.close()
                raise RedirectRefusedError(
                    f"Withings answered with a redirect (HTTP {response.status_code}) to "
                    "another address; the app never follows redirects on Withings calls, so "
                    "nothing was sent there. Check the network (a captive portal or proxy?) "
                    "and the Withings address settings.", response.status_code)
            if not stream:
                _ = response.content  # the body is read here, under the deadline
            return response
        except requests.RequestException:
            if watchdog.fired:
                raise DeadlineTimeout(self.deadline, request=request) from None
            raise
        finally:
            watchdog.stop()
            _CURRENT.reset(token)


class _Watchdog:
    def __init__(self, deadline: float) -> None:
        self.fired = False
        self._connections: list[Any] = []
        self._stopped = threading.Event()
        threading.Thread(target=self._watch, args=(deadline,), name="withings-deadline",
                         daemon=True).start()

    def attach(self, connection: Any) -> None:
        self._connections.append(connection)

    def stop(self) -> None:
        self._stopped.set()

    def _watch(self, deadline: float) -> None:
        if self._stopped.wait(deadline):
            return
        self.fired = True
        while not self._stopped.is_set():
            for connection in list(self._connections):
                _shut(getattr(connection, "sock", None))
            self._stopped.wait(_POLL)


def _shut(sock: Any) -> None:
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except (OSError, AttributeError, ValueError):
        pass  # already closed, or not a socket we can shut: the per-read timeout still holds


class _AttachesToWatchdog:
    """Mixed into urllib3's connection classes: the request's watchdog learns the connection."""

    def request(self, *args: Any, **kwargs: Any) -> Any:
        watchdog = _CURRENT.get()
        if watchdog is not None:
            watchdog.attach(self)
        return super().request(*args, **kwargs)  # type: ignore[misc]


def _watch_pools(manager: Any) -> None:
    """Make the pool manager's pools (proxies and SOCKS too) build watched connections."""
    classes = getattr(manager, "pool_classes_by_scheme", None)
    if isinstance(classes, dict):
        manager.pool_classes_by_scheme = {scheme: _watched_pool(pool)
                                          for scheme, pool in classes.items()}


def _watched_pool(pool: type) -> type:
    connection = getattr(pool, "ConnectionCls", None)
    if connection is None or issubclass(connection, _AttachesToWatchdog):
        return pool
    with _WATCHED_LOCK:
        if pool not in _WATCHED_POOLS:
            watched = type(f"Watched{connection.__name__}", (_AttachesToWatchdog, connection), {})
            _WATCHED_POOLS[pool] = type(f"Watched{pool.__name__}", (pool,),
                                        {"ConnectionCls": watched})
        return _WATCHED_POOLS[pool]
