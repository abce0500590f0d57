"""Hooks for tests and benchmarks, switched on by environment variables and off by default.

``WITHINGS_GUI_EXIT_AFTER_FIRST_SYNC=1``: print ``first-sync-done`` with the heavy modules and
the font files loaded (JSON) after the first sync, and quit (the tests that the tray stays
light; docs/BENCHMARKS.md says why fonts matter).
``WITHINGS_GUI_EXIT_WHEN_ICON_VISIBLE=1``: print ``icon-visible`` once the tray host has
placed the icon (it has a geometry), then ``app-ready tray`` (or ``app-ready window``, without
a tray) once the menu and the scheduler are up, and quit (the start-up benchmark).
``WITHINGS_GUI_BENCH_SYNC_CYCLES=N``: start each sync as soon as the last one ended, print
the resident memory after the first and every 50th, and quit after N (the memory benchmark).
"""

from __future__ import annotations

import gc
import json
import os
import sys
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from withings_gui.tray.indicator import TrayIndicator

EXIT_AFTER_SYNC_ENV = "WITHINGS_GUI_EXIT_AFTER_FIRST_SYNC"
# What only the wizard, the sync child or a secret store needs, and what it costs the tray:
# WebEngine ~100 MB, the rest 1.5 to 25 MB or tens of milliseconds of start-up each.
# jeepney (D-Bus) is loaded by the first desktop notification, not by start-up.
HEAVY_MODULES = ("PySide6.QtWebEngineCore", "PySide6.QtNetwork", "sqlite3", "_hashlib",
                 "keyring", "filelock", "requests", "homeassistant_api", "jeepney")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz")
EXIT_WHEN_ICON_VISIBLE_ENV = "WITHINGS_GUI_EXIT_WHEN_ICON_VISIBLE"
SYNC_CYCLES_ENV = "WITHINGS_GUI_BENCH_SYNC_CYCLES"
SAMPLE_EVERY = 50


def exit_after_first_sync() -> bool:
    return bool(os.environ.get(EXIT_AFTER_SYNC_ENV))


def report_first_sync() -> None:
    loaded = {"modules": [m for m in HEAVY_MODULES if m in sys.modules],
              "fonts": _font_files_mapped()}
    print("first-sync-done", json.dumps(loaded), flush=True)  # untranslated: a benchmark's


def _font_files_mapped() -> list[str]:
    """Font files mapped into this process: Qt's font engine has started (about 3.5 MB)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps}
    except OSError:  # not Linux
        return []
    return sorted(p for p in paths if p.lower().endswith(FONT_SUFFIXES))


def report_icon_visible(indicator: TrayIndicator) -> None:
    """When asked by the environment, say when the host has placed the icon."""
    if os.environ.get(EXIT_WHEN_ICON_VISIBLE_ENV):
        indicator.placed.connect(lambda on_screen: print(
            "icon-visible" if on_screen else "icon-never-placed",  # untranslated: markers
            flush=True))


def report_app_ready(shown_in: str, on_ready: Callable[[], None]) -> None:
    """When asked by the environment, say that the app is up, shown in its ``"tray"`` icon or
    its fallback ``"window"``, and quit (``on_ready``)."""
    if os.environ.get(EXIT_WHEN_ICON_VISIBLE_ENV):
        print("app-ready", shown_in, flush=True)  # untranslated: read by the benchmark
        QTimer.singleShot(0, on_ready)  # from the event loop, which may not run yet


class SyncCycles(QObject):
    """The memory benchmark's driver, inside the real tray process (see the module doc)."""

    def __init__(self, scheduler, parent: QObject, on_done: Callable[[], None]) -> None:
        super().__init__(parent)
        self._scheduler, self._on_done = scheduler, on_done
        self.total = int(os.environ[SYNC_CYCLES_ENV])
        self.cycles = self.failures = 0
        self.first_failure = ""
        self.samples: list[tuple[int, float]] = []
        scheduler.finished.connect(self._on_finished)
        scheduler.failed.connect(lambda exc, manual: self._on_finished([], manual, str(exc)))

    def _on_finished(self, results, manual: bool, error: str = "") -> None:
        self.cycles += 1
        if not results or not all(r.ok for r in results):
            self.failures += 1
            reason = error or "; ".join(r.message for r in results) or "no result"
            self.first_failure = self.first_failure or reason
        # Through the event loop first: the finished sync's objects are deleted there.
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if self.cycles == 1 or self.cycles % SAMPLE_EVERY == 0 or self.cycles == self.total:
            gc.collect()
            self.samples.append((self.cycles, round(_rss_mb(), 2)))
        if self.cycles < self.total:
            self._scheduler.request_sync(manual=False)
            return
        print("sync-cycles", json.dumps({"samples": self.samples,  # untranslated: a marker
                                         "failures": self.failures,
                                         "first_failure": self.first_failure}), flush=True)
        self._on_done()


def watch_sync_cycles(scheduler, parent: QObject,
                      on_done: Callable[[], None]) -> SyncCycles | None:
    return SyncCycles(scheduler, parent, on_done) if os.environ.get(SYNC_CYCLES_ENV) else None


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:  # Linux, where it is run
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")  # untranslated: a benchmark's
