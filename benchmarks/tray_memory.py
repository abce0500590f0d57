"""Idle memory of the tray after many sync cycles, against a bare PySide6 tray.

The tray runs in its own process (configured, logged in, under Xvfb + trayer) against the
simulated Withings cloud in this process, and is driven through its scheduler: each cycle is
one background sync, exactly as the interval timer would start it. RSS is read from
/proc/self/status after each block of cycles; growth is measured after a warm-up.

    python -m benchmarks.tray_memory [--cycles 500] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import write_section

GOAL_MB = 60.0
# The cloud's clock runs this much faster than the tray's: hundreds of syncs in seconds stay
# within Withings' rate limit (120 requests/min) as the same syncs spread over days would.
CLOUD_SPEED = 100
WARM_UP = 100
SAMPLE_EVERY = 50


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def child(cycles: int) -> int:
    """In the tray process: start the tray, run ``cycles`` syncs, print RSS samples as JSON."""
    import gc

    from PySide6.QtCore import QEvent, QEventLoop
    from PySide6.QtWidgets import QApplication

    from withings_gui.core.context import AppContext
    from withings_gui.tray.app import TrayApp

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    tray = TrayApp(AppContext.open())
    tray.start()
    samples, failures, first_failure = [], 0, ""

    # One loop, connected once: connecting per cycle would itself grow memory a little.
    loop = QEventLoop()
    tray.scheduler.finished.connect(loop.quit)
    tray.scheduler.failed.connect(loop.quit)

    def one_sync(first: bool) -> None:
        nonlocal failures, first_failure
        if not first:
            tray.scheduler.request_sync(manual=False)
        if tray.scheduler.running:
            loop.exec()
        if not tray.results or not all(r.ok for r in tray.results):
            failures += 1
            first_failure = first_failure or tray.status.message

    for cycle in range(1, cycles + 1):
        one_sync(cycle == 1)
        if cycle % SAMPLE_EVERY == 0 or cycle == 1:
            # Let deferred deletions and redraws happen: this is the idle state between syncs.
            # Deferred deletions only run for this event type (0 leaves them queued); the
            # real tray's app.exec() runs them all the time.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            gc.collect()
            samples.append((cycle, round(rss_mb(), 2)))
    print(json.dumps({"samples": samples, "failures": failures, "first_failure": first_failure,
                      "weight": tray.status.weight, "state": tray.status.state.value}),
          flush=True)
    tray.quit()
    tray.runner.wait_idle()
    # The numbers are out; skip interpreter teardown, where PySide6 6.x can abort while
    # collecting the event loops made above (a finalization bug, not a tray state).
    os._exit(0)


def measure(cycles: int) -> dict:
    # Imported here, not at the top: the tray child runs this module too, and the simulated
    # cloud and HTTP client libraries would inflate the very memory it measures.
    from benchmarks.tray_display import BARE_TRAY, run_until_visible, tray_display
    from tests.cli_helpers import Cli
    from withings_gui.demo.cloud import SimulatedCloud

    start = time.time()

    def cloud_clock() -> float:
        return start + (time.time() - start) * CLOUD_SPEED

    with tempfile.TemporaryDirectory() as folder, tray_display() as display, \
            SimulatedCloud(seed=1, clock=cloud_clock, live_interval=300) as cloud:
        cli = Cli(Path(folder) / "cfg", cloud)
        cli.configure()
        cli.login()
        env = dict(cli.env(), DISPLAY=display["DISPLAY"], QT_QPA_PLATFORM="xcb")
        done = subprocess.run([sys.executable, "-m", "benchmarks.tray_memory", "--child",
                               "--cycles", str(cycles)], env=env, capture_output=True,
                              text=True, timeout=3600)
        if done.returncode != 0:
            raise RuntimeError(f"tray child failed:\n{done.stdout}\n{done.stderr}")
        report = json.loads(done.stdout.strip().splitlines()[-1])
        _, lines = run_until_visible([], dict(display, BARE_TRAY_REPORT_RSS="1"),
                                     script=BARE_TRAY)
        report["bare_mb"] = int(next(l for l in lines if l.startswith("rss-kb")).split()[1]) / 1024
    samples = dict(report["samples"])
    after_warm_up = [mb for cycle, mb in report["samples"] if cycle >= WARM_UP]
    report["final_mb"] = samples[cycles]
    report["growth_mb"] = after_warm_up[-1] - after_warm_up[0]
    report["peak_mb"] = max(mb for _, mb in report["samples"])
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    if args.child:
        return child(args.cycles)
    r = measure(args.cycles)
    ok_size = r["final_mb"] <= GOAL_MB
    ok_growth = r["growth_mb"] <= 1.0
    trace = ", ".join(f"{cycle}: {mb:.1f}" for cycle, mb in r["samples"])
    body = (
        "| what | result | goal |\n|---|---|---|\n"
        f"| bare PySide6 tray, RSS with icon shown | {r['bare_mb']:.1f} MB | — |\n"
        f"| `withings-gui` tray, idle RSS after {args.cycles} sync cycles | "
        f"**{r['final_mb']:.1f} MB** ({'met' if ok_size else 'NOT met'}) | ≤ {GOAL_MB:.0f} MB |\n"
        f"| growth from cycle {WARM_UP} to {args.cycles} | **{r['growth_mb']:+.1f} MB** "
        f"({'met' if ok_growth else 'NOT met'}) | none (≤ 1 MB noise) |\n"
        f"| failed syncs | {r['failures']} {r['first_failure']} | 0 |\n\n"
        f"RSS (MB) by cycle: {trace}.  \nXvfb + trayer; the simulated cloud's clock runs "
        f"{CLOUD_SPEED}× faster (a new weigh-in every 5 cloud minutes); each cycle is one "
        "background sync started through the tray's scheduler.")
    if args.no_write:
        print(body)
    else:
        write_section("tray_memory", "Tray: idle memory after many sync cycles",
                      f"python -m benchmarks.tray_memory --cycles {args.cycles}", body)
    return 0 if ok_size and ok_growth and not r["failures"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
