"""Run the real ``withings-gui`` command in a subprocess, as a user or a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from withings_gui.core.withings.oauth import SCOPES
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SimulatedCloud

CALLBACK = "https://ha.example.com/auth/external/callback"


@dataclass
class Cli:
    config_dir: Path
    cloud: SimulatedCloud | None = None

    def env(self) -> dict[str, str]:
        env = dict(os.environ, WITHINGS_GUI_CONFIG_DIR=str(self.config_dir))
        if self.cloud is not None:
            env["WITHINGS_GUI_API_URL"] = self.cloud.url
            env["WITHINGS_GUI_AUTH_URL"] = self.cloud.url
        return env

    def run(self, *args: str, stdin: str = "", check: bool = True,
            timeout: float = 120) -> subprocess.CompletedProcess:
        result = subprocess.run([sys.executable, "-m", "withings_gui", *args], input=stdin,
                                capture_output=True, text=True, env=self.env(), timeout=timeout)
        if check and result.returncode != 0:
            raise AssertionError(f"withings-gui {' '.join(args)} exited {result.returncode}\n"
                                 f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result

    def sync_json(self, *args: str, check: bool = True) -> dict:
        result = self.run("sync", "--once", "--json", *args, check=check)
        return json.loads(result.stdout)

    def configure(self, profile: str = "alice", ha_url: str | None = None,
                  ha_token: str | None = None, unit: str = "kg") -> None:
        args = ["configure", "--profile", profile, "--client-id", DEMO_CLIENT_ID,
                "--callback-url", CALLBACK, "--unit", unit]
        stdin = f"client_secret={DEMO_CLIENT_SECRET}\n"
        if ha_url:
            args += ["--ha-url", ha_url]
            stdin += f"ha_token={ha_token}\n"
        self.run(*args, stdin=stdin)

    def login(self, profile: str = "alice", user: str = "Alice") -> subprocess.CompletedProcess:
        """``login --no-browser``: read the printed URL, 'click Allow', paste the redirect."""
        proc = subprocess.Popen([sys.executable, "-m", "withings_gui", "login", "--profile",
                                 profile, "--no-browser"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=self.env())
        authorize_url = proc.stdout.readline().strip()
        query = parse_qs(urlsplit(authorize_url).query)
        userid = next(uid for uid, u in self.cloud.users.items() if u.name == user)
        redirect = self.cloud.authorize_headless(userid, query["client_id"][0],
                                                 query["redirect_uri"][0], query["state"][0],
                                                 SCOPES)
        out, err = proc.communicate(redirect + "\n", timeout=60)
        if proc.returncode != 0:
            raise AssertionError(f"login failed ({proc.returncode}): {out}\n{err}")
        return subprocess.CompletedProcess(proc.args, proc.returncode, f"{authorize_url}\n{out}", err)


def loaded_after_first_sync(args: list[str], env: dict[str, str]) -> dict[str, list[str]]:
    """Start ``withings-gui tray``; the heavy modules and font files it has loaded after its
    first sync (tray/probes.py), when it quits."""
    from withings_gui.tray.probes import EXIT_AFTER_SYNC_ENV

    result = subprocess.run([sys.executable, "-m", "withings_gui", "tray", *args],
                            capture_output=True, text=True,
                            env=dict(env, **{EXIT_AFTER_SYNC_ENV: "1"}), timeout=120)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("first-sync-done "), result.stdout
    return json.loads(last.split(" ", 1)[1])
