"""The whole demo setup with the keyboard alone: Tab reaches what each page needs, Space and
Enter work it, and Next is reached by Tab on every page (offscreen, real widgets); no Alt+letter
means two things on one page, QWizard's own buttons included."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit,
                               QRadioButton, QWizard)

from tests.wizard.test_whole_wizard import current
from withings_gui.core.setup.flow import PAGES
from withings_gui.core.withings.oauth import SCOPES
from withings_gui.wizard.app import SetupWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


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
    press(qtbot, wizard, Qt.Key.Key_Down)  # the choices are two by two: lb is below kg
    assert finish.units["lb"].isChecked()
    button = wizard.button(QWizard.WizardButton.FinishButton)
    tab_to(qtbot, wizard, button)
    press(qtbot, wizard, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=10000)
    saved = demo.ctx.settings.load()
    assert saved.profiles["alice"].unit == "lb"


def mnemonic(text):
    """The letter Alt presses for ``text`` ("&&" is a literal ampersand), or None."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def wizard_buttons(wizard, page_id):
    """QWizard's own buttons on ``page_id``, with the texts this platform gives them."""
    buttons = [QWizard.WizardButton.CancelButton]
    if page_id != PAGES[0]:
        buttons.append(QWizard.WizardButton.BackButton)
    last = wizard.page_for(page_id).nextId() == -1
    buttons.append(QWizard.WizardButton.FinishButton if last
                   else QWizard.WizardButton.NextButton)
    return [wizard.button(button).text() for button in buttons]


def page_texts(page):
    texts = [button.text() for button in page.findChildren(QAbstractButton)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy()]
    texts += [box.title() for box in page.findChildren(QGroupBox)]
    return texts


@pytest.mark.parametrize("demo_mode", [False, True], ids=["real", "demo"])
def test_no_page_has_a_mnemonic_twice(qtbot, make_wizard, demo, demo_mode):
    wizard = SetupWizard(demo.ctx) if demo_mode else make_wizard()
    if demo_mode:
        qtbot.addWidget(wizard)
    for page_id in PAGES:
        seen = {}
        for text in page_texts(wizard.page_for(page_id)) + wizard_buttons(wizard, page_id):
            key = mnemonic(text)
            if key is not None:
                assert key not in seen, f"Alt+{key.upper()} on {page_id}: {seen[key]!r}, {text!r}"
                seen[key] = text


def tab_stops(widget):
    """The widgets Tab stops at in place of ``widget``: a radio group is one stop, its
    checked button (Qt takes Tab focus from the others)."""
    if isinstance(widget, QRadioButton):
        group = widget.group()
        return group.buttons() if group else widget.parent().findChildren(QRadioButton)
    return [widget]


def test_every_control_is_reached_by_tab(make_wizard):
    wizard = make_wizard()
    for page_id in PAGES:
        page = wizard.page_for(page_id)
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
            assert any(stop.focusPolicy() & Qt.FocusPolicy.TabFocus
                       for stop in tab_stops(widget)), (page_id, widget)

