"""Refresh-token rotation: saved before use, one refresh at a time, even across processes."""

import json
import subprocess
import sys

import pytest

from tests.core.withings.conftest import alice
from withings_gui.core.secrets import token_key
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.errors import AuthRevokedError
from withings_gui.core.withings.tokens import TokenManager
from withings_gui.demo.cloud import DEMO_CLIENT_ID


def stored(secrets):
    return json.loads(secrets.get(token_key("alice")))


def test_fresh_token_is_used_without_refresh(tokens, cloud):
    assert tokens.access_token() == stored(tokens._secrets)["access_token"]
    assert tokens.refresh_count == 0 and cloud.tokens.refresh_count == 0


def test_expiring_token_is_refreshed_and_rotation_saved_before_use(tokens, cloud, clock):
    before = stored(tokens._secrets)
    clock.advance(3 * 3600 - 300)  # inside the 10-minute margin
    access = tokens.access_token()
    after = stored(tokens._secrets)
    assert access == after["access_token"] != before["access_token"]
    assert after["refresh_token"] != before["refresh_token"]
    assert tokens.refresh_count == 1 and cloud.tokens.refresh_count == 1
    assert tokens.userid == str(alice(cloud))


def test_the_old_refresh_token_dies_once_the_new_access_token_is_used(tokens, cloud, clock,
                                                                       endpoints):
    old_refresh = stored(tokens._secrets)["refresh_token"]
    clock.advance(3 * 3600)
    WithingsClient(endpoints, tokens, clock).get_goals()  # refresh + first use of the new token
    from withings_gui.core.withings.oauth import refresh_tokens
    from withings_gui.demo.cloud import DEMO_CLIENT_SECRET
    with pytest.raises(Exception, match="invalid refresh_token"):
        refresh_tokens(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, old_refresh, clock)


def test_second_manager_rereads_instead_of_refreshing_again(tokens, cloud, clock, endpoints,
                                                            secrets, paths):
    other = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "alice", clock)
    clock.advance(3 * 3600)
    first = tokens.access_token()
    assert other.access_token() == first
    assert cloud.tokens.refresh_count == 1


def test_revoked_login_is_named(tokens, cloud, clock):
    cloud.tokens.revoke_user(None)
    clock.advance(3 * 3600)
    with pytest.raises(AuthRevokedError, match="re-authorize"):
        tokens.access_token()


def test_missing_tokens_say_how_to_log_in(endpoints, secrets, paths, clock):
    manager = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "bob", clock)
    assert not manager.has_tokens()
    with pytest.raises(AuthRevokedError, match="not logged in"):
        manager.access_token()


RACER = """
import sys, time
from keyring.backends import fail
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import SecretStore
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.tokens import TokenManager
root, url, client_id, start = sys.argv[1:5]
paths = resolve_paths(root)
clock = lambda: float(start) + 3 * 3600  # both processes see the token as expired
manager = TokenManager(Endpoints(url, url), client_id, SecretStore(paths, backend=fail.Keyring()),
                       paths, "alice", clock)
print(len(WithingsClient(Endpoints(url, url), manager, clock).get_devices()))
"""


def test_two_processes_racing_refresh_exactly_once(tokens, cloud, clock, paths):
    # The cloud's clock must agree that the old access token expired.
    clock.advance(3 * 3600)
    start = str(clock.now - 3 * 3600)
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(paths.root), cloud.url,
                                DEMO_CLIENT_ID, start], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [racer.communicate(timeout=60) for racer in racers]
    for racer, (out, err) in zip(racers, outputs):
        assert racer.returncode == 0, err
        assert out.strip() == "2"
    assert cloud.tokens.refresh_count == 1
