"""The scheduler on a fake clock, with real sync children against the simulated cloud."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from tests.support.clock import FakeClock
from withings_gui.gui.sync_process import SyncProcess
from withings_gui.tray.scheduler import SLEEP_GAP_S, TICK_MS, SyncScheduler

pytestmark = pytest.mark.gui

INTERVAL = 3600


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def scheduler(qtbot, demo, clock):
    scheduler = SyncScheduler(SyncProcess(demo.ctx), lambda: INTERVAL, clock=clock)
    runs = []
    scheduler.finished.connect(lambda results, manual: runs.append(("ok", manual)))
    scheduler.failed.connect(lambda exc, manual: runs.append(("failed", manual)))
    scheduler.runs = runs
    yield scheduler
    scheduler.stop()


def finish(qtbot, scheduler, count):
    qtbot.waitUntil(lambda: len(scheduler.runs) == count and not scheduler.running,
                    timeout=60000)  # a child pass: seconds, more on a loaded box


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


def test_every_pass_runs_in_the_same_process_object(qtbot, scheduler):
    """The tray runs for months, one pass per interval: nothing may pile up."""
    scheduler.start()
    finish(qtbot, scheduler, 1)
    scheduler.request_sync(manual=False)
    finish(qtbot, scheduler, 2)
    assert len(scheduler.sync_pass.findChildren(QProcess)) == 1


def test_stop_ends_a_running_pass_without_a_report(qtbot, scheduler, cloud):
    held = cloud.faults.add("delay", path="/measure", action="getmeas", seconds=30)
    scheduler.start()
    # Taken when the request arrives: the child waits for its reply now.
    qtbot.waitUntil(lambda: held not in cloud.faults.active, timeout=15000)
    scheduler.stop()  # what quitting the tray does
    assert not scheduler.running and not scheduler.sync_pass.running
    qtbot.wait(200)
    assert scheduler.runs == []


# -- a wall clock moved both ways (issue 14) ----------------------------------------------

SHORT = 300  # s: ten ticks, so that generated runs cover several intervals cheaply
TICK_S = TICK_MS // 1000
YEAR = 365 * 86400


class InstantPass(QObject):
    """A pass that ends at once: thousands of ticks, no child per case. The timing logic is
    the same whatever the pass does (the tests above run real sync children)."""

    finished = Signal(object)
    failed = Signal(object)

    def start(self, full, profile=None, notified=(), push=False):
        QTimer.singleShot(0, self._end)  # from the event loop, as a child's end would come

    def _end(self):
        self.finished.emit([])

    def cancel(self):
        pass


class Recorder:
    """A fresh scheduler, owned by the shared parent, counting the syncs it starts."""

    def __init__(self, qtbot, owner, start):
        self.qtbot, self.clock = qtbot, FakeClock(start)
        # Owned by a QObject, so that Qt, not Python's collector, frees it.
        self.scheduler = SyncScheduler(InstantPass(), lambda: SHORT, clock=self.clock,
                                       parent=owner)
        self.scheduler.sync_pass.setParent(self.scheduler)
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
def owner(qtbot):
    """One parent for every generated case's scheduler."""
    return QObject()


# A move of the clock between two ticks: back by more than a tick, or forward by more than
# a sleep gap, from minutes to years.
clock_moves = st.integers(2 * TICK_S, 5 * YEAR).map(lambda s: -s) \
    | st.integers(int(SLEEP_GAP_S) + 1, 5 * YEAR)


@pytest.mark.hostile("tray scheduler: sequences of clock jumps")
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, 4_000_000_000),
       steps=st.lists(st.tuples(st.integers(0, 25), clock_moves), max_size=4))
def test_clock_moves_cause_one_sync_each_and_never_stop_the_schedule(qtbot, owner, start,
                                                                    steps):
    recorder = Recorder(qtbot, owner, start)
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


def test_a_notification_during_a_pass_runs_one_pass_of_that_profile_after(
        qtbot, scheduler, cloud, clock):
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=0.5)
    scheduler.start()
    due = scheduler.next_due
    for appli in (1, 4, 1):  # three notifications meanwhile: one pass
        scheduler.request_notified("alice", appli)
    finish(qtbot, scheduler, 2)
    assert scheduler.runs == [("ok", False), ("ok", False)]
    assert scheduler.next_due == due  # the timer's schedule is not moved by a notification


def test_a_notified_pass_reads_only_its_categories(qtbot, scheduler, cloud):
    before = len(cloud.requests)
    scheduler.request_notified("alice", 44)
    assert scheduler.running
    finish(qtbot, scheduler, 1)
    paths = {(r.path, r.action) for r in cloud.requests[before:]}
    assert ("/v2/sleep", "getsummary") in paths
    assert ("/measure", "getmeas") not in paths


def test_notifications_while_paused_are_dropped(qtbot, scheduler):
    scheduler.set_paused(True)
    scheduler.request_notified("alice", 1)
    assert not scheduler.running and scheduler.runs == []


def test_sync_now_covers_the_notifications_that_came_before_it(qtbot, scheduler, cloud):
    cloud.faults.add("delay", path="/measure", action="getmeas", seconds=0.5)
    scheduler.request_sync(manual=False)
    scheduler.request_notified("alice", 1)
    scheduler.request_sync(manual=True)
    finish(qtbot, scheduler, 2)
    assert scheduler.runs == [("ok", False), ("ok", True)]  # no third, notified pass


def test_scheduled_passes_while_push_works_are_safety_passes(qtbot, demo, clock):
    live = [True]
    scheduler = SyncScheduler(SyncProcess(demo.ctx), lambda: INTERVAL, clock=clock,
                              push_live=lambda: live[0])
    try:
        scheduler.request_sync(manual=False)
        assert "--push" in scheduler.sync_pass._process.arguments()
        qtbot.waitUntil(lambda: not scheduler.running, timeout=60000)
        scheduler.request_sync(manual=True)  # "Sync now" reads everything, push or not
        assert "--push" not in scheduler.sync_pass._process.arguments()
        qtbot.waitUntil(lambda: not scheduler.running, timeout=60000)
        live[0] = False
        scheduler.request_sync(manual=False)
        assert "--push" not in scheduler.sync_pass._process.arguments()
        qtbot.waitUntil(lambda: not scheduler.running, timeout=60000)
    finally:
        scheduler.stop()
