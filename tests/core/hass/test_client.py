"""HassApi: each way of failing to reach Home Assistant gets its own error and message; the
calls that work are checked against a real Home Assistant."""

import contextlib
import datetime
import http.server
import socket

import pytest
import trustme

from tests.support.hass_server import free_port
from tests.support.local_server import local_server
from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import (HassAuthError, HassCommandError, HassDnsError,
                                           HassRefusedError, HassTimeoutError, HassTlsError,
                                           HassUnavailableError, HassUrlError,
                                           NotHomeAssistantError, RegistrationGoneError)


def handler(status=200, body=b"<html>my router</html>", content_type="text/html"):
    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass
    return Handler


@contextlib.contextmanager
def serving(handler_class, cert=None):
    """The port of a local server, https when given a trustme certificate."""
    with local_server(handler_class, cert.configure_cert if cert else None) as server:
        yield server.server_address[1]


# -- the address -----------------------------------------------------------------------------

@pytest.mark.parametrize("url, message", [
    ("", "Enter the address"),
    ("homeassistant.local:8123", "must start with http:// or https://"),
    ("ftp://ha", "must start with http:// or https://"),
    ("http://ha:8123/lovelace/0", "without a page path: http://ha:8123"),
    ("https://me:pw@ha.example.com", "Leave the user name and password out"),
])
def test_bad_urls_say_what_to_type(url, message):
    with pytest.raises(HassUrlError, match=message):
        HassApi(url, "token")


def test_a_trailing_slash_is_fine():
    assert HassApi("http://ha.example.com:8123/", "token").url == "http://ha.example.com:8123"


# -- failing to connect ----------------------------------------------------------------------

def test_dns_failure():
    with pytest.raises(HassDnsError, match="could not be found"):
        HassApi("http://homeassistant.invalid:8123", "t").info()


def test_refused():
    with pytest.raises(HassRefusedError, match="connection refused.*usually 8123"):
        HassApi(f"http://127.0.0.1:{free_port()}", "t").info()


def test_timeout():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts the connection, never answers
        with pytest.raises(HassTimeoutError, match="did not answer within 1 s"):
            HassApi(f"http://127.0.0.1:{listener.getsockname()[1]}", "t", timeout=1).info()


def test_tls_from_an_unknown_authority():
    cert = trustme.CA().issue_cert("127.0.0.1")
    with serving(handler(), cert) as port:
        with pytest.raises(HassTlsError, match="not trusted"):
            HassApi(f"https://127.0.0.1:{port}", "t").info()


def test_tls_certificate_for_another_name(tmp_path):
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with serving(handler(), ca.issue_cert("ha.example.test")) as port:
        with pytest.raises(HassTlsError, match="for another name"):
            HassApi(f"https://127.0.0.1:{port}", "t", ca_file=str(tmp_path / "ca.pem")).info()


def test_tls_certificate_expired(tmp_path):
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    past = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    cert = ca.issue_cert("127.0.0.1", not_before=past - datetime.timedelta(days=30),
                         not_after=past)
    with serving(handler(), cert) as port:
        with pytest.raises(HassTlsError, match="expired"):
            HassApi(f"https://127.0.0.1:{port}", "t", ca_file=str(tmp_path / "ca.pem")).info()


def test_https_to_a_plain_http_port():
    with serving(handler()) as port:
        with pytest.raises(HassTlsError, match="does not speak https"):
            HassApi(f"https://127.0.0.1:{port}", "t").info()


def test_a_trusted_ca_file_gets_past_tls(tmp_path):
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    with serving(handler(), ca.issue_cert("127.0.0.1")) as port:
        # TLS succeeds; what answers is a router page, which is the next thing reported.
        with pytest.raises(NotHomeAssistantError):
            HassApi(f"https://127.0.0.1:{port}", "t", ca_file=str(tmp_path / "ca.pem")).info()


# -- something answers, but it is not (a working) Home Assistant ----------------------------

@pytest.mark.parametrize("answer", [
    handler(),  # a web page
    handler(404, b"not found", "text/plain"),
    handler(200, b'{"hello": "world"}', "application/json"),
], ids=["html", "404", "other-json"])
def test_not_home_assistant(answer):
    with serving(answer) as port:
        with pytest.raises(NotHomeAssistantError, match="not"):
            HassApi(f"http://127.0.0.1:{port}", "t").info()


@pytest.mark.parametrize("status, error, message", [
    (403, HassAuthError, r"refused this request \(403\).*administrator"),
    (410, RegistrationGoneError, "deleted this app's registration"),
    (429, HassUnavailableError, r"unexpectedly \(HTTP 429\)"),
    (502, HassUnavailableError, "HTTP 502.*starting"),
])
def test_each_status_is_told_apart(status, error, message):
    """homeassistant-api names these only in its errors' text: the status is taken from the
    reply itself, never parsed out of a message."""
    with serving(handler(status, b"", "text/plain")) as port:
        with pytest.raises(error, match=message):
            HassApi(f"http://127.0.0.1:{port}", "t").info()


def test_a_server_error_means_unavailable():
    with serving(handler(503, b"starting", "text/plain")) as port:
        with pytest.raises(HassUnavailableError, match="HTTP 503.*starting") as raised:
            HassApi(f"http://127.0.0.1:{port}", "t").info()
    assert "github" not in str(raised.value).lower()  # not homeassistant-api's own text


# -- a real Home Assistant -------------------------------------------------------------------

@pytest.mark.ha
def test_a_wrong_token(hass_server):
    api = HassApi(hass_server.url, "wrong.token.value")
    with pytest.raises(HassAuthError, match="401.*Security → Long-lived access tokens"):
        api.info()
    with pytest.raises(HassAuthError, match="401"):
        api.entity_registry()  # the websocket API says the same


@pytest.mark.ha
def test_info_and_config_check(hass_server, hass_version):
    api = HassApi(hass_server.url, hass_server.token)
    info = api.info()
    assert info.version == hass_server.version == hass_version
    assert info.location_name == "Test Home"
    assert info.external_url == "https://ha.example.test"
    assert info.internal_url == hass_server.url
    assert info.cloud_url is None and "cloud" not in info.components
    assert "mobile_app" in info.components
    check = api.check_config()
    assert (check.result, check.valid, check.errors) == ("valid", True, None)


@pytest.mark.ha
def test_config_check_reports_errors(fresh_hass):
    config = fresh_hass.config_dir / "configuration.yaml"
    config.write_text(config.read_text() + "sensor:\n  - platform: no_such_platform_xyz\n")
    check = HassApi(fresh_hass.url, fresh_hass.token).check_config()
    # HA files an unknown platform under errors or warnings depending on the kind: show both.
    assert "no_such_platform_xyz" in f"{check.errors} {check.warnings}"


def core_settings_in_storage(hass) -> None:
    """Restart ``hass`` with no core settings in configuration.yaml: HA keeps them itself
    (config_source "default", then "storage"), as on most installs onboarded in HA's UI."""
    hass.stop()
    config = hass.config_dir / "configuration.yaml"
    lines = config.read_text().splitlines()
    start = lines.index("homeassistant:")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
    config.write_text("\n".join(lines[:start] + lines[end:]) + "\n")
    hass.start()


@pytest.mark.ha
def test_set_external_url_is_read_back(fresh_hass):
    core_settings_in_storage(fresh_hass)
    api = HassApi(fresh_hass.url, fresh_hass.token)
    assert api.config()["config_source"] in ("default", "storage")
    assert api.set_external_url("https://withings.example.org") is True
    assert api.info().external_url == "https://withings.example.org"


@pytest.mark.ha
def test_external_url_from_yaml_is_left_alone(hass_server):
    # HA would take it, then lose it at its next restart: nothing is written.
    api = HassApi(hass_server.url, hass_server.token)
    assert api.config()["config_source"] == "yaml"
    assert api.set_external_url("https://withings.example.org") is False
    assert api.info().external_url == "https://ha.example.test"


@pytest.mark.ha
def test_entity_ids_registry_and_rename(fresh_hass):
    api = HassApi(fresh_hass.url, fresh_hass.token)
    created = api.ws({"type": "input_boolean/create", "name": "Test flag"})
    assert created["id"] == "test_flag"
    assert "input_boolean.test_flag" in api.states_entity_ids()
    registry = {e["entity_id"]: e for e in api.entity_registry()}
    assert registry["input_boolean.test_flag"]["platform"] == "input_boolean"

    # A bare REST state holds the new id: it is cleared, then the rename works.
    fresh_hass.rest("POST", "/api/states/input_boolean.renamed_flag", {"state": "x"})
    api.rename_entity("input_boolean.test_flag", "input_boolean.renamed_flag")
    entries = api.registry_entries(["input_boolean.renamed_flag", "input_boolean.test_flag"])
    assert entries["input_boolean.test_flag"] is None
    assert entries["input_boolean.renamed_flag"]["platform"] == "input_boolean"
    assert fresh_hass.states()["input_boolean.renamed_flag"]["state"] == "off"

    # A registry entity holding the id is never touched.
    api.ws({"type": "input_boolean/create", "name": "Other"})
    with pytest.raises(HassCommandError, match="already belongs to another entity"):
        api.rename_entity("input_boolean.other", "input_boolean.renamed_flag")
    assert fresh_hass.states()["input_boolean.renamed_flag"]["state"] == "off"



@pytest.mark.ha
def test_a_refused_websocket_command_says_why(hass_server):
    api = HassApi(hass_server.url, hass_server.token)
    with pytest.raises(HassCommandError) as raised:
        api.ws({"type": "config/entity_registry/update", "entity_id": "sensor.nope_nothing",
                "new_entity_id": "sensor.other"})
    assert raised.value.code == "not_found"


@pytest.mark.ha
def test_delete_state_says_whether_there_was_one(hass_server):
    hass_server.rest("POST", "/api/states/sensor.client_test", {"state": "12.5"})
    api = HassApi(hass_server.url, hass_server.token)
    assert "sensor.client_test" in api.states_entity_ids()
    assert api.delete_state("sensor.client_test") is True
    assert "sensor.client_test" not in api.states_entity_ids()
    assert api.delete_state("sensor.client_test") is False
