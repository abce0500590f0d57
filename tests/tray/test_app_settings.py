"""The running tray and settings other processes save (issue 20): nothing it writes undoes
theirs, and it takes them up when asked through its single-instance channel."""

import json
import subprocess
import sys

import pytest

from tests.cli_helpers import Cli
from withings_gui.core.units import to_pounds
from withings_gui.demo.cloud import DEMO_CLIENT_SECRET
from withings_gui.tray.state import TrayState
from withings_gui.tray.single_instance import SingleInstance

pytestmark = pytest.mark.gui

SECRET = f"client_secret={DEMO_CLIENT_SECRET}\n"

# Another process changes settings its own way, then (optionally) asks the tray something.
OTHER_PROCESS = """
import sys
from withings_gui.core.context import AppContext
from withings_gui.core.paths import resolve_paths
from withings_gui.core.tray_requests import ask_running_tray
if sys.argv[2] == "pause":
    AppContext.open(sys.argv[1]).update_config(lambda config: setattr(config, "paused", True))
if sys.argv[3] != "-":
    ask_running_tray(resolve_paths(sys.argv[1]), sys.argv[3])
"""


def other_process(ctx, change: str, command: str = "-") -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(ctx.paths.root), change, command],
                   check=True, timeout=60)


@pytest.fixture
def listening(tray, demo):
    """The tray's single-instance channel, as tray/launch.py sets it up."""
    instance = SingleInstance(demo.ctx.paths)
    assert instance.claim()
    tray.answer(instance)
    instance.listen()
    yield instance
    instance.release()


@pytest.fixture
def cli(demo, cloud):
    return Cli(demo.ctx.paths.root, cloud)


def saved(ctx) -> dict:
    return json.loads(ctx.paths.config_file.read_text())


def test_pause_in_the_tray_keeps_what_another_process_saved(qtbot, tray, demo, cli):
    """The issue's reproduction: the tray was never told, and its Pause undid all of it."""
    cli.run("configure", "--profile", "alice", "--unit", "lb", "--interval", "30",
            stdin=SECRET)
    cli.run("configure", "--profile", "bob", "--name", "Bob", stdin=SECRET)
    assert tray.ctx.config.interval_minutes == 5  # the tray's copy is old
    tray.menu.action("pause").trigger()
    on_disk = saved(demo.ctx)
    assert on_disk["interval_minutes"] == 30 and on_disk["paused"] is True
    assert on_disk["profiles"]["alice"]["unit"] == "lb"
    assert on_disk["profiles"]["bob"]["display_name"] == "Bob"
    # And the tray now goes by them.
    assert tray.status.state is TrayState.PAUSED and tray.status.unit == "lb"
    assert tray.scheduler.paused


def test_a_terminal_configure_reaches_the_running_tray(qtbot, tray, listening, demo, cli):
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)
    kg, due = tray.status.weight, tray.scheduler.next_due
    cli.run("configure", "--profile", "alice", "--unit", "lb", "--interval", "30",
            stdin=SECRET)
    qtbot.waitUntil(lambda: tray.ctx.config.interval_minutes == 30, timeout=10000)
    assert tray.status.unit == "lb" and tray.status.weight == to_pounds(kg)
    assert f"{str(to_pounds(kg)).removesuffix('.0')} lb," in tray.tray.toolTip()
    assert tray.scheduler.next_due == due + 25 * 60  # one new interval after the last pass


def test_pause_saved_elsewhere_and_sync_now_reach_the_running_tray(qtbot, tray, listening,
                                                                   demo):
    other_process(demo.ctx, "pause", "reload")
    qtbot.waitUntil(lambda: tray.scheduler.paused, timeout=10000)
    assert tray.status.state is TrayState.PAUSED
    with qtbot.waitSignal(tray.scheduler.started, timeout=10000) as started:
        other_process(demo.ctx, "-", "sync-now")
    assert started.args == [True]  # asked for: its errors are shown, as from the menu
    qtbot.waitUntil(lambda: not tray.scheduler.running, timeout=15000)


def test_a_later_launch_shows_the_tray_and_hands_over_the_settings(qtbot, tray, listening,
                                                                   demo, cli):
    """How a finished setup wizard hands over: it saved, then starts the tray again."""
    other_process(demo.ctx, "pause")  # saved without telling the tray
    assert not tray.scheduler.paused
    launch = cli.run("tray", "--config-dir", str(demo.ctx.paths.root))
    assert "already running" in launch.stderr
    qtbot.waitUntil(lambda: tray.scheduler.paused, timeout=10000)


@pytest.mark.hostile("config.json broken while the tray runs")
def test_settings_broken_by_hand_are_named_and_the_tray_goes_on(qtbot, tray, listening,
                                                               demo, caplog):
    before = tray.ctx.config
    demo.ctx.paths.config_file.write_text("{not json")
    other_process(demo.ctx, "-", "reload")
    qtbot.waitUntil(lambda: "settings not reloaded" in caplog.text, timeout=10000)
    assert "config.json: is not valid JSON (line 1, column 2)" in caplog.text
    assert tray.ctx.config is before  # it goes on with the settings it has
