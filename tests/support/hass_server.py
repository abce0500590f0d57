"""A real Home Assistant on 127.0.0.1 for tests: started, onboarded and stopped by script.

    with HassServer(version="2026.11.0") as hass:  # own temp config dir, free port, onboarded
        hass.rest("GET", "/api/")       # requests.Response, with the long-lived token
        hass.ws({"type": "config/entity_registry/list"})
        hass.restart()                  # same port, config dir and token

Every wait polls a condition against a deadline. A start that fails raises ``HassStartError``
carrying the tail of HA's log; it never hangs and never leaves HA running.

Two Home Assistant releases can be run (``HA_VERSIONS``): 2024.3.3, the oldest supported,
from a venv on the host (``hass_venv``), and 2026.11.0, the current one, chrooted in a
Debian sid root folder (``hass_root``). Each is built once and cached on first use.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from pathlib import Path
from typing import Callable, Protocol

import requests
import websocket

from tests.support import hass_root, hass_venv

START_TIMEOUT = 120  # seconds; HA needs ~3 s here, the rest is headroom for a loaded CI box
STOP_TIMEOUT = 30
POLL_INTERVAL = 0.1
OWNER = {"name": "Test Owner", "username": "owner", "password": "test-password-1",
         "language": "en"}

CONFIGURATION = """\
homeassistant:
  name: Test Home
  external_url: https://ha.example.test
  internal_url: http://127.0.0.1:{port}
  time_zone: UTC
  unit_system: metric
  latitude: 0
  longitude: 0
  elevation: 0
  currency: EUR
  country: NL
http:
  server_host: 127.0.0.1
  server_port: {port}
api:
config:
onboarding:
mobile_app:
webhook:
template:
"""

# Lines in HA's output that mean this start cannot succeed: fail now instead of at the deadline.
_FATAL_LINES = (
    "Activating recovery mode",      # ignores our config and listens on 8123, not our port
    "Starting in recovery mode",
    "Failed to create HTTP server",  # our port was taken; HA would run on, deaf
)


class HassInstall(Protocol):
    """One runnable Home Assistant release (``hass_venv.VenvInstall``,
    ``hass_root.RootInstall``)."""

    version: str

    def prepare(self) -> None: ...  # build it if needed (cached)

    def command(self, config_dir: Path) -> list[str]: ...

    def env(self) -> dict[str, str]: ...

    def config_dir_in_ha(self, config_dir: Path) -> Path: ...


INSTALLS: dict[str, HassInstall] = {
    hass_venv.HA_VERSION: hass_venv.VenvInstall(),
    hass_root.HA_VERSION: hass_root.RootInstall(),
}
HA_VERSIONS = tuple(INSTALLS)  # oldest first
DEFAULT_VERSION = hass_venv.HA_VERSION


class HassStartError(RuntimeError):
    """Home Assistant did not come up; the message ends with the tail of its log."""


class HassWsError(RuntimeError):
    """A websocket command HA answered with an error."""

    def __init__(self, command: str, code: str, message: str) -> None:
        super().__init__(f"{command} failed: {code}: {message}")
        self.code = code
        self.message = message


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HassServer:
    """One Home Assistant process with its own config dir and port.

    Attributes: ``url`` ("http://127.0.0.1:PORT"), ``port``, ``config_dir``, ``token``
    (long-lived, valid across restarts), ``wanted_version`` (the release to run, one of
    ``HA_VERSIONS``), ``version`` (as HA reports it, after the first start), ``pid``.
    """

    def __init__(self, config_dir: Path | str | None = None, *,
                 version: str = DEFAULT_VERSION,
                 start_timeout: float = START_TIMEOUT) -> None:
        if version not in INSTALLS:
            raise ValueError(f"no Home Assistant {version!r} for the tests; there are "
                             f"{', '.join(HA_VERSIONS)}")
        self.wanted_version = version
        self._install = INSTALLS[version]
        self._own_dir = config_dir is None
        self.config_dir = Path(config_dir) if config_dir is not None else Path(
            tempfile.mkdtemp(prefix="withings-gui-hass-"))
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.start_timeout = start_timeout
        self.token: str | None = None
        self.version: str | None = None
        self._process: subprocess.Popen | None = None
        self._console_offset = 0
        self._use_port(free_port())
        _live_servers.add(self)

    def __repr__(self) -> str:
        state = "running" if self.is_running() else "stopped"
        return (f"<HassServer {self.wanted_version} {self.url} {state} "
                f"config_dir={self.config_dir}>")

    @property
    def pid(self) -> int | None:
        return self._process.pid if self.is_running() else None

    @property
    def console_log(self) -> Path:
        """HA's stdout and stderr, all starts appended (includes what precedes logging)."""
        return self.config_dir / "hass-console.log"

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> "HassServer":
        """Start HA and wait until it is RUNNING (onboarding it and making a token the first
        time). Raises ``HassStartError`` with HA's log tail when it does not come up."""
        if self.is_running():
            return self
        self._install.prepare()
        fresh = self.token is None
        for attempt in range(3):
            try:
                self._start_once()
                return self
            except _PortTaken:
                # Someone took the free port between our probe and HA's bind. A fresh
                # instance just moves; after onboarding the port is part of its identity.
                if not fresh or attempt == 2:
                    raise HassStartError(f"port {self.port} is taken by another process:\n"
                                         + self._log_tail()) from None
                self._use_port(free_port())
        raise AssertionError("unreachable")

    def stop(self) -> None:
        """SIGTERM (HA saves its registries and stops cleanly), SIGKILL if it hangs."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(STOP_TIMEOUT)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        else:
            process.wait()

    def restart(self) -> "HassServer":
        """Stop and start again: same port, same config dir, the same token still valid."""
        self.stop()
        return self.start()

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def close(self) -> None:
        """Stop, and delete the config dir if this object created it."""
        self.stop()
        _live_servers.discard(self)
        if self._own_dir:
            shutil.rmtree(self.config_dir, ignore_errors=True)

    def __enter__(self) -> "HassServer":
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc) -> None:
        self.close()

    # -- talking to it ---------------------------------------------------------------------

    def rest(self, method: str, path: str, json: object | None = None,
             token: bool = True) -> requests.Response:
        """One HTTP request to ``url + path``, with the long-lived token unless token=False.
        The response is returned whatever its status."""
        headers = {"Authorization": f"Bearer {self.token}"} if token else {}
        if not path.startswith("/"):
            path = "/" + path
        return _http(method, self.url + path, json=json, headers=headers)

    def ws(self, message: dict, token: str | None = None) -> object:
        """One websocket command on a fresh authenticated connection: HA's ``result``,
        or ``HassWsError`` with HA's error code and message."""
        conn = websocket.create_connection(f"ws://127.0.0.1:{self.port}/api/websocket",
                                           timeout=30)
        try:
            hello = json.loads(conn.recv())
            if hello.get("type") != "auth_required":
                raise RuntimeError(f"unexpected websocket greeting: {hello}")
            conn.send(json.dumps({"type": "auth", "access_token": token or self.token}))
            auth = json.loads(conn.recv())
            if auth.get("type") != "auth_ok":
                raise HassWsError("auth", auth.get("type", "?"), auth.get("message", ""))
            conn.send(json.dumps({**message, "id": 1}))
            while True:
                reply = json.loads(conn.recv())
                if reply.get("id") == 1 and reply.get("type") == "result":
                    break
        finally:
            conn.close()
        if not reply.get("success"):
            error = reply.get("error") or {}
            raise HassWsError(str(message.get("type")), error.get("code", "?"),
                              error.get("message", ""))
        return reply.get("result")

    def states(self) -> dict[str, dict]:
        """entity_id → state object, from ``GET /api/states``."""
        reply = self.rest("GET", "/api/states")
        reply.raise_for_status()
        return {state["entity_id"]: state for state in reply.json()}

    def entity_registry(self) -> list[dict]:
        """The entity registry entries (websocket ``config/entity_registry/list``)."""
        return self.ws({"type": "config/entity_registry/list"})

    def log_text(self) -> str:
        """HA's ``home-assistant.log`` of the current (or last) run."""
        path = self.config_dir / "home-assistant.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- internals -------------------------------------------------------------------------

    def _use_port(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        (self.config_dir / "configuration.yaml").write_text(CONFIGURATION.format(port=port))
        # HA's "last working http config": recovery mode listens where this says, instead of
        # on 0.0.0.0:8123. HA rewrites it (the same) after each good start.
        storage = self.config_dir / ".storage"
        storage.mkdir(exist_ok=True)
        (storage / "http").write_text(json.dumps({
            "version": 1, "minor_version": 1, "key": "http",
            "data": {"server_host": ["127.0.0.1"], "server_port": port}}, indent=2))

    def _start_once(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        self._console_offset = (self.console_log.stat().st_size
                                if self.console_log.exists() else 0)
        with open(self.console_log, "ab") as console:
            self._process = subprocess.Popen(
                _with_parent_death_signal(self._install.command(self.config_dir)),
                stdin=subprocess.DEVNULL, stdout=console, stderr=subprocess.STDOUT,
                env=self._install.env(), start_new_session=True)
        try:
            if self.token is None:
                self._wait_for(self._onboarding_open, deadline, "the onboarding API")
                self.token = self._onboard()
            self._wait_for(self._running, deadline, "state RUNNING in /api/config")
            self.version = self.rest("GET", "/api/config").json()["version"]
        except (HassStartError, _PortTaken):
            self.stop()
            raise
        except Exception as error:  # onboarding refused, a token request failed, …
            self.stop()
            raise HassStartError(f"Starting Home Assistant failed: {error!r}\n"
                                 + self._log_tail()) from error
        except BaseException:
            self.stop()
            raise

    def _onboarding_open(self) -> bool:
        reply = _http("GET", self.url + "/api/onboarding", timeout=5)
        if reply.status_code != 200:
            return False
        done = {step["step"] for step in reply.json() if step.get("done")}
        if "user" in done:
            raise HassStartError(f"{self.config_dir} is already onboarded, but this "
                                 "HassServer has no token for it")
        return True

    def _running(self) -> bool:
        reply = self.rest("GET", "/api/config")
        if reply.status_code != 200:
            return False
        config = reply.json()
        if Path(config.get("config_dir", "")) != self._install.config_dir_in_ha(
                self.config_dir):
            raise HassStartError(f"port {self.port} answers for another Home Assistant "
                                 f"(config dir {config.get('config_dir')})")
        return config.get("state") == "RUNNING" and not config.get("recovery_mode")

    def _wait_for(self, condition: Callable[[], bool], deadline: float, what: str) -> None:
        while True:
            if self._process is None or self._process.poll() is not None:
                code = self._process.returncode if self._process else "?"
                raise HassStartError(f"Home Assistant exited with code {code} while "
                                     f"waiting for {what}:\n" + self._log_tail())
            console = self._console_since_start()
            if "Failed to create HTTP server" in console:
                raise _PortTaken()
            fatal = next((line for line in _FATAL_LINES if line in console), None)
            if fatal:
                raise HassStartError(f"Home Assistant cannot start as configured ({fatal!r}):\n"
                                     + self._log_tail())
            try:
                if condition():
                    return
            except (requests.RequestException, ValueError):
                pass  # not listening yet, or answering something half-started
            if time.monotonic() > deadline:
                raise HassStartError(f"Home Assistant did not reach {what} within "
                                     f"{self.start_timeout:.0f} s:\n" + self._log_tail())
            time.sleep(POLL_INTERVAL)

    def _onboard(self) -> str:
        client_id = f"{self.url}/"
        reply = _http("POST", self.url + "/api/onboarding/users",
                      json={"client_id": client_id, **OWNER})
        reply.raise_for_status()
        tokens = _http("POST", self.url + "/auth/token", data={
            "grant_type": "authorization_code", "code": reply.json()["auth_code"],
            "client_id": client_id})
        tokens.raise_for_status()
        return self.ws({"type": "auth/long_lived_access_token",
                        "client_name": "withings-gui tests", "lifespan": 3650},
                       token=tokens.json()["access_token"])

    def _console_since_start(self) -> str:
        try:
            with open(self.console_log, "rb") as console:
                console.seek(self._console_offset)
                return console.read().decode(errors="replace")
        except OSError:
            return ""

    def _log_tail(self, lines: int = 60) -> str:
        # The console has everything, including what HA prints before its log file exists.
        text = self._console_since_start() or self.log_text()
        tail = "\n".join(text.splitlines()[-lines:])
        return f"--- last {lines} lines of Home Assistant's output ({self.config_dir}) ---\n{tail}"


class _PortTaken(Exception):
    pass


def _http(method: str, url: str, timeout: float = 30, **kwargs) -> requests.Response:
    # trust_env=False: a CI's HTTP(S)_PROXY must not capture requests to 127.0.0.1.
    with requests.Session() as session:
        session.trust_env = False
        return session.request(method, url, timeout=timeout, **kwargs)


# Runs first in the child, then becomes hass: asks Linux for SIGTERM when the test process
# dies (even by SIGKILL or pytest-timeout's os._exit), so no HA outlives its test run.
_PDEATHSIG_EXEC = (
    "import ctypes, os, signal, sys; "
    "ctypes.CDLL(None).prctl(1, signal.SIGTERM); "  # 1 = PR_SET_PDEATHSIG
    "os.getppid() == int(sys.argv[1]) or sys.exit('test process already gone'); "
    "os.execvp(sys.argv[2], sys.argv[2:])")


def _with_parent_death_signal(command: list[str]) -> list[str]:
    # Linux sends the signal when the *thread* that started the child ends, so only the main
    # thread (which lives as long as the test process) may use it.
    if not sys.platform.startswith("linux") or threading.current_thread() is not \
            threading.main_thread():
        return command
    # The test process's own Python runs the few lines; every exec after keeps the pid (the
    # chrooted HA too), so the signal reaches HA itself.
    return [sys.executable, "-c", _PDEATHSIG_EXEC, str(os.getpid()), *command]


_live_servers: "weakref.WeakSet[HassServer]" = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    for server in list(_live_servers):
        server.stop()
