"""``withings-gui setup --demo``: every page against the simulated cloud, Home Assistant skipped."""

import pytest
from PySide6.QtCore import Qt

from tests.wizard.test_whole_wizard import (click_finish, click_in_browser, current,
                                            log_in_and_sync, next_page)
from withings_gui.tray.last_weight import newest_known_weight
from withings_gui.wizard.app import SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


def test_demo_walkthrough_without_home_assistant(qtbot, demo):
    wizard = SetupWizard(demo.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "(demo)" in wizard.windowTitle()
    next_page(qtbot, wizard, "hass")

    hass = wizard.page_for("hass")
    assert not hass.isComplete()
    assert hass.skip.isVisible() and "Skip Home Assistant" in hass.skip.text()
    hass.skip.setChecked(True)
    next_page(qtbot, wizard, "callback")

    callback = wizard.page_for("callback")
    assert callback.demo_note.isVisible() and "simulated Withings" in callback.demo_note.text()
    assert callback.callback.value() == demo.ctx.config.callback_url
    next_page(qtbot, wizard, "portal")
    next_page(qtbot, wizard, "credentials")
    assert wizard.page_for("credentials").isComplete()  # the demo app is filled in
    next_page(qtbot, wizard, "authorize")

    finish = log_in_and_sync(qtbot, wizard)
    authorize, profile = wizard.page_for("authorize"), wizard.page_for("profile")
    browser = authorize.browser
    # The tray, started or reloaded after Finish, draws this weight at once.
    latest = demo.ctx.store.latest("alice", 1)
    assert newest_known_weight(demo.ctx) == (latest.value, latest.measured_at)
    assert not finish.check.isEnabled()
    assert "No Home Assistant" in finish.check_result.text()

    # A second person: authorize and profile again, as Bob.
    qtbot.mouseClick(finish.another, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current(wizard) == "authorize", timeout=10000)
    assert not authorize.isComplete()
    qtbot.waitUntil(lambda: bool(click_in_browser(qtbot, browser, "user-bob")), timeout=30000)
    assert click_in_browser(qtbot, browser, "allow")
    qtbot.waitUntil(authorize.isComplete, timeout=20000)
    next_page(qtbot, wizard, "profile")
    assert profile.name.text() == ""  # not Alice's name for Bob
    qtbot.keyClicks(profile.name, "Bob")
    assert "sensor.withings_weight_kg_bob" in profile.preview.toPlainText()
    next_page(qtbot, wizard, "finish")
    qtbot.waitUntil(finish.isComplete, timeout=60000)
    assert "sensor.withings_weight_kg_bob" in finish.sync_result.toPlainText()

    click_finish(qtbot, wizard)
    profiles = demo.ctx.config.profiles
    assert set(profiles) == {"alice", "bob"}
    users = {uid: user.name for uid, user in demo.cloud.users.items()}
    assert users[int(profiles["alice"].withings_userid)] == "Alice"
    assert users[int(profiles["bob"].withings_userid)] == "Bob"
