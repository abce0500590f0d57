"""A real tray: Xvfb, the trayer tray host, the app started as a user would, a screenshot."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.cli_helpers import Cli

pytestmark = [pytest.mark.tray, pytest.mark.ha]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TRAY_AREA = (1080, 0, 200, 48)  # trayer: top right, 200 × 48 px
OK_GREEN = "#2e7d32"  # TrayState.OK's badge
MENU_AREA = (880, 48, 400, 360)  # below the tray, where the context menu opens


def free_display() -> int:
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and \
                not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)  # polling an external process; the condition is what we wait on
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def display():
    for tool in ("Xvfb", "trayer", "import"):
        assert shutil.which(tool), f"{tool} is missing: scripts/run-tests installs it"
    number = free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20, "Xvfb")
    env = dict(os.environ, DISPLAY=f":{number}")
    trayer = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                               "pixel", "--width", "200", "--height", "48", "--tint",
                               "0xdddddd", "--transparent", "false"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield env
    trayer.terminate()
    xvfb.terminate()
    trayer.wait(10)
    xvfb.wait(10)


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
