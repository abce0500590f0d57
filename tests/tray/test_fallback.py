"""The window shown instead of a tray icon: right after setup it shows the weight the
wizard's first sync stored, and none of its texts is cut off."""

import pytest
from PySide6.QtWidgets import QLabel

from withings_gui.core.sync_result import SyncResult, SyncState
from withings_gui.tray.app import TrayApp
from withings_gui.tray.last_weight import save_last_weight

pytestmark = pytest.mark.gui

KG, WEIGHED_AT = 71.3, 1_700_000_000


@pytest.fixture
def window(qtbot, demo, no_notification_service):
    app = TrayApp(demo.ctx, tray_available=False)  # not started: no sync of its own
    qtbot.addWidget(app.fallback)
    app.fallback.show()
    qtbot.waitExposed(app.fallback)
    yield app
    app.scheduler.stop()
    app.runner.wait_idle()


def clipped(window):
    """Labels shown smaller than their text needs."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible():
            continue
        need = label.heightForWidth(label.width()) if label.wordWrap() \
            else label.sizeHint().height()
        if label.height() < need or (not label.wordWrap()
                                     and label.width() < label.sizeHint().width()):
            cut.append((label.text(), label.size(), need))
    return cut


def test_a_reload_after_setup_shows_the_weight_the_first_sync_stored(qtbot, window, demo):
    assert "No weigh-in yet" in window.fallback.label.text()
    # What the wizard's finish page leaves when its first sync stored a weight.
    save_last_weight(demo.ctx.paths.tray_weight_file, "alice", KG, WEIGHED_AT)
    window.reload_settings()  # Finish asks the running tray to (core/tray_requests.py)
    assert f"{KG:.1f} kg" in window.fallback.label.text()
    assert "No weigh-in yet" not in window.fallback.label.text()


def test_a_tray_started_after_setup_shows_that_weight_at_once(qtbot, demo,
                                                              no_notification_service):
    save_last_weight(demo.ctx.paths.tray_weight_file, "alice", KG, WEIGHED_AT)
    app = TrayApp(demo.ctx, tray_available=False)
    qtbot.addWidget(app.fallback)
    assert f"{KG:.1f} kg" in app.fallback.label.text()


def test_no_text_is_cut_off_as_the_status_grows(qtbot, window):
    assert not clipped(window.fallback)
    failing = SyncResult("alice", SyncState.HA_UNREACHABLE,
                         "Home Assistant at http://homeassistant.local:8123 did not answer "
                         "within 30 s; values wait and are sent when it is back. " * 4,
                         latest_weight_kg=KG, latest_weight_at=WEIGHED_AT)
    window._on_finished([failing], False)
    fallback = window.fallback
    assert "did not answer" in fallback.label.text()
    assert not clipped(fallback)
    # Wrapped, not one line wider than the screen (whose edge would cut it off).
    assert fallback.frameGeometry().width() <= fallback.screen().availableGeometry().width()
