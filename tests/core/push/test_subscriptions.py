"""Our subscriptions against the simulated cloud (and a hostile list server): made where
missing, checked daily, removed on request, and never another program's touched."""

import http.server
import json
from urllib.parse import parse_qsl

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.callback_server import CallbackRecorder, callback_server
from tests.support.demo_sync import clock, cloud, session  # noqa: F401 (fixtures)
from tests.support.local_server import local_server
from withings_gui.core.push.categories import APPLIS
from withings_gui.core.push.subscriptions import (CHECK_EVERY, RETRY_AFTER_FAILURE, is_stale_ours,
                                                  reconcile, reconcile_profiles, revoke_ours,
                                                  same_address)
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import WithingsError
from withings_gui.core.withings.tokens import TokenManager
from withings_gui.demo.cloud import DEMO_CLIENT_ID

HA_OWN = "https://ha.example.com/api/webhook/7f3ad0c1e2b94d5a8c6e1f2a3b4c5d6e"


def userid(cloud, name="Alice"):
    return next(uid for uid, u in cloud.users.items() if u.name == name)


def client_for(session, clock, slug="alice"):
    ctx = session.ctx
    return WithingsClient(ctx.endpoints, TokenManager(ctx.endpoints, ctx.config.client_id,
                                                      ctx.secrets, ctx.paths, slug, clock),
                          clock)


def listed(cloud, who="Alice"):
    return {(entry["appli"], entry["callbackurl"])
            for entry in cloud.notifications.list(DEMO_CLIENT_ID, userid(cloud, who))}


@pytest.fixture
def callback():
    with callback_server(CallbackRecorder()) as recorder:
        yield recorder


def test_reconcile_subscribes_what_is_missing_and_leaves_others_alone(session, cloud, clock,
                                                                      callback):
    cloud.notifications.put(DEMO_CLIENT_ID, userid(cloud), HA_OWN, 1, "Home Assistant")
    cloud.notifications.put(DEMO_CLIENT_ID, userid(cloud), callback.url, 44)
    with client_for(session, clock) as client:
        report = reconcile(client, callback.url, clock(), "alice")
    assert report.ok and report.subscribed == (1, 4, 16)
    assert report.requests == 4  # one list, three subscriptions
    assert listed(cloud) == {(1, HA_OWN)} | {(appli, callback.url) for appli in APPLIS}
    with client_for(session, clock) as client:
        again = reconcile(client, callback.url, clock(), "alice")
    assert again.ok and again.subscribed == () and again.requests == 1


def test_a_stale_subscription_of_ours_goes_when_the_public_address_changed(session, cloud,
                                                                           clock, callback):
    old = "https://old.example.com" + callback.url.split(str(cloud_port(callback)))[1]
    cloud.notifications.put(DEMO_CLIENT_ID, userid(cloud), old, 1)
    cloud.notifications.put(DEMO_CLIENT_ID, userid(cloud), HA_OWN, 1)
    with client_for(session, clock) as client:
        report = reconcile(client, callback.url, clock())
    assert report.revoked == (1,)
    assert (1, old) not in listed(cloud) and (1, HA_OWN) in listed(cloud)


def cloud_port(recorder):
    return recorder.url.split(":")[2].split("/")[0]


def test_revoke_ours_removes_ours_only(session, cloud, clock, callback):
    cloud.notifications.put(DEMO_CLIENT_ID, userid(cloud), HA_OWN, 1)
    with client_for(session, clock) as client:
        reconcile(client, callback.url, clock())
        assert revoke_ours(client, callback.url) == APPLIS
    assert listed(cloud) == {(1, HA_OWN)}


def test_a_refused_push_address_is_one_clear_line_and_retried_within_the_hour(session, cloud,
                                                                              clock):
    with callback_server(CallbackRecorder(head_code=404)) as refusing:
        [report] = reconcile_profiles(session.ctx, refusing.url, clock(), clock)
        assert not report.ok and report.checked and "HEAD" in report.message
        assert "\n" not in report.message
        clock.advance(RETRY_AFTER_FAILURE - 60)
        [later] = reconcile_profiles(session.ctx, refusing.url, clock(), clock)
        assert later.checked is False and later.ok is False
        clock.advance(120)
        [retried] = reconcile_profiles(session.ctx, refusing.url, clock(), clock)
    assert retried.checked
    assert refusing.heads == 2


def test_subscriptions_are_checked_once_a_day(session, cloud, clock, callback):
    def lists():
        return cloud.request_count("/notify", "list")

    [first] = reconcile_profiles(session.ctx, callback.url, clock(), clock)
    assert first.ok and first.checked and lists() == 1
    for _ in range(23):
        clock.advance(3600)
        [report] = reconcile_profiles(session.ctx, callback.url, clock(), clock)
        assert report.ok and not report.checked
    assert lists() == 1
    # Someone (Home Assistant's integration, say) revoked everything meanwhile.
    for appli in APPLIS:
        cloud.notifications.revoke(DEMO_CLIENT_ID, userid(cloud), callback.url, appli)
    clock.advance(3600)
    [daily] = reconcile_profiles(session.ctx, callback.url, clock(), clock)
    assert daily.checked and daily.subscribed == APPLIS and lists() == 2


def test_a_forced_check_remakes_what_home_assistant_revoked(session, cloud, clock, callback):
    reconcile_profiles(session.ctx, callback.url, clock(), clock)
    for appli in APPLIS:  # HA's integration starting with the same Client Id
        cloud.notifications.revoke(DEMO_CLIENT_ID, userid(cloud), callback.url, appli)
    clock.advance(60)
    [report] = reconcile_profiles(session.ctx, callback.url, clock(), clock, force=True)
    assert report.checked and report.subscribed == APPLIS


def test_a_new_push_address_is_checked_at_once(session, cloud, clock, callback):
    reconcile_profiles(session.ctx, callback.url, clock(), clock)
    with callback_server(CallbackRecorder(), "/api/webhook/" + "a" * 32) as other:
        [report] = reconcile_profiles(session.ctx, other.url, clock() + 60, clock)
    assert report.checked and report.subscribed == APPLIS


def test_a_profile_without_a_login_is_reported_not_asked(session, cloud, clock, callback):
    session.ctx.update_config(lambda c: c.profiles.setdefault(
        "bob", type(c.profiles["alice"])("bob")))
    reports = {r.profile: r
               for r in reconcile_profiles(session.ctx, callback.url, clock(), clock)}
    assert reports["alice"].ok
    assert not reports["bob"].ok and reports["bob"].message == "not logged in to Withings"


def test_the_check_state_lives_in_the_profiles_sync_state(session, cloud, clock, callback):
    reconcile_profiles(session.ctx, callback.url, clock(), clock)
    saved = session.ctx.store.cursors("alice")
    assert saved["push_ok"] is True
    assert saved["push_next_check"] == pytest.approx(clock() + CHECK_EVERY)
    assert callback.url not in json.dumps(saved)  # a digest: the address holds a secret


# -- a hostile list ---------------------------------------------------------------------------

OURS = "https://ha.example.com/api/webhook/" + "c" * 32

urls = st.one_of(
    st.sampled_from([HA_OWN, "https://ha.example.com/api/webhook/" + "c" * 31,
                     "https://ha.example.com/api/webhook/" + "C" * 32,
                     "https://ha.example.com/api/webhooks/" + "c" * 32,
                     "https://ha.example.com/x/api/webhook/" + "c" * 32,
                     "https://ha.example.com/api/webhook/" + "c" * 32 + "/more",
                     "https://ha.example.com/api/webhook/" + "c" * 32 + "?x=1",
                     "", "not a url", "https://[::1", "http://"]),
    st.text(max_size=40)).filter(lambda url: not same_address(url, OURS)
                                 and not is_stale_ours(url, OURS))
entries = st.fixed_dictionaries({"appli": st.sampled_from([1, 4, 16, 44, 50, 51, 54, "1", None]),
                                 "callbackurl": urls, "comment": st.text(max_size=5)})


@pytest.mark.hostile("notify list replies with others' subscriptions")
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(theirs=st.lists(entries, max_size=8), ours=st.sets(st.sampled_from(APPLIS)),
       refuse=st.sampled_from([None, 293, 601, 2555]))
def test_nothing_in_a_list_reply_makes_us_touch_another_subscription(theirs, ours, refuse,
                                                                     session, clock):
    calls = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):  # noqa: N802
            form = dict(parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
            calls.append(form)
            if form["action"] == "list":
                profiles = theirs + [{"appli": a, "callbackurl": OURS} for a in ours]
                reply = {"status": 0, "body": {"profiles": profiles}}
            else:
                reply = {"status": refuse or 0, "body": {}}
            body = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with local_server(Handler) as server:
        ctx = session.ctx
        endpoints = Endpoints(ctx.endpoints.auth_url,
                              f"http://127.0.0.1:{server.server_address[1]}")
        tokens = TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths,
                              "alice", clock)
        with WithingsClient(endpoints, tokens, clock, timeout=5) as client:
            try:
                reconcile(client, OURS, clock())
            except WithingsError as exc:
                assert refuse is not None and "\n" not in str(exc)
            try:
                revoke_ours(client, OURS)
            except WithingsError:
                assert refuse is not None
    changes = [call for call in calls if call["action"] != "list"]
    assert all(call["callbackurl"] == OURS for call in changes)
    assert {int(c["appli"]) for c in changes if c["action"] == "subscribe"} <= \
        set(APPLIS) - ours
