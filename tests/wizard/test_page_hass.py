"""The Home Assistant page: trusting a self-signed certificate after seeing its fingerprint."""

import pytest
import trustme
from PySide6.QtCore import Qt

from tests.core.hass.test_client import handler, serving
from tests.wizard.test_bad_input import go_to

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
