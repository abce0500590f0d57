"""Home Assistant faults with the real HA: stopped, then its token revoked, then fixed. Values
measured meanwhile wait on disk and arrive once; nothing is written twice."""

from __future__ import annotations

import time

import pytest

from tests.cli_helpers import Cli

pytestmark = pytest.mark.ha

WEIGHT = "sensor.withings_weight_kg_alice"
SECTION = "Home Assistant faults (real HA 2024.3.3)"
HEADER = ("fault", "sync state", "values waiting", "afterwards")
# Well-formed (three dot-separated parts) but unknown to HA: as after the user deletes it.
REVOKED_TOKEN = "eyJ" + "a" * 60 + "." + "b" * 40 + "." + "c" * 20



def test_ha_down_then_token_revoked_then_back(tmp_path, cloud, fresh_hass, figures):
    cli = Cli(tmp_path / "cfg", cloud)
    cli.configure(ha_url=fresh_hass.url, ha_token=fresh_hass.token)
    cli.login()
    cli.sync_json()
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")

    fresh_hass.stop()
    cloud.add_measure_group(alice, int(time.time()) - 60, [(1, 68.25)])
    down = cli.sync_json(check=False)
    [profile] = down["profiles"]
    assert profile["state"] == "ha_unreachable" and down["ha_pending"] > 0
    figures.add(SECTION, HEADER, "HA stopped during the sync", profile["state"],
                down["ha_pending"], "kept on disk")
    fresh_hass.start()

    cli.run("configure", "--profile", "alice", stdin=f"ha_token={REVOKED_TOKEN}\n")
    cloud.add_measure_group(alice, int(time.time()), [(1, 68.5)])
    refused = cli.sync_json(check=False)
    [profile] = refused["profiles"]
    assert profile["state"] == "ha_unreachable" and "token" in profile["message"].lower()
    # Values still arrive: mobile_app's webhook needs no token, only reading back the entity
    # registry does; the problem is reported so the user renews the token.
    assert refused["ha_pending"] == 0
    assert float(fresh_hass.states()[WEIGHT]["state"]) == 68.5
    figures.add(SECTION, HEADER, "HA token revoked (401)",
                f"{profile['state']}: {profile['message']}", refused["ha_pending"],
                "values delivered through the webhook; the token problem is shown")

    cli.run("configure", "--profile", "alice", stdin=f"ha_token={fresh_hass.token}\n")
    back = cli.sync_json()
    assert back["ha_pending"] == 0
    again = cli.sync_json()
    assert again["ha_writes"] == 0  # delivered once
    assert back["profiles"][0]["state"] == "ok"
    figures.add(SECTION, HEADER, "HA token renewed", back["profiles"][0]["state"],
                back["ha_pending"], f"next sync writes {again['ha_writes']}")
