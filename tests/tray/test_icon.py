import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.trend import Direction
from withings_gui.tray.icon import (ICON_SIZES, format_weight, make_icon, render_weight_icon,
                                   unit_line)
from withings_gui.tray.state import TrayState

pytestmark = pytest.mark.gui


def pixels(pixmap):
    image = pixmap.toImage()
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def white_share(pixmap):
    colors = pixels(pixmap)
    white = sum(1 for c in colors if c.red() > 230 and c.green() > 230 and c.blue() > 230)
    return white / len(colors)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_is_filled_and_shows_digits_at_every_size(qapp, size):
    pixmap = render_weight_icon(72.4, "kg", TrayState.OK, size)
    assert (pixmap.width(), pixmap.height()) == (size, size)
    opaque = sum(1 for c in pixels(pixmap) if c.alpha() > 200) / size ** 2
    assert opaque > 0.7  # rounded corners cost most at 16 px
    # Digits in white: present, but not swamping the badge.
    assert 0.05 < white_share(pixmap) < 0.6
    assert white_share(pixmap) > white_share(render_weight_icon(None, "kg", TrayState.OK, size))


def test_each_state_has_its_own_colour(qapp):
    centres = {}
    for state in TrayState:
        image = render_weight_icon(72.4, "kg", state, 32).toImage()
        centres[state] = image.pixelColor(2, 28).name()
    distinct = {centres[s] for s in (TrayState.OK, TrayState.SYNCING, TrayState.ERROR,
                                     TrayState.NEEDS_REAUTH, TrayState.STALE)}
    assert len(distinct) == 5


@pytest.mark.parametrize("state", [TrayState.STALE, TrayState.OK, TrayState.ERROR])
def test_badge_has_a_light_rim_for_dark_panels(qapp, state):
    from PySide6.QtGui import QColor

    from withings_gui.tray.icon import _COLORS

    image = render_weight_icon(72.4, "kg", state, 22).toImage()
    edge, inside = image.pixelColor(11, 0), image.pixelColor(1, 11)
    assert inside.name() == QColor(_COLORS[state]).name()
    assert edge.lightness() > inside.lightness() + 30


@pytest.mark.parametrize("value, size, text", [(72.44, 16, "72"), (72.44, 32, "72.4"),
                                               (159.5, 22, "160"), (None, 24, "–")])
def test_format(value, size, text):
    assert format_weight(value, size) == text


def test_redrawing_the_icon_leaves_none_refcount_alone(qapp):
    # PySide6 6.12.0 drops a reference to None on every void QPainter call (Python 3.11);
    # a tray redrawing its icon for days then crashes. pyproject excludes that release.
    import sys

    make_icon(72.4, "kg", TrayState.OK)  # warm caches first
    before = sys.getrefcount(None)
    for _ in range(50):
        make_icon(72.4, "kg", TrayState.OK)
    assert sys.getrefcount(None) >= before - 20


def test_drawing_every_icon_leaves_the_qt_namespace_unbuilt(tmp_path):
    # The icon is drawn before it is visible: building the namespace then would cost the
    # start-up goal (docs/BENCHMARKS.md, "What the tray's code may not do"). In a fresh
    # process: this one built it long ago.
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from withings_gui.tray.icon import make_icon\n"
            "from withings_gui.tray.state import TrayState\n"
            "from withings_gui.core.trend import Direction\n"
            "app = QApplication(sys.argv[:1])\n"
            "for state in TrayState:\n"
            "    for value in (72.4, 159.5, 1000.2, None, float('nan'), -1.0, 1e308):\n"
            "        for trend in (None, *Direction):\n"
            "            make_icon(value, 'kg', state, trend)\n"
            "print('Qt' in vars(sys.modules['PySide6.QtCore']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


# -- values that cannot be drawn (issue 14) ----------------------------------------------

@pytest.mark.hostile("tray: negative, NaN, infinite or huge weight")
@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), -72.4, -0.0, 0.0,
                                   5e-324, 0.5, 1e300, 10_000.0,
                                   pytest.param(10 ** 400, id="10**400"), True])
@pytest.mark.parametrize("size", ICON_SIZES)
def test_values_that_cannot_be_drawn_become_a_dash(qapp, value, size):
    assert format_weight(value, size) == "–"
    dash = render_weight_icon(None, "kg", TrayState.OK, size).toImage()
    assert render_weight_icon(value, "kg", TrayState.OK, size).toImage() == dash


@pytest.mark.parametrize("value, size, text", [(9999.4, 16, "–"), (9999.4, 22, "9999"),
                                               (1000.2, 16, "–"), (1000.2, 22, "1000"),
                                               (999.96, 32, "1000.0")])
def test_digits_that_do_not_fit_the_size_become_a_dash(value, size, text):
    assert format_weight(value, size) == text


@pytest.mark.hostile("tray icon: any number × size × state × unit")
@settings(max_examples=400, deadline=None)
@given(value=st.one_of(st.none(), st.floats(), st.floats(1, 10_000), st.integers()),
       size=st.sampled_from(ICON_SIZES), state=st.sampled_from(TrayState),
       unit=st.sampled_from(("kg", "lb", "st")), trend=st.sampled_from([None, *Direction]))
def test_any_number_draws_an_icon_of_its_size(qapp, value, size, state, unit, trend):
    pixmap = render_weight_icon(value, unit, state, size, trend)
    assert (pixmap.width(), pixmap.height()) == (size, size)
    assert not pixmap.isNull()


@pytest.mark.hostile("tray: negative, NaN, infinite or huge weight")
def test_the_painter_is_ended_even_when_drawing_fails(tmp_path):
    # A pixmap dropped while its painter is active makes Qt warn, then crash at random later:
    # in a fresh process, so that a crash shows as such.
    import os
    import subprocess
    import sys

    code = ("import gc, sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from withings_gui.tray.icon import render_weight_icon\n"
            "from withings_gui.tray.state import TrayState\n"
            "app = QApplication(sys.argv[:1])\n"
            "for _ in range(20):\n"
            "    try:\n"
            "        render_weight_icon(72.4, '?', TrayState.OK, 32)  # no glyph for '?'\n"
            "    except KeyError:\n"
            "        pass\n"
            "    gc.collect()\n"
            "print('done')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "done"), done.stderr
    assert "being painted" not in done.stderr


@pytest.mark.parametrize("size", ICON_SIZES)
def test_stones_show_the_whole_stones_and_the_pounds_below(size):
    eleven_two = 156 / 14  # 11 st 2 lb
    assert format_weight(eleven_two, size, "st") == "11"
    assert format_weight(167.6 / 14, size, "st") == "12"  # 11 st 13.6 lb rounds to 12 st 0
    assert unit_line(eleven_two, "st") == "st 2" and unit_line(None, "st") == "st"
    assert unit_line(72.4, "kg") == "kg"


# -- the trend arrow (issue 18) ------------------------------------------------------------

def image(size, trend, unit="kg", value=72.4, state=TrayState.OK):
    return render_weight_icon(value, unit, state, size, trend).toImage()


def grey(img):
    from PySide6.QtGui import QImage

    return img.convertToFormat(QImage.Format.Format_Grayscale8)


@pytest.mark.parametrize("size", [16, 22, 24])
def test_no_arrow_below_32_px(qapp, size):
    plain = image(size, None)
    assert all(image(size, trend) == plain for trend in Direction)


@pytest.mark.parametrize("size", [32, 48, 64])
@pytest.mark.parametrize("unit", ["kg", "lb", "st"])
def test_from_32_px_the_arrow_tells_up_down_and_flat_by_its_shape(qapp, size, unit):
    # Compared in greyscale: the arrows differ in shape, not in colour.
    drawn = [grey(image(size, trend, unit)) for trend in (None, *Direction)]
    assert len({bytes(img.constBits()) for img in drawn}) == 4


def white_rows(img, top, bottom, left, right):
    return sum(1 for y in range(top, bottom) for x in range(left, right)
               if img.pixelColor(x, y).lightness() > 200)


@pytest.mark.parametrize("size", [32, 48, 64])
def test_up_points_up_and_down_points_down(qapp, size):
    # In the bottom-left corner: an up arrow's head (its wide part) is in the upper half.
    from withings_gui.tray.icon import _arrow_box

    box = _arrow_box(size)
    left, top = int(box.left()), int(box.top())
    right, bottom, middle = int(box.right()), int(box.bottom()), int(box.center().y())
    up, down = image(size, Direction.UP), image(size, Direction.DOWN)
    assert white_rows(up, top, middle, left, right) > white_rows(up, middle, bottom, left, right)
    assert white_rows(down, top, middle, left, right) < \
        white_rows(down, middle, bottom, left, right)
    flat = image(size, Direction.FLAT)
    centre = int(box.center().x())
    assert white_rows(flat, top, bottom, centre, right) > \
        white_rows(flat, top, bottom, left, centre)


@pytest.mark.parametrize("size", [32, 48, 64])
@pytest.mark.parametrize("trend", list(Direction))
def test_the_arrow_keeps_clear_of_the_unit_line(qapp, size, trend):
    # Its corner holds the arrow alone, whatever the unit line says ("st 13" is wide).
    from withings_gui.tray.icon import _arrow_box

    corner = _arrow_box(size).adjusted(-1, -1, 1, 1).toRect()
    drawn = [image(size, trend, unit, value).copy(corner)
             for unit, value in (("kg", 72.4), ("lb", 159.5), ("st", 13.9), ("st", 11.1))]
    assert all(img == drawn[0] for img in drawn[1:])


# -- states told apart without colour (issue 18) -------------------------------------------

PANELS = {"light": "#f0f0f0", "dark": "#2b2b2b"}


def on_panel(state, size, panel, value=72.4):
    """The icon as a panel shows it, in greyscale."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(PANELS[panel]))
    painter = QPainter(image)
    painter.drawImage(0, 0, render_weight_icon(value, "kg", state, size).toImage())
    painter.end()
    return grey(image)


def clearly_different_pixels(first, second):
    """Pixels whose grey levels differ by more than 100 of 255: a shape, not a shade (the
    states' colours are too close in grey for that: test_colour_alone_...)."""
    return sum(1 for y in range(first.height()) for x in range(first.width())
               if abs(first.pixelColor(x, y).value() - second.pixelColor(x, y).value()) > 100)


@pytest.fixture(params=["own colours", "one colour"])
def colours(request, monkeypatch):
    """Each state in its colour, and all in one grey: what is left then is the shape."""
    from withings_gui.tray import icon

    if request.param == "one colour":
        monkeypatch.setattr(icon, "_COLORS", dict.fromkeys(TrayState, "#6d6d6d"))
    return request.param


@pytest.mark.parametrize("panel", PANELS)
@pytest.mark.parametrize("size", [16, 22, 32])
def test_every_state_has_a_shape_of_its_own_in_greyscale(qapp, colours, size, panel):
    import itertools

    shown = {state: on_panel(state, size, panel) for state in TrayState}
    for first, second in itertools.combinations(TrayState, 2):
        # Measured, in one colour: the closest pairs differ in 11 pixels at 16 px (the
        # hourglass and nothing, the hourglass and the pause sign), 20 at 22 px, 26 at 32 px.
        # 8 is twice the largest mark a 16 px icon had before (a 2 × 2 px dot), and more
        # than any pair differing by a shade.
        assert clearly_different_pixels(shown[first], shown[second]) >= 8, (first, second)


@pytest.mark.parametrize("size", [16, 22, 24])
def test_the_marks_leave_the_digits_alone(qapp, size, monkeypatch):
    # In one colour, the digits of every state are the same pixels: the marks keep to their
    # band below, and the digits do not move when the state changes.
    from withings_gui.tray import icon

    monkeypatch.setattr(icon, "_COLORS", dict.fromkeys(TrayState, "#6d6d6d"))
    digits = icon.mark_band(size).top()
    above = [render_weight_icon(108.4, "kg", state, size).toImage().copy(0, 0, size,
                                                                        int(digits))
             for state in TrayState]
    assert all(image == above[0] for image in above[1:])


def test_colour_alone_makes_no_clearly_different_pixel(qapp, monkeypatch):
    # What the threshold above rests on: without their marks, the states differ in colour
    # only, and no pair of them has a single pixel more than 100 grey levels apart.
    import itertools

    from withings_gui.tray import icon

    monkeypatch.setattr(icon, "draw_mark", lambda *args: None)
    shown = {state: on_panel(state, 16, "light") for state in TrayState}
    assert all(clearly_different_pixels(shown[first], shown[second]) == 0
               for first, second in itertools.combinations(TrayState, 2))
