"""pytest plugin: a real Home Assistant, shared by the whole run or fresh for one test.

Loaded by the root conftest (``pytest_plugins = ["tests.support.hass_fixtures"]``).

- ``hass_server`` (session): one onboarded HA per release for the run, started on first
  use. Tests share it: use entity ids of your own, and do not stop or restart it.
- ``fresh_hass`` (function): a new HA of the test's own, with an empty registry; stop,
  restart or break it at will.
- ``hass_version`` (session): the release a test runs against.

Every test using any of them runs once per Home Assistant release in
``hass_server.HA_VERSIONS`` (2024.3.3, the oldest supported, and 2026.11.0, the current
one), the release in its id: ``test_x[ha2024.3.3]``, ``test_x[ha2026.11.0]``. pytest groups
the tests by release, so each release's shared HA starts once and only one runs at a time.
``WITHINGS_GUI_TEST_HA_VERSIONS`` (comma-separated) narrows the list for a quick local run;
CI never sets it.

Both are ``tests.support.hass_server.HassServer`` objects. When HA cannot start, the fixture
errors with the tail of HA's log: it never skips. When a test using one fails, the tail of
that HA's log is added to the report.
"""

from __future__ import annotations

import gc
import os

import pytest

from tests.support.hass_server import HA_VERSIONS, HassServer

LOG_LINES_ON_FAILURE = 40
# The one warning ignored (pyproject.toml turns the others into errors), in `ha` tests only:
# a HassApi (core/hass/client.py) not closed leaves its homeassistant_api session's sockets
# to the garbage collector. The app closes every one it makes (HassApi.close, the wizard's
# ask_hass, doctor); many tests make them freely, so the ignore stays for tests.
HASS_CLIENT_SOCKETS = ("ignore:Exception ignored in. <socket.socket"
                       ":pytest.PytestUnraisableExceptionWarning")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ha: needs the real Home Assistant server fixture")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("ha"):
            item.add_marker(pytest.mark.filterwarnings(HASS_CLIENT_SOCKETS))


@pytest.fixture(autouse=True)
def _hass_client_sockets_stay_in_their_test(request: pytest.FixtureRequest):
    """An `ha` test's leftover clients are collected at its end, under its filter above,
    not later in a test without it (or after the last test, where no filter applies)."""
    yield
    if request.node.get_closest_marker("ha"):
        gc.collect()


def selected_versions() -> tuple[str, ...]:
    """``HA_VERSIONS``, or the ones ``WITHINGS_GUI_TEST_HA_VERSIONS`` names."""
    wanted = os.environ.get("WITHINGS_GUI_TEST_HA_VERSIONS", "").strip()
    if not wanted:
        return HA_VERSIONS
    chosen = tuple(v.strip() for v in wanted.split(",") if v.strip())
    unknown = [v for v in chosen if v not in HA_VERSIONS]
    if unknown:
        raise pytest.UsageError(f"WITHINGS_GUI_TEST_HA_VERSIONS names {', '.join(unknown)}; "
                                f"the tests have {', '.join(HA_VERSIONS)}")
    return chosen


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Session scope: pytest then orders the tests by release, one shared HA at a time.
    if "hass_version" in metafunc.fixturenames:
        metafunc.parametrize("hass_version", selected_versions(), indirect=True,
                             scope="session", ids=lambda version: f"ha{version}")


@pytest.fixture(scope="session")
def hass_version(request: pytest.FixtureRequest) -> str:
    """The Home Assistant release this test runs against (see the module's docstring)."""
    return request.param


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
def hass_server(hass_version: str, tmp_path_factory: pytest.TempPathFactory):
    """One Home Assistant of this release for the whole run (started on first use)."""
    server = HassServer(tmp_path_factory.mktemp(f"hass-shared-{hass_version}"),
                        version=hass_version)
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture
def fresh_hass(hass_version: str, tmp_path_factory: pytest.TempPathFactory):
    """A Home Assistant of this test's own: empty registry, free to stop and restart."""
    server = HassServer(tmp_path_factory.mktemp("hass"), version=hass_version)
    try:
        server.start()
        yield server
    finally:
        server.close()
