import datetime
import http.server
import socket
import ssl
import threading

import pytest
import trustme

from withings_gui.core.callback_url import (CallbackUrlError, build_callback_url,
                                            check_network, check_static)

NAME = "ha.withings-test.example.com"
GOOD = f"https://{NAME}/auth/external/callback"


@pytest.mark.parametrize("kind, value, expected", [
    ("nabu_casa", "https://abcdef1234567890.ui.nabu.casa",
     "https://abcdef1234567890.ui.nabu.casa/auth/external/callback"),
    ("nabu_casa", "abcdef1234567890", "https://abcdef1234567890.ui.nabu.casa/auth/external/callback"),
    ("own_domain", "https://ha.example.com", "https://ha.example.com/auth/external/callback"),
    ("own_domain", "https://ha.example.com:443/", "https://ha.example.com/auth/external/callback"),
    ("own_domain", "ha.example.com", "https://ha.example.com/auth/external/callback"),
])
def test_build(kind, value, expected):
    assert build_callback_url(kind, value) == expected


@pytest.mark.parametrize("kind, value", [("nabu_casa", ""), ("nabu_casa", "https://ha.example.com"),
                                         ("nabu_casa", "x.ui.nabu.casa"), ("own_domain", "https://"),
                                         ("own_domain", "https://ha:port")])
def test_build_rejects(kind, value):
    with pytest.raises(CallbackUrlError):
        build_callback_url(kind, value)


def failing(url):
    return {r.rule_id: r for r in check_static(url) if r.ok is False}


def test_good_url_passes_every_static_rule():
    assert failing(GOOD) == {}


@pytest.mark.parametrize("url, rule, message", [
    ("http://ha.example.com/auth/external/callback", "https", "only accepts https"),
    ("ftp://ha.example.com/auth/external/callback", "https", "only accepts https"),
    ("ha.example.com/auth/external/callback", "https", "only accepts https"),
    ("https://192.168.1.10/auth/external/callback", "fqdn", "is an IP address"),
    ("https://8.8.8.8/auth/external/callback", "fqdn", "is an IP address"),
    ("https://[::1]/auth/external/callback", "fqdn", "is an IP address"),
    ("https://[2001:db8::1]/auth/external/callback", "fqdn", "is an IP address"),
    ("https://localhost/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://homeassistant.local/auth/external/callback", "fqdn", "only exists on your own"),
    ("https://ha.lan/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.home/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.internal/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.home.arpa/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://ha.localdomain/auth/external/callback", "fqdn", "only exists on your own network"),
    ("https://homeassistant/auth/external/callback", "fqdn", "has no dot"),
    ("https://-bad-.example.com/auth/external/callback", "fqdn", "not a valid domain name"),
    ("https://under_score.example.com/auth/external/callback", "fqdn", "not a valid domain"),
    ("https://ha.example.123/auth/external/callback", "fqdn", "not a valid domain name"),
    ("https:///auth/external/callback", "fqdn", "no domain name"),
    ("https://ha.example.com:8123/auth/external/callback", "port", "uses 8123"),
    ("https://ha.example.com:80/auth/external/callback", "port", "uses 80"),
    ("https://ha.example.com:99999/auth/external/callback", "port", "not a number"),
    (f"https://{'a' * 250}.example.com/auth/external/callback", "length", "Withings allows 255"),
    ("https://ha.example.com/auth/external/callback?x=1", "extras", "Remove the"),
    ("https://ha.example.com/auth/external/callback#top", "extras", "Remove the"),
    ("https://user:pw@ha.example.com/auth/external/callback", "extras", "Remove the"),
    ("https://ha.example.com/api/withings/callback", "path", "receives the login at"),
])
def test_bad_urls_fail_the_right_rule_with_its_message(url, rule, message):
    failures = failing(url)
    assert rule in failures, failures
    assert message in failures[rule].message and failures[rule].fix


def test_the_path_rule_is_only_a_warning():
    [path] = [r for r in check_static("https://ha.example.com/other") if r.rule_id == "path"]
    assert path.ok is False and not path.blocking


# -- network rules against real local servers ---------------------------------------------

class _Answer(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(405)
        self.end_headers()

    def log_message(self, *args):
        pass


class _Hangup(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def serve(cert, handler=_Answer):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def local(host, port):
    return ["127.0.0.1"]


@pytest.fixture
def ca_file(ca, tmp_path):
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def run(server, ca_file=None, resolve=local, **kwargs):
    return {r.rule_id: r for r in check_network(
        GOOD, timeout=5, ca_file=ca_file, resolve=resolve,
        connect_port=server.server_address[1] if server else 1, **kwargs)}


def test_valid_chain_and_head_answered(ca, ca_file):
    server = serve(ca.issue_cert(NAME))
    try:
        results = run(server, ca_file)
    finally:
        server.shutdown()
    assert results["dns"].ok and "127.0.0.1" in results["dns"].message
    assert results["tls"].ok and results["head"].ok
    assert "HTTP 405" in results["head"].message


def test_certificate_from_a_private_ca_is_refused(ca):
    server = serve(ca.issue_cert(NAME))
    try:
        results = run(server)
    finally:
        server.shutdown()
    assert results["tls"].ok is False
    assert "not issued by a public certificate authority" in results["tls"].message
    assert results["head"].ok is None


def test_certificate_for_another_name(ca, ca_file):
    server = serve(ca.issue_cert("other.example.com"))
    try:
        results = run(server, ca_file)
    finally:
        server.shutdown()
    assert results["tls"].ok is False and "for another name" in results["tls"].message


def test_expired_certificate(ca, ca_file):
    expired = ca.issue_cert(NAME, not_before=datetime.datetime(2020, 1, 1),
                            not_after=datetime.datetime(2021, 1, 1))
    server = serve(expired)
    try:
        results = run(server, ca_file)
    finally:
        server.shutdown()
    assert results["tls"].ok is False and "has expired" in results["tls"].message


def test_head_without_an_answer(ca, ca_file):
    server = serve(ca.issue_cert(NAME), _Hangup)
    try:
        results = run(server, ca_file)
    finally:
        server.shutdown()
    assert results["tls"].ok and results["head"].ok is False
    assert "did not answer" in results["head"].message


def test_dns_failure_stops_the_later_checks():
    def nowhere(host, port):
        raise socket.gaierror("Name or service not known")

    results = run(None, resolve=nowhere)
    assert results["dns"].ok is False and "does not resolve" in results["dns"].message
    assert results["tls"].ok is None and results["head"].ok is None


def test_progress_and_cancel(ca, ca_file):
    server = serve(ca.issue_cert(NAME))
    cancel, seen = threading.Event(), []

    def progress(result):
        seen.append(result.rule_id)
        cancel.set()  # the user walks away after the first result

    try:
        results = run(server, ca_file, cancel=cancel, progress=progress)
    finally:
        server.shutdown()
    assert seen == ["dns", "tls", "head"]
    assert results["dns"].ok and results["tls"].ok is None and results["head"].ok is None
