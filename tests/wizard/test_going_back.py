"""Back works: a resumed wizard reaches every earlier page, filled in; a person renamed after
the first sync keeps their Withings login (issue 15's dead ends)."""

import filelock
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.wizard.test_whole_wizard import click_finish, current, log_in_and_sync, next_page
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN, token_key
from withings_gui.core.setup.commit import save_progress
from withings_gui.core.setup.draft import SetupDraft
from withings_gui.core.setup.flow import PAGES
from withings_gui.wizard.app import SetupWizard

pytestmark = pytest.mark.gui

TOKEN = "a" * 60 + "." + "b" * 60 + "." + "c" * 20
CLIENT_ID = "0123456789abcdef" * 4
CALLBACK = "https://ha.example.com/auth/external/callback"


def back(qtbot, wizard, expected):
    button = wizard.button(QWizard.WizardButton.BackButton)
    assert button.isVisible() and button.isEnabled(), f"no Back on {current(wizard)}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert current(wizard) == expected


def test_a_resumed_wizard_goes_back_to_every_page_filled_in(qtbot, make_wizard, ctx):
    draft = SetupDraft(path_kind="nabu_casa", ha_url="http://127.0.0.1:9",
                       callback_url=CALLBACK, contact_email="me@example.com",
                       client_id=CLIENT_ID, withings_userid="42",
                       done=list(PAGES[:PAGES.index("profile")]),
                       secrets={HA_TOKEN: TOKEN, CLIENT_SECRET: CLIENT_ID})
    save_progress(ctx, draft)  # what a wizard closed on the profile page left

    wizard = make_wizard()
    assert current(wizard) == "profile" and "42" in wizard.currentPage().who.text()
    back(qtbot, wizard, "authorize")
    authorize = wizard.page_for("authorize")
    assert "Logged in: Withings user 42" in authorize.status.text()
    assert authorize.isComplete() and authorize.browser is None  # no login started
    back(qtbot, wizard, "credentials")
    credentials = wizard.page_for("credentials")
    assert credentials.client_id.text() == CLIENT_ID
    assert credentials.secret.text() == CLIENT_ID  # from the keyring
    back(qtbot, wizard, "portal")
    portal = wizard.page_for("portal")
    assert portal.email.text() == "me@example.com" and portal.callback.value() == CALLBACK
    back(qtbot, wizard, "callback")
    assert wizard.page_for("callback").source.text() == "https://ha.example.com"
    back(qtbot, wizard, "hass")
    hass = wizard.page_for("hass")
    assert hass.url.text() == "http://127.0.0.1:9" and hass.token.text() == TOKEN
    assert hass.isComplete() and "Tested before" in hass.result.text()  # no second Test
    back(qtbot, wizard, "path")
    assert wizard.page_for("path").nabu.isChecked()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()

    # And forward again: Next keeps what the pages show, nothing was lost on the way.
    next_page(qtbot, wizard, "hass")
    assert wizard.draft.path_kind == "nabu_casa"
    assert not ctx.paths.config_file.exists()  # nothing committed by walking the pages


def demo_to_finish(qtbot, wizard):
    """The demo setup up to the first sync's result, as Alice; her Withings user id."""
    next_page(qtbot, wizard, "hass")
    wizard.page_for("hass").skip.setChecked(True)
    for page in ("callback", "portal", "credentials", "authorize"):
        next_page(qtbot, wizard, page)
    log_in_and_sync(qtbot, wizard)
    return wizard.draft.withings_userid


@pytest.mark.webengine
def test_renaming_after_the_first_sync_carries_the_login_over(qtbot, demo):
    wizard = SetupWizard(demo.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    alice = demo_to_finish(qtbot, wizard)
    profile, finish = wizard.page_for("profile"), wizard.page_for("finish")
    assert set(demo.ctx.settings.load().profiles) == {"alice"}  # committed for the sync

    back(qtbot, wizard, "profile")
    profile.name.clear()
    qtbot.keyClicks(profile.name, "Alicia")
    assert profile.isComplete(), profile.error.text()  # her own old name is no collision
    next_page(qtbot, wizard, "finish")
    qtbot.waitUntil(finish.isComplete, timeout=60000)
    assert "sensor.withings_weight_kg_alicia" in finish.sync_result.toPlainText()
    assert finish.error.text() == ""  # the sync as Alicia worked: the login came along

    # Back while the commit is still running (another process holds the settings lock):
    # the wizard still learns where the login went, so the next rename moves it again.
    back(qtbot, wizard, "profile")
    profile.name.clear()
    qtbot.keyClicks(profile.name, "Alina")
    with filelock.FileLock(str(demo.ctx.paths.config_lock)):
        next_page(qtbot, wizard, "finish")
        back(qtbot, wizard, "profile")
    qtbot.waitUntil(lambda: wizard.draft.login_profile == "alina", timeout=10000)
    profile.name.clear()
    qtbot.keyClicks(profile.name, "Alicia")
    next_page(qtbot, wizard, "finish")
    qtbot.waitUntil(finish.isComplete, timeout=60000)
    assert "sensor.withings_weight_kg_alicia" in finish.sync_result.toPlainText()
    assert finish.error.text() == ""
    click_finish(qtbot, wizard)

    saved = demo.ctx.settings.load()
    assert set(saved.profiles) == {"alicia"}  # no profile that was never logged in
    assert saved.profiles["alicia"].withings_userid == alice
    secrets = demo.ctx.secrets
    assert secrets.get(token_key("alicia"))
    for gone in ("alice", "alina", "_pending"):
        assert secrets.get(token_key(gone)) is None


@pytest.mark.webengine
@pytest.mark.hostile("config.json broken while the wizard is open")
def test_a_commit_that_fails_says_why_and_finish_tries_again(qtbot, demo):
    wizard = SetupWizard(demo.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    demo_to_finish(qtbot, wizard)
    finish = wizard.page_for("finish")
    config_file = demo.ctx.paths.config_file
    config_file.write_text("{broken")  # e.g. edited by hand meanwhile
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in finish.error_text, timeout=10000)
    assert "is not valid JSON" in finish.error_text and "\n" not in finish.error_text
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    assert config_file.read_text() == "{broken"  # never overwritten behind the user's back

    config_file.unlink()
    click_finish(qtbot, wizard)
    assert set(demo.ctx.settings.load().profiles) == {"alice"}
