"""The scheduler on a fake clock, with the real sync engine against the simulated cloud."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.clock import FakeClock
from withings_gui.core.sync import SyncEngine
from withings_gui.gui.tasks import Task, TaskRunner
from withings_gui.tray.scheduler import SLEEP_GAP_S, TICK_MS, SyncScheduler

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


# -- a wall clock moved both ways (issue 14) ----------------------------------------------

SHORT = 300  # s: ten ticks, so that generated runs cover several intervals cheaply
TICK_S = TICK_MS // 1000
YEAR = 365 * 86400


class InstantPass:
    """A pass that returns at once: thousands of ticks, no network per case. The timing
    logic is the same whatever the pass does (the tests above run the real engine)."""

    def run_once(self, full=False, cancel=None):
        return []


class Recorder:
    """A fresh scheduler on the shared runner, counting the syncs it starts."""

    def __init__(self, qtbot, runner, start):
        self.qtbot, self.clock = qtbot, FakeClock(start)
        # Owned by the runner, so that Qt, not Python's collector, frees it (on this thread).
        self.scheduler = SyncScheduler(InstantPass, lambda: SHORT, runner, clock=self.clock,
                                       parent=runner)
        self.starts = 0
        self.scheduler.started.connect(self._count)

    def _count(self, manual):
        self.starts += 1

    def tick(self, advance):
        """Move the clock, tick; the number of syncs that tick started (0 or 1)."""
        before = self.starts
        self.clock.advance(advance)
        self.scheduler.tick()
        self.qtbot.waitUntil(lambda: not self.scheduler.running, timeout=5000)
        return self.starts - before


@pytest.fixture
def shared_runner(qtbot):
    """One pool for every generated case: a pool per case left ~150 idle threads behind."""
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


# A move of the clock between two ticks: back by more than a tick, or forward by more than
# a sleep gap, from minutes to years.
clock_moves = st.integers(2 * TICK_S, 5 * YEAR).map(lambda s: -s) \
    | st.integers(int(SLEEP_GAP_S) + 1, 5 * YEAR)


@pytest.mark.hostile("tray scheduler: sequences of clock jumps")
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, 4_000_000_000),
       steps=st.lists(st.tuples(st.integers(0, 25), clock_moves), max_size=4))
def test_clock_moves_cause_one_sync_each_and_never_stop_the_schedule(qtbot, shared_runner,
                                                                    start, steps):
    recorder = Recorder(qtbot, shared_runner, start)
    try:
        recorder.scheduler.start()
        qtbot.waitUntil(lambda: not recorder.scheduler.running, timeout=5000)
        assert recorder.starts == 1
        for regular_ticks, move in steps + [(3 * SHORT // TICK_S, None)]:
            # Ticks on time: a sync exactly once per interval, no storm, none skipped.
            synced = sum(recorder.tick(TICK_S) for _ in range(regular_ticks))
            assert synced == regular_ticks * TICK_S // SHORT
            if move is not None:
                # The clock moved (sleep, a set clock): one catch-up sync, and the schedule
                # restarts from it.
                assert recorder.tick(move) == 1
    finally:
        recorder.scheduler.stop()


@pytest.mark.parametrize("move", [-YEAR, -3600, -2 * TICK_S, YEAR])
def test_a_moved_clock_syncs_at_once_with_the_real_engine(qtbot, scheduler, clock, move):
    scheduler.start()
    finish(qtbot, scheduler, 1)
    clock.advance(TICK_S)
    scheduler.tick()
    assert not scheduler.running
    clock.advance(move)
    scheduler.tick()
    assert scheduler.running
    finish(qtbot, scheduler, 2)
    assert scheduler.next_due == clock.now + INTERVAL
