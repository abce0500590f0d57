"""Notices through org.freedesktop.Notifications: a real dunst, and every way it can be missing."""

import configparser
import threading
import time
from pathlib import Path

import pytest

from tests.support.dbus import NOTIFICATIONS, dunst_history, session_bus
from withings_gui.tray import desktop_notifications
from withings_gui.tray.desktop_notifications import NotDelivered, send
from withings_gui.tray.notify import Notice

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.tray
def test_notices_reach_the_service_with_their_urgency_icon_and_desktop_entry(dunst):
    ids = [send(Notice("New weigh-in", "72.4 kg")),
           send(Notice("Withings needs you to log in again", "Choose Re-authorize.", True))]
    assert all(isinstance(i, int) and i > 0 for i in ids) and ids[0] != ids[1]
    history = {n["summary"]: n for n in dunst_history(dunst)}
    weigh_in, login = history["New weigh-in"], history["Withings needs you to log in again"]
    assert weigh_in["body"] == "72.4 kg" and login["body"] == "Choose Re-authorize."
    # dunst's rules (tests/support/dbus.py) name urgency and desktop-entry in the category.
    assert weigh_in["category"] == "withings-gui normal"
    assert login["category"] == "withings-gui critical"
    assert weigh_in["appname"] == "withings-gui"
    assert Path(weigh_in["icon_path"]).name == "withings-gui.svg"  # the icon name resolved
    assert weigh_in["timeout"] == desktop_notifications.EXPIRE_MS * 1000  # dunst counts µs


def test_no_session_bus_is_not_delivered(monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # and no systemd user bus there
    with pytest.raises(NotDelivered) as caught:
        send(Notice("New weigh-in", "72.4 kg"))
    assert caught.value.notice == Notice("New weigh-in", "72.4 kg")


def test_a_bus_without_a_notification_service_answers_at_once(no_notification_service):
    started = time.monotonic()
    with pytest.raises(NotDelivered) as caught:
        send(Notice("Sync failed", "HTTP 502", True))
    assert "ServiceUnknown" in str(caught.value)
    assert time.monotonic() - started < desktop_notifications.REPLY_TIMEOUT_S  # not timed out
    assert caught.value.notice.critical


def test_a_service_that_never_answers_is_given_up_on(tmp_path, monkeypatch):
    """A hung daemon owns the name but never replies: the notice must not wait forever."""
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with session_bus(tmp_path / "bus") as address, open_dbus_connection(address) as hung:
        hung.send_and_get_reply(message_bus.RequestName(NOTIFICATIONS), timeout=5)
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        outcome = []
        sender = threading.Thread(target=lambda: outcome.append(_outcome(timeout=0.5)))
        sender.start()
        sender.join(10)
        assert not sender.is_alive() and "TimeoutError" in outcome[0]


def _outcome(timeout: float) -> str:
    try:
        send(Notice("New weigh-in", "72.4 kg"), timeout=timeout)
    except NotDelivered as exc:
        return str(exc)
    return "delivered"


def test_names_sent_are_the_ones_the_package_installs():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "packaging" / "linux" / "withings-gui.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == desktop_notifications.ICON_NAME
    assert (ROOT / "packaging" / "linux" / f"{desktop_notifications.DESKTOP_ENTRY}.desktop"
            ).is_file()
    build_deb = (ROOT / "packaging" / "linux" / "build-deb").read_text(encoding="utf-8")
    assert f"apps/{desktop_notifications.ICON_NAME}.svg" in build_deb
