"""Trusting a self-signed Home Assistant: the fingerprint shown, the file the user picks."""

import hashlib
import ssl

import pytest
import trustme

from tests.core.hass.test_client import handler, serving
from withings_gui.core.hass.certificate import check_ca_file, server_fingerprint
from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import HassTlsError, NotHomeAssistantError
from withings_gui.core.validation import InputError


def _fingerprint(cert: trustme.LeafCert) -> str:
    der = ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode())
    return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())


@pytest.mark.parametrize("call", ["rest", "websocket"])
def test_an_untrusted_certificate_is_named_by_its_fingerprint(call):
    cert = trustme.CA().issue_cert("127.0.0.1")
    with serving(handler(), cert) as port:
        api = HassApi(f"https://127.0.0.1:{port}", "t", timeout=5)
        with pytest.raises(HassTlsError) as failed:
            api.info() if call == "rest" else api.ws({"type": "get_config"})
    message = str(failed.value)
    assert f"SHA-256 fingerprint is {_fingerprint(cert)}" in message
    assert "--ha-ca-file" in message and "Trust certificate file" in message


@pytest.mark.parametrize("call", ["rest", "websocket"])
def test_the_trusted_file_is_used_for_every_request(tmp_path, call):
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with serving(handler(), ca.issue_cert("127.0.0.1")) as port:
        api = HassApi(f"https://127.0.0.1:{port}", "t", timeout=5,
                      ca_file=check_ca_file(str(tmp_path / "ca.pem")))
        # Past TLS: what answers is a router page, which is the next thing reported.
        with pytest.raises(NotHomeAssistantError):
            api.info() if call == "rest" else api.ws({"type": "get_config"})


def test_no_fingerprint_where_there_is_no_tls():
    assert server_fingerprint("http://127.0.0.1:1/") is None
    assert server_fingerprint("https://127.0.0.1:1/") is None  # nothing listens
    assert server_fingerprint("https://[::1/") is None


def test_a_certificate_file_is_checked_before_it_is_saved(tmp_path):
    (tmp_path / "garbage.pem").write_bytes(b"\x00\xffnot a certificate")
    (tmp_path / "key.pem").write_text("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n")
    for name, message in [("missing.pem", "does not exist"), ("", None),
                          ("garbage.pem", "no certificate in PEM format"),
                          ("key.pem", "no certificate in PEM format")]:
        path = str(tmp_path / name) if name else ""
        if message is None:
            assert check_ca_file(path) == ""
            continue
        with pytest.raises(InputError, match=message):
            check_ca_file(path)
    with pytest.raises(InputError, match="is a folder"):
        check_ca_file(str(tmp_path))
    trustme.CA().cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    assert check_ca_file(f"  {tmp_path}/./ca.pem ") == str(tmp_path / "ca.pem")
