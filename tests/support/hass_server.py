"""A real Home Assistant on 127.0.0.1 for tests: started, onboarded and stopped by script."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests
import websocket

from tests.support.hass_venv import ensure_venv, hass_executable

START_TIMEOUT = 120
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HassServer:
    def __init__(self, config_dir: Path | None = None) -> None:
        self._own_dir = config_dir is None
        self.config_dir = Path(config_dir or tempfile.mkdtemp(prefix="withings-gui-hass-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token: str | None = None
        self.version: str | None = None
        self._process: subprocess.Popen | None = None
        (self.config_dir / "configuration.yaml").write_text(CONFIGURATION.format(port=self.port))

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> "HassServer":
        ensure_venv()
        log = open(self.config_dir / "stdout.log", "ab")
        self._process = subprocess.Popen(
            [str(hass_executable()), "-c", str(self.config_dir), "--skip-pip"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            env={k: v for k, v in os.environ.items() if not k.startswith("WITHINGS_GUI")})
        log.close()
        self._wait_for(lambda: self._get("/api/onboarding").status_code in (200, 401, 404))
        if self.token is None:
            self.token = self._onboard()
        self._wait_for(self._running)
        self.version = self.rest("GET", "/api/config").json()["version"]
        return self

    def stop(self) -> None:
        if self._process is None:
            return
        try:
            os.killpg(self._process.pid, signal.SIGTERM)
            self._process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(10)
        except ProcessLookupError:
            pass
        self._process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def is_running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def close(self) -> None:
        self.stop()

    def __enter__(self) -> "HassServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- talking to it ---------------------------------------------------------------------

    def rest(self, method: str, path: str, json: dict | None = None,
             token: bool = True) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if token else {}
        return requests.request(method, self.url + path, json=json, headers=headers, timeout=30)

    def ws(self, message: dict, token: str | None = None) -> object:
        conn = websocket.create_connection(f"ws://127.0.0.1:{self.port}/api/websocket",
                                           timeout=30)
        try:
            conn.recv()
            conn.send(json.dumps({"type": "auth", "access_token": token or self.token}))
            auth = json.loads(conn.recv())
            if auth.get("type") != "auth_ok":
                raise RuntimeError(f"websocket auth failed: {auth}")
            conn.send(json.dumps({"id": 1, **message}))
            while True:
                reply = json.loads(conn.recv())
                if reply.get("id") == 1 and reply.get("type") == "result":
                    break
        finally:
            conn.close()
        if not reply.get("success"):
            raise RuntimeError(f"{message.get('type')} failed: {reply.get('error')}")
        return reply.get("result")

    def states(self) -> dict[str, dict]:
        return {s["entity_id"]: s for s in self.rest("GET", "/api/states").json()}

    def entity_registry(self) -> list[dict]:
        return self.ws({"type": "config/entity_registry/list"})

    def log_text(self) -> str:
        path = self.config_dir / "home-assistant.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- internals -------------------------------------------------------------------------

    def _get(self, path: str) -> requests.Response:
        return requests.get(self.url + path, timeout=5)

    def _running(self) -> bool:
        config = self.rest("GET", "/api/config")
        if config.status_code != 200:
            return False
        data = config.json()
        return data.get("state") == "RUNNING" and not data.get("recovery_mode")

    def _wait_for(self, condition) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if not self.is_running():
                raise RuntimeError(f"Home Assistant exited ({self._process.returncode if self._process else '?'}):\n"
                                   + self._log_tail())
            try:
                if condition():
                    return
            except (requests.RequestException, ValueError):
                pass
            time.sleep(0.2)  # polling a starting server; the condition is what we wait on
        self.stop()
        raise RuntimeError(f"Home Assistant did not start within {START_TIMEOUT} s:\n"
                           + self._log_tail())

    def _onboard(self) -> str:
        client_id = f"{self.url}/"
        reply = requests.post(self.url + "/api/onboarding/users", timeout=30, json={
            "client_id": client_id, "name": "Test Owner", "username": "owner",
            "password": "test-password-1", "language": "en"})
        reply.raise_for_status()
        tokens = requests.post(self.url + "/auth/token", timeout=30, data={
            "grant_type": "authorization_code", "code": reply.json()["auth_code"],
            "client_id": client_id})
        tokens.raise_for_status()
        return self.ws({"type": "auth/long_lived_access_token", "client_name": "withings-gui tests",
                        "lifespan": 30}, token=tokens.json()["access_token"])

    def _log_tail(self) -> str:
        text = self.log_text() or (self.config_dir / "stdout.log").read_text(errors="replace")
        return "\n".join(text.splitlines()[-40:])
