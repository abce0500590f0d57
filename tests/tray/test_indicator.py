"""The icon in the panel: redrawn only on change, and told when the tray host has placed it."""

import pytest
from PySide6.QtGui import QPixmapCache

from withings_gui.tray.state import TrayState
from withings_gui.tray.indicator import PIXMAP_CACHE_KB, PLACEMENT_WAIT_S, TrayIndicator
from withings_gui.tray.status import TrayStatus

pytestmark = pytest.mark.gui


def status(state=TrayState.OK, weight=72.43, message=""):
    return TrayStatus(state, weight, "kg", 1_700_000_000, None, message)


def test_icon_is_redrawn_only_when_what_it_shows_changes(qapp):
    indicator = TrayIndicator()
    indicator.show_status(status())
    drawn = indicator.icon().cacheKey()
    indicator.show_status(status(weight=72.44))  # the same at one decimal
    assert indicator.icon().cacheKey() == drawn
    indicator.show_status(status(TrayState.SYNCING))
    assert indicator.icon().cacheKey() != drawn


def test_tooltip_follows_every_status(qapp):
    indicator = TrayIndicator()
    indicator.show_status(status())
    indicator.show_status(status(TrayState.ERROR, message="HTTP 502"))
    assert "Error: HTTP 502" in indicator.toolTip()


def test_drawn_icons_do_not_pile_up_in_the_pixmap_cache(qapp):
    TrayIndicator()
    assert QPixmapCache.cacheLimit() == PIXMAP_CACHE_KB


# Qt's offscreen platform says so when an icon is shown on it.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_without_a_tray_host_the_icon_counts_as_placed_after_a_short_wait(qtbot):
    # Offscreen has no tray, as hosts that show icons over D-Bus report no geometry.
    indicator = TrayIndicator()
    indicator.show_status(status())
    indicator.show()
    with qtbot.waitSignal(indicator.placed, timeout=int(PLACEMENT_WAIT_S * 1000) + 5000) \
            as placed:
        indicator.watch_placement()
    assert placed.args == [False]
