"""Cold start to tray icon visible: ``withings-gui tray`` against a bare PySide6 tray.

Both run under the same Xvfb + trayer, alternately, several times; the time is from
process start until the tray host has placed the icon (it has a geometry). The app runs
configured and logged in against the simulated Withings cloud (in this process).

    python -m benchmarks.tray_startup [--runs 7] [--no-write]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from benchmarks.bytecode import compile_package
from benchmarks.report import write_section
from benchmarks.tray_display import BARE_TRAY, run_until_visible, tray_display
from tests.cli_helpers import Cli
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.tray.probes import EXIT_WHEN_ICON_VISIBLE_ENV

GOAL_RATIO = 1.2
# The tray alone, without the CLI's argument parsing and dispatch: what those cost on top.
DIRECT = ("import sys; from withings_gui.core.context import AppContext; "
          "from withings_gui.tray.app import run_tray_app; "
          "sys.exit(run_tray_app(AppContext.open()))")


def measure(runs: int) -> dict:
    compile_package()
    with tempfile.TemporaryDirectory() as folder, SimulatedCloud(seed=1) as cloud, \
            tray_display() as display:
        cli = Cli(Path(folder) / "cfg", cloud)
        cli.configure()
        cli.login()
        app_env = dict(cli.env(), DISPLAY=display["DISPLAY"], QT_QPA_PLATFORM="xcb",
                       **{EXIT_WHEN_ICON_VISIBLE_ENV: "1"})
        bare, app, direct = [], [], []
        run_until_visible([], display, script=BARE_TRAY)  # warm the file cache for both
        run_until_visible(["-m", "withings_gui", "tray"], app_env)
        for _ in range(runs):
            for times, args, env, script in ((bare, [], display, BARE_TRAY),
                                             (app, ["-m", "withings_gui", "tray"], app_env,
                                              None), (direct, [], app_env, DIRECT)):
                elapsed, lines = run_until_visible(args, env, script=script)
                if elapsed is None:
                    raise RuntimeError("the icon never became visible:\n" + "\n".join(lines))
                times.append(elapsed)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    return {"bare": bare, "app": app, "direct": direct, "bare_median": bare_median,
            "app_median": app_median, "ratio": app_median / bare_median,
            "direct_median": statistics.median(direct),
            "direct_ratio": statistics.median(direct) / bare_median}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    r = measure(args.runs)
    verdict = "met" if r["ratio"] <= GOAL_RATIO else "NOT met"
    body = (
        "| what | median of runs | all runs (s) |\n|---|---|---|\n"
        f"| bare PySide6 tray: start → icon visible | {r['bare_median']:.3f} s | "
        f"{', '.join(f'{t:.2f}' for t in r['bare'])} |\n"
        f"| `withings-gui tray` (configured, logged in): start → icon visible | "
        f"{r['app_median']:.3f} s | {', '.join(f'{t:.2f}' for t in r['app'])} |\n"
        f"| ratio app / bare | **{r['ratio']:.2f}** (goal ≤ {GOAL_RATIO}: {verdict}) | |\n"
        f"| tray alone (`run_tray_app(AppContext.open())`, no CLI dispatch) | "
        f"{r['direct_median']:.3f} s (ratio {r['direct_ratio']:.2f}) | "
        f"{', '.join(f'{t:.2f}' for t in r['direct'])} |\n\n"
        f"Xvfb 1280×800 + trayer, {args.runs} alternating runs after one warm-up each; the "
        "package's bytecode is compiled first, as in an installed copy.")
    if args.no_write:
        print(body)
    else:
        write_section("tray_startup", "Tray: cold start to icon visible",
                      f"python -m benchmarks.tray_startup --runs {args.runs}", body)
    return 0 if r["ratio"] <= GOAL_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
