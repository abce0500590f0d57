"""The push listener as a QProcess child: its lines as signals, restarts with backoff."""

from __future__ import annotations

import json

import pytest
import requests
from hypothesis import HealthCheck, given, settings, strategies as st

from withings_gui.core.messages import Message
from withings_gui.core.secrets import HA_TOKEN
from withings_gui.gui.listen_process import ListenProcess

pytestmark = pytest.mark.gui

CHILD_MS = 60_000  # a Python start-up on a loaded machine, a websocket, a Withings check


@pytest.fixture
def listener(qtbot, demo):
    process = ListenProcess(demo.ctx, first_backoff_s=0.05, max_backoff_s=0.2)
    yield process
    process.stop()


def with_push(demo, hass) -> str:
    """Settings for push on this HA; the webhook id the child will use."""
    demo.ctx.secrets.set(HA_TOKEN, hass.token)
    demo.ctx.update_config(lambda config: (
        setattr(config, "ha_url", hass.url),
        setattr(config, "callback_url", f"{hass.url}/auth/external/callback")))


def test_a_child_that_gives_up_is_started_again_later_each_time(qtbot, listener):
    reasons = []
    listener.unavailable.connect(reasons.append)
    listener.start()  # the demo has no Home Assistant: each child says so and exits
    qtbot.waitUntil(lambda: len(reasons) >= 3, timeout=3 * CHILD_MS)
    assert all("Home Assistant is not set up" in str(reason) for reason in reasons)
    assert listener.backoff_s == 0.2  # 0.05, 0.1, 0.2: doubled, then capped


def test_stop_ends_the_child_and_every_restart(qtbot, listener):
    listener.start()
    assert listener.running
    listener.stop()
    assert not listener.running and not listener.restart_pending
    with qtbot.assertNotEmitted(listener.unavailable, wait=300):
        pass


@pytest.mark.hostile("listener lines that are not its events")
@given(st.one_of(st.text(max_size=200),
                 st.dictionaries(st.text(max_size=10),
                                 st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                                 max_size=5).map(json.dumps),
                 st.sampled_from(['{"event": "notified", "profile": "a", "appli": "1"}',
                                  '{"event": "notified", "profile": 5, "appli": 1}',
                                  '{"event": "subscribed"}', '[1, 2]', 'null',
                                  '{"event": "subscribed", "profile": "a", "ok": false, '
                                  '"message": "m", "text": {"context": 1}}',
                                  '{"event": "subscribed", "text": {"context": "c", '
                                  '"source": "{a} {", "values": [1]}}',
                                  '{"event": "unavailable", "reason": "r", "text": 5}'])))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_any_line_is_an_event_or_ignored(qtbot, demo, line):
    process = ListenProcess(demo.ctx)
    seen = []
    for signal in (process.listening, process.subscribed, process.notified):
        signal.connect(lambda *args: seen.append(args))
    process._take(line)
    for args in seen:
        assert all(isinstance(arg, (str, bool, int, Message)) for arg in args)
        assert all(str(arg) is not None for arg in args)  # a Message always renders
    if seen and len(seen[0]) == 2 and isinstance(seen[0][1], int):
        assert json.loads(line)["appli"] == seen[0][1]


@pytest.mark.ha
def test_listening_then_a_notification_from_home_assistant(qtbot, listener, demo, hass_server):
    with_push(demo, hass_server)
    with qtbot.waitSignal(listener.listening, timeout=CHILD_MS) as listening:
        listener.start()
    assert listening.args == [f"{hass_server.url}/api/webhook/***"]
    assert listener.is_listening
    demo.ctx.reload_config()
    webhook_id = demo.ctx.config.push_webhook_id
    userid = demo.ctx.config.profiles["alice"].withings_userid
    with qtbot.waitSignal(listener.notified, timeout=CHILD_MS) as notified:
        requests.post(f"{hass_server.url}/api/webhook/{webhook_id}",
                      data={"userid": userid, "appli": "1"}, timeout=10)
    assert notified.args == ["alice", 1]
