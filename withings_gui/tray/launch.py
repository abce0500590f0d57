"""``withings-gui tray`` starts here: the icon first, everything else once it is on screen.

Embedding a new icon takes the tray host and this process a few round trips, which wait
whenever this process is busy. Loading the menu, the scheduler and the notifications
(tray/app.py) while the host embedded the icon delayed it; loaded once the host has placed
it, the icon appeared 9 ms sooner under trayer (docs/BENCHMARKS.md). So only what draws the
icon is loaded before it is shown.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from withings_gui.core.context import AppContext
from withings_gui.gui import translation
from withings_gui.gui.qt_messages import route_qt_messages
from withings_gui.tray import probes
from withings_gui.tray.indicator import TrayIndicator
from withings_gui.tray.last_weight import last_shown_weight
from withings_gui.tray.single_instance import SingleInstance
from withings_gui.tray.status import derive_status


def run_tray_app(ctx: AppContext) -> int:
    route_qt_messages()  # started at login, the tray has no stderr anyone reads
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("withings-gui")
    app.setQuitOnLastWindowClosed(False)
    translation.install(app, ctx.config.language)
    instance = SingleInstance(ctx.paths)
    if not instance.claim():
        print(QCoreApplication.translate(
            "tray.launch", "withings-gui is already running in the tray; its menu has "
            "everything."),
              file=sys.stderr)
        return 0
    launch = TrayLaunch(ctx, instance)
    code = app.exec()
    if launch.tray is not None:
        launch.tray.scheduler.stop()  # however the loop ended: no sync child outlives us
        launch.tray.runner.wait_idle()
    instance.release()
    return code


class TrayLaunch(QObject):
    """Shows the first icon, then starts the TrayApp (``tray``) once the host has placed it."""

    def __init__(self, ctx: AppContext, instance: SingleInstance) -> None:
        super().__init__()
        self.ctx, self.instance = ctx, instance
        self.tray = None  # the TrayApp, once started
        # Shown without asking whether there is a tray: Qt asks again inside show(), and
        # asking first cost the icon 1.4 ms. No tray shows up as no place (start_app).
        self.indicator = TrayIndicator()
        self.indicator.show_status(derive_status(ctx.config, None, False, ctx.config.paused,
                                                 None, stored=last_shown_weight(ctx)))
        self.indicator.show()
        probes.report_icon_visible(self.indicator)
        self.indicator.placed.connect(self.start_app)
        self.indicator.watch_placement()

    @Slot(bool)
    def start_app(self, on_screen: bool) -> None:
        from withings_gui.tray.app import TrayApp  # see the module doc

        # No place: a host that shows icons over D-Bus (they report none), or no tray at
        # all, where the app's small window takes the icon's place.
        available = on_screen or QSystemTrayIcon.isSystemTrayAvailable()
        if not available:
            self.indicator.hide()
        tray = self.tray = TrayApp(self.ctx, tray_available=available,
                                   indicator=self.indicator)
        tray.answer(self.instance)
        self.instance.listen()
        tray.start()
