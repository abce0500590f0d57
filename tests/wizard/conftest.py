import http.server
import os
import ssl
import threading

import pytest
import trustme

from withings_gui.core.context import AppContext
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.wizard.app import SetupWizard

HA_NAME = "ha.withings-test.example.com"


@pytest.fixture(autouse=True)
def _webengine_as_root():
    # QtWebEngine's sandbox cannot run as root; scripts/run-tests sets this too.
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


class _Head(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def public_ha(tmp_path):
    """A local TLS server standing in for HA's public address, with a test CA."""
    ca = trustme.CA()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Head)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(HA_NAME).configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    yield {"resolve": lambda host, port: ["127.0.0.1"], "ca_file": str(ca_file),
           "connect_port": server.server_address[1]}
    server.shutdown()


@pytest.fixture
def cloud():
    with SimulatedCloud(seed=1) as cloud:
        yield cloud


@pytest.fixture
def ctx(tmp_path, cloud):
    ctx = AppContext.open(str(tmp_path / "cfg"))
    ctx.endpoints = Endpoints(auth_url=cloud.url, api_url=cloud.url)
    yield ctx
    ctx.close()


@pytest.fixture
def make_wizard(qtbot, ctx):
    made = []

    def make(**kwargs):
        wizard = SetupWizard(ctx, **kwargs)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard
    yield make
    for wizard in made:
        wizard.runner.wait_idle()
