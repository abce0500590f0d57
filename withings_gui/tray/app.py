"""The tray app: what its icon shows, its menu, the scheduler and the windows it opens."""

from __future__ import annotations

import logging
import time
from urllib.parse import quote
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from withings_gui.core.config import Config, ConfigError, Profile
from withings_gui.core.context import AppContext
from withings_gui.core.messages import Message, message_of, verbatim
from withings_gui.core.push.callback import push_base_url
from withings_gui.core.relaunch import app_command
from withings_gui.gui.listen_process import ListenProcess
from withings_gui.gui.sync_process import SyncProcess
from withings_gui.gui.tasks import TaskRunner
from withings_gui.gui.translation import shown
from withings_gui.tray import desktop_notifications, probes
from withings_gui.tray.state import TrayState, is_drawable_kg
from withings_gui.tray.indicator import TrayIndicator
from withings_gui.tray.last_weight import newest_known_weight, save_last_weight
from withings_gui.tray.menu import TrayMenu
from withings_gui.tray.notify import Notice, battery_notices, notices_for
from withings_gui.tray.scheduler import SyncScheduler
from withings_gui.tray.status import APP_TITLE, TrayStatus, derive_status, shown_profile
from withings_gui.tray.sync_mode import SAFETY_PASS_S, PushState, SyncMode, sync_mode

if TYPE_CHECKING:
    from withings_gui.tray.single_instance import SingleInstance

log = logging.getLogger(__name__)


def setup_command(ctx: AppContext, reauthorize: bool = False) -> list[str]:
    """The wizard as its own process: it needs QtWebEngine, which the tray never loads."""
    args = ["setup", "--config-dir", str(ctx.paths.root)]
    if ctx.config.demo:
        args.append("--demo")
    if reauthorize:
        args.append("--reauthorize")
    return app_command(*args)


class TrayApp(QObject):
    # A notice and where it went: "desktop" (the notification service) or "tray" (Qt's own).
    notice_shown = Signal(object, str)

    def __init__(self, ctx: AppContext, tray_available: bool | None = None,
                 indicator: TrayIndicator | None = None,
                 clock: Callable[[], float] = time.time,
                 listener: ListenProcess | None = None):
        """``indicator``: the icon tray/launch.py already shows, else one is made here.
        ``clock``: the wall clock, which tests move both ways. ``listener``: the push
        listener child's runner (tests give one with short backoffs)."""
        super().__init__()
        self.ctx = ctx
        self.clock = clock
        self.runner = TaskRunner(self)
        self.results = None
        self.last_success: float | None = None
        self.failure: Message | None = None  # why the last pass broke off, until one completes
        profile = shown_profile(ctx.config)
        self.profile = profile.slug if profile else None
        # The number to draw before the first sync brings the current one.
        self.stored = newest_known_weight(ctx, clock())
        self.status = derive_status(ctx.config, None, False, ctx.config.paused, None,
                                    clock(), stored=self.stored)
        self.push = PushState()
        self.scheduler = SyncScheduler(SyncProcess(ctx, parent=self), self._interval_s,
                                       clock=clock, parent=self,
                                       push_live=lambda: self.push.live)
        self.scheduler.set_paused(ctx.config.paused)
        self.scheduler.started.connect(self._on_started)
        self.scheduler.finished.connect(self._on_finished)
        self.scheduler.failed.connect(self._on_failed)
        self.scheduler.ticked.connect(self.refresh)
        self.menu = TrayMenu(lambda: self.status, lambda: bool(ctx.config.ha_url),
                             lambda: self.scheduler.paused, {
                                 "sync": self.sync_now,
                                 "open_ha": self.open_home_assistant, "history": self.show_history,
                                 "devices": self.show_devices,
                                 "setup": lambda: self.launch_setup(False),
                                 "reauthorize": lambda: self.launch_setup(True),
                                 "pause": self.toggle_pause, "log": self.show_log,
                                 "quit": self.quit},
                             lambda: list(self.ctx.config.profiles), self.explain_missing,
                             self.sync_mode)
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None \
            else tray_available
        self.tray = indicator or TrayIndicator()
        self.tray.setParent(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self.fallback = None  # a FallbackWindow, on desktops without a tray only
        if not available:
            from withings_gui.tray.fallback import FallbackWindow  # rare: not loaded otherwise

            self.fallback = FallbackWindow(self)
        self.history = None  # HistoryWindow, built (and QtCharts loaded) on first use
        self.devices_window = None  # DevicesWindow of the shown profile, made when asked
        self.missing_windows: dict = {}  # profile → MissingMeasuresWindow, made when asked
        self.launched: list = []  # the setup wizards started (subprocess.Popen)
        self.listener = listener or ListenProcess(ctx, parent=self)
        self.listener.setParent(self)
        self.listener.listening.connect(self._on_listening)
        self.listener.subscribed.connect(self._on_subscribed)
        self.listener.notified.connect(self._on_notified)
        self.listener.unavailable.connect(self._on_listener_unavailable)
        self._update_push_possible()
        self.refresh()

    def answer(self, instance: SingleInstance) -> None:
        """Act on what other processes ask through the single-instance channel."""
        # A later launch is also how a finished setup wizard hands over: read its settings.
        instance.activated.connect(self.reload_settings)
        instance.activated.connect(self.show_yourself)
        instance.reload_requested.connect(self.reload_settings)
        instance.sync_requested.connect(self.sync_now)

    def start(self) -> None:
        if self.fallback is not None:
            self.fallback.show()
        else:
            self.tray.show()
        probes.watch_sync_cycles(self.scheduler, self, self.quit)
        self.scheduler.start()
        self._follow_push()
        probes.report_app_ready("tray" if self.fallback is None else "window", self.quit)

    # -- state ---------------------------------------------------------------------------

    def refresh(self) -> TrayStatus:
        """Re-derive the status and redraw; returns the status it replaced."""
        previous = self.status
        self.status = derive_status(self.ctx.config, self.results, self.scheduler.running,
                                    self.scheduler.paused, self.last_success, self.clock(),
                                    stored=self.stored, failure=self.failure)
        self._show_status()
        return previous

    # -- push (Withings' notifications through Home Assistant's webhook) -------------------

    def sync_mode(self) -> SyncMode:
        return sync_mode(self.push, self.ctx.config.interval_minutes)

    def _interval_s(self) -> float:
        """While every profile is notified, scheduled passes are only a safety net."""
        return SAFETY_PASS_S if self.push.live else self.ctx.config.interval_minutes * 60

    def _update_push_possible(self) -> bool:
        """Whether the settings allow push; True when that changed."""
        config = self.ctx.config
        public = push_base_url(config) is not None
        before = (self.push.possible, self.push.home_network_only)
        self.push.possible = bool(config.ha_url) and public
        self.push.home_network_only = bool(config.ha_url) and not public
        return before != (self.push.possible, self.push.home_network_only)

    def _follow_push(self) -> None:
        """Run the listener child exactly while the settings allow push."""
        if self.push.possible:
            self.listener.start()
        else:
            self.listener.stop()
            self._not_live(None)

    def _not_live(self, reason: Message | None) -> None:
        self.push.listening = False
        self.push.subscribed.clear()
        self.push.problems.clear()
        self.push.reason = reason

    @Slot(str)
    def _on_listening(self, callback: str) -> None:
        log.info("push: Home Assistant's webhook is listening at %s", callback)
        self.push.listening, self.push.reason = True, None
        self.refresh()

    @Slot(str, bool, object)
    def _on_subscribed(self, profile: str, ok: bool, message: Message) -> None:
        self.push.subscribed[profile] = ok
        if ok:
            self.push.problems.pop(profile, None)
        else:
            self.push.problems[profile] = message
        self.refresh()

    @Slot(str, int)
    def _on_notified(self, profile: str, appli: int) -> None:
        log.info("push: new data of category %d for %s", appli, profile)
        self.scheduler.request_notified(profile, appli)

    @Slot(object)
    def _on_listener_unavailable(self, reason: Message) -> None:
        self._not_live(reason)
        self.refresh()

    def _show_status(self) -> None:
        self.tray.show_status(self.status)
        if self.fallback is not None:
            self.fallback.update_status(self.status)

    @Slot(bool)
    def _on_started(self, manual: bool) -> None:
        self.refresh()

    @Slot(object, bool)
    def _on_finished(self, results, manual: bool) -> None:
        previous_results = self.results
        # A notified pass reports its one profile: the others' last results stay.
        done = {r.profile for r in results}
        self.results = [r for r in previous_results or [] if r.profile not in done
                        and r.profile in self.ctx.config.profiles] + results
        self.failure = None
        if any(r.ok for r in results):
            self.last_success = self.clock()
        self._remember_weight(results)
        previous = self.refresh()
        translate = QCoreApplication.translate
        for notice in notices_for(previous if previous_results else None, self.status,
                                  self.ctx.config.notify_new_weigh_in, translate) + \
                battery_notices(results, len(self.ctx.config.profiles) > 1, translate):
            self.notify(notice.title, notice.text, notice.critical)
        if manual and self.status.state in (TrayState.ERROR, TrayState.NEEDS_REAUTH):
            self.notify(translate("tray.app", "Sync did not complete"),
                        shown(self.status.said), True)
        if probes.exit_after_first_sync():
            probes.report_first_sync()
            self.quit()

    def _remember_weight(self, results) -> None:
        # A weight the icon could not draw is not kept: the next start would draw it.
        primary = next((r for r in results if r.profile == self.profile
                        and is_drawable_kg(r.latest_weight_kg)), None)
        if primary is None:
            return
        latest = (primary.latest_weight_kg, primary.latest_weight_at)
        if latest != self.stored:
            self.stored = latest
            save_last_weight(self.ctx.paths.tray_weight_file, self.profile, *latest,
                             now=self.clock())

    @Slot(object, bool)
    def _on_failed(self, exc: BaseException, manual: bool) -> None:
        log.error("sync crashed: %s", exc, exc_info=exc)
        # Kept until a pass completes: every refresh (each tick) must go on showing it.
        self.failure = message_of(exc) if str(exc) else verbatim(type(exc).__name__)
        self.refresh()
        if manual:
            self.notify(QCoreApplication.translate("tray.app", "Sync failed"),
                        shown(message_of(exc)), True)

    def notify(self, title: str, text: str, critical: bool = False) -> None:
        log.info("notification: %s — %s", title, text)
        notice = Notice(title, text, critical)
        if desktop_notifications.SUPPORTED:
            # Off the GUI thread: the bus may have to start the service first.
            self.runner.start(lambda cancel: (notice, desktop_notifications.send(notice)),
                              self._on_desktop_notice_shown, self._on_desktop_notice_refused)
        else:
            self._show_in_tray(notice)

    @Slot(object)
    def _on_desktop_notice_shown(self, sent: tuple[Notice, int]) -> None:
        self.notice_shown.emit(sent[0], "desktop")

    @Slot(object)
    def _on_desktop_notice_refused(self, exc: BaseException) -> None:
        log.info("no desktop notification service took the notice (%s)", exc)
        self._show_in_tray(exc.notice)

    def _show_in_tray(self, notice: Notice) -> None:
        if self.fallback is None and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.MessageIcon.Warning if notice.critical else \
                QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(notice.title, notice.text, icon,
                                  desktop_notifications.EXPIRE_MS)
            self.notice_shown.emit(notice, "tray")

    # -- actions -------------------------------------------------------------------------

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_history()

    @Slot()
    def show_yourself(self) -> None:
        """A later launch: say where the app is (the tray) or bring its window up."""
        if self.fallback is None:
            self.notify(APP_TITLE, self.status.details(QCoreApplication.translate))
        else:
            self.fallback.raise_()

    @Slot()
    def sync_now(self) -> None:
        self.scheduler.request_sync(manual=True)

    def open_home_assistant(self) -> None:
        """This install's device page in HA when a sync has learnt its id, else HA's front
        page. The id is read in the background: a sync child may be writing the store."""
        ha_url, store = self.ctx.config.ha_url, self.ctx.store
        if ha_url:
            self.runner.start(lambda cancel: home_assistant_page(ha_url, store.ha_device(ha_url)),
                              self._open_page, lambda exc: self._open_front_page(ha_url, exc))

    @Slot(object)
    def _open_page(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def _open_front_page(self, ha_url: str, exc: BaseException) -> None:
        log.warning("Home Assistant's device page not known (%s); opening its front page", exc)
        QDesktopServices.openUrl(QUrl(ha_url))

    def show_history(self) -> None:
        profile = shown_profile(self.ctx.config)
        if profile is None:
            return
        if self.history is None:
            from withings_gui.tray.history import HistoryWindow  # QtCharts only when asked

            self.history = HistoryWindow(self.ctx.store, profile.slug, profile.display_unit,
                                         self.runner)
        self.history.show()
        self.history.raise_()
        self.history.activateWindow()

    def show_devices(self) -> None:
        """The shown profile's Withings devices, read anew from the store."""
        profile = shown_profile(self.ctx.config)
        if profile is None:
            return
        window = self.devices_window
        if window is None or window.profile != profile.slug:  # another person shown now
            from withings_gui.tray.devices import DevicesWindow

            if window is not None:
                window.close()
            window = self.devices_window = DevicesWindow(self.ctx.store, profile.slug,
                                                         self.runner)
        if window.isVisible():
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()

    def explain_missing(self, profile: str) -> None:
        """The window that says why a measure of ``profile`` is missing, read anew."""
        window = self.missing_windows.get(profile)
        if window is None:
            from withings_gui.tray.missing import MissingMeasuresWindow

            window = self.missing_windows[profile] = MissingMeasuresWindow(
                self.ctx.store, profile, self.runner)
        window.reload()
        window.show()
        window.raise_()
        window.activateWindow()

    def launch_setup(self, reauthorize: bool) -> None:
        import subprocess  # rare, and no part of showing the icon

        args = setup_command(self.ctx, reauthorize)
        log.info("starting setup: %s", " ".join(args[1:]))
        self.launched.append(subprocess.Popen(args, start_new_session=True))

    def toggle_pause(self) -> None:
        paused = not self.scheduler.paused
        previous = self.ctx.config
        try:
            # Only the pause is changed, in the file as it is now: settings the wizard or
            # the CLI saved meanwhile are kept, and taken up here too.
            self.ctx.update_config(lambda config: setattr(config, "paused", paused))
        except ConfigError as exc:
            log.error("pause not saved: %s", exc)
            self.notify(QCoreApplication.translate("tray.app", "Pause not saved"),
                        shown(message_of(exc)), True)
            self.scheduler.set_paused(paused)  # for this run at least
            self.refresh()
            return
        self._apply_settings(previous)

    @Slot()
    def reload_settings(self) -> None:
        """Settings changed on disk (another process said so): read them and apply them."""
        previous = self.ctx.config
        try:
            self.ctx.reload_config()
        except ConfigError as exc:  # e.g. edited by hand: go on with the settings we have
            log.error("settings not reloaded: %s", exc)
            self.notify(QCoreApplication.translate("tray.app", "Settings not reloaded"),
                        shown(message_of(exc)), True)
            return
        self._apply_settings(previous)

    def _apply_settings(self, previous: Config) -> None:
        """Bring what the tray derives from settings in line with ``ctx.config``."""
        config = self.ctx.config
        self.scheduler.set_paused(config.paused)
        if config.interval_minutes != previous.interval_minutes and self.scheduler.next_due:
            # The next pass is due one (new) interval after the last one started.
            self.scheduler.next_due += (config.interval_minutes
                                        - previous.interval_minutes) * 60
        if self._update_push_possible() or config.callback_url != previous.callback_url \
                or set(config.profiles) != set(previous.profiles):
            # The child reads the push address and checks every profile at its start.
            self.listener.stop()
            self._not_live(None)
            self._follow_push()
        profile = shown_profile(config)
        slug = profile.slug if profile else None
        # A new person, or none shown yet: the wizard leaves its first sync's weight there.
        if slug != self.profile or self.stored is None:
            self.profile = slug
            self.stored = newest_known_weight(self.ctx, self.clock())
        if self.history is not None and _charted(profile) != _charted(shown_profile(previous)):
            # Drawn for another person or unit: made anew, shown again if it was open.
            was_open = self.history.isVisible()
            self.history.close()
            self.history = None
            if was_open:
                self.show_history()
        self.refresh()

    def show_log(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.log_file)))

    def quit(self) -> None:
        self.listener.stop()
        self.scheduler.stop()
        self.tray.hide()
        QApplication.quit()


def home_assistant_page(ha_url: str, device: str | None) -> str:
    """HA's page of the device ``device`` (HA's own id for it), else HA's front page."""
    if not device:
        return ha_url
    return f"{ha_url.rstrip('/')}/config/devices/device/{quote(device, safe='')}"


def _charted(profile: Profile | None) -> tuple[str, str] | None:
    """What the history window draws for ``profile``: whose weights, in which unit."""
    return (profile.slug, profile.display_unit) if profile else None
