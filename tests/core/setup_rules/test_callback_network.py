"""The network rules against real TLS servers on 127.0.0.1 and a test CA.

The rules forbid IPs and localhost, so a resolver hook maps the test name to 127.0.0.1 and
``connect_port`` points at the server's ephemeral port; SNI, certificate checks and the Host
header still use the name in the URL.
"""

import contextlib
import datetime
import http.server
import re
import socket
import struct
import threading

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.local_server import local_server
from withings_gui.core.setup_rules.callback_network import check_network, resolve_addresses

NAME = "ha.withings-test.example.com"
URL = f"https://{NAME}/auth/external/callback"


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers HEAD like HA does for the callback without parameters, and records it."""

    def do_HEAD(self):
        self.server.requests.append((self.command, self.path, self.headers["Host"]))
        self.send_response(405)
        self.end_headers()

    def log_message(self, *args):
        pass


class _Hangup(_Handler):
    def do_HEAD(self):
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


class _Reset(_Handler):
    def do_HEAD(self):
        self.close_connection = True
        # SO_LINGER 0: close() sends a TCP reset instead of a FIN (see _Server).
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.reset = True


class _Silent(_Handler):
    def do_HEAD(self):
        self.server.release.wait(30)  # until the test is over: the client must time out


class _Server(http.server.ThreadingHTTPServer):
    def shutdown_request(self, request):
        if getattr(request, "reset", False):
            request.close()  # no shutdown(SHUT_WR) first: that would send a FIN
        else:
            super().shutdown_request(request)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def ca_file(ca, tmp_path):
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def serve():
    """Start real servers on 127.0.0.1 (TLS when given a cert); stopped after the test."""
    with contextlib.ExitStack() as running:
        servers = []

        def start(configure=None, handler=_Handler):
            server = running.enter_context(local_server(handler, configure, _Server))
            server.requests, server.release = [], threading.Event()
            servers.append(server)
            return server

        yield start
        for server in servers:
            server.release.set()  # before the stop, which waits for silent handlers


def to_loopback(host, port):
    assert host == NAME and port > 0
    return ["127.0.0.1"]


def check(server_or_port, ca_file=None, resolve=to_loopback, url=URL, **kwargs):
    port = server_or_port if isinstance(server_or_port, int) else \
        server_or_port.server_address[1]
    kwargs.setdefault("timeout", 5)
    return {r.rule_id: r for r in check_network(url, ca_file=ca_file, resolve=resolve,
                                                connect_port=port, **kwargs)}


def self_signed(tmp_path, name):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .sign(key, hashes.SHA256()))
    pem = tmp_path / "self-signed.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return lambda context: context.load_cert_chain(str(pem))


def test_valid_chain_and_head_answered(ca, ca_file, serve):
    server = serve(ca.issue_cert(NAME).configure_cert)
    results = check(server, ca_file)
    assert list(results) == ["dns", "tls", "head"]
    assert results["dns"].ok and "resolves to 127.0.0.1" in str(results["dns"].message)
    assert results["tls"].ok and f"Certificate for {NAME}" in str(results["tls"].message)
    assert results["head"].ok and "HTTP 405" in str(results["head"].message)
    # One HEAD, for the URL's path, with the URL's host (not the test port) in Host.
    assert server.requests == [("HEAD", "/auth/external/callback", NAME)]


def test_private_addresses_are_pointed_out_but_pass(ca, ca_file, serve):
    server = serve(ca.issue_cert(NAME).configure_cert)
    assert "private network" in str(check(server, ca_file)["dns"].message)


def test_a_private_ca_is_not_a_public_authority(ca, serve):
    server = serve(ca.issue_cert(NAME).configure_cert)
    results = check(server)  # the test CA is not in the system's store
    assert results["tls"].ok is False
    assert "not issued by a public certificate authority" in str(results["tls"].message)
    fix = str(results["tls"].fix)
    assert "Let's Encrypt" in fix and "Nabu Casa" in fix
    assert results["head"].ok is None and "no secure connection" in str(results["head"].message)
    assert server.requests == []


def test_self_signed_certificate(serve, tmp_path):
    server = serve(self_signed(tmp_path, NAME))
    results = check(server)
    assert results["tls"].ok is False and "is self-signed" in str(results["tls"].message)


def test_certificate_for_another_name(ca, ca_file, serve):
    server = serve(ca.issue_cert("other.example.com").configure_cert)
    results = check(server, ca_file)
    assert results["tls"].ok is False
    assert f"not valid for {NAME}" in str(results["tls"].message)
    assert NAME in str(results["tls"].fix)


def test_expired_certificate(ca, ca_file, serve):
    expired = ca.issue_cert(NAME, not_before=datetime.datetime(2020, 1, 1),
                            not_after=datetime.datetime(2021, 1, 1))
    results = check(serve(expired.configure_cert), ca_file)
    assert results["tls"].ok is False and "has expired" in str(results["tls"].message)
    assert "Renew" in str(results["tls"].fix)


def test_plain_http_on_the_https_port(serve):
    results = check(serve())
    assert results["tls"].ok is False and "not with https" in str(results["tls"].message)


def test_nothing_listening(ca_file):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    results = check(port, ca_file)
    assert results["tls"].ok is False and "connection refused" in str(results["tls"].message)
    assert results["head"].ok is None


@pytest.mark.parametrize("handler", [_Hangup, _Reset])
def test_head_without_an_answer(ca, ca_file, serve, handler):
    results = check(serve(ca.issue_cert(NAME).configure_cert, handler), ca_file)
    assert results["tls"].ok is True and results["head"].ok is False
    # Python's TLS layer reports a reset after the handshake as an end of stream.
    assert re.search("reset the connection without answering|got no answer \\(connection "
                     "reset\\)", str(results["head"].message)), str(results["head"].message)


def test_head_timeout(ca, ca_file, serve):
    results = check(serve(ca.issue_cert(NAME).configure_cert, _Silent), ca_file, timeout=1)
    assert results["head"].ok is False
    assert "no answer within 1 s" in str(results["head"].message)


def test_dns_failure_with_the_real_resolver():
    # .invalid never resolves (RFC 6761); this goes through socket.getaddrinfo.
    results = check(443, resolve=resolve_addresses,
                    url="https://ha.withings-test.invalid/auth/external/callback")
    assert results["dns"].ok is False
    assert "ha.withings-test.invalid does not resolve (no such name)" in \
        str(results["dns"].message)
    assert results["dns"].fix
    assert results["tls"].ok is None and "does not resolve" in str(results["tls"].message)
    assert results["head"].ok is None


def test_a_home_assistant_cloud_name_gets_cloud_help_not_dns_records():
    def no_such_name(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    results = check(443, resolve=no_such_name,
                    url="https://abcdef1234567890.ui.nabu.casa/auth/external/callback")
    assert results["dns"].ok is False
    # Nabu Casa keeps these names' DNS: the user has no A or AAAA record to set.
    assert "AAAA" not in str(results["dns"].fix) and "Remote control" in str(results["dns"].fix)


def test_a_url_without_a_name_is_not_checked():
    results = check_network("https:///auth/external/callback", resolve=to_loopback)
    assert [(r.rule_id, r.ok) for r in results] == [("dns", None), ("tls", None), ("head", None)]


def test_progress_arrives_before_the_next_step(ca, ca_file, serve):
    server = serve(ca.issue_cert(NAME).configure_cert)
    seen = []
    results = check(server, ca_file,
                    progress=lambda r: seen.append((r.rule_id, r.ok, len(server.requests))))
    # tls is reported before the HEAD is sent; head after the server has answered it.
    assert seen == [("dns", True, 0), ("tls", True, 0), ("head", True, 1)]
    assert [r.rule_id for r in results.values()] == ["dns", "tls", "head"]


def test_cancel_between_steps(ca, ca_file, serve):
    server = serve(ca.issue_cert(NAME).configure_cert)
    cancel, seen = threading.Event(), []

    def progress(result):
        seen.append(result.rule_id)
        cancel.set()  # the user walks away after the first result

    results = check(server, ca_file, cancel=cancel, progress=progress)
    assert seen == ["dns", "tls", "head"]
    assert results["dns"].ok is True
    assert results["tls"].ok is None and "cancelled" in str(results["tls"].message)
    assert results["head"].ok is None and server.requests == []


def test_cancel_before_the_start(ca_file):
    cancel = threading.Event()
    cancel.set()
    looked_up = []
    results = check(1, ca_file, cancel=cancel,
                    resolve=lambda host, port: looked_up.append(host) or ["127.0.0.1"])
    assert looked_up == []
    assert all(r.ok is None and "cancelled" in str(r.message) for r in results.values())


def test_cancel_after_tls_stops_the_head(ca, ca_file, serve):
    server = serve(ca.issue_cert(NAME).configure_cert)
    cancel = threading.Event()
    results = check(server, ca_file, cancel=cancel,
                    progress=lambda r: r.rule_id == "tls" and cancel.set())
    assert results["tls"].ok is True
    assert results["head"].ok is None and "cancelled" in str(results["head"].message)
    assert server.requests == []
