"""Suite-wide guards: no writes into the real home, no network beyond this machine."""

from __future__ import annotations

import ipaddress
import os
import socket

# Before anything loads Qt: widgets draw offscreen whoever runs pytest (not only
# scripts/run-tests), and QtWebEngine's sandbox cannot run as root (CI runs as root).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "getuid") and os.getuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import pytest

from tests.support.figures import FIGURES, Figures

pytest_plugins = ["tests.support.hass_fixtures"]

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
_real_getaddrinfo = socket.getaddrinfo


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower() in _LOCAL_NAMES


def _loopback_getaddrinfo(host, *args, **kwargs):
    if host is None or _is_loopback(str(host)):
        return _real_getaddrinfo(host, *args, **kwargs)
    name = str(host).lower().rstrip(".")
    if name == "invalid" or name.endswith(".invalid"):
        # RFC 6761: .invalid never resolves; answer as a resolver must, without asking one.
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    raise AssertionError(f"test tried to resolve {host!r}: tests may only reach 127.0.0.1 "
                         "(inject a resolver or use 127.0.0.1)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    """Every test gets its own config folder and may only talk to loopback addresses."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WITHINGS_GUI_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("WITHINGS_GUI_API_URL", raising=False)
    monkeypatch.delenv("WITHINGS_GUI_AUTH_URL", raising=False)
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_getaddrinfo)
    yield home


@pytest.fixture(scope="session")
def figures() -> Figures:
    """Rows and generated-case counts for docs/RELIABILITY.md (see tests/support/figures.py)."""
    return FIGURES


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("WITHINGS_GUI_WRITE_RELIABILITY") == "1" and exitstatus == 0:
        FIGURES.write()


def pytest_sessionstart(session):
    """The compiled translations the app loads (.qm, not committed) match the .ts sources."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    subprocess.run([str(root / "scripts" / "build-translations")], check=True, timeout=120,
                   env={**os.environ, "PYTHON": sys.executable})


def pytest_configure(config):
    config.addinivalue_line("markers", "hostile(kind): count this test's cases under that class "
                                       "of hostile input in docs/RELIABILITY.md")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Counts the cases of tests marked ``hostile``: every hypothesis example, else one."""
    marker = item.get_closest_marker("hostile")
    handle = getattr(getattr(item, "obj", None), "hypothesis", None)
    examples = [0]
    if marker is not None and handle is not None:
        inner = handle.inner_test

        def counted(*args, **kwargs):
            examples[0] += 1
            return inner(*args, **kwargs)

        handle.inner_test = counted
    outcome = yield
    if marker is None:
        return
    if handle is not None:
        handle.inner_test = inner
    if outcome.excinfo is None:
        FIGURES.held(marker.args[0], item.nodeid.split("[")[0], examples[0] if handle else 1)
