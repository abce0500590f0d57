"""A real tray: Xvfb, the trayer tray host, the app started as a user would, a screenshot."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.cli_helpers import Cli, loaded_after_first_sync
from tests.support.xvfb import screen, screen_with_tray, wait_for
from withings_gui.tray.probes import EXIT_WHEN_ICON_VISIBLE_ENV

pytestmark = [pytest.mark.tray, pytest.mark.ha]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TRAY_AREA = (1080, 0, 200, 48)  # trayer: top right, 200 × 48 px
OK_GREEN = "#2e7d32"  # TrayState.OK's badge
MENU_AREA = (880, 48, 400, 360)  # below the tray, where the context menu opens
# What `withings-gui tray` loads only once the host has placed the icon (tray/launch.py),
# if at all.
LOADED_ONCE_PLACED = ("withings_gui.tray.app", "withings_gui.tray.menu",
                      "withings_gui.tray.scheduler", "withings_gui.gui.tasks",
                      "withings_gui.tray.notify", "withings_gui.core.sync_result",
                      "withings_gui.core.catalog", "withings_gui.core.withings.endpoints",
                      "unicodedata")
# `withings-gui tray`, saying which of those modules are loaded when the icon is first shown,
# and whether PySide6 has built its Qt namespace by then (it must not: docs/BENCHMARKS.md,
# "What the tray's code may not do"; until built, the name is missing from QtCore's dict).
TRAY_REPORTING_SHOW = """
import sys
from withings_gui.cli import main
from withings_gui.tray.indicator import TrayIndicator

def show(self, shown=TrayIndicator.show):
    built = "Qt" in vars(sys.modules["PySide6.QtCore"])
    print("loaded-at-show", *(m for m in sys.argv[1:] if m in sys.modules),
          *(["qt-namespace-built"] if built else []), flush=True)
    TrayIndicator.show = shown
    shown(self)

TrayIndicator.show = show
sys.exit(main(["tray"]))
"""


@pytest.fixture
def display():
    assert shutil.which("import"), "import is missing: scripts/run-tests installs it"
    # A light grey bar, so that the screenshots show where the tray is.
    with screen_with_tray(("--tint", "0xdddddd", "--transparent", "false")) as env:
        yield env


def screenshot(env, path):
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=30)
    return QImage(str(path))


def icon_pixels(image):
    x0, y0, width, height = TRAY_AREA
    background = image.pixelColor(x0 + 2, y0 + height - 2)
    return sum(1 for y in range(y0, y0 + height) for x in range(x0, x0 + width)
               if image.pixelColor(x, y) != background)


def badge_pixels(image, colour):
    """Pixels of the tray area in the badge colour of one state (see tray/icon.py)."""
    x0, y0, width, height = TRAY_AREA
    want = QColor(colour)
    return sum(1 for y in range(y0, y0 + height) for x in range(x0, x0 + width)
               if _close(image.pixelColor(x, y), want))


def _close(a, b, tolerance=12):
    return all(abs(p - q) <= tolerance for p, q in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def badge_centre(image, colour):
    x0, y0, width, height = TRAY_AREA
    want = QColor(colour)
    points = [(x, y) for y in range(y0, y0 + height) for x in range(x0, x0 + width)
              if _close(image.pixelColor(x, y), want)]
    return (sum(p[0] for p in points) // len(points), sum(p[1] for p in points) // len(points))


def lit_pixels(image, area):
    """Pixels that are not the black root window: a menu drawn there lights them up."""
    x0, y0, width, height = area
    return sum(1 for y in range(y0, y0 + height, 2) for x in range(x0, x0 + width, 2)
               if image.pixelColor(x, y).lightness() > 40)


def test_tray_on_a_real_tray_never_starts_the_font_engine(display, tmp_path):
    # Offscreen there is no tray, and the fallback window's labels need fonts; here there is.
    from withings_gui.demo.cloud import SimulatedCloud

    with SimulatedCloud(seed=1) as cloud:
        cli = Cli(tmp_path / "cfg", cloud)
        cli.configure()
        cli.login()
        loaded = loaded_after_first_sync([], dict(cli.env(), DISPLAY=display["DISPLAY"],
                                                  QT_QPA_PLATFORM="xcb"))
    # Its ~3.5 MB would cost the idle memory goal (docs/BENCHMARKS.md).
    assert loaded == {"modules": [], "fonts": []}


def test_icon_is_shown_first_and_the_app_started_once_the_host_placed_it(display, tmp_path):
    from withings_gui.demo.cloud import SimulatedCloud

    with SimulatedCloud(seed=1) as cloud:
        cli = Cli(tmp_path / "cfg", cloud)
        cli.configure()
        cli.login()
        env = dict(cli.env(), DISPLAY=display["DISPLAY"], QT_QPA_PLATFORM="xcb",
                   **{EXIT_WHEN_ICON_VISIBLE_ENV: "1"})
        result = subprocess.run([sys.executable, "-c", TRAY_REPORTING_SHOW,
                                 *LOADED_ONCE_PLACED], capture_output=True, text=True, env=env,
                                timeout=60)
    assert result.returncode == 0, result.stderr
    # Nothing of the menu, scheduler or notifications before the icon, and no Qt namespace;
    # the app after it.
    assert result.stdout.split() == ["loaded-at-show", "icon-visible", "app-ready", "tray"], \
        result.stdout + result.stderr


def test_without_a_tray_the_app_opens_its_window_instead(tmp_path):
    from withings_gui.demo.cloud import SimulatedCloud

    with screen() as plain, SimulatedCloud(seed=1) as cloud:
        cli = Cli(tmp_path / "cfg", cloud)
        cli.configure()
        cli.login()
        env = dict(cli.env(), DISPLAY=plain["DISPLAY"], QT_QPA_PLATFORM="xcb",
                   **{EXIT_WHEN_ICON_VISIBLE_ENV: "1"})
        result = subprocess.run([sys.executable, "-m", "withings_gui", "tray"],
                                capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["icon-never-placed", "app-ready", "window"], \
        result.stdout + result.stderr


def test_tray_icon_appears_with_the_weight(display, tmp_path, hass_server, qapp):
    from withings_gui.demo.cloud import SimulatedCloud

    with SimulatedCloud(seed=1) as cloud:
        cli = Cli(tmp_path / "cfg", cloud)
        cli.configure(ha_url=hass_server.url, ha_token=hass_server.token)
        cli.login()
        empty = icon_pixels(screenshot(display, tmp_path / "before.png"))
        env = dict(cli.env(), **{k: v for k, v in display.items() if k == "DISPLAY"},
                   QT_QPA_PLATFORM="xcb")
        log = open(tmp_path / "tray.log", "w")
        tray = subprocess.Popen([sys.executable, "-m", "withings_gui", "tray"], env=env,
                                stdout=log, stderr=subprocess.STDOUT)
        try:
            weight_entity = "sensor.withings_weight_kg_alice"
            wait_for(lambda: weight_entity in hass_server.states(), 60, "the first sync")
            shot = tmp_path / "tray.png"
            wait_for(lambda: icon_pixels(screenshot(display, shot)) > empty + 150, 30,
                     "the tray icon")
            # Up to date: the green badge, with white digits on it (not the "–" of no data).
            wait_for(lambda: badge_pixels(screenshot(display, shot), OK_GREEN) > 150, 30,
                     "the icon to turn green (first sync done)")
            image = QImage(str(shot))
            assert badge_pixels(image, "#ffffff") > 30, "no digits drawn on the badge"
            # Right-click the icon, as on GNOME-style hosts: the whole menu opens below it.
            x, y = badge_centre(image, OK_GREEN)
            subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "3"], env=display,
                           check=True, timeout=30)
            menu_shot = tmp_path / "tray-menu.png"
            wait_for(lambda: lit_pixels(screenshot(display, menu_shot), MENU_AREA) > 5000, 30,
                     "the tray menu")
            assert tray.poll() is None, (tmp_path / "tray.log").read_text()
        finally:
            tray.terminate()
            tray.wait(15)
            log.close()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image = QImage(str(shot))
    x0, y0, width, height = TRAY_AREA
    # The right end of the tray, where the icon sits, three times enlarged.
    image.copy(x0 + width - 96, y0, 96, height).scaled(96 * 3, height * 3).save(
        str(SCREENSHOTS / "tray-crop.png"))
    image.save(str(SCREENSHOTS / "tray.png"))
    menu = QImage(str(menu_shot))
    x0, y0, width, height = MENU_AREA
    bottom = max(y for y in range(y0, y0 + height) for x in range(x0, x0 + width, 4)
                 if menu.pixelColor(x, y).lightness() > 40)
    menu.copy(x0, 0, width, bottom + 8).save(str(SCREENSHOTS / "tray-menu.png"))
