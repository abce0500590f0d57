"""Withings faults from the simulated cloud, two simulated hours of 5-minute passes each:
backoff honours the wait, requests stay few, nothing is lost or stored twice, a revoked login
turns into "needs re-authorization" and stops calling Withings."""

from __future__ import annotations

import sqlite3

import pytest

from tests.support.clock import FakeClock
from tests.support.withings_proxy import withings_proxy
from withings_gui.core.sync import MAX_REQUESTS_PER_PASS, SyncEngine
from withings_gui.core.sync_result import SyncState
from withings_gui.core.withings.api import MAX_PAGES_PER_CALL, WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import WithingsNetworkError
from withings_gui.core.withings.tokens import TokenManager
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo

PASS_S = 300
FAULT_PASSES = 24  # two hours
HEADER = ("fault", "passes during the fault", "Withings requests during the fault",
          "state shown", "after the fault")
SECTION = "Withings faults (24 passes, 5 minutes apart, simulated clock)"

FAULTS = {
    "601, wait 900 s": ("status", {"status": 601, "retry_after": 900}),
    "HTTP 500": ("http", {"status": 500}),
    "HTTP 502": ("http", {"status": 502}),
    "HTTP 503": ("http", {"status": 503}),
    "malformed JSON": ("malformed", {}),
    "truncated pagination": ("truncated", {}),
}


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cloud(clock):
    with SimulatedCloud(seed=7, clock=clock, page_size=100) as cloud:
        yield cloud


def measurement_rows(ctx) -> set[tuple]:
    with sqlite3.connect(ctx.paths.store_file) as db:
        return set(db.execute("SELECT grpid, meastype, value, measured_at FROM measurements"))


def reference_rows(tmp_path, cloud) -> set[tuple]:
    """What a clean sync of the same cloud stores: the yardstick for lost or doubled data."""
    session = open_demo(str(tmp_path / "reference"), cloud=cloud)
    try:
        SyncEngine(session.ctx, cloud.clock).run_once(full=True)
        return measurement_rows(session.ctx)
    finally:
        session.close()


def passes_under_fault(engine, cloud, clock) -> tuple[set, int]:
    """FAULT_PASSES passes, 5 minutes apart: the states shown and the requests made."""
    before = cloud.request_count()
    states = set()
    for _ in range(FAULT_PASSES):
        clock.advance(PASS_S)
        states |= {r.state for r in engine.run_once()}
    return states, cloud.request_count() - before


def weigh_in(cloud, clock, kg: float) -> None:
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    cloud.add_measure_group(alice, int(clock()), [(1, kg), (6, 21.5)])


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_survived_without_loss_or_storm(name, tmp_path, cloud, clock, figures):
    kind, options = FAULTS[name]
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    engine = SyncEngine(session.ctx, clock)
    try:
        assert engine.run_once(full=True)[0].ok
        weigh_in(cloud, clock, 71.3)  # new data waiting while the fault lasts
        # Several pages of new data, so truncation cuts a real page sequence.
        for day in range(250):
            weigh_in(cloud, clock, 70 + day / 100)
        cloud.faults.add(kind, count=None, **options)
        states, during = passes_under_fault(engine, cloud, clock)
        cloud.faults.clear()
        for _ in range(7):  # the longest backoff is 30 minutes
            clock.advance(PASS_S)
            final = engine.run_once()[0]
        rows = measurement_rows(session.ctx)
    finally:
        session.close()
    expected = reference_rows(tmp_path, cloud)
    figures.add(SECTION, HEADER, name, FAULT_PASSES, during,
                ", ".join(sorted(s.value for s in states)),
                f"{final.state.value}; {len(rows)} rows = clean sync's {len(expected)}")
    assert states <= {SyncState.ERROR, SyncState.RATE_LIMITED}
    # No storm: backoff (30 s doubling to 30 min, or Withings' wait) leaves at most 10 tries
    # in the 24 passes; a try is up to two requests (a good page, then the failing one).
    assert during <= 20
    assert final.state is SyncState.OK, final.message
    assert rows == expected  # nothing lost, nothing doubled


def test_revoked_login_stops_calling_withings(tmp_path, cloud, clock, figures):
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    engine = SyncEngine(session.ctx, clock)
    try:
        engine.run_once(full=True)
        rows = measurement_rows(session.ctx)
        cloud.faults.add("revoke", count=None)
        states, during = passes_under_fault(engine, cloud, clock)
        kept = measurement_rows(session.ctx)
    finally:
        session.close()
    figures.add(SECTION, HEADER, "401 / invalid refresh token (login revoked)", FAULT_PASSES,
                during, ", ".join(sorted(s.value for s in states)),
                f"history kept ({len(kept)} rows); tray shows Re-authorize")
    assert states == {SyncState.NEEDS_REAUTH}
    assert kept == rows
    assert during <= 2, "a revoked login is not retried every pass"


def test_a_timeout_loses_nothing(tmp_path, cloud, clock, figures):
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    try:
        ctx = session.ctx
        tokens = TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths,
                              "alice", clock=clock)
        with WithingsClient(ctx.endpoints, tokens, clock=clock, timeout=0.5) as impatient:
            cloud.faults.add("delay", path="/measure", action="getmeas", seconds=3)
            with pytest.raises(WithingsNetworkError) as caught:
                impatient.get_measures(None)
            assert ctx.store.count("alice") == 0
            assert SyncEngine(ctx, clock).run_once(full=True)[0].ok
            rows = measurement_rows(ctx)
    finally:
        session.close()
    expected = reference_rows(tmp_path, cloud)
    figures.add(SECTION, HEADER, "reply slower than the client's timeout", 1, 1,
                f"error: {caught.value}", f"ok; {len(rows)} rows = clean sync's {len(expected)}")
    assert rows == expected


def test_a_server_that_always_says_more_gets_few_requests_per_pass(tmp_path, cloud, clock,
                                                                    figures):
    """Each getmeas reply says ``more=1`` with a new offset, forever."""
    def endless(action, params, payload):
        body = payload.get("body")
        if action == "getmeas" and isinstance(body, dict):
            body.update(more=1, offset=int(params.get("offset") or 0) + 1)
        return payload

    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    try:
        with withings_proxy(cloud.url) as (url, proxy):
            proxy.rewrite = endless
            session.ctx.endpoints = Endpoints(auth_url=cloud.url, api_url=url)
            engine = SyncEngine(session.ctx, clock)
            per_pass, results = [], []
            for number in range(3):
                clock.advance(PASS_S)
                before = cloud.request_count(path="/measure")
                results.append(engine.run_once(full=number == 0)[0])
                per_pass.append(cloud.request_count(path="/measure") - before)
            stored = session.ctx.store.count("alice")
    finally:
        session.close()
    figures.add(SECTION, HEADER, "getmeas always answers more=1 with a new offset", 3,
                max(per_pass), ", ".join(sorted({r.state.value for r in results})),
                f"{stored} rows kept; each pass goes on where the last stopped")
    assert all(r.state is SyncState.OK and "goes on in the next pass" in r.message
               for r in results), [r.message for r in results]
    assert 0 < max(per_pass) <= MAX_PAGES_PER_CALL <= MAX_REQUESTS_PER_PASS, per_pass
    assert stored > 0  # what was read is kept
