"""The Home Assistant page: trusting a self-signed certificate after seeing its fingerprint."""

import pytest
import trustme
from PySide6.QtCore import Qt

from tests.core.hass.test_client import handler, serving
from tests.wizard.test_bad_input import go_to
from withings_gui.gui.marks import PASSED

pytestmark = pytest.mark.gui

TOKEN = "a" * 60 + "." + "b" * 60 + "." + "c" * 20


@pytest.mark.hostile("self-signed HA certificate")
def test_a_self_signed_home_assistant_can_be_trusted_by_its_file(qtbot, make_wizard, ctx,
                                                                  tmp_path):
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    (tmp_path / "not-a-cert.pem").write_text("hello")
    with serving(handler(), ca.issue_cert("127.0.0.1")) as port:
        page = go_to(make_wizard(), "hass", qtbot)
        assert page.ca_browse.text().replace("&", "") == "Trust certificate file…"
        page.url.setText(f"https://127.0.0.1:{port}")
        page.token.setText(TOKEN)
        qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "SHA-256 fingerprint is" in page.error.text(), timeout=15000)

        page.ca_file.setText(str(tmp_path / "not-a-cert.pem"))
        qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
        assert "no certificate in PEM format" in page.error.text()

        page.ca_file.setText(str(tmp_path / "ca.pem"))
        qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
        # Past TLS now: a router page answers, which is what the user is told next.
        qtbot.waitUntil(lambda: "not Home Assistant" in page.error.text()
                        or "not like Home Assistant" in page.error.text(), timeout=15000)
        assert "secure connection" not in page.error.text()


def back(qtbot, wizard):
    from PySide6.QtWidgets import QWizard

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


@pytest.mark.ha
def test_a_passed_test_is_remembered_for_the_same_fields(qtbot, make_wizard, hass_server):
    from tests.wizard.test_whole_wizard import current, next_page

    wizard = make_wizard()
    next_page(qtbot, wizard, "hass")
    page = wizard.currentPage()
    page.url.setText(hass_server.url)
    page.token.setText(hass_server.token)
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=20000)
    next_page(qtbot, wizard, "callback")
    back(qtbot, wizard)
    back(qtbot, wizard)
    assert current(wizard) == "path"
    next_page(qtbot, wizard, "hass")  # filled in again from the draft: same address, token
    assert page.isComplete() and page.result.state == PASSED
    assert "Connected to Home Assistant" in page.result.text()
    qtbot.keyClicks(page.token, "x")  # another token: Test again
    assert not page.isComplete() and not page.result.text()
    qtbot.keyClick(page.token, Qt.Key.Key_Backspace)  # back to the one that passed
    assert page.isComplete()
    qtbot.keyClicks(page.url, "/")  # another address
    assert not page.isComplete()
