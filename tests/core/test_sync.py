"""The sync engine against the simulated cloud on a simulated clock (no Home Assistant)."""

import pytest

from tests.support.clock import FakeClock
from withings_gui.core.sync import SyncEngine, SyncState
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo

HOUR = 3600


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cloud(clock):
    cloud = SimulatedCloud(seed=3, clock=clock, page_size=200)
    cloud.start()
    yield cloud
    cloud.stop()


@pytest.fixture
def session(tmp_path, cloud):
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    yield session
    session.close()


def alice(cloud):
    return next(uid for uid, u in cloud.users.items() if u.name == "Alice")


def run_every_interval(engine, clock, hours):
    results = []
    for _ in range(int(hours * HOUR / 300)):
        clock.advance(300)
        results.extend(engine.run_once())
    return results


def test_first_sync_backfills_and_reports_latest_weight(session, cloud, clock):
    [result] = SyncEngine(session.ctx, clock).run_once(full=True)
    assert result.state is SyncState.OK, result.message
    assert result.new_measurements > 100
    latest = session.ctx.store.latest("alice", 1)
    assert result.latest_weight_kg == latest.value and result.latest_weight_at == latest.measured_at
    weight = next(e for e in result.entities if e.entity_id == "sensor.withings_weight_kg_alice")
    assert weight.state == latest.value and weight.unit_of_measurement == "kg"


def test_steady_state_stays_within_16_requests_per_hour(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    before, getmeas_before = cloud.request_count(), cloud.request_count(action="getmeas")
    run_every_interval(engine, clock, hours=24)
    per_hour = (cloud.request_count() - before) / 24
    assert per_hour <= 16, per_hour
    # Weight is fetched every pass (12 getmeas per hour), one page each in steady state.
    assert cloud.request_count(action="getmeas") - getmeas_before == 24 * 12


def test_new_weigh_in_is_picked_up_within_one_interval(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    clock.advance(60)
    cloud.add_measure_group(alice(cloud), int(clock.now), [(1, 64.321)])
    clock.advance(240)
    [result] = engine.run_once()
    assert result.new_measurements == 1 and result.latest_weight_kg == 64.321


def test_rate_limit_waits_the_time_withings_asks_for(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    cloud.faults.add("status", status=601, retry_after=900, count=1)
    clock.advance(300)
    [limited] = engine.run_once()
    assert limited.state is SyncState.RATE_LIMITED
    count = cloud.request_count()
    for _ in range(2):  # 10 minutes later: still inside the 15 minutes asked for
        clock.advance(300)
        assert engine.run_once()[0].state is SyncState.RATE_LIMITED
    assert cloud.request_count() == count
    clock.advance(301)
    assert engine.run_once()[0].state is SyncState.OK


def test_server_errors_back_off_instead_of_storming(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    cloud.faults.add("http", status=502, count=None)
    start = cloud.request_count()
    states = [r.state for r in run_every_interval(engine, clock, hours=2)]
    assert set(states) <= {SyncState.ERROR, SyncState.RATE_LIMITED}
    # Backing off 30 s, 60 s, ... capped at 30 min: far fewer tries than the 24 passes.
    assert cloud.request_count() - start < 16
    cloud.faults.clear()
    clock.advance(1800)
    assert engine.run_once()[0].state is SyncState.OK


def test_revoked_login_needs_reauthorization_and_keeps_data(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    stored = session.ctx.store.count("alice")
    cloud.faults.add("revoke", count=None)
    clock.advance(300)
    [result] = engine.run_once()
    assert result.state is SyncState.NEEDS_REAUTH and "re-authorize" in result.message.lower()
    assert session.ctx.store.count("alice") == stored
    assert result.latest_weight_kg is not None


def test_a_new_login_after_a_refused_one_syncs_and_forgets_the_refusal(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    cloud.faults.add("revoke", count=None)
    clock.advance(300)
    assert engine.run_once()[0].state is SyncState.NEEDS_REAUTH
    assert session.ctx.store.get_cursor("alice", "refused_login") is not None
    cloud.faults.clear()
    clock.advance(300)
    before = cloud.request_count()
    assert engine.run_once()[0].state is SyncState.NEEDS_REAUTH  # the same login: not asked
    assert cloud.request_count() == before
    session.login("alice")
    clock.advance(300)
    assert engine.run_once()[0].state is SyncState.OK
    assert session.ctx.store.get_cursor("alice", "refused_login") is None


def test_unknown_profile_raises(session, clock):
    with pytest.raises(KeyError, match="No profile 'zed'"):
        SyncEngine(session.ctx, clock).run_once("zed")
