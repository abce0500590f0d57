"""The simulated cloud's Notify service over real HTTP: the HEAD check, per-user and
per-application subscriptions, and notifications POSTed with Withings' retries."""

import threading

import pytest

from tests.demo.conftest import api, login, user_id
from tests.support.callback_server import CallbackRecorder, callback_server
from withings_gui.demo.cloud import DEMO_CLIENT_ID, SimulatedCloud
from withings_gui.demo.notifications import RETRY_CYCLES, NotificationHub


def subscribe(cloud, token, url, appli=1):
    return api(cloud, "/notify", "subscribe", token, callbackurl=url, appli=appli,
               comment="test")


def test_subscribe_is_refused_when_the_callback_does_not_answer_200(cloud):
    token = login(cloud)["access_token"]
    with callback_server(CallbackRecorder(head_code=404)) as callback:
        reply = subscribe(cloud, token, callback.url)
    assert reply["status"] == 293 and callback.heads == 1
    assert api(cloud, "/notify", "list", token)["body"] == {"profiles": []}


def test_a_callback_on_another_host_is_refused_without_a_request():
    hub = NotificationHub()
    assert not hub.subscribe(DEMO_CLIENT_ID, 1, "https://ha.example.com/api/webhook/x", 1, "")


def test_subscriptions_belong_to_a_user_and_an_application(cloud):
    alice, bob = login(cloud)["access_token"], login(cloud, "Bob")["access_token"]
    with callback_server(CallbackRecorder()) as callback:
        assert subscribe(cloud, alice, callback.url, 44)["status"] == 0
        assert subscribe(cloud, alice, callback.url, 44)["status"] == 0  # no duplicate
    listed = api(cloud, "/notify", "list", alice)["body"]["profiles"]
    assert [(p["appli"], p["callbackurl"], p["comment"]) for p in listed] == [
        (44, callback.url, "test")]
    assert api(cloud, "/notify", "list", bob)["body"]["profiles"] == []
    got = api(cloud, "/notify", "get", alice, callbackurl=callback.url, appli=44)
    assert got["status"] == 0 and got["body"]["callbackurl"] == callback.url
    assert api(cloud, "/notify", "revoke", bob, callbackurl=callback.url,
               appli=44)["status"] == 294
    assert api(cloud, "/notify", "revoke", alice, callbackurl=callback.url,
               appli=44)["status"] == 0
    assert api(cloud, "/notify", "list", alice)["body"]["profiles"] == []


def test_new_data_is_posted_as_withings_form(cloud, clock):
    token = login(cloud)["access_token"]
    with callback_server(CallbackRecorder()) as callback:
        subscribe(cloud, token, callback.url, 1)
        subscribe(cloud, token, callback.url, 4)
        date = int(clock()) - 30
        cloud.add_measure_group(user_id(cloud, "Alice"), date, [(1, 71.2)])
        cloud.add_measure_group(user_id(cloud, "Bob"), date, [(1, 80.0)])  # not subscribed
        cloud.add_measure_group(user_id(cloud, "Alice"), date, [(9, 80), (10, 120), (11, 60)])
        assert callback.wait_for(2)
    userid = str(user_id(cloud, "Alice"))
    assert sorted(callback.accepted, key=lambda form: form["appli"]) == [
        {"userid": userid, "appli": "1", "startdate": str(date), "enddate": str(date)},
        {"userid": userid, "appli": "4", "startdate": str(date), "enddate": str(date)}]


def test_a_failing_callback_is_retried_on_withings_schedule():
    hub = NotificationHub(time_scale=0.0005)
    try:
        with callback_server(CallbackRecorder(failures=3)) as callback:
            hub.put(DEMO_CLIENT_ID, 7, callback.url, 44)
            assert hub.new_data(7, 44, 100, 200) == 1
            assert callback.wait_for(1)
        # Two tries a cycle: both of the first fail, the retry after 10 s fails once and
        # then gets through.
        assert [(d.cycle, d.outcome) for d in hub.deliveries] == [
            (0, 500), (0, 500), (1, 500), (1, 200)]
        assert callback.accepted == [{"userid": "7", "appli": "44", "startdate": "100",
                                      "enddate": "200"}]
    finally:
        hub.stop()


def test_a_callback_that_never_answers_gets_five_cycles_then_none():
    hub = NotificationHub(time_scale=0.00005)
    try:
        with callback_server(CallbackRecorder(failures=100, fail_code=404)) as callback:
            hub.put(DEMO_CLIENT_ID, 7, callback.url, 1)
            hub.new_data(7, 1, 100, 100)
            with callback.changed:
                assert callback.changed.wait_for(
                    lambda: len(callback.posts) >= 2 * len(RETRY_CYCLES), 20)
            hub.stop()
        assert [d.cycle for d in hub.deliveries] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    finally:
        hub.stop()


def test_stop_ends_the_wait_for_a_retry():
    hub = NotificationHub(time_scale=1.0)  # a real 10 s before the first retry
    with callback_server(CallbackRecorder(failures=2)) as callback:
        hub.put(DEMO_CLIENT_ID, 7, callback.url, 1)
        hub.new_data(7, 1, 100, 100)
        with callback.changed:
            assert callback.changed.wait_for(lambda: len(callback.posts) == 2, 10)
        stopped = threading.Event()
        threading.Thread(target=lambda: (hub.stop(), stopped.set()), daemon=True).start()
        assert stopped.wait(5)
    assert len(hub.deliveries) == 2


def test_scripted_weigh_ins_are_notified_without_anyone_asking(clock):
    with SimulatedCloud(seed=1, clock=clock, live_interval=60) as cloud:
        token = login(cloud)["access_token"]
        with callback_server(CallbackRecorder()) as callback:
            subscribe(cloud, token, callback.url, 1)
            clock.advance(61)
            assert callback.wait_for(1)
    assert callback.accepted[0]["appli"] == "1"
    assert callback.accepted[0]["userid"] == str(user_id(cloud, "Alice"))


@pytest.mark.ha
def test_home_assistant_answers_for_a_webhook_nobody_listens_to(hass_server):
    """Real HA, no listener for the id: it answers Withings' HEAD check and the POST with
    200 all the same (it never says which ids exist), so a subscription is accepted and a
    notification counts as delivered while the tray is not listening. Hence the tray's
    hourly safety pass."""
    hub = NotificationHub(time_scale=0.001)
    url = f"{hass_server.url}/api/webhook/{'e' * 32}"
    try:
        assert hub.subscribe(DEMO_CLIENT_ID, 7, url, 1, "test")
        hub.new_data(7, 1, 100, 100)
        assert hub.wait_for_deliveries(1, timeout=20)
    finally:
        hub.stop()
    assert [(d.cycle, d.outcome) for d in hub.deliveries] == [(0, 200)]
