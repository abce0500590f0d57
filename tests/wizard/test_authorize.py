"""The embedded login browser: a real navigation away from Withings is not loaded."""

import http.server

import pytest

from tests.support.local_server import local_server
from tests.wizard.test_bad_input import go_to
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


class _Recording(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<h1>Log in to Withings</h1><form><input name=password></form>")

    def log_message(self, *args):
        pass


@pytest.mark.hostile("login browser led to another host (real WebEngine)")
def test_a_page_leading_elsewhere_is_blocked_and_the_host_named(qtbot, make_wizard, ctx, cloud):
    ctx.config.client_id = DEMO_CLIENT_ID
    ctx.config.callback_url = "https://ha.example.com/auth/external/callback"
    ctx.secrets.set("client_secret", DEMO_CLIENT_SECRET)
    _Recording.requests = []
    with local_server(_Recording) as elsewhere:
        port = elsewhere.server_address[1]
        page = go_to(make_wizard(), "authorize", qtbot)
        browser = page.browser
        # Loaded, not only asked for: a script run before the login page is there runs in
        # the blank page the login then replaces, and its navigation is lost.
        qtbot.waitUntil(lambda: "oauth2_user/authorize2" in browser.url().toString()
                        and not page.loading.isVisible(), timeout=20000)
        # What a link or a script on the page could do: send the window to another host.
        browser.page().runJavaScript(f"window.location.href = 'http://127.0.0.1:{port}/login'")
        qtbot.waitUntil(lambda: f"127.0.0.1:{port}" in page.error.text(), timeout=20000)
        assert "not Withings' login" in page.error.text() and not page.isComplete()
        assert "oauth2_user/authorize2" in browser.url().toString()
        assert _Recording.requests == []


def demo_app(ctx):
    ctx.config.client_id = DEMO_CLIENT_ID
    ctx.config.callback_url = "https://ha.example.com/auth/external/callback"
    ctx.secrets.set("client_secret", DEMO_CLIENT_SECRET)


def test_a_loading_state_shows_until_the_login_page_is_there(qtbot, make_wizard, ctx, cloud):
    demo_app(ctx)
    wizard = make_wizard()
    page = go_to(wizard, "authorize", qtbot)
    # The view stays hidden (it would show black while QtWebEngine starts) until loaded.
    assert page.loading.isVisible() and not page.browser.isVisible()
    assert "Loading the Withings login" in page.loading.text()
    with qtbot.waitSignal(page.browser.loadFinished, timeout=30000):
        pass
    assert page.browser.isVisible() and not page.loading.isVisible()


@pytest.mark.parametrize("browser_opens", [True, False])
def test_own_browser_always_shows_the_address_to_copy(qtbot, make_wizard, ctx, cloud, qapp,
                                                      opened_urls, browser_opens):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    demo_app(ctx)
    if not browser_opens:  # no handler: the offscreen platform opens nothing, says False
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
    page = go_to(make_wizard(), "authorize", qtbot)
    qtbot.mouseClick(page.own_browser, Qt.MouseButton.LeftButton)
    assert page.login_url.isVisible() and page.paste.isVisible()
    assert page.login_url.value() == page.attempt.authorize_url
    assert not page.loading.isVisible() and not page.browser.isVisible()
    qtbot.mouseClick(page.login_url.button, Qt.MouseButton.LeftButton)
    assert qapp.clipboard().text() == page.attempt.authorize_url
    said = page.status.text()
    assert ("No browser could be opened" in said) is not browser_opens
    assert bool(opened_urls) is browser_opens
