"""The tray against the simulated cloud: syncing, state changes, menu actions, history."""

import dataclasses
import json
import logging
import os
import subprocess
import sys
import threading

import pytest

from tests.cli_helpers import Cli, loaded_after_first_sync
from tests.support.dbus import dunst_history
from withings_gui.gui.tasks import Task
from withings_gui.tray.app import TrayApp
from withings_gui.tray.state import TrayState
from withings_gui.tray.notify import Notice
from withings_gui.tray.probes import SYNC_CYCLES_ENV

pytestmark = pytest.mark.gui



@pytest.fixture
def tray(qtbot, demo, no_notification_service):
    app = TrayApp(demo.ctx, tray_available=False)  # offscreen has no tray: the fallback window
    qtbot.addWidget(app.fallback)
    yield app
    app.scheduler.stop()
    app.runner.wait_idle()


def test_first_sync_shows_the_latest_weight(qtbot, tray, demo):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    latest = demo.ctx.store.latest("alice", 1)
    assert tray.status.weight == latest.value
    assert f"{str(latest.value).removesuffix('.0')} kg," in tray.tray.toolTip()  # every decimal
    assert tray.fallback.isVisible() and "no system tray" in tray.fallback.notice.text()


def test_menu_has_every_action_and_a_status_line(qtbot, tray):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    tray.menu.rebuild()
    texts = [a.text().replace("&", "") for a in tray.menu.actions() if a.text()]
    assert texts[0].endswith("— up to date")
    for label in ("Sync now", "Open Home Assistant", "History…", "Devices…",
                  "Settings / Re-run setup…",
                  "Re-authorize…", "Pause syncing", "Show log", "Quit"):
        assert label in texts
    assert not tray.menu.action("open_ha").isEnabled()  # demo without HA


def test_sync_now_coalesces_with_a_running_sync(qtbot, tray, cloud):
    tray.start()
    qtbot.waitUntil(lambda: not tray.scheduler.running, timeout=15000)
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=1)
    starts = []
    tray.scheduler.started.connect(starts.append)
    tray.menu.action("sync").trigger()
    assert tray.scheduler.running
    tray.menu.action("sync").trigger()
    tray.menu.action("sync").trigger()
    qtbot.waitUntil(lambda: len(starts) == 2 and not tray.scheduler.running, timeout=15000)
    assert starts == [True, True]  # the running sync, then exactly one re-run


def test_pause_stops_background_syncs(qtbot, tray):
    tray.start()
    qtbot.waitUntil(lambda: not tray.scheduler.running, timeout=15000)
    tray.menu.action("pause").trigger()
    assert tray.status.state is TrayState.PAUSED and tray.scheduler.paused
    tray.scheduler.next_due = 0
    tray.scheduler.tick()
    assert not tray.scheduler.running


def test_revoked_login_turns_the_icon_to_reauthorize(qtbot, tray, cloud, caplog):
    caplog.set_level(logging.INFO, logger="withings_gui.tray.app")
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    cloud.faults.add("revoke", count=None)
    tray.menu.action("sync").trigger()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.NEEDS_REAUTH, timeout=15000)
    assert "re-authorize" in tray.status.message.lower()
    assert "Withings needs you to log in again" in caplog.text
    assert tray.status.weight is not None  # the last weight stays visible


def test_errors_show_as_error_state(qtbot, tray, cloud):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    cloud.faults.add("http", status=502, count=None)
    tray.menu.action("sync").trigger()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.ERROR, timeout=15000)
    assert "HTTP 502" in tray.status.message


def test_history_window_charts_the_store(qtbot, tray, demo):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    tray.show_history()
    window = tray.history
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "weigh-ins" in window.status.text(), timeout=10000)
    assert set(window.series_data) == {"Weight", "Fat mass", "Muscle mass"}
    month = len(window.series_data["Weight"])
    window.range_box.setCurrentIndex(2)  # all
    qtbot.waitUntil(lambda: len(window.series_data.get("Weight", [])) > month, timeout=10000)
    assert len(window.chart.series()) == 3
    qtbot.waitExposed(window)
    window.layout().activate()
    qtbot.waitUntil(lambda: window.chart.legend().markers() != [], timeout=5000)
    assert [m.label() for m in window.chart.legend().markers()] == \
        ["Weight", "Fat mass", "Muscle mass"]
    assert not window.grab().isNull()  # the pictures: docs/screenshots/make_history_*.py


@pytest.fixture
def tray_icon_app(qtbot, demo):
    """A TrayApp that has a tray icon (not shown: offscreen has no tray host to show it in)."""
    app = TrayApp(demo.ctx, tray_available=True)
    yield app
    app.runner.wait_idle()


@pytest.mark.tray
def test_notices_go_to_the_desktop_notification_service(qtbot, dunst, tray_icon_app):
    with qtbot.waitSignal(tray_icon_app.notice_shown, timeout=10000) as shown:
        tray_icon_app.notify("New weigh-in", "72.4 kg")
    assert shown.args == [Notice("New weigh-in", "72.4 kg"), "desktop"]  # not Qt's balloon
    assert [n["summary"] for n in dunst_history(dunst)] == ["New weigh-in"]


@pytest.mark.parametrize("bus", ["no service on it", "none"])
def test_without_a_notification_service_the_tray_icon_shows_the_notice(
        qtbot, bus, no_notification_service, monkeypatch, tray_icon_app, caplog):
    if bus == "none":
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    caplog.set_level(logging.INFO, logger="withings_gui.tray.app")
    threads = []
    tray_icon_app.notice_shown.connect(lambda *_: threads.append(threading.current_thread()))
    with qtbot.waitSignal(tray_icon_app.notice_shown, timeout=10000) as shown:
        tray_icon_app.notify("Sync failed", "HTTP 502", True)
    assert shown.args == [Notice("Sync failed", "HTTP 502", True), "tray"]
    assert threads == [threading.main_thread()]  # showMessage on the GUI thread
    assert "no desktop notification service" in caplog.text
    # The finished task is freed: a tray runs for months.
    qtbot.waitUntil(lambda: not tray_icon_app.runner.findChildren(Task))


def test_a_battery_turning_low_is_noticed_once(qtbot, no_notification_service, tray_icon_app,
                                               cloud):
    """Through real syncs (child processes) of the simulated cloud's devices."""
    shown = []
    tray_icon_app.notice_shown.connect(lambda notice, _where: shown.append(notice))
    with qtbot.waitSignal(tray_icon_app.scheduler.finished, timeout=30000):
        tray_icon_app.sync_now()
    alice = next(user for user in cloud.users.values() if user.name == "Alice")
    scale = alice.devices[0]
    alice.devices[0] = dataclasses.replace(scale, battery="low")
    for _ in range(2):  # still low on the second pass: not said again
        with qtbot.waitSignal(tray_icon_app.scheduler.finished, timeout=30000):
            tray_icon_app.sync_now()
    qtbot.waitUntil(lambda: any(n.title == "Withings battery low" for n in shown),
                    timeout=10000)
    tray_icon_app.runner.wait_idle()
    assert [n.text.split(":")[0] for n in shown if n.title == "Withings battery low"] \
        == [scale.model]
    tray_icon_app.scheduler.stop()


def test_demo_tray_process_never_loads_webengine(tmp_path):
    loaded = loaded_after_first_sync(["--demo", "--config-dir", str(tmp_path / "cfg")],
                                     dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    # The demo's own cloud may load the rest.
    assert "PySide6.QtWebEngineCore" not in loaded["modules"]


def test_configured_tray_process_leaves_the_heavy_parts_to_its_sync_child(tmp_path, cloud):
    cli = Cli(tmp_path / "cfg", cloud)
    cli.configure()
    cli.login()
    loaded = loaded_after_first_sync([], dict(cli.env(), QT_QPA_PLATFORM="offscreen"))
    assert loaded["modules"] == []
    assert (tmp_path / "cfg" / "tray-weight.json").exists()  # its first sync brought a weight


def test_memory_benchmark_probe_runs_the_asked_syncs_and_reports(tmp_path, cloud):
    cli = Cli(tmp_path / "cfg", cloud)
    cli.configure()
    cli.login()
    env = dict(cli.env(), QT_QPA_PLATFORM="offscreen", **{SYNC_CYCLES_ENV: "3"})
    result = subprocess.run([sys.executable, "-m", "withings_gui", "tray"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    line = next(l for l in result.stdout.splitlines() if l.startswith("sync-cycles "))
    report = json.loads(line.split(" ", 1)[1])
    assert [cycle for cycle, _ in report["samples"]] == [1, 3]
    assert all(20 < mb < 1000 for _, mb in report["samples"])
    assert report["failures"] == 0, report["first_failure"]
