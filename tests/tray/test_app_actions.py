"""Tray behaviour around the sync: stale state, who sees errors, setup launch, start-up icon."""

import json
import logging
import re
import time

import pytest

from tests.support.clock import FakeClock
from withings_gui.cli import build_parser
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.tray.app import TrayApp, home_assistant_page, setup_command
from withings_gui.tray.state import TrayState

pytestmark = pytest.mark.gui


def test_next_start_shows_the_last_weight_before_its_first_sync(qtbot, tray, demo):
    assert tray.status.weight is None  # nothing shown yet on this folder
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    latest = demo.ctx.store.latest("alice", 1)
    tray.scheduler.stop()
    tray.runner.wait_idle()
    again = TrayApp(demo.ctx, tray_available=False)
    qtbot.addWidget(again.fallback)
    assert again.status.state is TrayState.STARTING
    assert again.status.weight == latest.value and again.status.weighed_at == latest.measured_at


def test_stale_when_no_successful_sync_for_three_intervals(qtbot, tray, cloud):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    cloud.faults.add("http", status=503, count=None)
    tray.last_success = time.time() - 3 * tray.ctx.config.interval_minutes * 60 - 60
    tray.scheduler.next_due = 0
    tray.scheduler.tick()  # a background sync: it fails, and the last success is old
    qtbot.waitUntil(lambda: not tray.scheduler.running, timeout=15000)
    assert tray.status.state is TrayState.STALE
    assert "no successful sync for 16 minutes" in tray.status.tooltip()


def test_background_errors_stay_in_icon_and_log_user_started_ones_are_shown(qtbot, tray,
                                                                           cloud, caplog):
    caplog.set_level(logging.INFO, logger="withings_gui.tray.app")
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    cloud.faults.add("http", status=502, count=None)
    tray.scheduler.request_sync(manual=False)
    qtbot.waitUntil(lambda: tray.status.state is TrayState.ERROR, timeout=15000)
    assert "Sync did not complete" not in caplog.text
    tray.menu.action("sync").trigger()
    qtbot.waitUntil(lambda: "Sync did not complete" in caplog.text, timeout=15000)
    assert tray.status.state is TrayState.ERROR


def test_setup_and_reauthorize_run_the_wizard_as_its_own_process(demo):
    for reauthorize in (False, True):
        command = setup_command(demo.ctx, reauthorize)
        assert command[1:3] == ["-m", "withings_gui"]
        args = build_parser().parse_args(command[3:])
        assert args.command == "setup" and args.config_dir == str(demo.ctx.paths.root)
        assert args.reauthorize is reauthorize and args.demo is True


def test_menu_status_line_follows_the_state(qtbot, tray):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    tray.menu.action("pause").trigger()
    tray.menu.aboutToShow.emit()  # what opening the menu does
    assert tray.menu.actions()[0].text().endswith("— paused")
    assert tray.menu.action("pause").isChecked()
    tray.menu.action("pause").trigger()
    tray.menu.aboutToShow.emit()
    assert not tray.menu.action("pause").isChecked()


# -- hostile clocks, crashed passes and saved weights (issue 14) ---------------------------

YEAR = 365 * 86400


def test_a_crashed_pass_stays_an_error_on_every_later_refresh(qtbot, tray, cloud):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    # The sync child overruns its deadline and is stopped: the pass ends without results.
    tray.scheduler.sync_pass.timeout_s = 0.5
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=3)
    tray.scheduler.request_sync(manual=False)
    qtbot.waitUntil(lambda: not tray.scheduler.running, timeout=15000)
    assert tray.status.state is TrayState.ERROR
    tray.scheduler.tick()  # each tick refreshes the status from the last results
    assert not tray.scheduler.running
    assert tray.status.state is TrayState.ERROR and "longer than 0 s" in tray.status.message
    assert "up to date" not in tray.status.menu_line()


@pytest.mark.parametrize("move", [-YEAR, -600, 600, 3 * YEAR])
def test_a_moved_clock_gets_a_sync_and_honest_texts(qtbot, demo, no_notification_service,
                                                    move):
    clock = FakeClock()
    app = TrayApp(demo.ctx, tray_available=False, clock=clock)
    qtbot.addWidget(app.fallback)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.status.state is TrayState.OK, timeout=15000)
        clock.advance(move)
        app.scheduler.tick()
        assert app.scheduler.running and app.status.state is TrayState.SYNCING
        qtbot.waitUntil(lambda: app.status.state is TrayState.OK, timeout=15000)
        assert app.last_success == clock.now
        assert "Last sync: today " in app.status.tooltip()
        assert not re.search(r"-\s*\d", app.status.tooltip())
    finally:
        app.scheduler.stop()
        app.runner.wait_idle()


def test_a_saved_weight_dated_in_the_future_is_not_shown_nor_kept(qtbot, tray, demo):
    path = demo.ctx.paths.tray_weight_file
    path.write_text(json.dumps({"profile": "alice", "kg": 123.4,
                                "measured_at": int(time.time()) + 2 * YEAR}))
    ahead = TrayApp(demo.ctx, tray_available=False)
    qtbot.addWidget(ahead.fallback)
    assert ahead.status.weight is None
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    latest = demo.ctx.store.latest("alice", 1)
    assert tray.status.weight == latest.value
    assert json.loads(path.read_text())["measured_at"] == latest.measured_at


@pytest.mark.hostile("tray: negative, NaN, infinite or huge weight")
@pytest.mark.parametrize("content", ['{"profile": "alice", "kg": NaN, "measured_at": 1}',
                                     '{"profile": "alice", "kg": -72.4, "measured_at": 1}',
                                     '{"profile": "alice", "kg": 72.4, "measured_at": 1e999}',
                                     "[" * 10_000 + "]" * 10_000])
def test_a_start_with_a_broken_weight_file_draws_a_dash(qtbot, demo, no_notification_service,
                                                         content):
    demo.ctx.paths.tray_weight_file.write_text(content)
    app = TrayApp(demo.ctx, tray_available=False)
    qtbot.addWidget(app.fallback)
    assert app.status.weight is None and app.status.state is TrayState.STARTING


def test_the_trend_of_the_last_7_days_reaches_the_tooltip_menu_and_icon(qtbot, tray, demo):
    # Alice weighs in daily on the simulated cloud; the sync child computes her trend from the
    # history it just wrote, and the tray shows it without opening the history itself.
    from withings_gui.core.trend import direction, trend_text, weight_trend_kg
    from withings_gui.tray.icon import make_icon

    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    result = next(r for r in tray.results if r.profile == "alice")
    expected = weight_trend_kg(demo.ctx.store, "alice", result.finished_at)
    assert expected is not None and result.weight_trend_kg == pytest.approx(expected)
    shown = trend_text(expected, "kg").english()
    assert re.fullmatch(r"[+−±]\d+\.\d kg in 7 days", shown)
    assert shown in tray.status.tooltip().splitlines()
    tray.menu.rebuild()
    assert tray.menu.actions()[0].text() == f"{tray.status.weight_text()}, {shown} — up to date"
    drawn = make_icon(tray.status.weight, "kg", TrayState.OK, direction(expected))
    assert tray.fallback.icon.pixmap().toImage() == drawn.pixmap(48, 48).toImage()


def test_open_home_assistant_opens_the_device_page_once_a_sync_learnt_it(qtbot, tray,
                                                                          opened_urls):
    ha = "http://127.0.0.1:8123/"
    tray.ctx.update_config(lambda config: setattr(config, "ha_url", ha))
    tray.open_home_assistant()
    qtbot.waitUntil(lambda: len(opened_urls) == 1, timeout=5000)
    assert opened_urls == [ha]  # no sync has read HA's id of this install's device yet

    tray.ctx.store.remember_ha_device(ha, "0f5c1e7d")
    tray.open_home_assistant()
    qtbot.waitUntil(lambda: len(opened_urls) == 2, timeout=5000)
    assert opened_urls[1] == "http://127.0.0.1:8123/config/devices/device/0f5c1e7d"

    # Pointed at another Home Assistant: that id means nothing there.
    tray.ctx.update_config(lambda config: setattr(config, "ha_url", "http://ha.lan:8123"))
    tray.open_home_assistant()
    qtbot.waitUntil(lambda: len(opened_urls) == 3, timeout=5000)
    assert opened_urls[2] == "http://ha.lan:8123"


def test_home_assistant_page_is_the_device_page_under_any_base_address():
    assert home_assistant_page("https://ha.example.com/", "ab12") == \
        "https://ha.example.com/config/devices/device/ab12"
    assert home_assistant_page("https://ha.example.com", None) == "https://ha.example.com"
    assert home_assistant_page("http://h/x/", "a/b") == "http://h/x/config/devices/device/a%2Fb"


@pytest.mark.ha
def test_open_home_assistant_opens_this_installs_device_page_in_a_real_ha(
        qtbot, tray, hass_server, opened_urls):
    """A real sync (child process) publishes to HA and learns the device's id there."""
    tray.ctx.secrets.set(HA_TOKEN, hass_server.token)
    tray.ctx.update_config(lambda config: setattr(config, "ha_url", hass_server.url))
    with qtbot.waitSignal(tray.scheduler.finished, timeout=90000):
        tray.sync_now()
    assert tray.results[0].published, tray.results[0].message
    tray.open_home_assistant()
    qtbot.waitUntil(lambda: opened_urls != [], timeout=5000)
    ours = ["mobile_app", tray.ctx.ha_device_id()]
    [device] = [d for d in hass_server.ws({"type": "config/device_registry/list"})
                if ours in d["identifiers"]]
    assert opened_urls == [f"{hass_server.url}/config/devices/device/{device['id']}"]
