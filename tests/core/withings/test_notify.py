"""The Notify service against the simulated cloud, and against replies nobody should send."""

import http.server
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.withings.conftest import alice
from tests.support.callback_server import CallbackRecorder, callback_server
from tests.support.local_server import local_server
from withings_gui.core.withings import notify
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import WithingsError
from withings_gui.demo.cloud import DEMO_CLIENT_ID


@pytest.fixture
def client(endpoints, tokens, clock):
    with WithingsClient(endpoints, tokens, clock, timeout=5) as client:
        yield client


def test_subscribe_list_get_revoke(client, cloud):
    with callback_server(CallbackRecorder()) as callback:
        notify.subscribe(client, callback.url, 1)
        notify.subscribe(client, callback.url, 44)
        assert callback.heads == 2  # Withings checks the address before each subscription
        found = notify.list_subscriptions(client)
        assert {(s.appli, s.callbackurl, s.comment) for s in found} == {
            (1, callback.url, notify.COMMENT), (44, callback.url, notify.COMMENT)}
        assert [s.appli for s in notify.list_subscriptions(client, 44)] == [44]
        assert notify.get_subscription(client, callback.url, 44).callbackurl == callback.url
        assert notify.get_subscription(client, callback.url, 16) is None
        assert notify.revoke(client, callback.url, 44) is True
        assert notify.revoke(client, callback.url, 44) is False  # 294: nothing to revoke
        assert [s.appli for s in notify.list_subscriptions(client)] == [1]
    sent = [r for r in cloud.requests if r.path == "/notify"]
    assert client.request_count == len(sent) == 9


def test_a_callback_that_fails_the_head_check_is_refused_with_a_clear_message(client, cloud):
    with callback_server(CallbackRecorder(head_code=404)) as callback:
        with pytest.raises(notify.CallbackRefusedError) as caught:
            notify.subscribe(client, callback.url, 1)
    assert callback.heads == 1
    assert caught.value.status == 293 and "\n" not in str(caught.value)
    assert "HEAD" in str(caught.value)
    assert notify.list_subscriptions(client) == []


def test_the_list_shows_other_programs_subscriptions_too(client, cloud):
    theirs = "https://ha.example.com/api/webhook/their-own-id"
    cloud.notifications.put(DEMO_CLIENT_ID, alice(cloud), theirs, 1, "home assistant")
    assert notify.list_subscriptions(client) == [
        notify.Subscription(1, theirs, "home assistant", 2147483647)]


def serving(reply: bytes):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)
    return local_server(Handler)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3), max_leaves=10)
entries = st.fixed_dictionaries({}, optional={
    "appli": st.integers(-5, 100) | st.text(max_size=4) | st.none() | st.booleans(),
    "callbackurl": st.text(max_size=30) | st.integers() | st.none(),
    "comment": json_values, "expires": json_values})
list_bodies = st.one_of(
    st.builds(lambda profiles: {"status": 0, "body": {"profiles": profiles}},
              st.lists(entries | json_values, max_size=5)),
    st.builds(lambda body: {"status": 0, "body": body}, json_values),
    st.builds(lambda status: {"status": status, "body": {}}, st.integers(-3, 3000)))


@pytest.mark.hostile("notify list replies")
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reply=list_bodies | st.binary(max_size=40).map(lambda b: {"raw": b.hex()}))
def test_any_list_reply_gives_subscriptions_or_a_named_error(reply, tokens, clock, cloud):
    with serving(json.dumps(reply).encode()) as server:
        endpoints = Endpoints(cloud.url, f"http://127.0.0.1:{server.server_address[1]}")
        with WithingsClient(endpoints, tokens, clock, timeout=5) as client:
            try:
                found = notify.list_subscriptions(client)
            except WithingsError as exc:
                assert str(exc) and "\n" not in str(exc)
                return
    for sub in found:
        assert isinstance(sub.appli, int) and not isinstance(sub.appli, bool)
        assert isinstance(sub.callbackurl, str) and sub.callbackurl
        assert isinstance(sub.comment, str)


@pytest.mark.hostile("garbage notify replies")
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=60))
def test_garbage_replies_to_subscribe_are_a_named_error(raw, tokens, clock, cloud):
    with serving(raw) as server:
        endpoints = Endpoints(cloud.url, f"http://127.0.0.1:{server.server_address[1]}")
        with WithingsClient(endpoints, tokens, clock, timeout=5) as client:
            try:
                notify.subscribe(client, "https://ha.example.com/api/webhook/x", 1)
            except WithingsError as exc:
                assert str(exc) and "\n" not in str(exc)
