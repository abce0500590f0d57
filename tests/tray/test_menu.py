"""The tray menu and the window shown instead of it, in every language (issue 19): each entry
translated, none cut off or elided, and the menu as wide as its longest entry needs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tests.support.layout_audit import problems
from withings_gui.core.config import LANGUAGES
from withings_gui.core.sync_result import SyncResult, SyncState
from withings_gui.gui import translation
from withings_gui.tray.app import TrayApp
from withings_gui.tray.menu import TrayMenu
from withings_gui.tray.state import TrayState
from withings_gui.tray.status import TrayStatus

pytestmark = pytest.mark.gui

# An error state with a trend: the longest status line the menu shows.
STATUS = TrayStatus(TrayState.NEEDS_REAUTH, 72.4, "kg", 1_700_000_000, 1_700_000_000,
                    "log in again", 1_700_000_100, -0.8)
HANDLERS = ("sync", "open_ha", "history", "devices", "setup", "reauthorize", "pause", "log",
            "quit")


@pytest.fixture
def speaking(qapp):
    def speak(language: str) -> None:
        assert translation.install(qapp, language) == language
    yield speak
    translation.install(qapp, "en")


def open_menu(qtbot) -> TrayMenu:
    menu = TrayMenu(lambda: STATUS, lambda: True, lambda: False,
                    {key: lambda: None for key in HANDLERS},
                    profiles=lambda: ["alice", "bob"], explain_missing=lambda slug: None)
    qtbot.addWidget(menu)
    menu.popup(QPoint(0, 0))
    qtbot.waitExposed(menu)
    return menu


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_entry_is_translated_and_shown_whole(qtbot, speaking, language):
    speaking(language)
    menu = open_menu(qtbot)
    english = {"sync": "&Sync now", "quit": "&Quit", "pause": "&Pause syncing"}
    for key, text in english.items():
        assert (menu.action(key).text() == text) is (language == "en"), key
    assert menu.width() >= menu.sizeHint().width()
    assert menu.width() <= menu.screen().availableGeometry().width()
    metrics = menu.fontMetrics()
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&", "")
        room = menu.actionGeometry(action).width()
        assert metrics.horizontalAdvance(text) < room, (language, text, room)
    menu.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_without_a_tray_shows_every_text_whole(qtbot, speaking, demo,
                                                          no_notification_service, language):
    speaking(language)
    app = TrayApp(demo.ctx, tray_available=False)  # not started: no sync of its own
    try:
        qtbot.addWidget(app.fallback)
        app.results = [SyncResult("alice", SyncState.ERROR, "Withings did not answer in time",
                                  latest_weight_kg=72.4, latest_weight_at=1_700_000_000,
                                  weight_trend_kg=-0.8)]
        app.refresh()
        app.fallback.show()
        qtbot.waitExposed(app.fallback)
        assert app.fallback.notice.text().startswith("This desktop") is (language == "en")
        assert ("Last sync:" in app.fallback.label.text()) is (language == "en")
        assert problems(app.fallback) == []
    finally:
        app.scheduler.stop()
        app.runner.wait_idle()
