"""Withings requests per hour in steady state with push: an hourly safety pass, the daily
subscription check, and a notified pass for each notification the simulated cloud POSTs.

The real sync engine and subscription code run against the simulated Withings cloud on a
simulated clock; notifications travel over real HTTP to a recorder on 127.0.0.1 (standing in
for Home Assistant's webhook and the tray's listener), and each one starts the pass the tray
would start (``sync --once --notified APPLI``), in process.

    python -m benchmarks.push_benchmark [--hours 72]
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile

from benchmarks.report import write_section
from tests.support.callback_server import CallbackRecorder, callback_server
from tests.support.clock import FakeClock
from withings_gui.core.push.subscriptions import reconcile_profiles
from withings_gui.core.sync import SyncEngine
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo

SAFETY_PASS = 3600  # the tray's scheduled pass while push works (PUSH.md)
GOAL = 4.0


def push_steady_state(hours: int, weigh_in_hours: set[int], safety_cadence: bool) -> dict:
    """``weigh_in_hours``: the hours of each day (0-23) with a weigh-in; ``safety_cadence``:
    the scheduled passes run as ``sync --scheduled --push`` (else as ``--scheduled``)."""
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as folder, \
            SimulatedCloud(seed=5, clock=clock, notify_time_scale=0.001) as cloud, \
            callback_server(CallbackRecorder()) as callback:
        session = open_demo(folder, cloud=cloud)
        ctx = session.ctx
        engine = SyncEngine(ctx, clock)
        engine.run_once(full=True)
        reconcile_profiles(ctx, callback.url, clock(), clock)
        userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
        start = len(cloud.requests)
        for hour in range(hours):
            if hour % 24 in weigh_in_hours:
                clock.advance(60)
                delivered = len(callback.accepted)
                cloud.add_measure_group(userid, int(clock()) - 30, [(1, 70 + hour % 7 / 10)])
                if not callback.wait_for(delivered + 1):
                    raise RuntimeError("the simulated cloud sent no notification")
                appli = int(callback.accepted[-1]["appli"])
                [result] = engine.run_once("alice", notified=(appli,))
                assert result.new_measurements == 1, result
                clock.advance(SAFETY_PASS - 60)
            else:
                clock.advance(SAFETY_PASS)
            reconcile_profiles(ctx, callback.url, clock(), clock)
            engine.run_once(push=safety_cadence)
        sent = cloud.requests[start:]
        session.close()
    by_action = collections.Counter(f"{r.path} {r.action}" for r in sent)
    return {"hours": hours, "total": len(sent), "per_hour": len(sent) / hours,
            "weigh_ins": len(weigh_in_hours) * hours / 24,
            "by_action": {name: count / hours for name, count in by_action.most_common()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=int, default=72)
    args = parser.parse_args(argv)

    twice_a_day, hourly = {7, 19}, set(range(24))
    runs = [("2 weigh-ins a day, hourly passes with push's safety cadence (`--push`)",
             push_steady_state(args.hours, twice_a_day, True)),
            ("1 weigh-in an hour (as the polling benchmark), `--push`",
             push_steady_state(args.hours, hourly, True)),
            ("2 weigh-ins a day, hourly passes with the polling cadences (no `--push`)",
             push_steady_state(args.hours, twice_a_day, False))]
    rows = ["| what | Withings requests per hour | goal |", "|---|---|---|"]
    for name, run in runs:
        verdict = "met" if run["per_hour"] <= GOAL else \
            f"missed by {run['per_hour'] - GOAL:.2f}"
        rows.append(f"| {name}; {run['hours']} simulated hours, token refreshes "
                    f"included | {run['per_hour']:.2f} ({run['total']} in all) | "
                    f"≤ {GOAL:g} ({verdict}) |")
    for title, run in (("with `--push`", runs[0][1]), ("without", runs[2][1])):
        rows += ["", f"Requests per hour by call, 2 weigh-ins a day, {title}:", "",
                 "| call | per hour |", "|---|---|"]
        rows += [f"| {name} | {per_hour:.2f} |" for name, per_hour in run["by_action"].items()]
    write_section("push", "Push: Withings requests per hour in steady state",
                  "python -m benchmarks.push_benchmark", "\n".join(rows))
    for name, run in runs:
        print(f"{name}: {run['per_hour']:.2f} requests/h", run["by_action"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
