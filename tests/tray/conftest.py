import shutil

import pytest

from tests.support.dbus import dunst_on_demand, session_bus
from tests.support.opened_urls import opened_urls  # noqa: F401 — a fixture
from tests.support.xvfb import screen_with_tray
from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo

PACKAGED_ICON = "withings_gui/resources/withings-gui.svg"


@pytest.fixture
def cloud():
    with SimulatedCloud(seed=1) as cloud:
        yield cloud


@pytest.fixture
def demo(tmp_path, cloud):
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    yield session
    session.close()


@pytest.fixture
def no_notification_service(tmp_path, monkeypatch):
    """A session bus with no notification service on it (and none it could start).

    Also what in-process trays get by default: their notices must not pop up on the
    developer's desktop, nor start a notification daemon installed on the machine.
    """
    with session_bus(tmp_path / "bus-without-notifications") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def dunst(tmp_path, monkeypatch, pytestconfig):
    """dunst on a screen with an XEmbed tray (trayer), started by the bus on the first notice.

    Its icon folder holds the app's icon under the name the .deb installs it with
    (packaging/linux/build-deb: hicolor/scalable/apps/withings-gui.svg).
    """
    icons = tmp_path / "icons"
    icons.mkdir()
    shutil.copy(pytestconfig.rootpath / PACKAGED_ICON, icons / "withings-gui.svg")
    with screen_with_tray() as display, \
            dunst_on_demand(tmp_path / "dunst", display, icons) as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def tray(qtbot, demo, no_notification_service):
    """The tray app on the demo, in its fallback window (offscreen has no tray host)."""
    from withings_gui.tray.app import TrayApp

    app = TrayApp(demo.ctx, tray_available=False)
    qtbot.addWidget(app.fallback)
    yield app
    app.scheduler.stop()
    app.runner.wait_idle()
