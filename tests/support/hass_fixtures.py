"""pytest plugin: a real Home Assistant, shared by the whole run or fresh for one test.

Loaded by the root conftest (``pytest_plugins = ["tests.support.hass_fixtures"]``).

- ``hass_server`` (session): one onboarded HA for the run. Tests share it: use entity ids
  of your own, and do not stop or restart it.
- ``fresh_hass`` (function): a new HA of the test's own, with an empty registry; stop,
  restart or break it at will.

Both are ``tests.support.hass_server.HassServer`` objects. When HA cannot start, the fixture
errors with the tail of HA's log: it never skips. When a test using one fails, the tail of
that HA's log is added to the report.
"""

from __future__ import annotations

import pytest

from tests.support.hass_server import HassServer

LOG_LINES_ON_FAILURE = 40


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ha: needs the real Home Assistant server fixture")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if report.failed and report.when in ("setup", "call"):
        for name in ("fresh_hass", "hass_server"):
            server = getattr(item, "funcargs", {}).get(name)
            if isinstance(server, HassServer):
                tail = "\n".join(server.log_text().splitlines()[-LOG_LINES_ON_FAILURE:])
                report.sections.append((f"Home Assistant log ({name}, {server.url})", tail))
    return report


@pytest.fixture(scope="session")
def hass_server(tmp_path_factory: pytest.TempPathFactory):
    """One Home Assistant for the whole run (started on first use)."""
    server = HassServer(tmp_path_factory.mktemp("hass-shared"))
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture
def fresh_hass(tmp_path_factory: pytest.TempPathFactory):
    """A Home Assistant of this test's own: empty registry, free to stop and restart."""
    server = HassServer(tmp_path_factory.mktemp("hass"))
    try:
        server.start()
        yield server
    finally:
        server.close()
