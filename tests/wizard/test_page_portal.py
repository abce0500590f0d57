"""The portal page: the portal opens in a browser (or its address is shown to copy), and the
picture of its forms sits beside the values, nothing cut off."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QDesktopServices

from tests.wizard.test_bad_input import go_to
from withings_gui.wizard.app import SetupWizard
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


def fits(widget, inside) -> bool:
    """Shown at least at its minimum size, and within ``inside``: nothing cut off."""
    shown = QRect(widget.mapTo(inside, QPoint(0, 0)), widget.size())
    least = widget.minimumSizeHint()
    return (widget.width() >= least.width() and widget.height() >= least.height()
            and inside.rect().contains(shown))


@pytest.mark.parametrize("demo_mode", [False, True], ids=["real", "demo"])
def test_at_the_smallest_size_the_picture_sits_beside_the_values_uncut(qtbot, make_wizard,
                                                                      demo, demo_mode):
    wizard = SetupWizard(demo.ctx) if demo_mode else make_wizard()
    if demo_mode:
        qtbot.addWidget(wizard)
        wizard.show()
    page = go_to(wizard, "portal", qtbot)
    wizard.resize(860, 640)  # about the wizard's smallest (its own minimum is not below)
    qtbot.waitUntil(lambda: page.figure.isVisible() and page.figure.height() > 0)
    qtbot.waitUntil(lambda: page.figure.size() == page.figure.sizeHint())
    assert page.figure.geometry().right() < page.values.geometry().left()
    shown = [page.figure, page.values, page.have_app, *page.row_badges, *page.row_labels]
    shown += [page.company, page.email, page.environment, page.app_name, page.description,
              page.callback, page.save_logo, page.open_portal]
    assert [widget for widget in shown if not fits(widget, page.body)] == []
