"""The picture of the developer portal's forms: numbered like the values beside it, drawn as
vectors (sharp at 2×) in the palette's colours (readable when dark)."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from tests.wizard.test_bad_input import go_to
from withings_gui.gui.look import contrast_ratio, relative_luminance
from withings_gui.wizard.portal_figure import PORTAL_FORM, PortalFigure

pytestmark = pytest.mark.gui


def dark_palette(placeholder: str = "#5a5a5a") -> QPalette:
    """A dark palette whose placeholder grey is too dim to read on its base (as some are)."""
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2d2d2d"),
                        (QPalette.ColorRole.WindowText, "#eeeeee"),
                        (QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.Text, "#eeeeee"),
                        (QPalette.ColorRole.Button, "#3a3a3a"),
                        (QPalette.ColorRole.ButtonText, "#eeeeee"),
                        (QPalette.ColorRole.PlaceholderText, placeholder)):
        palette.setColor(role, QColor(color))
    return palette


def near(first: QColor, second: QColor, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(first.getRgb()[:3], second.getRgb()[:3]))


def badge_pixels(image: QImage, figure: PortalFigure) -> list[QColor]:
    """The colour just inside each badge's disc, below its number (which sits at the
    centre)."""
    return [image.pixelColor(round(disc.center().x()), round(disc.bottom() - disc.height() / 8))
            for disc in figure.badge_discs()]


def test_the_pictures_badges_are_numbered_like_the_values_beside_it(qtbot, make_wizard):
    page = go_to(make_wizard(), "portal", qtbot)
    labels = [field.label for field in PORTAL_FORM]
    assert page.figure.badges() == list(zip(range(1, len(labels) + 1), labels))
    assert page.numbered_values() == page.figure.badges()
    # The badges are drawn where the picture says they are, in the accent colour.
    image = page.figure.grab().toImage()
    badge = page.figure.colors()["badge"]
    assert all(near(color, badge) for color in badge_pixels(image, page.figure))


def test_every_value_is_copied_by_its_button(qtbot, make_wizard, qapp):
    wizard = make_wizard()
    wizard.draft.callback_url = "https://ha.example.com/auth/external/callback"
    page = go_to(wizard, "portal", qtbot)
    fields = [page.company, page.app_name, page.description, page.callback]
    assert page.callback.value() == wizard.draft.callback_url
    for field in fields:
        qapp.clipboard().clear()
        field.button.click()
        assert qapp.clipboard().text() == field.value() != ""


def test_the_picture_is_drawn_at_twice_the_pixels_at_a_device_pixel_ratio_of_2(tmp_path):
    """A new process: the device-pixel ratio is fixed when Qt starts."""
    script = textwrap.dedent("""
        import json
        from PySide6.QtWidgets import QApplication
        from withings_gui.wizard.portal_figure import PortalFigure
        app = QApplication([])
        figure = PortalFigure()
        figure.resize(figure.sizeHint())
        figure.show()
        shot = figure.grab()
        image = shot.toImage()
        colors = {image.pixel(x, y) for x in range(0, image.width(), 2)
                  for y in range(0, image.height(), 2)}
        badge = figure.colors()["badge"]
        disc = figure.badge_discs()[0]  # just inside it, below the number
        at = image.pixelColor(round(disc.center().x() * 2),
                              round((disc.bottom() - disc.height() / 8) * 2))
        print(json.dumps({"ratio": shot.devicePixelRatio(),
                          "pixels": [shot.width(), shot.height()],
                          "logical": [figure.width(), figure.height()],
                          "colors": len(colors),
                          "badge": [badge.getRgb()[:3], at.getRgb()[:3]]}))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    shot = json.loads(done.stdout.strip().splitlines()[-1])
    assert shot["ratio"] == 2
    assert shot["pixels"] == [2 * side for side in shot["logical"]]
    assert shot["colors"] > 20  # text, boxes and badges, smoothed: not a blank or flat image
    expected, seen = shot["badge"]
    assert near(QColor(*expected), QColor(*seen))


def test_in_a_dark_palette_the_picture_is_dark_and_its_text_readable(qtbot):
    figure = PortalFigure()
    qtbot.addWidget(figure)
    figure.resize(figure.sizeHint())
    light = figure.grab().toImage()
    figure.setPalette(dark_palette())
    colors = figure.colors()
    assert relative_luminance(colors["background"]) < 0.18
    for text in ("text", "quiet"):  # the placeholder grey is made readable, too
        assert contrast_ratio(colors[text], colors["background"]) >= 4.5, text
    assert contrast_ratio(colors["ink"], colors["badge"]) >= 4.5
    assert contrast_ratio(colors["border"], colors["background"]) >= 3.0
    dark = figure.grab().toImage()  # repainted from the new palette
    inside = (figure.width() - 4, figure.height() // 2)  # the page, right of the fields
    assert near(dark.pixelColor(*inside), colors["background"])
    assert not near(light.pixelColor(*inside), dark.pixelColor(*inside))

