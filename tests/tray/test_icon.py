import pytest

from withings_gui.tray.icon import (ICON_SIZES, TrayState, format_weight, make_icon,
                                    render_weight_icon)

pytestmark = pytest.mark.gui


def pixels(pixmap):
    image = pixmap.toImage()
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def white_share(pixmap):
    colors = pixels(pixmap)
    return sum(1 for c in colors if c.red() > 230 and c.green() > 230 and c.blue() > 230) / len(colors)


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


def test_dark_panel_gets_a_light_rim(qapp):
    light = render_weight_icon(72.4, "kg", TrayState.STALE, 22, dark=False).toImage()
    dark = render_weight_icon(72.4, "kg", TrayState.STALE, 22, dark=True).toImage()
    assert dark.pixelColor(11, 0) != light.pixelColor(11, 0)


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
