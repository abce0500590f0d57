"""What homeassistant-api, the library the design asks for, can do for us on each supported
Home Assistant release: the reproduction behind docs/HOME_ASSISTANT_API.md.

Each test states the library's behaviour as it is today. When a release of the library
changes one, its test fails, and the hand-written part it justifies in
``withings_gui/core/hass`` can be reconsidered.
"""

import inspect

import homeassistant_api
import pydantic
import pytest
from homeassistant_api.errors import (InternalServerError, ResponseError,
                                      UnexpectedStatusCodeError)

from tests.core.hass.test_client import handler, serving

# What each release's registry entries lack of what the library's model requires.
REGISTRY_FIELDS_MISSING = {"2024.3.3": {"created_at", "modified_at"},
                           "2026.11.0": {"has_entity_name"}}


def rest_client(server) -> homeassistant_api.Client:
    return homeassistant_api.Client(f"{server.url}/api", server.token)


def websocket_client(server) -> homeassistant_api.WebsocketClient:
    return homeassistant_api.WebsocketClient(f"{server.url}/api/websocket", server.token)


# -- what it serves --------------------------------------------------------------------------

@pytest.mark.ha
def test_it_serves_the_rest_calls_the_app_makes_through_it(hass_server, hass_version):
    hass_server.rest("POST", "/api/states/sensor.library_probe", {"state": "4.5"})
    client = rest_client(hass_server)
    assert client.check_api_running() is True
    assert client.get_config()["version"] == hass_version
    states = {state.entity_id: state for state in client.get_states()}
    assert states["sensor.library_probe"].state == "4.5"


# -- where it cannot serve, and the app does it by hand ----------------------------------------

@pytest.mark.ha
def test_its_config_check_keeps_only_valid_or_not(hass_server):
    reply = hass_server.rest("POST", "/api/config/core/check_config").json()
    assert {"result", "errors"} <= set(reply)  # HA names what is wrong...
    assert rest_client(hass_server).check_api_config() is True  # ...the library: a bool


@pytest.mark.parametrize("statuses, error", [
    ((403, 410), UnexpectedStatusCodeError),
    ((500, 503), InternalServerError),
])
def test_its_errors_name_the_http_status_only_in_their_text(statuses, error):
    raised = []
    for status in statuses:
        with serving(handler(status, b"", "text/plain")) as port:
            with pytest.raises(error) as failure:
                homeassistant_api.Client(f"http://127.0.0.1:{port}/api", "t").get_config()
        raised.append(failure.value)
    for status, exc in zip(statuses, raised):
        assert str(status) in str(exc)
        assert status not in vars(exc).values()  # no attribute holds it


def test_it_models_neither_mobile_app_nor_deleting_a_state():
    source = inspect.getsource(homeassistant_api.Client)
    assert "webhook" not in source and "mobile_app" not in source
    assert "DELETE" not in source


@pytest.mark.ha
def test_its_websocket_cannot_read_the_entity_registry(hass_server, hass_version):
    with websocket_client(hass_server) as ws:
        assert ws.get_config()["version"] == hass_version  # connecting works; reading does not
        with pytest.raises(pydantic.ValidationError) as failure:
            ws.list_entity_registry()
    missing = {error["loc"][-1] for error in failure.value.errors()}
    assert missing == REGISTRY_FIELDS_MISSING[hass_version]


@pytest.mark.ha
def test_its_registry_update_is_applied_and_then_reported_as_failed(hass_server):
    entity_id = hass_server.ws({"type": "input_boolean/create", "name": "Library probe"})["id"]
    entity_id = f"input_boolean.{entity_id}"
    with websocket_client(hass_server) as ws:
        with pytest.raises(pydantic.ValidationError):
            ws.update_entity_registry_entry({"entity_id": entity_id, "name": "Renamed"})
    entry = [e for e in hass_server.entity_registry() if e["entity_id"] == entity_id]
    assert entry[0]["name"] == "Renamed"  # HA did it; the caller was told it failed


@pytest.mark.ha
def test_its_websocket_errors_carry_ha_error_code_only_in_their_text(hass_server):
    with websocket_client(hass_server) as ws:
        with pytest.raises(ResponseError) as failure:
            ws.update_entity_registry_entry({"entity_id": "sensor.no_such_entity", "name": "x"})
    assert str(failure.value).startswith("[not_found]")
    assert "not_found" not in vars(failure.value).values()


def test_its_websocket_has_no_call_for_the_commands_the_app_sends():
    source = inspect.getsource(homeassistant_api.WebsocketClient)
    for command in ("config/entity_registry/get_entries", "config/core/update",
                    "cloud/status"):
        assert command not in source
