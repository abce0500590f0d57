"""Private D-Bus session buses for the notification tests, and dunst as a real service.

Each bus is the test's own: nothing reaches the suite's bus (gnome-keyring lives there) or the
developer's desktop, and a bus only starts the services the test gives it, so a notification
daemon installed on the machine is never activated by accident.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

NOTIFICATIONS = "org.freedesktop.Notifications"

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <servicedir>{folder}/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def session_bus(folder: Path, env: dict[str, str] | None = None,
                services: dict[str, list[str]] | None = None) -> Iterator[str]:
    """A dbus-daemon that can start only ``services`` (bus name → command); its address.

    Services it starts get ``env`` (the daemon's own environment), as on a desktop.
    """
    assert shutil.which("dbus-daemon"), "dbus-daemon is missing: scripts/run-tests installs it"
    (folder / "services").mkdir(parents=True)
    # Listening in /tmp: a socket path under pytest's tmp_path can exceed the 108-byte limit.
    (folder / "bus.conf").write_text(_CONFIG.format(folder=folder), encoding="utf-8")
    for number, (name, command) in enumerate((services or {}).items()):
        (folder / "services" / f"test{number}.service").write_text(
            f"[D-BUS Service]\nName={name}\nExec={' '.join(command)}\n", encoding="utf-8")
    daemon = subprocess.Popen(["dbus-daemon", f"--config-file={folder / 'bus.conf'}",
                               "--nofork", "--print-address=1"], env=env or dict(os.environ),
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()  # printed once it listens
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


def owner_pid(address: str, name: str) -> int | None:
    """The process that owns ``name`` on the bus, or None if nobody does."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus_daemon = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                             interface="org.freedesktop.DBus")
    with open_dbus_connection(address) as bus:
        reply = bus.send_and_get_reply(
            new_method_call(bus_daemon, "GetConnectionUnixProcessID", "s", (name,)), timeout=5)
    return reply.body[0] if reply.header.message_type.name == "method_return" else None


def dunstrc(icon_folder: Path) -> str:
    """dunst settings that make what arrived visible in ``dunstctl history``.

    The history has no urgency, so rules filtered on urgency and on the desktop-entry hint
    name the notice's category; icons are looked up only in ``icon_folder``.
    """
    rules = "".join(f"[withings-{urgency}]\n    desktop_entry = withings-gui\n"
                    f"    msg_urgency = {urgency}\n    set_category = withings-gui {urgency}\n"
                    for urgency in ("low", "normal", "critical"))
    return f"[global]\n    icon_path = {icon_folder}\n{rules}"


def dunst_history(address: str) -> list[dict]:
    """Closes what dunst shows (closed notices go to its history) and returns that history."""
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)
    subprocess.run(["dunstctl", "close-all"], env=env, check=True, timeout=10)
    result = subprocess.run(["dunstctl", "history"], env=env, check=True, timeout=10,
                            capture_output=True, text=True)
    return [{key: field["data"] for key, field in notice.items()}
            for notice in json.loads(result.stdout)["data"][0]]


@contextmanager
def dunst_on_demand(folder: Path, display_env: dict[str, str],
                    icon_folder: Path) -> Iterator[str]:
    """A private bus on which the first Notify call starts dunst, as a desktop's bus does.

    Yields the bus address; dunst is stopped afterwards if it was started.
    """
    for tool in ("dunst", "dunstctl"):
        assert shutil.which(tool), f"{tool} is missing: scripts/run-tests installs dunst"
    config_home = folder / "config"
    (config_home / "dunst").mkdir(parents=True)
    (config_home / "dunst" / "dunstrc").write_text(dunstrc(icon_folder), encoding="utf-8")
    env = dict(display_env, XDG_CONFIG_HOME=str(config_home))
    with session_bus(folder / "bus", env, {NOTIFICATIONS: [shutil.which("dunst")]}) as address:
        try:
            yield address
        finally:
            pid = owner_pid(address, NOTIFICATIONS)
            if pid is not None:  # started by our bus for this test: ours to stop
                os.kill(pid, 15)
