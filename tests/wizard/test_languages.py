"""The wizard in every language: each page shows all of its text at the wizard's default
and minimum size (tests/support/layout_audit.py), Qt's own buttons included, translated."""

import pytest
from PySide6.QtWidgets import QWizard

from tests.support.layout_audit import problems
from tests.wizard.test_whole_wizard import current
from withings_gui.core.config import LANGUAGES
from withings_gui.core.setup.draft import SetupDraft, save_draft
from withings_gui.core.setup.flow import PAGES
from withings_gui.gui import translation
from withings_gui.wizard.app import SetupWizard

pytestmark = pytest.mark.gui

# Qt's own Next and Back (qtbase_<language>.qm), which the pages' texts refer to.
BUTTONS = {"de": ("&Weiter >", "< &Zurück"), "nl": ("&Volgende >", "< &Terug"),
           "fr": ("&Suivant >", "< &Précédent"), "es": ("Siguie&nte >", "< &Atrás"),
           "it": ("&Successivo >", "< &Precedente"), "en": ("&Next >", "< &Back")}

# The pages' headings in German: each page's own tr() context is found at run time.
GERMAN_TITLES = {"path": "Willkommen", "hass": "Mit Home Assistant verbinden",
                 "callback": "Callback-URL", "portal": "Deine Withings-Entwickler-App erstellen",
                 "credentials": "Client Id und Consumer Secret",
                 "authorize": "Bei Withings anmelden", "profile": "Wessen Daten sind das?",
                 "finish": "Optionen und erste Synchronisierung"}


@pytest.fixture
def speaking(qapp):
    """install(language), and English again afterwards for the tests that follow."""
    yield lambda language: translation.install(qapp, language)
    translation.install(qapp, "en")


@pytest.fixture
def set_up_demo(tmp_path):
    """A demo with its person set up: the wizard opens on its last page, every page
    before it filled in, so Back shows each of them as a re-run shows it."""
    from withings_gui.demo.session import open_demo

    session = open_demo(str(tmp_path / "demo"), live_interval=None)
    ctx = session.ctx
    [person] = ctx.config.profiles.values()
    draft = SetupDraft.from_config(ctx.config)
    draft.done, draft.skip_hass = list(PAGES), True
    draft.withings_userid = person.withings_userid
    draft.profile_slug = draft.login_profile = person.slug
    draft.display_name = person.display_name
    save_draft(ctx.paths.wizard_state_file, draft)
    yield session
    session.close()


def audit(qtbot, wizard) -> list[str]:
    """What is cut off or overlapping on the page shown, at the default and minimum size."""
    found = []
    size = wizard.size()
    for shown_at in ("default size", "minimum size"):
        if shown_at == "minimum size":
            wizard.resize(wizard.minimumSize().expandedTo(wizard.minimumSizeHint()))
        try:  # layouts settle over a few turns of the event loop
            qtbot.waitUntil(lambda: not problems(wizard), timeout=3000)
        except qtbot.TimeoutError:
            found += [f"{current(wizard)} ({shown_at}): {line}" for line in problems(wizard)]
    wizard.resize(size)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_all_of_its_text(qtbot, speaking, set_up_demo, language):
    assert speaking(language) == language
    wizard = SetupWizard(set_up_demo.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert current(wizard) == PAGES[-1]
    finish = wizard.page_for("finish")
    qtbot.waitUntil(finish.isComplete, timeout=60000)  # the first sync has answered
    found = audit(qtbot, wizard)
    for page_id in reversed(PAGES[:-1]):
        wizard.back()
        qtbot.waitUntil(lambda: current(wizard) == page_id)
        found += audit(qtbot, wizard)
        if page_id == "hass":
            shown = (wizard.button(QWizard.WizardButton.NextButton).text(),
                     wizard.button(QWizard.WizardButton.BackButton).text())
            if shown != BUTTONS[language]:
                found.append(f"Qt's buttons say {shown}")
    if language == "de":
        assert {page_id: wizard.page_for(page_id).title() for page_id in PAGES} == \
            GERMAN_TITLES
        assert [name for name, _state in wizard.steps.steps_shown()][-1] == \
            "Einheiten, erster Sync"
    assert not found, "\n".join(found)
    wizard.reject()
    wizard.runner.wait_idle()


def test_a_language_chosen_on_the_first_page_is_saved_and_the_wizard_opens_in_it(
        qtbot, make_wizard, ctx):
    wizard = make_wizard()
    choice = wizard.page_for("path").language
    assert choice.currentData() == ""  # the system's language until one is chosen
    assert [choice.itemData(index) for index in range(1, choice.count())] == list(LANGUAGES)
    assert choice.itemText(choice.findData("de")) == "Deutsch"
    choice.setCurrentIndex(choice.findData("de"))
    choice.activated.emit(choice.currentIndex())
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)
    assert wizard.relaunch_language == "de"
    assert ctx.settings.load().language == "de"
    assert make_wizard().page_for("path").language.currentData() == "de"
