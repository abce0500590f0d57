"""The tray and the CLI syncing at the same moment (both are `withings-gui sync --once`
processes), while the Withings token needs renewing: exactly one refresh, both succeed, and
Home Assistant receives each value once."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.cli_helpers import Cli
from withings_gui.core.context import AppContext
from withings_gui.core.secrets import token_key

pytestmark = pytest.mark.ha

SECTION = "Concurrency"
HEADER = ("situation", "figure", "expected")



def expire_saved_token(cli: Cli, monkeypatch) -> None:
    monkeypatch.setenv("WITHINGS_GUI_API_URL", cli.cloud.url)
    ctx = AppContext.open(str(cli.config_dir))
    try:
        saved = json.loads(ctx.secrets.get(token_key("alice")))
        saved["expires_at"] = time.time() - 1
        ctx.secrets.set(token_key("alice"), json.dumps(saved))
    finally:
        ctx.close()


def test_two_syncs_at_once_refresh_once_and_write_once(tmp_path, cloud, fresh_hass,
                                                       monkeypatch, figures):
    cli = Cli(tmp_path / "cfg", cloud)
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token)
    cli.login()
    cli.sync_json()
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    cloud.add_measure_group(alice, int(time.time()) - 30, [(1, 66.6)])
    expire_saved_token(cli, monkeypatch)
    # A slow token endpoint makes sure the second process arrives while the first refreshes.
    cloud.faults.add("delay", path="/v2/oauth2", seconds=1, count=1)
    refreshes = cloud.tokens.refresh_count
    both = [subprocess.Popen([sys.executable, "-m", "withings_gui", "sync", "--once", "--json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=cli.env()) for _ in range(2)]
    reports = []
    for child in both:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        reports.append(json.loads(out))
    refreshed = cloud.tokens.refresh_count - refreshes
    writes = sum(r["ha_writes"] for r in reports)
    assert refreshed == 1
    assert float(fresh_hass.states()["sensor.withings_weight_kg_alice"]["state"]) == 66.6
    assert cli.sync_json()["ha_writes"] == 0  # nothing left over, nothing to redo
    figures.add(SECTION, HEADER, "two sync processes at once with an expiring token: "
                "token refreshes", refreshed, "1")
    figures.add(SECTION, HEADER, "… both finished", "yes (exit 0, 0)", "yes")
    per_process = sorted(r["ha_writes"] for r in reports)
    figures.add(SECTION, HEADER, "… HA writes of the new weigh-in, per process",
                " and ".join(map(str, per_process)), "one process writes, the other finds "
                "nothing left (0)")
    # One of them published; the other offered the same values and wrote nothing twice.
    assert per_process[0] == 0 < per_process[1] == writes
