"""The sync engine against the simulated cloud on a simulated clock (no Home Assistant)."""

import sqlite3

import pytest

from tests.support.clock import FakeClock
from tests.support.withings_proxy import withings_proxy
from withings_gui.core import sync_state
from withings_gui.core.sync import MAX_REQUESTS_PER_PASS, SyncEngine, SyncState
from withings_gui.core.timekeeping import FUTURE_SKEW
from withings_gui.core.withings.endpoints import Endpoints
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
    assert result.latest_weight_kg == latest.value
    assert result.latest_weight_at == latest.measured_at
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
    assert sync_state.load(session.ctx.store, "alice").refused_login is not None
    cloud.faults.clear()
    clock.advance(300)
    before = cloud.request_count()
    assert engine.run_once()[0].state is SyncState.NEEDS_REAUTH  # the same login: not asked
    assert cloud.request_count() == before
    session.login("alice")
    clock.advance(300)
    assert engine.run_once()[0].state is SyncState.OK
    assert sync_state.load(session.ctx.store, "alice").refused_login is None


def test_unknown_profile_raises(session, clock):
    with pytest.raises(KeyError, match="No profile 'zed'"):
        SyncEngine(session.ctx, clock).run_once("zed")


# -- hostile clocks and servers (issue 14) ------------------------------------------------

YEAR = 365 * 24 * HOUR
STREAM_ACTIONS = ("getsummary", "getactivity", "getdevice", "getgoals")


def counts(cloud, actions):
    return {action: cloud.request_count(action=action) for action in actions}


@pytest.mark.hostile("clock ahead then put right (back-off, last fetched)")
def test_a_backoff_set_while_the_clock_was_a_year_ahead_ends_once_it_is_right(session, cloud,
                                                                             clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    right = clock.now
    clock.now = right + YEAR
    cloud.faults.add("http", status=502, count=1)
    assert engine.run_once()[0].state is SyncState.ERROR
    clock.now = right + 300  # the clock is put right; the pause was 30 s of its time
    [result] = engine.run_once()
    assert result.state is SyncState.OK, result.message


def test_a_wait_withings_asks_for_is_capped_at_an_hour(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    cloud.faults.add("status", status=601, retry_after=10 ** 9, count=1)
    clock.advance(300)
    [limited] = engine.run_once()
    assert limited.state is SyncState.RATE_LIMITED and "3600 s" in limited.message
    clock.advance(3000)
    assert engine.run_once()[0].state is SyncState.RATE_LIMITED  # inside the hour: waits
    clock.advance(601)
    assert engine.run_once()[0].state is SyncState.OK


@pytest.mark.hostile("clock ahead then put right (back-off, last fetched)")
def test_last_fetched_times_in_the_future_count_as_due(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    right = clock.now
    clock.now = right + YEAR
    engine.run_once(full=True)  # every stream "fetched" a year from now
    clock.now = right + 300
    before = counts(cloud, STREAM_ACTIONS)
    assert engine.run_once()[0].state is SyncState.OK
    after = counts(cloud, STREAM_ACTIONS)
    assert all(after[action] == before[action] + 1 for action in STREAM_ACTIONS), after


@pytest.mark.hostile("weigh-in dated ahead / updatetime in the future")
def test_a_weigh_in_dated_years_ahead_is_kept_but_not_the_latest(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    clock.advance(60)
    cloud.add_measure_group(alice(cloud), int(clock.now) + 5 * YEAR, [(1, 150.0)])
    clock.advance(240)
    [result] = engine.run_once()
    assert result.new_measurements == 1  # stored: the history keeps it
    assert result.latest_weight_kg != 150.0 and result.latest_weight_at <= clock.now
    weight = next(e for e in result.entities if e.entity_id == "sensor.withings_weight_kg_alice")
    assert weight.state == result.latest_weight_kg
    clock.advance(60)
    cloud.add_measure_group(alice(cloud), int(clock.now), [(1, 64.5)])
    clock.advance(240)
    [result] = engine.run_once()
    assert result.latest_weight_kg == 64.5  # a later real weigh-in is not hidden


def test_a_weigh_in_a_few_minutes_ahead_still_counts_as_the_latest(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    clock.advance(60)
    # A scale a few minutes ahead of this computer (within FUTURE_SKEW).
    cloud.add_measure_group(alice(cloud), int(clock.now) + FUTURE_SKEW - 300, [(1, 66.6)])
    assert engine.run_once()[0].latest_weight_kg == 66.6


@pytest.mark.hostile("weigh-in dated ahead / updatetime in the future")
def test_an_updatetime_in_the_future_does_not_skip_weigh_ins(session, cloud, clock):
    with withings_proxy(cloud.url) as (url, proxy):
        def lie(action, params, payload):
            if action == "getmeas" and isinstance(payload.get("body"), dict):
                payload["body"]["updatetime"] = int(clock.now) + YEAR
            return payload

        proxy.rewrite = lie
        session.ctx.endpoints = Endpoints(auth_url=cloud.url, api_url=url)
        engine = SyncEngine(session.ctx, clock)
        engine.run_once(full=True)
        assert sync_state.load(session.ctx.store, "alice").measures.lastupdate <= clock.now
        clock.advance(120)
        cloud.add_measure_group(alice(cloud), int(clock.now), [(1, 63.2)])
        clock.advance(180)
        [result] = engine.run_once()
    assert result.new_measurements == 1 and result.latest_weight_kg == 63.2


def test_a_stored_cursor_from_a_lying_past_is_read_again_from_the_start(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    stored = session.ctx.store.count("alice")
    # What an older version saved after a server said updatetime was a year ahead.
    session.ctx.store.set_cursors("alice", {"measures_lastupdate": int(clock.now) + YEAR})
    clock.advance(60)
    cloud.add_measure_group(alice(cloud), int(clock.now), [(1, 62.0)])
    clock.advance(240)
    [result] = engine.run_once()
    assert result.latest_weight_kg == 62.0 and session.ctx.store.count("alice") == stored + 1
    assert sync_state.load(session.ctx.store, "alice").measures.lastupdate <= clock.now


def test_the_page_cap_spreads_a_long_history_over_passes_and_loses_nothing(tmp_path, clock):
    with SimulatedCloud(seed=3, clock=clock, page_size=10) as small:
        session = open_demo(str(tmp_path / "small"), cloud=small)
        try:
            engine = SyncEngine(session.ctx, clock)
            store = session.ctx.store
            groups = {g["grpid"] for g in small.measure_groups(alice(small))
                      if g["category"] == 1 and g["attrib"] != 1}
            held = [g["date"] for g in small.measure_groups(alice(small))
                    if g["category"] == 1 and g["attrib"] == 1]
            passes, per_pass = 0, []
            while True:
                before = small.request_count(path="/measure") + \
                    sum(small.request_count(action=a) for a in STREAM_ACTIONS)
                [result] = engine.run_once(full=passes == 0)
                per_pass.append(small.request_count(path="/measure") + sum(
                    small.request_count(action=a) for a in STREAM_ACTIONS) - before)
                passes += 1
                assert result.state is SyncState.OK, result.message
                if "goes on in the next pass" not in result.message:
                    break
                # Pages read are kept; the cursor waits until every page is read.
                assert sync_state.load(store, "alice").measures.lastupdate is None
                assert passes < 20
                clock.advance(300)
            with sqlite3.connect(session.ctx.paths.store_file) as db:
                stored = {row[0] for row in db.execute("SELECT DISTINCT grpid FROM measurements")}
            unassigned = store.unassigned("alice")
        finally:
            session.close()
    assert passes >= 3 and max(per_pass) <= MAX_REQUESTS_PER_PASS, per_pass
    assert stored == groups
    # Guests' weigh-ins wait in the Withings app: none stored, each counted, newest dated.
    assert held and unassigned == (len(held), max(held))


def actions_sent(cloud, since):
    return sorted(r.action for r in cloud.requests[since:] if r.action != "requesttoken")


@pytest.mark.parametrize("notified, expected", [
    ((1,), ["getmeas"]), ((4,), ["getmeas"]), ((44,), ["getsummary"]),
    ((16,), ["getactivity", "getworkouts"]), ((1, 44), ["getmeas", "getsummary"]),
    ((54,), ["list"]),  # alice opted in to ECG results
])
def test_a_notified_pass_reads_only_those_categories(session, cloud, clock, notified,
                                                     expected):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    clock.advance(60)  # nothing is due by its cadence: what is read is what was notified
    before = len(cloud.requests)
    [result] = engine.run_once("alice", notified=notified)
    assert result.state is SyncState.OK, result.message
    assert actions_sent(cloud, before) == expected


def test_a_notified_weigh_in_is_read_at_once(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    clock.advance(30)
    cloud.add_measure_group(alice(cloud), int(clock()) - 5, [(1, 64.25)])
    [result] = engine.run_once("alice", notified=(1,))
    assert result.new_measurements == 1 and result.latest_weight_kg == 64.25


def test_ecg_is_not_read_for_a_profile_that_did_not_opt_in(session, cloud, clock):
    session.ctx.update_config(lambda c: setattr(c.profiles["alice"], "read_ecg", False))
    engine = SyncEngine(session.ctx, clock)
    before = len(cloud.requests)
    [result] = engine.run_once("alice", notified=(54,))
    assert result.state is SyncState.OK and actions_sent(cloud, before) == []


def test_hourly_passes_with_push_stay_within_4_requests_an_hour(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    before, sleep_before = cloud.request_count(), cloud.request_count(action="getsummary")
    for _ in range(48):
        clock.advance(HOUR)
        engine.run_once(push=True)
    assert (cloud.request_count() - before) / 48 <= 4
    # Sleep follows the safety cadence (every 6 h) instead of every hour.
    assert cloud.request_count(action="getsummary") - sleep_before == 48 // 6


def test_without_push_the_cadences_are_the_polling_ones(session, cloud, clock):
    engine = SyncEngine(session.ctx, clock)
    engine.run_once(full=True)
    engine.run_once(push=True)
    before = cloud.request_count(action="getsummary")
    for _ in range(6):
        clock.advance(HOUR)
        engine.run_once()
    assert cloud.request_count(action="getsummary") - before == 6
