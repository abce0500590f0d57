import contextlib
import http.server
import os

import pytest
import trustme

from tests.support.local_server import local_server
from tests.support.opened_urls import opened_urls  # noqa: F401 — a fixture
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
def tls_server(tmp_path):
    """Start local TLS servers standing in for HA's public address.

    ``tls_server(issuer="trusted"|"unknown", name=HA_NAME)`` returns the options for
    ``check_network`` (resolver, CA file, port): the CA in the file is the trusted test CA,
    so a certificate from the "unknown" CA is what an untrusted chain looks like.
    """
    trusted, unknown = trustme.CA(), trustme.CA()
    ca_file = tmp_path / "ca.pem"
    trusted.cert_pem.write_to_path(str(ca_file))

    with contextlib.ExitStack() as running:
        def start(issuer: str = "trusted", name: str = HA_NAME) -> dict:
            cert = (trusted if issuer == "trusted" else unknown).issue_cert(name)
            server = running.enter_context(local_server(_Head, cert.configure_cert))
            return {"resolve": lambda host, port: ["127.0.0.1"], "ca_file": str(ca_file),
                    "connect_port": server.server_address[1]}
        yield start


@pytest.fixture
def public_ha(tls_server):
    """HA's public address with a valid certificate (from the trusted test CA)."""
    return tls_server()


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


@pytest.fixture(autouse=True)
def _no_browser(opened_urls):
    """The wizard's links are caught in every test here, asked for or not."""


@pytest.fixture
def demo(tmp_path):
    """A demo session with nobody set up yet: the wizard walks it from the first page."""
    from withings_gui.demo.session import open_demo

    session = open_demo(str(tmp_path / "demo"), with_profile=False, live_interval=None)
    yield session
    session.close()
