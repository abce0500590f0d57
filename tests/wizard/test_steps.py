"""The step list beside the pages: every step of this setup by name, where you are, what is
done; with an app made before, its own order."""

import pytest
from PySide6.QtWidgets import QWizard

from tests.wizard.test_whole_wizard import current, next_page
from withings_gui.gui.marks import COMING, CURRENT, PASSED

pytestmark = pytest.mark.gui

NEW_APP = ["Welcome", "Home Assistant", "Callback address", "Withings app", "App keys",
           "Withings login", "Profile", "Units and first sync"]


def test_the_steps_follow_the_setup(qtbot, make_wizard):
    wizard = make_wizard()
    steps = wizard.steps
    assert wizard.sideWidget() is steps and steps.logo.renderer().isValid()
    assert steps.steps_shown() == [(name, CURRENT if index == 0 else COMING)
                                   for index, name in enumerate(NEW_APP)]
    width = steps.width()
    next_page(qtbot, wizard, "hass")
    assert steps.steps_shown()[:3] == [("Welcome", PASSED), ("Home Assistant", CURRENT),
                                       ("Callback address", COMING)]
    # The current step is bold, yet the list keeps its width from step to step.
    assert steps.width() == width
    wizard.back()
    qtbot.waitUntil(lambda: current(wizard) == "path")
    assert steps.steps_shown()[0] == ("Welcome", CURRENT)


def test_an_app_made_before_has_its_own_steps(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.page_for("path").existing_app.setChecked(True)
    next_page(qtbot, wizard, "hass")
    names = [name for name, _ in wizard.steps.steps_shown()]
    assert names == ["Welcome", "Home Assistant", "App keys", "Callback address",
                     "Withings login", "Profile", "Units and first sync"]
    assert "Withings app" not in names


def test_the_step_list_takes_no_keyboard_focus(qtbot, make_wizard):
    wizard = make_wizard()
    focusable = [widget for widget in wizard.steps.findChildren(type(wizard.steps))
                 if widget.focusPolicy() != widget.focusPolicy().NoFocus]
    assert not focusable
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
