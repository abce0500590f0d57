"""Fixtures for sync tests on the simulated cloud: a fake clock, the cloud (seed 3) on it,
and a demo session (settings, secrets, store) signed in to it. Import them by name."""

import pytest

from tests.support.clock import FakeClock
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cloud(clock):
    with SimulatedCloud(seed=3, clock=clock) as cloud:
        yield cloud


@pytest.fixture
def session(tmp_path, cloud):
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    yield session
    session.close()
