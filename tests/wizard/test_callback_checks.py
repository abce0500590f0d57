"""The callback page's network checks: a valid and an invalid certificate, DNS, cancel."""

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.wizard.conftest import HA_NAME
from tests.wizard.test_bad_input import go_to

pytestmark = pytest.mark.gui


def check(qtbot, wizard, source=f"https://{HA_NAME}"):
    page = go_to(wizard, "callback", qtbot)
    page.source.setText(source)
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    assert page.busy_bar.isVisible() and page.cancel.isVisible()
    qtbot.waitUntil(lambda: not page.busy_bar.isVisible(), timeout=20000)
    assert not page.cancel.isVisible()
    return page


def shown(page, rule):
    return page.rules.findChild(QLabel, f"rule-{rule}").text()


def test_valid_certificate_passes_every_rule(qtbot, make_wizard, tls_server):
    page = check(qtbot, make_wizard(network_check_options=tls_server()))
    assert {"https", "fqdn", "port", "length", "dns", "tls", "head"} <= set(page.rules.results)
    assert all(result.ok for result in page.rules.results.values()), page.rules.results
    assert page.isComplete() and page.error.text() == ""


def test_certificate_from_an_unknown_authority_fails(qtbot, make_wizard, tls_server):
    page = check(qtbot, make_wizard(network_check_options=tls_server(issuer="unknown")))
    assert page.rules.results["tls"].ok is False
    assert "not issued by a public certificate authority" in shown(page, "tls")
    assert "How to fix" in shown(page, "tls")
    assert page.rules.results["head"].ok is None
    assert "there is no secure connection" in shown(page, "head")
    assert "Withings would refuse this callback URL" in page.error.text()
    assert not page.isComplete()


def test_certificate_for_another_name_fails(qtbot, make_wizard, tls_server):
    page = check(qtbot, make_wizard(network_check_options=tls_server(name="other.example.com")))
    assert f"not valid for {HA_NAME}" in shown(page, "tls")
    assert not page.isComplete()


def test_name_that_does_not_resolve(qtbot, make_wizard, tls_server):
    def no_dns(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    options = dict(tls_server(), resolve=no_dns)
    page = check(qtbot, make_wizard(network_check_options=options))
    assert f"{HA_NAME} does not resolve" in shown(page, "dns")
    assert page.rules.results["tls"].ok is None and not page.isComplete()


def test_cancel_stops_the_checks(qtbot, make_wizard, tls_server):
    import threading

    release = threading.Event()

    def slow_dns(host, port):
        release.wait(10)
        return ["127.0.0.1"]

    wizard = make_wizard(network_check_options=dict(tls_server(), resolve=slow_dns))
    page = go_to(wizard, "callback", qtbot)
    page.source.setText(f"https://{HA_NAME}")
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    assert page.busy_bar.isVisible()
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    release.set()
    assert not page.busy_bar.isVisible() and not page.isComplete()
    assert "cancelled" in shown(page, "dns")
