"""Notices through the desktop's notification service (``org.freedesktop.Notifications``).

Why not ``QSystemTrayIcon.showMessage`` on Linux: with an XEmbed tray (trayer, XFCE, MATE …)
Qt draws its own balloon inside our process even when a notification daemon runs, which
looks foreign and keeps ~2.4 MB and a font engine resident in the small tray process. The
service draws the notice in its own process, the way the desktop shows everyone else's.

``send`` blocks (connect, call, wait for the reply): run it off the GUI thread. jeepney is
imported inside it, so a tray that never notifies never loads it. Qt-free.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from withings_gui.tray.notify import Notice

APP_NAME = "withings-gui"
ICON_NAME = "withings-gui"  # the hicolor icon the .deb installs (packaging/linux/build-deb)
DESKTOP_ENTRY = "withings-gui"  # packaging/linux/withings-gui.desktop, without ".desktop"
EXPIRE_MS = 10_000  # as long as the tray balloon stayed
# The service may be started by the bus on the first call (D-Bus activation), which takes a
# moment at login; a service that has not answered by then is treated as absent, so the
# notice still reaches the user (through the tray) while it is news.
REPLY_TIMEOUT_S = 5.0
URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2  # the spec's "urgency" hint, a byte

SUPPORTED = sys.platform.startswith("linux")  # Windows and macOS keep Qt's own messages


class NotDelivered(Exception):
    """No notification service took the notice; it carries the notice for a fallback."""

    def __init__(self, notice: Notice, reason: BaseException):
        super().__init__(f"{type(reason).__name__}: {reason}")
        self.notice = notice


def send(notice: Notice, timeout: float = REPLY_TIMEOUT_S) -> int:
    """Show ``notice`` through the session bus's notification service; its id there.

    Raises NotDelivered for every way that can fail (no session bus, no service, an error
    reply, no reply in time): whatever the reason, the caller must show the notice elsewhere.
    """
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg

        service = DBusAddress("/org/freedesktop/Notifications",
                              bus_name="org.freedesktop.Notifications",
                              interface="org.freedesktop.Notifications")
        hints = {"urgency": ("y", URGENCY_CRITICAL if notice.critical else URGENCY_NORMAL),
                 "desktop-entry": ("s", DESKTOP_ENTRY)}
        # The explicit signature spares jeepney guessing how to marshal the Python values.
        call = new_method_call(service, "Notify", "susssasa{sv}i",
                               (APP_NAME, 0, ICON_NAME, notice.title, notice.text, [], hints,
                                EXPIRE_MS))
        with open_dbus_connection(session_bus_address()) as bus:
            (notification_id,) = unwrap_msg(bus.send_and_get_reply(call, timeout=timeout))
        return notification_id
    except Exception as exc:  # noqa: BLE001 — any failure means: show it another way
        raise NotDelivered(notice, exc) from exc


def session_bus_address() -> str:
    """The session bus as libdbus finds it: the environment, else the user's runtime folder."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():  # systemd's user bus
        return f"unix:path={Path(runtime) / 'bus'}"
    # Logged only: the notice falls back to the tray's own
    raise LookupError(
        "no session bus: DBUS_SESSION_BUS_ADDRESS is not set")  # untranslated: logged
