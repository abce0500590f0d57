"""The scheduler on a fake clock, with the real sync engine against the simulated cloud."""

import pytest

from tests.support.clock import FakeClock
from withings_gui.core.sync import SyncEngine
from withings_gui.gui.tasks import Task, TaskRunner
from withings_gui.tray.scheduler import SLEEP_GAP_S, SyncScheduler

pytestmark = pytest.mark.gui

INTERVAL = 3600


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def scheduler(qtbot, demo, clock):
    runner = TaskRunner()
    scheduler = SyncScheduler(lambda: SyncEngine(demo.ctx), lambda: INTERVAL, runner,
                              clock=clock)
    runs = []
    scheduler.finished.connect(lambda results, manual: runs.append(("ok", manual)))
    scheduler.failed.connect(lambda exc, manual: runs.append(("failed", manual)))
    scheduler.runs = runs
    yield scheduler
    scheduler.stop()
    runner.wait_idle()


def finish(qtbot, scheduler, count):
    qtbot.waitUntil(lambda: len(scheduler.runs) == count and not scheduler.running,
                    timeout=15000)


def test_syncs_at_start_then_only_when_the_interval_is_over(qtbot, scheduler, clock):
    scheduler.start()
    assert scheduler.running
    finish(qtbot, scheduler, 1)
    for _ in range(3):
        clock.advance(SLEEP_GAP_S / 2)  # regular ticks, interval not over
        scheduler.tick()
    assert not scheduler.running and len(scheduler.runs) == 1
    clock.now = scheduler.next_due
    scheduler.tick()
    assert scheduler.running
    finish(qtbot, scheduler, 2)
    assert scheduler.runs == [("ok", False), ("ok", False)]


def test_catches_up_after_sleep(qtbot, scheduler, clock):
    scheduler.start()
    finish(qtbot, scheduler, 1)
    clock.advance(SLEEP_GAP_S + 60)  # the machine slept: ticks stopped, the clock jumped
    assert clock.now < scheduler.next_due
    scheduler.tick()
    assert scheduler.running
    finish(qtbot, scheduler, 2)


def test_coalesces_requests_during_a_sync_into_one_rerun(qtbot, scheduler, cloud):
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=0.5)
    scheduler.request_sync(manual=False)
    for _ in range(5):
        scheduler.request_sync(manual=True)
        scheduler.tick()
    finish(qtbot, scheduler, 2)
    # The background sync, then one re-run that counts as the user's (errors are shown).
    assert scheduler.runs == [("ok", False), ("ok", True)]


def test_paused_skips_background_syncs_but_not_sync_now(qtbot, scheduler, clock):
    scheduler.set_paused(True)
    scheduler.start()
    clock.advance(2 * INTERVAL)
    scheduler.tick()
    assert not scheduler.running and scheduler.runs == []
    scheduler.request_sync(manual=True)
    finish(qtbot, scheduler, 1)
    assert scheduler.runs == [("ok", True)]


def test_finished_tasks_are_freed(qtbot, scheduler):
    """The tray runs for months, one task per interval: none may pile up."""
    scheduler.start()
    finish(qtbot, scheduler, 1)
    scheduler.request_sync(manual=False)
    finish(qtbot, scheduler, 2)
    qtbot.waitUntil(lambda: len(scheduler._runner.findChildren(Task)) == 0, timeout=5000)
