"""pytest fixtures for a real Home Assistant: one shared per run, or a fresh one per test.

When HA cannot start the fixture fails loudly; it never skips.
"""

from __future__ import annotations

import pytest

from tests.support.hass_server import HassServer


@pytest.fixture(scope="session")
def hass_server(tmp_path_factory):
    server = HassServer(tmp_path_factory.mktemp("hass-shared"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fresh_hass(tmp_path_factory):
    """Its own HA, for tests that stop, restart or need an empty registry."""
    server = HassServer(tmp_path_factory.mktemp("hass"))
    server.start()
    yield server
    server.stop()
