"""Time from launching ``withings-gui setup`` to the wizard's first page on screen.

Each run is a fresh process (offscreen, a fresh config folder) started with
``WITHINGS_GUI_EXIT_AFTER_FIRST_PAGE=1``: the wizard prints a marker from its event loop
once the first page is shown, saying also whether QtWebEngine was loaded (it must not be:
only the authorize page loads it). The time is measured here, from just before the process
is started until the marker line arrives.

    python -m benchmarks.wizard_startup [--runs 7] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bytecode import compile_package
from benchmarks.report import publish
from withings_gui.wizard.app import FIRST_PAGE_ENV

GOAL_SECONDS = 1.5
SETUP = ["-m", "withings_gui", "setup"]
# The wizard alone, without the CLI's argument parsing and dispatch: what those add.
DIRECT = ["-c", "import sys; from withings_gui.core.context import AppContext; "
          "from withings_gui.wizard.app import run_wizard; "
          "run_wizard(AppContext.open(sys.argv[1]))"]


def one_run(config_dir: Path, command: list[str] = SETUP) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
               WITHINGS_GUI_CONFIG_DIR=str(config_dir), **{FIRST_PAGE_ENV: "1"})
    # No keyring daemon is needed to show the first page; keep the lookup from waiting on one.
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    started = time.perf_counter()
    args = [str(config_dir)] if command is DIRECT else ["--config-dir", str(config_dir)]
    process = subprocess.Popen([sys.executable, *command, *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in process.stdout:
        if line.startswith("first-page-shown"):
            elapsed = time.perf_counter() - started
            process.wait(30)
            return elapsed, line.strip()
    process.wait(30)
    raise RuntimeError(f"no first page (exit {process.returncode}):\n{process.stderr.read()}")


def measure(runs: int) -> dict:
    compile_package()
    times, direct, markers = [], [], set()
    with tempfile.TemporaryDirectory() as folder:
        one_run(Path(folder) / "warm-up")  # warm the file cache
        for index in range(runs):  # alternate, so load on the machine hits both alike
            elapsed, marker = one_run(Path(folder) / f"run-{index}")
            times.append(elapsed)
            markers.add(marker)
            elapsed, marker = one_run(Path(folder) / f"direct-{index}", DIRECT)
            direct.append(elapsed)
            markers.add(marker)
    return {"load": os.getloadavg()[0], "times": times, "median": statistics.median(times), "markers": markers,
            "direct": direct, "direct_median": statistics.median(direct)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    result = measure(args.runs)
    webengine_loaded = any("webengine=True" in marker for marker in result["markers"])
    ok = result["median"] <= GOAL_SECONDS and not webengine_loaded
    verdict = "met" if result["median"] <= GOAL_SECONDS else "NOT met"
    body = (
        "| what | median | all runs (s) |\n|---|---|---|\n"
        f"| `withings-gui setup` (fresh config, offscreen): start → first page shown | "
        f"**{result['median']:.3f} s** (goal ≤ {GOAL_SECONDS} s: {verdict}) | "
        f"{', '.join(f'{t:.2f}' for t in result['times'])} |\n"
        f"| wizard alone (`run_wizard(AppContext.open())`, no CLI dispatch) | "
        f"{result['direct_median']:.3f} s | "
        f"{', '.join(f'{t:.2f}' for t in result['direct'])} |\n\n"
        f"QtWebEngine loaded before the first page: {'yes (wrong)' if webengine_loaded else 'no'}"
        f" (it is imported by the authorize page only). {args.runs} runs after one warm-up, "
        "each a new process with a new config folder; the package's bytecode is compiled first, "
        "as in an installed copy. Load average when measured: "
        f"{result['load']:.1f} on {os.cpu_count()} CPUs.")
    publish("wizard_startup", "Wizard: `withings-gui setup` to first page visible",
            f"python -m benchmarks.wizard_startup --runs {args.runs}", body, not args.no_write)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
