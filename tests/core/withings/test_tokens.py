"""Refresh-token rotation: saved before use, one refresh at a time, even across processes."""

import hashlib
import json
import logging
import subprocess
import sys
import threading

import filelock
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from tests.core.withings.conftest import alice, log_in
from tests.core.withings.token_replies import good_reply, replies, reply_bytes, token_endpoint
from tests.support.clock import FakeClock
from tests.support.small_disk import fill, free, make_read_only, make_writable, small_disk
from withings_gui.core.logs import setup_logging
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import CLIENT_SECRET, SecretStore, SecretStoreError, token_key
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import (AuthRevokedError, RateLimitedError,
                                               WithingsError, WithingsNetworkError,
                                               WithingsServerError)
from withings_gui.core.withings.oauth import (IncompleteTokenReplyError, TokenSet,
                                              refresh_tokens)
from withings_gui.core.withings.tokens import TokenManager
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

LIFETIME = 3 * 3600


def stored(secrets):
    return json.loads(secrets.get(token_key("alice")))


def test_fresh_token_is_used_without_refresh(tokens, cloud, secrets, clock):
    clock.advance(LIFETIME - 601)  # just outside the 10-minute margin
    assert tokens.access_token() == stored(secrets)["access_token"]
    assert tokens.refresh_count == 0 and cloud.tokens.refresh_count == 0


def test_expiring_token_is_refreshed_and_rotation_saved_before_use(tokens, cloud, clock,
                                                                   secrets):
    before = stored(secrets)
    clock.advance(LIFETIME - 599)  # inside the 10-minute margin
    access = tokens.access_token()
    after = stored(secrets)
    assert access == after["access_token"] != before["access_token"]
    assert after["refresh_token"] != before["refresh_token"]
    assert after["expires_at"] == clock.now + LIFETIME
    assert tokens.refresh_count == 1 and cloud.tokens.refresh_count == 1
    assert tokens.userid == str(alice(cloud))
    assert tokens.access_token() == access and cloud.tokens.refresh_count == 1


def test_the_old_refresh_token_dies_once_the_new_access_token_is_used(tokens, clock,
                                                                       endpoints, secrets):
    old_refresh = stored(secrets)["refresh_token"]
    clock.advance(LIFETIME)
    with WithingsClient(endpoints, tokens, clock) as client:
        client.get_goals()  # refresh + first use of the new token
    with pytest.raises(AuthRevokedError, match="invalid refresh_token"):
        refresh_tokens(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, old_refresh, clock)


def test_a_second_manager_uses_the_saved_rotation(tokens, cloud, clock, endpoints, secrets,
                                                  paths):
    other = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "alice", clock)
    clock.advance(LIFETIME)
    first = tokens.access_token()
    assert other.access_token() == first
    assert cloud.tokens.refresh_count == 1 and other.refresh_count == 0


class SignallingStore(SecretStore):
    """The real store, telling the test when a profile's tokens were first read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tokens_read = threading.Event()

    def get(self, name):
        value = super().get(name)
        if name == token_key("alice"):
            self.tokens_read.set()
        return value


def test_tokens_are_read_again_inside_the_lock(tokens, cloud, clock, endpoints, secrets, paths):
    """A refresh that waited for the lock uses what the lock holder saved, and does not refresh."""
    clock.advance(LIFETIME)
    store = SignallingStore(paths, backend=fail.Keyring())
    waiter = TokenManager(endpoints, DEMO_CLIENT_ID, store, paths, "alice", clock)
    result = {}
    holder = filelock.FileLock(str(paths.token_lock("alice")))
    with holder:  # "another process" is refreshing
        thread = threading.Thread(target=lambda: result.update(token=waiter.access_token()))
        thread.start()
        assert store.tokens_read.wait(10)  # the waiter saw the expired token ...
        old = TokenSet.from_json(secrets.get(token_key("alice")))
        fresh = refresh_tokens(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET,
                               old.refresh_token, clock)
        tokens.save(fresh)  # ... while the lock holder refreshed and saved
    thread.join(30)
    assert not thread.is_alive()
    assert result["token"] == fresh.access_token
    assert waiter.refresh_count == 0 and cloud.tokens.refresh_count == 1


class BrokenTokenStore(SecretStore):
    """The real store, except that writing the tokens fails while ``broken`` is set."""

    broken = False

    def set(self, name, value):
        if self.broken and name == token_key("alice"):
            raise SecretStoreError("The keyring refused to store a secret (locked).")
        super().set(name, value)


def test_a_rotation_that_cannot_be_saved_is_never_used(tokens, cloud, clock, endpoints,
                                                       secrets, paths):
    store = BrokenTokenStore(paths, backend=fail.Keyring())
    manager = TokenManager(endpoints, DEMO_CLIENT_ID, store, paths, "alice", clock)
    before = stored(secrets)
    clock.advance(LIFETIME)
    store.broken = True
    with pytest.raises(WithingsError, match="could not be saved"):
        manager.access_token()
    assert stored(secrets) == before and cloud.tokens.refresh_count == 1
    # The new access token never reached Withings, so the saved refresh token still works.
    store.broken = False
    with WithingsClient(endpoints, manager, clock) as client:
        assert client.get_goals().steps == 10000
        assert cloud.tokens.refresh_count == 2 and stored(secrets) != before


@pytest.mark.parametrize("fault, error, message", [
    ({"kind": "status", "status": 401}, AuthRevokedError, "no longer accepts the saved login"),
    ({"kind": "status", "status": 503}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 100}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 601, "retry_after": 30}, RateLimitedError, "30 s"),
    ({"kind": "status", "status": 522}, WithingsServerError, "status 522"),
    ({"kind": "http", "status": 500}, WithingsServerError, "HTTP 500"),
    ({"kind": "malformed"}, WithingsServerError, "not valid JSON"),
])
def test_refresh_errors_are_named_and_keep_the_saved_login(tokens, cloud, clock, secrets,
                                                           fault, error, message):
    before = stored(secrets)
    options = dict(fault)
    cloud.faults.add(options.pop("kind"), path="/v2/oauth2", action="requesttoken", **options)
    clock.advance(LIFETIME)
    with pytest.raises(error, match=message):
        tokens.access_token()
    assert stored(secrets) == before


def test_revoked_login_is_named(tokens, cloud, clock):
    cloud.tokens.revoke_user(None)
    clock.advance(LIFETIME)
    with pytest.raises(AuthRevokedError, match="re-authorize") as caught:
        tokens.access_token()
    assert caught.value.status == 503


def test_unreachable_token_endpoint(tokens, clock, secrets, paths):
    dead = TokenManager(Endpoints("http://127.0.0.1:9", "http://127.0.0.1:9"), DEMO_CLIENT_ID,
                        secrets, paths, "alice", clock)
    clock.advance(LIFETIME)
    with pytest.raises(WithingsNetworkError):
        dead.access_token()


def test_missing_tokens_say_how_to_log_in(endpoints, secrets, paths, clock):
    manager = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "bob", clock)
    assert not manager.has_tokens() and manager.userid is None
    with pytest.raises(AuthRevokedError, match="not logged in"):
        manager.access_token()
    secrets.set(token_key("bob"), "garbage")
    assert not manager.has_tokens()


def test_missing_client_secret(tokens, clock, secrets):
    secrets.delete(CLIENT_SECRET)
    clock.advance(LIFETIME)
    with pytest.raises(AuthRevokedError, match="Consumer Secret"):
        tokens.access_token()


def test_tokens_never_reach_the_log(tokens, clock, caplog, secrets, paths, endpoints):
    caplog.set_level(logging.DEBUG)
    root = logging.getLogger()
    level = root.level
    setup_logging(paths, verbose=True, to_stderr=False)  # the app's own setup, at its noisiest
    try:
        clock.advance(LIFETIME)
        with WithingsClient(endpoints, tokens, clock) as client:
            client.get_devices()
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_withings_gui", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("withings_gui"))
    written = paths.log_file.read_text()
    assert "renewed the Withings login" in ours and "renewed the Withings login" in written
    assert "getdevice" in written  # debug lines were written: the check below is not vacuous
    saved = stored(secrets)
    for value in (saved["access_token"], saved["refresh_token"], DEMO_CLIENT_SECRET):
        assert value not in ours and value not in written


# A racer: logs in from its own process, says "ready", waits for "go", then asks for a token.
RACER = """
import hashlib, sys
from keyring.backends import fail
from withings_gui.core.paths import resolve_paths
from withings_gui.core.logs import setup_logging
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import SecretStore
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.tokens import TokenManager
root, url, client_id, now = sys.argv[1:5]
paths = resolve_paths(root)
endpoints = Endpoints(url, url)
clock = lambda: float(now)
manager = TokenManager(endpoints, client_id, SecretStore(paths, backend=fail.Keyring()), paths,
                       "alice", clock)
print("ready", flush=True)
sys.stdin.readline()
token = manager.access_token()
devices = WithingsClient(endpoints, manager, clock).get_devices()
print(hashlib.sha256(token.encode()).hexdigest(), len(devices), manager.refresh_count, flush=True)
"""


def test_two_processes_racing_refresh_exactly_once(tokens, cloud, clock, paths, secrets):
    clock.advance(LIFETIME)  # both processes and the cloud agree: the access token expired
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(paths.root), cloud.url,
                                DEMO_CLIENT_ID, repr(clock.now)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for _ in range(2)]
    try:
        for racer in racers:  # both are loaded and waiting ...
            assert racer.stdout.readline().strip() == "ready", racer.stderr.read()
        for racer in racers:  # ... then both go at once
            racer.stdin.write("go\n")
            racer.stdin.flush()
        outputs = [racer.communicate(timeout=60) for racer in racers]
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
    results = []
    for racer, (out, err) in zip(racers, outputs, strict=True):
        assert racer.returncode == 0, err
        digest, devices, refreshes = out.split()
        results.append((digest, int(devices), int(refreshes)))
    saved = hashlib.sha256(stored(secrets)["access_token"].encode()).hexdigest()
    assert [r[0] for r in results] == [saved, saved]  # both use the one saved rotation
    assert [r[1] for r in results] == [3, 3]  # and it works at Withings for both
    assert sorted(r[2] for r in results) == [0, 1]  # one refreshed, the other re-read
    assert cloud.tokens.refresh_count == 1



def test_a_token_refused_before_its_time_is_renewed_once(tokens, cloud, clock, endpoints,
                                                         secrets, paths):
    # This computer's clock runs 4 hours behind Withings': the token looks fresh here.
    behind = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "alice",
                          clock=lambda: clock.now - 4 * 3600)
    before = stored(secrets)
    clock.advance(LIFETIME + 60)  # expired for Withings
    with WithingsClient(endpoints, behind, clock) as client:
        goals = client.get_goals()
    assert goals.steps == 10000
    assert behind.refresh_count == 1 and cloud.tokens.refresh_count == 1
    assert stored(secrets)["refresh_token"] != before["refresh_token"]


def test_a_refused_token_with_a_dead_refresh_token_is_revoked(tokens, cloud, clock, endpoints):
    cloud.faults.add("revoke", count=None)
    with pytest.raises(AuthRevokedError), WithingsClient(endpoints, tokens, clock) as client:
        client.get_goals()


# Refresh replies from a server that is not the simulated cloud: what Withings might send.

START = 2_000_000_000.0
SAVED = TokenSet("access-1", "refresh-1", START - 60, "42", "user.info")  # just expired


@pytest.fixture
def odd_server(secrets, paths):
    """A token endpoint answering what the test sets, and a manager whose saved login ended."""
    with token_endpoint() as (server, endpoints):
        clock = FakeClock(START)
        manager = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "alice", clock)
        manager.save(SAVED)
        yield server, manager, clock


@pytest.mark.hostile("token reply without refresh_token / access_token")
def test_a_renewal_without_a_refresh_token_keeps_the_saved_login(odd_server, secrets):
    server, manager, _ = odd_server
    server.reply = reply_bytes({"status": 0, "body": {"access_token": "access-2", "userid": 42,
                                                      "expires_in": 10800}})
    with pytest.raises(IncompleteTokenReplyError, match="without a usable refresh token.*"
                                                        "saved login is kept"):
        manager.access_token()
    assert manager.tokens() == SAVED
    server.reply = good_reply()  # later, Withings answers properly: the old token still works
    assert manager.access_token() == "access-2"
    assert server.forms[-1]["refresh_token"] == "refresh-1"
    assert manager.tokens().refresh_token == "refresh-2"


@pytest.mark.hostile("absurd or non-numeric expires_in")
@pytest.mark.parametrize("expires_in", ["abc", -5, 0, 1e30, "nan", [1], 10**400, True])
def test_an_unbelievable_lifetime_does_not_fail_the_renewal(odd_server, expires_in):
    server, manager, clock = odd_server
    server.reply = good_reply(expires_in=expires_in)
    assert manager.access_token() == "access-2"
    assert manager.tokens().expires_at == clock.now + 3 * 3600
    assert manager.access_token() == "access-2" and manager.refresh_count == 1  # no storm


RENEWAL_REPLY_CASES = 150


@pytest.mark.hostile("Withings token renewal: any JSON reply")
@settings(max_examples=RENEWAL_REPLY_CASES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(reply=replies)
def test_any_json_renewal_answer_keeps_a_login_that_can_renew(odd_server, reply):
    server, manager, clock = odd_server
    manager.save(SAVED)
    clock.now = START
    server.reply = reply_bytes(reply)
    try:
        manager.access_token()
    except WithingsError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert manager.tokens() == SAVED
        event(f"refused: {type(exc).__name__}")
    else:
        event("accepted")
        saved, sent = manager.tokens(), reply["body"]
        assert (saved.access_token, saved.refresh_token) == \
            (sent["access_token"], sent["refresh_token"])
        assert saved.userid  # the old user id when the reply has none
        assert clock.now + 20 * 60 <= saved.expires_at <= clock.now + 30 * 86400
        refreshes = manager.refresh_count
        manager.access_token()
        assert manager.refresh_count == refreshes  # fresh for a while: no renewal storm
    # Whatever is saved now renews with a proper answer, sending its own refresh token.
    saved = manager.tokens()
    clock.now = saved.expires_at
    server.reply = good_reply("access-next", "refresh-next")
    assert manager.access_token() == "access-next"
    assert server.forms[-1]["refresh_token"] == saved.refresh_token


# This computer's clock, moved both ways while Withings' clock goes on as it should.

MINUTE, DAY, YEAR = 60, 86400, 365 * 86400
skews = (st.sampled_from([0, 1, -1]).flatmap(
    lambda sign: st.sampled_from([MINUTE, 10 * MINUTE, 3 * 3600, DAY, 30 * DAY, YEAR,
                                  10 * YEAR]).map(lambda size: sign * size))
         | st.floats(-10 * YEAR, 10 * YEAR))
CLOCK_CASES = 60


@pytest.mark.hostile("token manager: clock moved both ways")
@settings(max_examples=CLOCK_CASES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(moves=st.lists(st.tuples(st.floats(0, 3 * DAY), skews), min_size=1, max_size=8))
def test_a_clock_moved_both_ways_renews_at_most_once_per_call(cloud, endpoints, secrets,
                                                               paths, clock, moves):
    cloud.limiter.per_minute = 10**6  # this is about clocks, not Withings' request limit
    skew = [0.0]

    def local_clock() -> float:
        return clock.now + skew[0]

    log_in(cloud, endpoints, secrets, paths, clock)
    manager = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "alice", local_clock)
    with WithingsClient(endpoints, manager, local_clock) as client:
        for elapsed, new_skew in moves:
            clock.advance(elapsed)  # Withings' time only goes forward
            skew[0] = new_skew
            renewals, requests_before = cloud.tokens.refresh_count, len(cloud.requests)
            assert client.get_goals().steps == 10000  # never a logout, never another exception
            renewals = cloud.tokens.refresh_count - renewals
            refused = sum(r.status == 401 for r in cloud.requests[requests_before:])
            assert renewals <= 1 and refused <= 1  # renewed once at most: no storm
            event(f"renewals {renewals}, after a refused token {refused}")


@pytest.mark.hostile("full or read-only disk while saving secrets / a renewed token")
@pytest.mark.parametrize("break_disk, repair, reason", [
    (fill, free, "No space left on device"),
    (make_read_only, make_writable, "Read-only file system"),
])
def test_a_renewal_that_cannot_be_written_keeps_the_old_login(cloud, endpoints, clock, tmp_path,
                                                              break_disk, repair, reason):
    with small_disk(tmp_path / "disk") as disk:
        paths = resolve_paths(disk / "cfg").ensure()
        store = SecretStore(paths, backend=fail.Keyring())
        store.set(CLIENT_SECRET, DEMO_CLIENT_SECRET)
        manager = log_in(cloud, endpoints, store, paths, clock)
        before = manager.tokens()
        clock.advance(LIFETIME)
        break_disk(disk)
        with pytest.raises(WithingsError, match=f"{reason}.*free some disk space") as caught:
            manager.access_token()
        assert "\n" not in str(caught.value)
        assert manager.tokens() == before  # the old login is still readable
        repair(disk)
        with WithingsClient(endpoints, manager, clock) as client:
            assert client.get_goals().steps == 10000
