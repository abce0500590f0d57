"""Closing the wizard keeps the progress: the next start resumes on the first unfinished page."""

import json

import pytest

from tests.wizard.test_whole_wizard import current, next_page
from withings_gui.core.secrets import CLIENT_SECRET
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


def test_closed_wizard_resumes_without_keeping_secrets(qtbot, make_wizard, ctx):
    ctx.config.callback_url = "https://ha.example.com/auth/external/callback"
    wizard = make_wizard()
    wizard.draft.done = ["path", "hass", "callback"]
    wizard.setStartId(3)
    wizard.restart()
    assert current(wizard) == "portal"
    wizard.page_for("portal").email.setText("me@example.com")
    next_page(qtbot, wizard, "credentials")
    credentials = wizard.page_for("credentials")
    credentials.client_id.setText(DEMO_CLIENT_ID)
    credentials.secret.setText(DEMO_CLIENT_SECRET)
    next_page(qtbot, wizard, "authorize")
    wizard.reject()  # the user closes the window

    saved = ctx.paths.wizard_state_file.read_text()
    assert DEMO_CLIENT_SECRET not in saved
    assert json.loads(saved)["done"] == ["path", "hass", "callback", "portal", "credentials"]
    assert ctx.secrets.get(CLIENT_SECRET) == DEMO_CLIENT_SECRET

    again = make_wizard()
    assert current(again) == "authorize"
    assert again.draft.contact_email == "me@example.com"


def test_authorize_page_says_what_is_missing(qtbot, make_wizard, ctx):
    from tests.wizard.test_bad_input import go_to

    page = go_to(make_wizard(), "authorize", qtbot)
    assert "Client Id and callback URL are not configured" in page.error.text()
    assert "Go Back" in page.error.text() and not page.isComplete()
