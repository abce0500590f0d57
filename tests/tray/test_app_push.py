"""The tray with push: the listener child, the menu's mode line, passes on notification."""

from __future__ import annotations

import socket
import time

import pytest

from withings_gui.core.config import Profile
from withings_gui.core.context import AppContext
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.tray.app import TrayApp
from withings_gui.tray.sync_mode import SAFETY_PASS_S

pytestmark = pytest.mark.tray

CHILD_MS = 60_000  # a child's start (and a pass) on a loaded machine
HOME_ONLY_CALLBACK = "https://my.home-assistant.io/redirect/oauth"


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def settings(demo, ha_url: str, callback_url: str, token: str = "x") -> None:
    demo.ctx.secrets.set(HA_TOKEN, token)
    demo.ctx.update_config(lambda config: (setattr(config, "ha_url", ha_url),
                                           setattr(config, "callback_url", callback_url)))


@pytest.fixture
def make_tray(qtbot, demo, no_notification_service):
    made = []

    def make() -> TrayApp:
        app = TrayApp(demo.ctx, tray_available=False)
        qtbot.addWidget(app.fallback)
        made.append(app)
        return app

    yield make
    for app in made:
        app.listener.stop()
        app.scheduler.stop()
        app.runner.wait_idle()


def mode_lines(app: TrayApp) -> tuple[str, str]:
    app.menu.rebuild()
    return app.menu.action("mode").text(), app.menu.action("mode_why").text()


def test_home_network_only_polls_and_says_why(qtbot, demo, make_tray):
    settings(demo, closed_port_url(), HOME_ONLY_CALLBACK)
    app = make_tray()
    app.start()
    assert not app.listener.running and not app.listener.restart_pending
    assert mode_lines(app) == ("Checking every 5 minutes",
                               "Home Assistant is reachable only at home, so Withings cannot "
                               "tell us about new weigh-ins.")
    assert app.scheduler.next_due - time.time() == pytest.approx(5 * 60, abs=30)


def test_home_assistant_away_polls_and_the_listener_tries_again(qtbot, demo, make_tray):
    settings(demo, closed_port_url(), "https://ha.example.com/auth/external/callback")
    app = make_tray()
    with qtbot.waitSignal(app.listener.unavailable, timeout=CHILD_MS):
        app.start()
    headline, why = mode_lines(app)
    assert headline == "Checking every 5 minutes"
    assert why.startswith("Live updates paused: Home Assistant's webhook stopped: "
                          "Nothing answers at http://127.0.0.1:")
    assert app.listener.restart_pending
    assert app._interval_s() == 5 * 60


def test_settings_without_home_assistant_stop_the_listener(qtbot, demo, make_tray):
    settings(demo, closed_port_url(), "https://ha.example.com/auth/external/callback")
    app = make_tray()
    app.start()
    assert app.listener.running or app.listener.restart_pending
    demo.ctx.update_config(lambda config: setattr(config, "ha_url", ""))
    app.reload_settings()
    assert not app.listener.running and not app.listener.restart_pending
    assert mode_lines(app)[1] == "Live updates need Home Assistant set up."


@pytest.mark.ha
def test_a_weigh_in_reaches_the_tray_through_withings_notification(
        qtbot, demo, cloud, make_tray, fresh_hass):
    """The whole way: the simulated cloud subscribes our webhook on a real HA (HEAD check
    included), a weigh-in is POSTed to HA, the listener child says so, the tray runs a pass
    of that profile and shows the new weight."""
    settings(demo, fresh_hass.url, f"{fresh_hass.url}/auth/external/callback",
             token=fresh_hass.token)
    app = make_tray()
    app.start()
    qtbot.waitUntil(lambda: app.push.live and not app.scheduler.running, timeout=2 * CHILD_MS)
    assert mode_lines(app) == ("Live: Withings tells us about new weigh-ins",
                               "A safety check runs every hour.")
    assert app._interval_s() == SAFETY_PASS_S
    alice = demo.ctx.config.profiles["alice"].withings_userid
    passes = len(cloud.requests)
    with qtbot.waitSignal(app.listener.notified, timeout=CHILD_MS) as notified:
        cloud.add_measure_group(int(alice), int(time.time()), [(1, 61.37)])
    assert notified.args == ["alice", 1]
    qtbot.waitUntil(lambda: "61.37 kg" in app.tray.toolTip(), timeout=CHILD_MS)
    assert app.status.weight == pytest.approx(61.37)
    delivered = [d for d in cloud.notifications.deliveries if d.form.get("appli") == "1"]
    assert delivered and delivered[-1].outcome == 200
    assert all(r.action != "getsummary" for r in cloud.requests[passes:])  # measures only


def test_a_new_person_restarts_the_listener_so_they_are_subscribed_too(qtbot, demo, make_tray):
    settings(demo, closed_port_url(), "https://ha.example.com/auth/external/callback")
    app = make_tray()
    app.push.listening, app.push.subscribed = True, {"alice": True}  # as the child said
    app.push.possible = True
    assert app.push.live
    elsewhere = AppContext.open(str(demo.ctx.paths.root))  # the wizard, say
    elsewhere.update_config(lambda config: config.profiles.setdefault("bob", Profile("bob")))
    app.reload_settings()
    assert not app.push.live and app.push.subscribed == {}
    assert app.listener.running or app.listener.restart_pending
