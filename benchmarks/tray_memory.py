"""Idle memory of the tray after many sync cycles, against a bare PySide6 tray.

The real ``withings-gui tray`` process runs (configured, logged in, under Xvfb + trayer)
against the simulated Withings cloud in this process. Its benchmark probe starts each
background sync as soon as the last one ended, exactly as the interval timer would, and
reports the resident memory (VmRSS) after the first cycle and every 50th.

    python -m benchmarks.tray_memory [--cycles 500] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bytecode import compile_package
from benchmarks.report import write_section
from benchmarks.tray_display import BARE_TRAY, run_until_visible, tray_display
from tests.cli_helpers import Cli
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.tray.probes import SYNC_CYCLES_ENV

GOAL_MB = 60.0
# The cloud's clock runs this much faster than the tray's: hundreds of syncs in seconds stay
# within Withings' rate limit (120 requests/min) as the same syncs spread over days would.
CLOUD_SPEED = 100
WARM_UP = 100


def measure(cycles: int) -> dict:
    compile_package()
    start = time.time()

    def cloud_clock() -> float:
        return start + (time.time() - start) * CLOUD_SPEED

    with tempfile.TemporaryDirectory() as folder, tray_display() as display, \
            SimulatedCloud(seed=1, clock=cloud_clock, live_interval=300) as cloud:
        cli = Cli(Path(folder) / "cfg", cloud)
        cli.configure()
        cli.login()
        env = dict(cli.env(), DISPLAY=display["DISPLAY"], QT_QPA_PLATFORM="xcb",
                   **{SYNC_CYCLES_ENV: str(cycles)})
        done = subprocess.run([sys.executable, "-m", "withings_gui", "tray"], env=env,
                              capture_output=True, text=True, timeout=3600)
        line = next((l for l in done.stdout.splitlines() if l.startswith("sync-cycles ")), None)
        if done.returncode != 0 or line is None:
            raise RuntimeError(f"the tray failed:\n{done.stdout}\n{done.stderr}")
        report = json.loads(line.split(" ", 1)[1])
        _, lines = run_until_visible([], dict(display, BARE_TRAY_REPORT_RSS="1"),
                                     script=BARE_TRAY)
        report["bare_mb"] = int(next(l for l in lines if l.startswith("rss-kb")).split()[1]) / 1024
    samples = dict(report["samples"])
    after_warm_up = [mb for cycle, mb in report["samples"] if cycle >= WARM_UP]
    report["final_mb"] = samples[cycles]
    report["growth_mb"] = after_warm_up[-1] - after_warm_up[0] if after_warm_up else 0.0
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
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
        "background sync of the real `withings-gui tray` process, started by its scheduler; "
        "its bytecode is compiled first, as in an installed package.")
    if args.no_write:
        print(body)
    else:
        write_section("tray_memory", "Tray: idle memory after many sync cycles",
                      f"python -m benchmarks.tray_memory --cycles {args.cycles}", body)
    return 0 if ok_size and ok_growth and not r["failures"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
