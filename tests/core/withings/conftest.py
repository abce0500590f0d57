import pytest
from keyring.backends import fail

from tests.support.clock import FakeClock
from withings_gui.core.paths import resolve_paths
from withings_gui.core.secrets import CLIENT_SECRET, SecretStore
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.oauth import SCOPES, exchange_code, new_state
from withings_gui.core.withings.tokens import TokenManager
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SimulatedCloud

REDIRECT = "https://ha.example.com/auth/external/callback"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cloud(clock):
    with SimulatedCloud(seed=2, clock=clock, page_size=100) as cloud:
        yield cloud


@pytest.fixture
def endpoints(cloud):
    return Endpoints(auth_url=cloud.url, api_url=cloud.url)


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "cfg").ensure()


@pytest.fixture
def secrets(paths):
    store = SecretStore(paths, backend=fail.Keyring())
    store.set(CLIENT_SECRET, DEMO_CLIENT_SECRET)
    return store


def alice(cloud) -> int:
    return next(uid for uid, u in cloud.users.items() if u.name == "Alice")


@pytest.fixture
def tokens(cloud, endpoints, secrets, paths, clock):
    """Alice logged in, tokens saved for profile alice."""
    redirect = cloud.authorize_headless(alice(cloud), DEMO_CLIENT_ID, REDIRECT, new_state(),
                                        SCOPES)
    code = redirect.split("code=")[1].split("&")[0]
    manager = TokenManager(endpoints, DEMO_CLIENT_ID, secrets, paths, "alice", clock)
    manager.save(exchange_code(endpoints, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, code, REDIRECT,
                               clock))
    return manager
