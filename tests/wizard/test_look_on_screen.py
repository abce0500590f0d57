"""The wizard as the desktop draws it: dark at device-pixel-ratio 2, and high contrast, with
no text cut off and nothing drawn over anything else on any page. The pages are walked in
look_on_screen.py, in a child pytest on Xvfb (this process's Qt is offscreen).

The desktop's look comes from where a user's does: GTK's theme setting, read by Qt's gtk3
platform theme (what Qt uses on GNOME and similar desktops), and the screen's scale."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.xvfb import screen

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

WALK = Path(__file__).with_name("look_on_screen.py")


@pytest.mark.parametrize("gtk_theme, scheme, scale", [("Adwaita:dark", "dark", "2"),
                                                      ("HighContrast", "light", "1")])
def test_every_page_shows_all_of_its_text(gtk_theme, scheme, scale):
    # A laptop's screen in logical pixels, at either scale.
    with screen(f"{1280 * int(scale)}x{800 * int(scale)}") as env:
        env.update(QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORMTHEME="gtk3", GTK_THEME=gtk_theme,
                   QT_SCALE_FACTOR=scale, LOOK_SCHEME=scheme)
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-s", str(WALK)],
            env=env, capture_output=True, text=True, timeout=600,
            cwd=Path(__file__).resolve().parents[2])
    output = result.stdout[-8000:] + result.stderr[-3000:]
    assert result.returncode == 0 and "1 passed" in result.stdout, output
    assert f"look-audited scheme={scheme} scale={float(scale)}" in result.stdout, output
