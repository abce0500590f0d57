"""This computer's clock jumps forward and back (minutes to years) between sync passes, while
Withings' clock runs true; some weigh-ins are dated years ahead by the scale, and sometimes
the server says ``updatetime`` is ahead. Whatever the jumps: no exception, every pass fetches
again once the clock is right, no weigh-in is skipped for good, and the published latest
weight is never dated past this computer's now (plus the allowed skew).

Real HTTP to the simulated cloud (through a proxy that can lie), so the case count is modest.
"""

from __future__ import annotations

import sqlite3
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.clock import FakeClock
from tests.support.withings_proxy import withings_proxy
from withings_gui.core.sync import SyncEngine
from withings_gui.core.sync_result import SyncState
from withings_gui.core.timekeeping import FUTURE_SKEW
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.measures import AMBIGUOUS_ATTRIBUTIONS
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo

CASES = 12
PASS_S = 300
HOUR, DAY, YEAR = 3600, 86400, 365 * 86400
JUMPS = [0, 60, 10 * 60, HOUR, DAY, 30 * DAY, YEAR, 5 * YEAR]
OFFSET = st.builds(lambda size, sign: size * sign, st.sampled_from(JUMPS),
                   st.sampled_from([1, -1]))
STEP = st.fixed_dictionaries({
    "offset": OFFSET,  # this computer's clock minus the true time, during this pass
    "weigh_in": st.booleans(),
    "scale_years_ahead": st.booleans(),  # the weigh-in is dated 3 years ahead
})
SECTION = "Clock jumps (hypothesis, real HTTP to the simulated cloud)"
HEADER = ("class", "cases tried", "cases held", "passes")
SETTLE_PASSES = 20  # once the clock is right: the longest pause is Withings' capped hour
FETCHED = ("getmeas", "getsummary", "getactivity", "getdevice", "getgoals")


@pytest.fixture(scope="module")
def world():
    """Withings' true clock, the cloud on it, and a proxy that may lie about updatetime."""
    true = FakeClock()
    with SimulatedCloud(seed=11, clock=true, page_size=200) as cloud:
        with withings_proxy(cloud.url) as (url, proxy):
            lie = {"seconds": 0}

            def rewrite(action, params, payload):
                body = payload.get("body")
                if action == "getmeas" and isinstance(body, dict) and lie["seconds"]:
                    body["updatetime"] = int(true.now) + lie["seconds"]
                return payload

            proxy.rewrite = rewrite
            tally = {"tried": 0, "held": 0, "passes": 0}
            yield true, cloud, url, lie, tally


@pytest.fixture(scope="module", autouse=True)
def record(world, figures):
    yield
    tally = world[4]
    if tally["tried"]:
        figures.add(SECTION, HEADER, "this computer's clock jumps ±1 min..5 years between "
                    "passes; scale dates 3 years ahead; updatetime ahead",
                    tally["tried"], tally["held"], tally["passes"])


def cloud_groups(cloud, userid) -> dict[int, dict]:
    return {g["grpid"]: g for g in cloud.measure_groups(userid)
            if g["category"] == 1 and g["attrib"] not in AMBIGUOUS_ATTRIBUTIONS}


def stored_grpids(ctx) -> set[int]:
    with sqlite3.connect(ctx.paths.store_file) as db:
        return {row[0] for row in db.execute("SELECT DISTINCT grpid FROM measurements")}


def newest_weight_date(groups: dict[int, dict], bound: float) -> int:
    return max(g["date"] for g in groups.values()
               if g["date"] <= bound and any(m["type"] == 1 for m in g["measures"]))


@pytest.mark.hostile("sync engine: clock jumps over real HTTP")
@settings(max_examples=CASES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(steps=st.lists(STEP, min_size=2, max_size=7),
       lie=st.sampled_from([0, 0, HOUR, YEAR]))
def test_clock_jumps_lose_nothing_and_never_publish_the_future(world, steps, lie):
    true, cloud, url, lies, tally = world
    tally["tried"] += 1
    if lie:
        # Both clocks ahead at once (this one and the server's updatetime) leaves nothing
        # on this computer to tell the truth by; with a lying server, this one is right
        # or behind.
        steps = [dict(step, offset=-abs(step["offset"])) for step in steps]
    lies["seconds"] = lie
    ours = FakeClock(true.now)
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    with tempfile.TemporaryDirectory() as folder:
        session = open_demo(folder, cloud=cloud)
        try:
            session.ctx.endpoints = Endpoints(auth_url=cloud.url, api_url=url)
            engine = SyncEngine(session.ctx, ours)
            for number, step in enumerate(steps):
                true.advance(PASS_S)
                if step["weigh_in"]:
                    ahead = 3 * YEAR if step["scale_years_ahead"] else 0
                    cloud.add_measure_group(alice, int(true.now) - 30 + ahead,
                                            [(1, 60 + number / 10)])
                ours.now = true.now + step["offset"]
                [result] = engine.run_once(full=number == 0)
                tally["passes"] += 1
                assert result.state is not SyncState.NEEDS_REAUTH, result.message
                if result.latest_weight_at is not None:
                    assert result.latest_weight_at <= ours.now + FUTURE_SKEW
            # The clock is right again (and the server honest): passes every 5 minutes.
            lies["seconds"] = 0
            groups = {}
            for _ in range(SETTLE_PASSES):
                true.advance(PASS_S)
                ours.now = true.now
                [result] = engine.run_once()
                tally["passes"] += 1
                groups = cloud_groups(cloud, alice)
                if result.state is SyncState.OK and "next pass" not in result.message \
                        and stored_grpids(session.ctx) >= set(groups):
                    break
            assert result.state is SyncState.OK, result.message
            assert stored_grpids(session.ctx) == set(groups)  # no weigh-in skipped
            assert result.latest_weight_at == newest_weight_date(groups, ours.now + FUTURE_SKEW)
            # A day later every stream is due and fetched: no "last fetched" is stuck ahead.
            true.advance(DAY)
            ours.now = true.now
            before = {action: cloud.request_count(action=action) for action in FETCHED}
            assert engine.run_once()[0].state is SyncState.OK
            tally["passes"] += 1
            assert all(cloud.request_count(action=action) > before[action]
                       for action in FETCHED)
        finally:
            session.close()
    tally["held"] += 1
