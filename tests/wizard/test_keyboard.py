"""The whole demo setup with the keyboard alone: Tab reaches what each page needs, Space and
Enter work it, and Next is reached by Tab on every page (offscreen, real widgets)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.wizard.test_whole_wizard import current
from withings_gui.core.withings.oauth import SCOPES
from withings_gui.demo.session import open_demo
from withings_gui.wizard.app import SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


@pytest.fixture
def demo(tmp_path):
    session = open_demo(str(tmp_path / "demo"), with_profile=False, live_interval=None)
    yield session
    session.close()


def tab_to(qtbot, wizard, widget, limit=40):
    """Press Tab until ``widget`` has the focus (it must be reachable by Tab)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget!r} on {current(wizard)}")


def press(qtbot, wizard, key):
    qtbot.keyClick(QApplication.focusWidget() or wizard, key)


def next_by_keyboard(qtbot, wizard, expected):
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=60000)
    tab_to(qtbot, wizard, button)
    press(qtbot, wizard, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: current(wizard) == expected, timeout=10000)


def test_the_demo_setup_by_keyboard_alone(qtbot, demo):
    wizard = SetupWizard(demo.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    press(qtbot, wizard, Qt.Key.Key_Return)  # Enter on the first page: the default, Next
    qtbot.waitUntil(lambda: current(wizard) == "hass", timeout=10000)

    hass = wizard.page_for("hass")
    tab_to(qtbot, wizard, hass.skip)
    press(qtbot, wizard, Qt.Key.Key_Space)
    assert hass.skip.isChecked()
    next_by_keyboard(qtbot, wizard, "callback")
    next_by_keyboard(qtbot, wizard, "portal")
    portal = wizard.page_for("portal")
    tab_to(qtbot, wizard, portal.email)
    qtbot.keyClicks(portal.email, "me@example.com")
    next_by_keyboard(qtbot, wizard, "credentials")
    next_by_keyboard(qtbot, wizard, "authorize")

    authorize = wizard.page_for("authorize")
    tab_to(qtbot, wizard, authorize.own_browser)
    press(qtbot, wizard, Qt.Key.Key_Space)
    assert authorize.paste.hasFocus()
    alice = next(uid for uid, user in demo.cloud.users.items() if user.name == "Alice")
    attempt = authorize.attempt
    redirect = demo.cloud.authorize_headless(alice, wizard.draft.client_id,
                                             attempt.redirect_uri, attempt.state, SCOPES)
    qtbot.keyClicks(authorize.paste, redirect)
    press(qtbot, wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(authorize.isComplete, timeout=20000)
    next_by_keyboard(qtbot, wizard, "profile")

    profile = wizard.page_for("profile")
    tab_to(qtbot, wizard, profile.name)
    qtbot.keyClicks(profile.name, "Alice")
    press(qtbot, wizard, Qt.Key.Key_Return)  # Enter in the name field: Next
    qtbot.waitUntil(lambda: current(wizard) == "finish", timeout=10000)

    finish = wizard.page_for("finish")
    qtbot.waitUntil(finish.isComplete, timeout=60000)
    tab_to(qtbot, wizard, finish.units["kg"])  # a radio group: Tab to it, arrows within
    press(qtbot, wizard, Qt.Key.Key_Right)
    assert finish.units["lb"].isChecked()
    button = wizard.button(QWizard.WizardButton.FinishButton)
    tab_to(qtbot, wizard, button)
    press(qtbot, wizard, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=10000)
    saved = demo.ctx.settings.load()
    assert saved.profiles["alice"].unit == "lb"
