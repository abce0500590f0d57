"""Withings requests per hour in steady state, HA writes per unchanged poll, 10-year backfill.

Runs the real sync engine against the simulated Withings cloud on a simulated clock (a day
of 5-minute polls takes a second), and against a real Home Assistant for the write counts.

    python -m benchmarks.sync_benchmark [--hours 24] [--no-ha]
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time

from benchmarks.report import write_section
from tests.support.clock import FakeClock
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.core.sync import SyncEngine
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo

INTERVAL = 300


def steady_state(hours: int) -> dict:
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as folder, SimulatedCloud(seed=5, clock=clock) as cloud:
        session = open_demo(folder, cloud=cloud)
        engine = SyncEngine(session.ctx, clock)
        engine.run_once(full=True)
        userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
        start = cloud.request_count()
        delays = []
        for tick in range(hours * 3600 // INTERVAL):
            # A weigh-in lands at a random-ish moment inside this interval.
            weighed_at = clock.now + (tick * 97) % INTERVAL
            if tick % 12 == 5:
                cloud.add_measure_group(userid, int(weighed_at), [(1, 70 + tick % 7 / 10)])
            clock.advance(INTERVAL)
            [result] = engine.run_once()
            if tick % 12 == 5:
                assert result.latest_weight_at == int(weighed_at), result
                delays.append(clock.now - weighed_at)
        total = cloud.request_count() - start
        session.close()
    return {"per_hour": total / hours, "total": total, "hours": hours,
            "max_delay": max(delays), "mean_delay": statistics.mean(delays)}


def unchanged_polls(polls: int) -> dict:
    from tests.support.hass_server import HassServer

    with tempfile.TemporaryDirectory() as folder, SimulatedCloud(seed=5) as cloud, \
            HassServer() as hass:
        session = open_demo(folder, cloud=cloud)
        ctx = session.ctx
        ctx.update_config(lambda config: setattr(config, "ha_url", hass.url))
        ctx.secrets.set(HA_TOKEN, hass.token)
        engine = SyncEngine(ctx)
        first = engine.run_once(full=True)[0]
        writes = [engine.run_once()[0].ha_writes for _ in range(polls)]
        session.close()
    return {"first": first.ha_writes, "entities": len(first.entities), "polls": polls,
            "writes": sum(writes)}


def backfill(years: int, page_size: int) -> dict:
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as folder, \
            SimulatedCloud(seed=5, clock=clock, years=years, page_size=page_size) as cloud:
        session = open_demo(folder, cloud=cloud, with_profile=True)
        userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
        groups = sum(1 for _ in cloud.measure_groups(userid))
        before = cloud.request_count(action="getmeas")
        started = time.perf_counter()
        [result] = SyncEngine(session.ctx, clock).run_once(full=True)
        seconds = time.perf_counter() - started
        pages = cloud.request_count(action="getmeas") - before
        stored = session.ctx.store.count("alice")
        session.close()
    return {"years": years, "groups": groups, "pages": pages,
            "min_pages": math.ceil(groups / page_size), "seconds": seconds, "stored": stored,
            "ok": result.ok}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--polls", type=int, default=20)
    parser.add_argument("--no-ha", action="store_true", help="skip the real-HA write count")
    args = parser.parse_args(argv)

    steady = steady_state(args.hours)
    fill = backfill(10, 200)
    rows = [
        "| what | result | goal |", "|---|---|---|",
        f"| Withings requests per hour, steady state ({steady['hours']} simulated hours of "
        f"5-minute polls, token refreshes included) | {steady['per_hour']:.2f} "
        f"({steady['total']} in all) | ≤ 16 |",
        f"| weigh-in to sync, worst / mean (simulated) | {steady['max_delay']:.0f} s / "
        f"{steady['mean_delay']:.0f} s | ≤ 300 s |",
        f"| 10-year backfill: measure groups, getmeas pages (minimum possible) | "
        f"{fill['groups']} groups, {fill['pages']} pages ({fill['min_pages']}) | "
        f"no redundant page |",
        f"| 10-year backfill: time for the whole first sync | {fill['seconds']:.2f} s | ≤ 5 s |",
    ]
    if not args.no_ha:
        ha = unchanged_polls(args.polls)
        rows.append(f"| HA writes per unchanged poll (real HA, {ha['polls']} polls after a first "
                    f"sync of {ha['entities']} entities with {ha['first']} writes) | "
                    f"{ha['writes'] / ha['polls']:.0f} | 0 |")
    write_section("sync", "Sync: Withings requests, HA writes, backfill",
                  "python -m benchmarks.sync_benchmark", "\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
