"""Each way of failing to reach Home Assistant gets its own error and message."""

import http.server
import ssl
import threading

import pytest
import trustme

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import (HassAuthError, HassDnsError, HassRefusedError,
                                           HassTimeoutError, HassTlsError, HassUrlError,
                                           NotHomeAssistantError)
from tests.support.hass_server import free_port


class _Quiet(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<html>my router</html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def web_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def tls_server(tmp_path):
    ca = trustme.CA()
    cert = ca.issue_cert("ha.withings-test.example")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("url", ["", "homeassistant.local:8123", "ftp://ha", "http://ha:8123/lovelace"])
def test_bad_urls(url):
    with pytest.raises(HassUrlError):
        HassApi(url, "token")


def test_dns_failure():
    with pytest.raises(HassDnsError, match="could not be found"):
        HassApi("http://homeassistant.invalid:8123", "t").info()


def test_refused():
    with pytest.raises(HassRefusedError, match="connection refused"):
        HassApi(f"http://127.0.0.1:{free_port()}", "t").info()


def test_tls_not_trusted(tls_server):
    port = tls_server.server_address[1]
    with pytest.raises(HassTlsError, match="not trusted"):
        HassApi(f"https://127.0.0.1:{port}", "t").info()


def test_not_home_assistant(web_server):
    with pytest.raises(NotHomeAssistantError, match="not"):
        HassApi(f"http://127.0.0.1:{web_server.server_address[1]}", "t").info()


def test_timeout():
    import socket
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts, never answers
    try:
        with pytest.raises(HassTimeoutError, match="did not answer in time"):
            HassApi(f"http://127.0.0.1:{listener.getsockname()[1]}", "t", timeout=1).info()
    finally:
        listener.close()


@pytest.mark.ha
def test_wrong_token(hass_server):
    with pytest.raises(HassAuthError, match="refused the access token"):
        HassApi(hass_server.url, "wrong.token.value").info()


@pytest.mark.ha
def test_info_config_check_and_registry(hass_server):
    api = HassApi(hass_server.url, hass_server.token)
    info = api.info()
    assert info.version == hass_server.version == "2024.3.3"
    assert info.location_name == "Test Home"
    assert info.external_url == "https://ha.example.test" and info.cloud_url is None
    check = api.check_config()
    assert check.valid and check.errors is None
    assert isinstance(api.entity_registry(), list)
