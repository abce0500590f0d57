"""The tray's "Devices…": each Withings device of the shown profile with its battery and last
sync, as the tray's real syncs of the simulated cloud stored them (real widgets, offscreen)."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from withings_gui.tray.devices import (BATTERY, LAST_SYNC, MODEL, NO_DEVICES, TYPE,
                                       battery_text, last_sync_text, local_time_text)
from withings_gui.tray.state import TrayState

pytestmark = pytest.mark.gui

NOW = 1_796_000_000


@pytest.mark.parametrize("when, text", [
    (None, "Not known"), (NOW, "Just now"), (NOW - 30, "Just now"), (NOW - 60, "1 minute ago"),
    (NOW - 59 * 60, "59 minutes ago"), (NOW - 3 * 3600 - 5, "3 hours ago"),
    (NOW - 23 * 3600, "23 hours ago")])
def test_a_recent_sync_reads_as_how_long_ago(when, text):
    assert last_sync_text(when, NOW) == text


@pytest.mark.parametrize("when", [NOW - 86400, NOW - 400 * 86400, NOW + 2 * 3600])
def test_an_older_sync_or_one_dated_ahead_reads_as_a_local_date(when):
    assert last_sync_text(when, NOW) == local_time_text(when)


@pytest.mark.parametrize("battery, text", [("high", "High"), ("medium", "Medium"),
                                           ("low", "Low"), (None, "Not reported"),
                                           ("  ", "Not reported"), ("full", "Full")])
def test_batteries_read_as_words(battery, text):
    assert battery_text(battery) == text


def alice_of(cloud):
    return next(user for user in cloud.users.values() if user.name == "Alice")


def rows(window):
    table = window.table
    return [[table.topLevelItem(i).text(c) for c in (MODEL, TYPE, BATTERY)]
            for i in range(table.topLevelItemCount())]


def test_the_window_lists_the_devices_a_sync_stored_with_a_mark_beside_a_low_battery(
        qtbot, tray, cloud, demo):
    alice = alice_of(cloud)
    scale = alice.devices[0]
    alice.devices[0] = dataclasses.replace(scale, battery="low")
    tray.start()
    qtbot.waitUntil(lambda: tray.status.state is TrayState.OK, timeout=15000)

    tray.menu.rebuild()
    tray.menu.action("devices").trigger()
    window = tray.devices_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading and bool(window.devices), timeout=5000)
    assert window.isVisible() and window.windowTitle() == "Withings devices — alice"
    stored = demo.ctx.store.devices("alice")
    assert sorted(rows(window)) == sorted(
        [d.model, d.type, "Low" if d.deviceid == scale.deviceid else "High"] for d in stored)
    assert window.status.text() == f"{len(stored)} devices, as of the last sync."
    table = window.table
    for i, device in enumerate(stored):
        item = table.topLevelItem(i)
        assert item.text(MODEL) == device.model
        assert item.icon(BATTERY).isNull() is (device.deviceid != scale.deviceid)
        assert item.text(LAST_SYNC) not in ("", "Not known")
        assert item.toolTip(LAST_SYNC) == local_time_text(device.last_session_date)

    # Keyboard: the list first, then Close; Esc closes.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().text() == "&Close"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.isVisible()

    # Opened again: the same window, read anew (the battery was changed since).
    alice.devices[0] = scale
    with qtbot.waitSignal(tray.scheduler.finished, timeout=30000):
        tray.sync_now()
    tray.menu.action("devices").trigger()
    assert tray.devices_window is window
    qtbot.waitUntil(lambda: not window.loading and "Low" not in
                    [row[2] for row in rows(window)], timeout=5000)


def test_before_any_sync_the_window_says_where_devices_come_from(qtbot, tray):
    tray.show_devices()
    window = tray.devices_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=5000)
    assert window.table.topLevelItemCount() == 0 and window.status.text() == NO_DEVICES
