"""From nothing to sensors in a real Home Assistant that is reachable only at
http://127.0.0.1:<port>, by keyboard and mouse on an X screen (Xvfb): on the home-network
path, and with a Withings developer app made before. The walks are in walks_on_screen.py,
run in a child pytest because this process's Qt is offscreen."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.hass_fixtures import HASS_CLIENT_SOCKETS
from tests.support.xvfb import screen

pytestmark = [pytest.mark.gui, pytest.mark.webengine, pytest.mark.ha]

WALKS = Path(__file__).with_name("walks_on_screen.py")


@pytest.mark.parametrize("walk, slug", [("test_home_network_walk", "homenet"),
                                        ("test_existing_app_walk", "shared")])
def test_walk_on_an_x_screen_reaches_live_sensors(walk, slug, hass_server, hass_version):
    external_before = hass_server.rest("GET", "/api/config").json()["external_url"]
    with screen() as env:
        env.update(QT_QPA_PLATFORM="xcb", WALK_HA_URL=hass_server.url,
                   WALK_HA_TOKEN=hass_server.token)
        result = subprocess.run(
            # The one warning the `ha` tests ignore, for the whole child: its HA clients may
            # be collected only as it ends (HASS_CLIENT_SOCKETS says why).
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-s",
             "-W", HASS_CLIENT_SOCKETS, f"{WALKS}::{walk}"], env=env, capture_output=True,
            text=True, timeout=600,
            cwd=Path(__file__).resolve().parents[2])
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0 and "1 passed" in result.stdout, output
    value = next(line.split()[2] for line in result.stdout.splitlines()
                 if line.startswith(f"walk-done {slug} "))
    state = hass_server.states()[f"sensor.withings_weight_kg_{slug}"]
    assert float(state["state"]) == float(value)
    # Home Assistant's external URL was never asked for, nor set.
    assert hass_server.rest("GET", "/api/config").json()["external_url"] == external_before
