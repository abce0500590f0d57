"""A simulated Withings cloud on 127.0.0.1 with a hand-moved clock, and Alice logged in.

The cloud is imported inside the fixtures, so the parsing and error-mapping tests run even
while the simulated cloud is being changed.
"""

import pytest
from keyring.backends import fail

from tests.support.clock import FakeClock
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import CLIENT_SECRET, SecretStore
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.oauth import SCOPES, exchange_code, new_state, parse_redirect
from withings_gui.core.withings.tokens import TokenManager

REDIRECT = "https://ha.example.com/auth/external/callback"
PAGE_SIZE = 100


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cloud(clock):
    from withings_gui.demo.cloud import SimulatedCloud

    with SimulatedCloud(seed=2, clock=clock, page_size=PAGE_SIZE) as cloud:
        yield cloud


@pytest.fixture
def endpoints(cloud):
    return Endpoints(auth_url=cloud.url, api_url=cloud.url)


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "cfg").ensure()


@pytest.fixture
def secrets(paths, monkeypatch):
    # The 0600-file fallback, as on a machine without a keyring (subprocesses too).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    from withings_gui.demo.cloud import DEMO_CLIENT_SECRET

    store = SecretStore(paths, backend=fail.Keyring())
    store.set(CLIENT_SECRET, DEMO_CLIENT_SECRET)
    return store


def alice(cloud) -> int:
    return next(uid for uid, u in cloud.users.items() if u.name == "Alice")


def log_in(cloud, endpoints, secrets, paths, clock, profile="alice", userid=None):
    """Alice (or ``userid``) clicks Allow; the code is exchanged and the tokens saved."""
    from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    state = new_state()
    redirect = cloud.authorize_headless(userid or alice(cloud), DEMO_CLIENT_ID, REDIRECT,
                                        state, SCOPES)
    code = parse_redirect(redirect, REDIRECT, state)
    manager = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, profile, clock)
    manager.save(exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code, REDIRECT,
                               clock))
    return manager


@pytest.fixture
def tokens(cloud, endpoints, secrets, paths, clock):
    """Alice logged in, tokens saved for profile alice."""
    return log_in(cloud, endpoints, secrets, paths, clock)
