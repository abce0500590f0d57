"""Screenshots of the history window in the desktop's light and dark palettes, at 1× and 2×.

Each picture is taken by a child process on a virtual screen (Xvfb), started the way a
desktop starts the app: Qt's gtk3 platform theme with GTK_THEME=Adwaita or Adwaita:dark
gives the real light or dark palette, QT_SCALE_FACTOR=2 a device-pixel ratio of 2. The data
are the demo's (the simulated Withings cloud's Alice); the pointer rests on a weigh-in, so
the picture shows its tooltip and the reading line.

    python docs/screenshots/make_history_screenshots.py

Needs Xvfb and ImageMagick's ``convert``; writes docs/screenshots/tray-history.png,
tray-history-dark.png, tray-history@2x.png and tray-history-dark@2x.png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent

SHOTS = (("tray-history", "Adwaita", 1), ("tray-history-dark", "Adwaita:dark", 1),
         ("tray-history@2x", "Adwaita", 2), ("tray-history-dark@2x", "Adwaita:dark", 2))


def wait_until(app, condition, timeout: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what or condition}")
        app.processEvents()
        time.sleep(0.02)  # a script, not a test: polling the event loop


def settle(app, seconds: float = 0.5) -> None:
    """Let layouts, the chart and the tooltip paint before the picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(path: Path) -> None:
    """In the child: the window on the demo's history, a weigh-in pointed at, saved."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    from withings_gui.core.store import HistoryStore
    from withings_gui.core.withings.measures import parse_measure_groups
    from withings_gui.demo.cloud import SimulatedCloud
    from withings_gui.gui.tasks import TaskRunner
    from withings_gui.tray.history import HistoryWindow
    from withings_gui.tray.history_chart import Reading

    app = QApplication(sys.argv[:1])
    app.setApplicationName("withings-gui")
    with tempfile.TemporaryDirectory() as folder, SimulatedCloud(seed=1) as cloud:
        alice = next(uid for uid, user in cloud.users.items() if user.name == "Alice")
        store = HistoryStore(Path(folder) / "history.db")
        store.add_measurements("alice", parse_measure_groups(
            {"measuregrps": cloud.measure_groups(alice)}))
        runner = TaskRunner()
        window = HistoryWindow(store, "alice", "kg", runner)
        window.move(40, 40)
        window.show()
        wait_until(app, lambda: window.history is not None and not window.loading, 30,
                   "the history")
        chart = window.chart_view
        weights = window.series_data["Weight"]
        index = len(weights) - 8  # a week back: the tooltip stays inside the window
        reading = Reading("Weight", index, *weights[index])
        QCursor.setPos(0, 0)  # the last picture left the pointer there: moved onto it anew
        settle(app, 0.2)
        QCursor.setPos(chart.viewport().mapToGlobal(chart.position_of(reading).toPoint()))
        wait_until(app, lambda: chart.selected is not None, 10, "the pointed weigh-in")
        settle(app)
        # The screen, not the widget: the tooltip is a window of its own.
        frame = window.frameGeometry()
        picture = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                             frame.height())
        picture.save(str(path))
        # As the wizard's: a window's few colours fit a 256-colour palette, files ~2.5×
        # smaller, with no visible change (no dithering).
        subprocess.run(["convert", str(path), "+dither", "-colors", "256", f"PNG8:{path}"],
                       check=True)
        print(f"wrote {path.relative_to(ROOT)} ({picture.width()}×{picture.height()}, "
              f"{window.palette().color(window.backgroundRole()).name()} window)")
        window.close()
        runner.wait_idle()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shoot", type=Path, help=argparse.SUPPRESS)  # in the child
    args = parser.parse_args()
    if args.shoot:
        shoot(args.shoot)
        return 0
    from tests.support.xvfb import screen

    with screen("2560x1600") as env:  # room for the window at 2×
        for name, theme, scale in SHOTS:
            child = dict(env, QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORMTHEME="gtk3",
                         GTK_THEME=theme, QT_SCALE_FACTOR=str(scale),
                         # A bare virtual screen has no desktop portal to ask: said once, fine.
                         QT_LOGGING_RULES="qt.qpa.theme.gnome=false",
                         PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
            subprocess.run([sys.executable, __file__, "--shoot", str(OUT / f"{name}.png")],
                           env=child, check=True, timeout=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
