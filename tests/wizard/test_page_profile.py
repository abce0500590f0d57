"""The profile page's ECG opt-in: off by default, says no new login is needed, changes the
entity preview and reaches the draft (and so the profile)."""

import pytest
from PySide6.QtCore import Qt

from tests.wizard.test_bad_input import go_to
from withings_gui.core.config import Profile

pytestmark = pytest.mark.gui

ECG_IDS = {"sensor.withings_ecg_afib_classification_alice",
           "sensor.withings_ecg_recorded_at_alice"}


def previewed(page) -> set[str]:
    return set(page.preview.toPlainText().splitlines())


def test_the_ecg_opt_in_is_off_says_what_it_costs_and_reaches_the_draft(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.draft.withings_userid = "111"
    page = go_to(wizard, "profile", qtbot)
    page.name.setText("Alice")
    assert not page.read_ecg.isChecked()
    assert "no new login is needed" in page.ecg_note.text()
    assert not previewed(page) & ECG_IDS
    assert "sensor.withings_workout_type_alice" in previewed(page)
    qtbot.keyClick(page.read_ecg, Qt.Key.Key_Space)  # as a keyboard user ticks it
    assert page.read_ecg.isChecked() and ECG_IDS <= previewed(page)
    page.apply(wizard.draft)
    assert wizard.draft.read_ecg is True


def test_a_person_set_up_before_keeps_their_choice(qtbot, make_wizard, ctx):
    ctx.config.profiles["alice"] = Profile("alice", "Alice", "kg", "111", read_ecg=True)
    wizard = make_wizard()
    wizard.draft.withings_userid = "111"
    page = go_to(wizard, "profile", qtbot)
    assert page.name.text() == "Alice" and page.read_ecg.isChecked()
    assert ECG_IDS <= previewed(page)
