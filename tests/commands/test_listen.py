"""``withings-gui listen --json``: the push listener child, against a real Home Assistant."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading

import pytest
import requests

from withings_gui.core.context import AppContext
from withings_gui.core.messages import Message

LINE_TIMEOUT = 60  # a child's start on a loaded machine
# Shaped like a long-lived access token (a JWT), valid for no Home Assistant.
SOME_TOKEN = "eyJhbGciOiJIUzI1NiJ9." + "a" * 40 + "." + "b" * 43


class Listener:
    """A running ``listen --json`` child; ``next_event`` waits on its next line."""

    def __init__(self, cli) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "withings_gui", "listen", "--json"], env=cli.env(),
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.printed: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.printed.append(line)
            self.lines.put(line)

    def next_event(self) -> dict:
        return json.loads(self.lines.get(timeout=LINE_TIMEOUT))

    def stop(self) -> str:
        self.process.kill()
        _, err = self.process.communicate(timeout=30)
        return err


def push_settings(cli, hass, login: bool = False) -> AppContext:
    """Settings whose callback URL is on HA's own address (a "public" one for the app; the
    simulated cloud only calls this machine), set after the login (which uses the one the
    simulated cloud knows)."""
    cli.configure(ha_url=hass.url, ha_token=hass.token)
    if login:
        cli.login("alice", "Alice")
    ctx = AppContext.open(str(cli.config_dir))
    ctx.update_config(lambda config: setattr(
        config, "callback_url", f"{hass.url}/auth/external/callback"))
    return ctx


def test_home_network_only_is_unavailable_and_says_why(cli, hass_stub_url):
    cli.configure(ha_url=hass_stub_url, ha_token=SOME_TOKEN)  # the callback: the helper's public
    ctx = AppContext.open(str(cli.config_dir))
    ctx.update_config(lambda config: setattr(
        config, "callback_url", "https://my.home-assistant.io/redirect/oauth"))
    result = cli.run("listen", "--json")
    [event] = [json.loads(line) for line in result.stdout.splitlines()]
    text = Message.from_json(event.pop("text"))  # what the tray shows, translated
    assert event == {"event": "unavailable", "reason": "Home Assistant is reachable only on "
                                                       "the home network, so Withings cannot "
                                                       "send it notifications; checking on the "
                                                       "sync interval instead."}
    assert text.english() == event["reason"]


def test_without_home_assistant_it_is_unavailable(cli):
    result = cli.run("listen", "--json")
    assert json.loads(result.stdout)["event"] == "unavailable"
    assert "not set up" in json.loads(result.stdout)["reason"]


def test_home_assistant_down_is_unavailable_in_one_line(cli, hass_stub_url):
    cli.configure(ha_url=hass_stub_url, ha_token=SOME_TOKEN)  # nothing listens there
    result = cli.run("listen", "--json")
    event = json.loads(result.stdout)
    assert event["event"] == "unavailable" and "Nothing answers" in event["reason"]
    assert result.returncode == 0 and "Traceback" not in result.stderr


@pytest.fixture
def hass_stub_url():
    """An address where nothing listens (a port just closed)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.ha
def test_a_post_to_the_webhook_is_one_notified_line(cli, cloud, hass_server):
    ctx = push_settings(cli, hass_server, login=True)
    userid = ctx.config.profiles["alice"].withings_userid
    listener = Listener(cli)
    try:
        listening = listener.next_event()
        assert listening["event"] == "listening"
        assert listening["callback"] == f"{hass_server.url}/api/webhook/***"
        subscribed = listener.next_event()
        assert subscribed["event"] == "subscribed" and subscribed["profile"] == "alice"
        webhook_id = AppContext.open(str(cli.config_dir)).config.push_webhook_id
        url = f"{hass_server.url}/api/webhook/{webhook_id}"
        for form in ({"userid": "999", "appli": "1"},            # nobody of ours
                     {"userid": userid, "appli": "77"},          # no category we read
                     {"userid": userid, "appli": "44", "startdate": "1", "enddate": "2"}):
            assert requests.post(url, data=form, timeout=10).status_code == 200
        assert listener.next_event() == {"event": "notified", "profile": "alice", "appli": 44}
    finally:
        stderr = listener.stop()
    printed = "".join(listener.printed) + stderr
    assert webhook_id not in printed
    assert webhook_id not in ctx.paths.log_file.read_text()


@pytest.mark.ha
def test_home_assistant_stopping_ends_it_unavailable(cli, cloud, fresh_hass):
    push_settings(cli, fresh_hass)
    listener = Listener(cli)
    try:
        assert listener.next_event()["event"] == "listening"
        assert listener.next_event()["event"] == "subscribed"
        fresh_hass.stop()
        gone = listener.next_event()
        assert gone["event"] == "unavailable"
        assert gone["reason"].startswith("Home Assistant's webhook stopped: ")
        assert "not JSON" not in gone["reason"] and "not like" not in gone["reason"]
        assert listener.process.wait(timeout=LINE_TIMEOUT) == 0
    finally:
        listener.stop()
