from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWizard

from withings_gui.core.config import LANGUAGES
from withings_gui.gui import translation


@dataclass(frozen=True)
class _Message:
    context: str
    source: str
    values: dict = field(default_factory=dict)


@pytest.fixture
def english(qapp):
    yield
    translation.install(qapp, "en")


def _next_button_text(qtbot) -> str:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    return wizard.buttonText(QWizard.WizardButton.NextButton)


@pytest.mark.parametrize("language, next_text", [("de", "&Weiter >"), ("en", "&Next >")])
def test_qt_own_buttons_follow_the_language(qapp, qtbot, english, language, next_text):
    assert translation.install(qapp, language) == language
    assert _next_button_text(qtbot) == next_text


def test_installing_again_replaces_the_previous_language(qapp, qtbot, english):
    translation.install(qapp, "de")
    translation.install(qapp, "fr")
    assert _next_button_text(qtbot) == "&Suivant >"


@pytest.mark.parametrize("setting", ["", None, "klingon"])
def test_without_a_usable_setting_the_system_language_chooses(setting):
    system = QLocale.system().name().split("_")[0]
    assert translation.chosen_language(setting) == (system if system in LANGUAGES else "en")


def test_shown_fills_the_placeholders_of_the_translated_text(qapp, english):
    message = _Message("core.test", "Profile {name} saved", {"name": "alice"})
    assert translation.shown(message) == "Profile alice saved"
    assert translation.shown(_Message("core.test", "No values")) == "No values"


def test_an_error_raised_with_a_message_is_shown_translated(qapp, english):
    from withings_gui.core.messages import Message

    inner = Message("core.test", "no such name")
    error = ValueError(Message("core.test", "{host} does not resolve ({why}).",
                               {"host": "ha.example.com", "why": inner}))
    assert translation.shown_text(error) == "ha.example.com does not resolve (no such name)."
    assert translation.shown_text(OSError(2, "No such file")) == "[Errno 2] No such file"
    assert translation.shown_text("plain") == "plain"


def test_a_core_error_is_shown_in_german_and_logged_in_english(qapp, english):
    from withings_gui.core.profile_slug import ProfileNameError, check_slug

    translation.install(qapp, "de")
    with pytest.raises(ProfileNameError) as caught:
        check_slug("Anna")
    assert translation.shown_text(caught.value) == (
        "Das Profil 'Anna' kann nicht verwendet werden: verwende nur Kleinbuchstaben "
        "('anna' stattdessen).")
    assert str(caught.value) == \
        "Profile 'Anna' cannot be used: use lowercase letters only ('anna' instead)."
