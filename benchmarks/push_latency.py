"""Weigh-in → tray with push: from the simulated cloud's POST to the tray's new tooltip.

Everything real but Withings: a real Home Assistant (the test suite's), the simulated
Withings cloud over HTTP, the tray app (offscreen) with its listener child
(``withings-gui listen``) and its sync children. The tray subscribes our webhook through the
cloud (HEAD check included); then, one at a time, a weigh-in is added to the cloud, which
POSTs the notification to HA's webhook at once; the clock stops when the tray's tooltip shows
that weight. Also timed: the POST to the listener's ``notified`` line.

    python -m benchmarks.push_latency [--runs 7] [--ha-version 2024.3.3 ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.report import publish  # noqa: E402

GOAL_S = 5.0
START_TIMEOUT_S = 120


def measure(runs: int, ha_version: str) -> tuple[list[float], list[float], str]:
    """(POST → tooltip, POST → notified line) per run, in seconds; HA's version."""
    from PySide6.QtWidgets import QApplication

    from tests.support.hass_server import HassServer
    from withings_gui.core.secrets import HA_TOKEN
    from withings_gui.demo.cloud import SimulatedCloud
    from withings_gui.demo.session import open_demo
    from withings_gui.tray.app import TrayApp

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    totals, notified_after = [], []
    with tempfile.TemporaryDirectory(prefix="push-latency-") as folder, \
            HassServer(version=ha_version) as hass, SimulatedCloud(seed=3) as cloud:
        session = open_demo(os.path.join(folder, "cfg"), cloud=cloud)
        ctx = session.ctx
        ctx.secrets.set(HA_TOKEN, hass.token)

        def push_settings(config) -> None:
            config.ha_url = hass.url
            config.callback_url = f"{hass.url}/auth/external/callback"
            config.notify_new_weigh_in = False  # no desktop notice in the measurement

        ctx.update_config(push_settings)
        tray = TrayApp(ctx, tray_available=False)
        try:
            tray.start()
            _wait(app, lambda: tray.push.live and not tray.scheduler.running,
                  START_TIMEOUT_S, "the tray never went live")
            alice = int(ctx.config.profiles["alice"].withings_userid)
            for run in range(runs):
                kg = round(60 + run * 0.37, 2)
                marks: dict[str, float] = {}

                def on_notified(*_, marks=marks) -> None:
                    marks.setdefault("notified", time.perf_counter())

                tray.listener.notified.connect(on_notified)
                marks["post"] = time.perf_counter()
                cloud.add_measure_group(alice, int(time.time()), [(1, kg)])  # POSTs at once
                _wait(app, lambda: f"{kg:g} kg" in tray.tray.toolTip(), 60,
                      f"{kg} kg never reached the tray")
                done = time.perf_counter()
                tray.listener.notified.disconnect(on_notified)
                totals.append(done - marks["post"])
                notified_after.append(marks.get("notified", done) - marks["post"])
                _wait(app, lambda: not tray.scheduler.running, 60, "a pass hung")
        finally:
            tray.listener.stop()
            tray.scheduler.stop()
            session.close()
        version = hass.version or ha_version
    return totals, notified_after, version


def _wait(app, condition, timeout_s: float, failure: str) -> None:
    """Run Qt's event loop until ``condition`` holds, looked at every 5 ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop, check = QEventLoop(), QTimer()
    deadline = time.monotonic() + timeout_s
    check.timeout.connect(lambda: loop.quit() if condition()
                          or time.monotonic() > deadline else None)
    check.start(5)
    loop.exec()
    check.stop()
    if not condition():
        raise SystemExit(f"push_latency: {failure} within {timeout_s:g} s")


def report(measured: list[tuple[str, list[float], list[float]]]) -> str:
    """One row per Home Assistant release: (version, POST → tooltip, POST → notified)."""
    rows = []
    for version, totals, notified in measured:
        median = statistics.median(totals)
        met = "met" if median <= GOAL_S else "NOT met"
        rows.append(f"| {version} | **{median:.2f} s** (goal ≤ {GOAL_S:g} s: {met}) | "
                    f"{statistics.median(notified):.2f} s | "
                    f"{', '.join(f'{t:.2f}' for t in totals)} |")
    return ("| Home Assistant | Withings' POST → tray tooltip shows the new weight, median | "
            "POST → listener's `notified` line, median | POST → tooltip, all runs (s) |\n"
            "|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
            "The test suite's Home Assistant on 127.0.0.1, the simulated Withings cloud, the "
            "tray app offscreen with its real children: the listener (`withings-gui listen`) "
            "and one `sync --once --notified 1 --profile alice` pass per weigh-in, which "
            "publishes to HA before the tray redraws. The POST leaves the cloud as the "
            "weigh-in is added (Withings itself takes up to ~2 min to notify, which no app "
            "can shorten). Nearly all the time is the sync child: its Python start-up, one "
            "Withings request and its HA writes.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--ha-version", action="append", dest="versions",
                        help="a Home Assistant release of the tests (default: both)")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the doc")
    args = parser.parse_args(argv)
    from tests.support.hass_server import HA_VERSIONS

    versions = args.versions or list(HA_VERSIONS)
    measured = []
    for version in versions:
        totals, notified, reported = measure(args.runs, version)
        measured.append((reported, totals, notified))
    command = "python -m benchmarks.push_latency --runs " + str(args.runs) + "".join(
        f" --ha-version {v}" for v in args.versions or ())
    publish("push_latency", "Push: weigh-in → tray after Withings' notification", command,
            report(measured), not args.no_write)
    return 0 if all(statistics.median(t) <= GOAL_S for _, t, _ in measured) else 1


if __name__ == "__main__":
    sys.exit(main())
