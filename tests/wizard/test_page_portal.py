"""The portal page: without a browser, the partner portal's address is shown to copy."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.wizard.test_bad_input import go_to
from withings_gui.wizard.page_portal import PORTAL_URL

pytestmark = pytest.mark.gui


def test_the_portal_opens_in_the_browser(qtbot, make_wizard, opened_urls):
    page = go_to(make_wizard(), "portal", qtbot)
    qtbot.mouseClick(page.open_portal, Qt.MouseButton.LeftButton)
    assert opened_urls == [PORTAL_URL] and not page.error.text()


def test_without_a_browser_the_portal_address_is_shown_to_copy(qtbot, make_wizard, qapp):
    for scheme in ("http", "https"):  # no handler: the offscreen platform opens nothing
        QDesktopServices.unsetUrlHandler(scheme)
    page = go_to(make_wizard(), "portal", qtbot)
    assert not page.portal_url.isVisible()
    qtbot.mouseClick(page.open_portal, Qt.MouseButton.LeftButton)
    assert page.portal_url.isVisible() and page.portal_url.value() == PORTAL_URL
    assert "No browser could be opened" in page.error.text()
    qtbot.mouseClick(page.portal_url.button, Qt.MouseButton.LeftButton)
    assert qapp.clipboard().text() == PORTAL_URL


def test_i_already_have_an_app_leads_back_to_the_first_page_with_it_ticked(qtbot, make_wizard):
    wizard = make_wizard()
    wizard.draft.done = ["path", "hass", "callback"]
    wizard.draft.skip_hass = True
    wizard.resume()  # the pages before are walked, as for a user who came this way
    assert wizard.current_page_id() == "portal"
    qtbot.mouseClick(wizard.page_for("portal").have_app, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() == "path"
    assert wizard.page_for("path").existing_app.isChecked() and wizard.draft.existing_app
