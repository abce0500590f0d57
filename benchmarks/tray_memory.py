"""Idle memory of the tray after many sync cycles, against a bare PySide6 tray.

The real tray process runs (configured, logged in, under Xvfb + trayer, with a notification
service on its session bus) against the simulated Withings cloud in this process: from this
checkout and, with ``--bundle``, as the PyInstaller bundle the .deb installs
(packaging/build-bundle). Its benchmark probe starts each background sync as soon as the last
one ended, exactly as the interval timer would, and reports the resident memory (VmRSS) after
the first cycle and every 50th. The checkout also runs once on a bus without a notification
service, where Qt draws each notice as a balloon in the tray's own process.

    python -m benchmarks.tray_memory [--cycles 500] [--bundle DIR] [--no-write]
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
from benchmarks.report import publish
from benchmarks.tray_display import BARE_COMMAND, on_desktop, run_until_visible, tray_display
from tests.cli_helpers import Cli
from tests.support.dbus import session_bus
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.tray.probes import SYNC_CYCLES_ENV

GOAL_MB = 60.0
GROWTH_NOISE_MB = 1.0
# The cloud's clock runs this much faster than the tray's: hundreds of syncs in seconds stay
# within Withings' rate limit (120 requests/min) as the same syncs spread over days would.
CLOUD_SPEED = 100
WARM_UP = 100


def run_cycles(command: list[str], cycles: int, display: dict[str, str]) -> dict:
    """One fresh config folder and cloud per tray, so that both start from the same state."""
    start = time.time()

    def cloud_clock() -> float:
        return start + (time.time() - start) * CLOUD_SPEED

    with tempfile.TemporaryDirectory() as folder, \
            SimulatedCloud(seed=1, clock=cloud_clock, live_interval=300) as cloud:
        cli = Cli(Path(folder) / "cfg", cloud)
        cli.configure()
        cli.login()
        env = on_desktop(cli.env(), display, **{SYNC_CYCLES_ENV: str(cycles)})
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    line = next((l for l in done.stdout.splitlines() if l.startswith("sync-cycles ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{command} failed:\n{done.stdout}\n{done.stderr}")
    report = json.loads(line.split(" ", 1)[1])
    samples = report["samples"]
    after_warm_up = [mb for cycle, mb in samples if cycle >= WARM_UP]
    report["final_mb"] = samples[-1][1]
    report["growth_mb"] = after_warm_up[-1] - after_warm_up[0] if after_warm_up else 0.0
    return report


def measure(cycles: int, bundle: Path | None) -> tuple[float, dict[str, dict]]:
    compile_package()
    commands = {"checkout": [sys.executable, "-m", "withings_gui", "tray"]}
    if bundle is not None:
        commands["bundle"] = [str(bundle / "withings-gui"), "tray"]
    with tray_display() as display:
        reports = {name: run_cycles(command, cycles, display)
                   for name, command in commands.items()}
        with tempfile.TemporaryDirectory() as folder, session_bus(Path(folder)) as bare_bus:
            reports["no service"] = run_cycles(commands["checkout"], cycles,
                                               dict(display, DBUS_SESSION_BUS_ADDRESS=bare_bus))
        _, lines = run_until_visible(BARE_COMMAND, dict(display, BARE_TRAY_REPORT_RSS="1"))
    bare_mb = int(next(l for l in lines if l.startswith("rss-kb")).split()[1]) / 1024
    return bare_mb, reports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--bundle", type=Path, help="the bundle folder to measure as well")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    bare_mb, reports = measure(args.cycles, args.bundle)
    labels = {"checkout": "`python -m withings_gui tray` from a checkout",
              "bundle": "`withings-gui tray`, the bundle the .deb installs",
              "no service": "the checkout on a desktop without a notification service"}
    rows = [f"| bare PySide6 tray, RSS with icon shown | {bare_mb:.1f} MB | — | — |"]
    traces = []
    all_met = True
    for name, r in reports.items():
        ok_size, ok_growth = r["final_mb"] <= GOAL_MB, r["growth_mb"] <= GROWTH_NOISE_MB
        all_met = all_met and ok_size and ok_growth and not r["failures"]
        rows.append(f"| {labels[name]} | **{r['final_mb']:.1f} MB** "
                    f"({'met' if ok_size else 'NOT met'}) | **{r['growth_mb']:+.1f} MB** "
                    f"({'met' if ok_growth else 'NOT met'}) | {r['failures']} "
                    f"{r['first_failure']} |")
        traces.append(f"{labels[name]}: " +
                      ", ".join(f"{cycle}: {mb:.1f}" for cycle, mb in r["samples"]))
    body = (
        f"| tray | idle RSS after {args.cycles} syncs (goal ≤ {GOAL_MB:.0f} MB) | growth from "
        f"cycle {WARM_UP} to {args.cycles} (goal: none, ≤ {GROWTH_NOISE_MB:.0f} MB noise) | "
        "failed syncs |\n|---|---|---|---|\n" + "\n".join(rows) +
        "\n\nRSS (MB) by cycle:\n\n" + "\n".join(f"- {t}" for t in traces) +
        f"\n\nXvfb + trayer, and a session bus that starts dunst as notification service on "
        f"the first notice; the simulated cloud's clock runs {CLOUD_SPEED}× faster, so every "
        "sync brings a new weigh-in and its notification. Without a notification service "
        "(last row) Qt draws each notice as a balloon inside the tray process, with its text "
        "in a font: that starts Qt's font engine, which the icon alone never does. The "
        "checkout's bytecode is compiled first, as in an installed copy.")
    command = f"python -m benchmarks.tray_memory --cycles {args.cycles}" + \
        (f" --bundle {args.bundle}" if args.bundle else "")
    publish("tray_memory", "Tray: idle memory after many sync cycles", command, body,
            not args.no_write)
    return 0 if all_met else 1


if __name__ == "__main__":
    raise SystemExit(main())
