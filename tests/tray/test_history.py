"""The history window on a real store: axes in the user's unit, what it says when there is
nothing to chart, reading a point by mouse and by keyboard, the desktop's dark palette."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from withings_gui.core.store import HistoryStore
from withings_gui.core.units import in_display_unit
from withings_gui.core.withings.measures import Measurement
from withings_gui.gui.look import (GRAPHIC_CONTRAST, NORMAL_CONTRAST, contrast_ratio, is_dark,
                                   relative_luminance)
from withings_gui.gui.tasks import TaskRunner
from withings_gui.tray.history import HistoryWindow, load_history, wider_range
from withings_gui.tray.history_chart import Reading, reading_text

pytestmark = pytest.mark.gui

DAY = 86400


def at_local(days_ago: int, hour: int, minute: int) -> int:
    """A time ``days_ago`` days back at hour:minute on this machine's clock."""
    day = QDateTime.currentDateTime().addDays(-days_ago).date()
    return QDateTime(day, QTime(hour, minute)).toSecsSinceEpoch()


def weigh_ins(times: list[int], weight: float = 72.4) -> list[Measurement]:
    """A Body Cardio weigh-in at each time: weight, fat mass and muscle mass."""
    groups = []
    for grpid, when in enumerate(times):
        value = weight + grpid / 10
        groups += [Measurement(grpid, 1, value, when, when),
                   Measurement(grpid, 8, round(value * 0.2, 2), when, when),
                   Measurement(grpid, 76, round(value * 0.55, 2), when, when)]
    return groups


def dark_palette() -> QPalette:
    """What Qt's gtk3 theme gives for Adwaita:dark (measured), for offscreen windows."""
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#323232"),
                        (QPalette.ColorRole.WindowText, "#ffffff"),
                        (QPalette.ColorRole.Base, "#2d2d2d"), (QPalette.ColorRole.Text, "#ffffff"),
                        (QPalette.ColorRole.Button, "#353535"),
                        (QPalette.ColorRole.ButtonText, "#ffffff"),
                        (QPalette.ColorRole.Mid, "#1b1b1b"),
                        (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "history.db")
    yield store
    store.close()


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


@pytest.fixture
def open_window(qtbot, store, runner):
    def open_window(unit: str = "kg", range_index: int = 0) -> HistoryWindow:
        window = HistoryWindow(store, "alice", unit, runner)
        qtbot.addWidget(window)
        window.range_box.setCurrentIndex(range_index)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.loading, timeout=10000)
        return window
    return open_window


@pytest.mark.parametrize("unit", ["kg", "lb", "st"])
def test_axes_are_titled_and_the_value_axis_is_in_the_users_unit(open_window, store, unit):
    times = [at_local(days, 7, 12) for days in (20, 10, 3)]
    store.add_measurements("alice", weigh_ins(times))
    window = open_window(unit)
    chart = window.chart_view
    assert chart.y_axis.titleText() == f"Mass ({unit})"
    assert chart.x_axis.titleText().startswith("Date")
    weights = [v for _, v in window.series_data["Weight"]]
    expected = [in_display_unit(w, unit) for w in (72.4, 72.5, 72.6)]
    assert weights == pytest.approx(expected)
    values = [v for points in window.series_data.values() for _, v in points]
    assert chart.y_axis.min() <= min(values) and max(values) <= chart.y_axis.max()
    assert chart.x_axis.format() == "d MMM"  # days for 30 days


def test_a_year_is_labelled_by_months(qtbot, open_window, store):
    store.add_measurements("alice", weigh_ins([at_local(days, 7, 0) for days in (300, 100, 1)]))
    window = open_window(range_index=1)
    assert window.chart_view.x_axis.format() == "MMM yyyy"
    assert window.chart_view.x_axis.titleText() == "Date"  # the labels carry the year


def test_an_empty_store_says_no_weigh_ins_yet(open_window):
    window = open_window()
    assert window.message_title.text() == "No weigh-ins yet"
    assert window.message_title.isVisible() and not window.chart_view.isVisible()
    assert not window.message_action.isVisible()  # no longer range would help
    assert window.status.text() == "" and window.reading.text() == ""


@pytest.mark.parametrize("days_ago, offered, shown", [(200, "Show last year", 1),
                                                     (800, "Show all", 2)])
def test_a_range_without_weigh_ins_offers_a_longer_one(qtbot, open_window, store, days_ago,
                                                       offered, shown):
    when = at_local(days_ago, 8, 30)
    store.add_measurements("alice", weigh_ins([when]))
    window = open_window()
    assert window.message_title.text() == "No weigh-ins in the last 30 days"
    date = QLocale().toString(QDateTime.fromSecsSinceEpoch(when), "d MMM yyyy")
    assert window.message_text.text() == f"The latest is from {date}."
    assert not window.chart_view.isVisible()
    assert window.message_action.text().replace("&", "") == offered
    window.message_action.click()
    assert window.range_box.currentIndex() == shown
    qtbot.waitUntil(lambda: window.chart_view.isVisible(), timeout=10000)
    assert [t for t, _ in window.series_data["Weight"]] == [when]
    assert window.status.text() == "1 weigh-in"


def test_a_history_that_cannot_be_read_says_so_and_offers_a_retry(qtbot, open_window, store):
    store.add_measurements("alice", weigh_ins([at_local(2, 7, 0)]))
    window = open_window()
    assert window.chart_view.isVisible()
    store.close()  # every query now fails, as a file gone bad would
    window.reload()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    assert window.message_title.text() == "Could not read the history"
    assert window.message_text.text()  # the reason, in one line
    assert window.message_action.text() == "&Try again" and window.message_action.isVisible()


def test_hovering_a_point_reads_it(qtbot, open_window, store):
    times = [at_local(days, 7, 12) for days in (9, 6, 3)]
    store.add_measurements("alice", weigh_ins(times))
    window = open_window()
    view = window.chart_view
    latest = reading_text(view.latest(), "kg")
    assert window.reading.text() == f"Latest: {latest}"  # readable before any pointing
    first = Reading("Weight", 0, times[0], 72.4)
    spot = view.position_of(first).toPoint()
    qtbot.mouseMove(view.viewport(), spot + QPoint(2, -1))
    qtbot.waitUntil(lambda: view.selected == first, timeout=5000)
    day = QLocale().toString(QDateTime.fromSecsSinceEpoch(times[0]), "d MMM yyyy")
    assert window.reading.text() == f"Weight 72.4 kg · {day} 07:12"
    assert view.lines["Weight"].selectedPoints() == [0]
    # Away from every point (the plot's top left corner): back to the latest.
    corner = view.mapFromScene(view.chart().mapToScene(view.chart().plotArea().topLeft()))
    qtbot.mouseMove(view.viewport(), corner + QPoint(2, 2))
    qtbot.waitUntil(lambda: view.selected is None, timeout=5000)
    assert window.reading.text() == f"Latest: {latest}"


def test_the_keyboard_reads_every_point(qtbot, open_window, store):
    times = [at_local(days, 7, 12) for days in (9, 6, 3)]
    store.add_measurements("alice", weigh_ins(times))
    window = open_window()
    view = window.chart_view
    window.range_box.setFocus()
    qtbot.keyClick(window.range_box, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.hasFocus, timeout=5000)
    assert view.selected == Reading("Weight", 2, times[2], pytest.approx(72.6))
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.reading.text().startswith("Weight 72.5 kg")
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected.index == 0
    qtbot.keyClick(view, Qt.Key.Key_Left)  # stays at the first
    assert view.selected.index == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the next measure, same weigh-in
    assert (view.selected.name, view.selected.time) == ("Fat mass", times[0])
    assert window.reading.text().startswith("Fat mass 14.5 kg")
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected.index == 2


def test_the_range_box_has_a_mnemonic_and_escape_closes(qtbot, open_window):
    window = open_window()
    buddies = [label for label in window.findChildren(QLabel) if label.buddy() is not None]
    assert [(b.text(), b.buddy()) for b in buddies] == [("&Range:", window.range_box)]
    qtbot.keyClick(window.range_box, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_dark_palette_draws_a_dark_chart_with_readable_text(qtbot, open_window, store):
    store.add_measurements("alice", weigh_ins([at_local(days, 7, 0) for days in (5, 2)]))
    window = open_window()
    chart = window.chart
    assert not is_dark_color(chart.backgroundBrush().color())  # offscreen: Fusion's light
    window.setPalette(dark_palette())
    background = chart.backgroundBrush().color()
    assert is_dark_color(background) and is_dark(window.palette())
    view = window.chart_view
    for axis in (view.x_axis, view.y_axis):
        assert contrast_ratio(axis.labelsBrush().color(), background) >= NORMAL_CONTRAST
        assert contrast_ratio(axis.titleBrush().color(), background) >= NORMAL_CONTRAST
    assert contrast_ratio(chart.legend().labelColor(), background) >= NORMAL_CONTRAST
    for line in view.lines.values():
        assert contrast_ratio(line.pen().color(), background) >= GRAPHIC_CONTRAST
    colors = {line.pen().color().name() for line in view.lines.values()}
    assert len(colors) == 3  # each measure its own colour


def is_dark_color(color: QColor) -> bool:
    return relative_luminance(color) < 0.18  # look.is_dark's line, for a colour

def test_the_smallest_window_keeps_the_axis_labels_apart(qtbot, open_window, store):
    store.add_measurements("alice", weigh_ins([at_local(days, 7, 0) for days in range(29)]))
    window = open_window()
    window.resize(1, 1)  # the layout keeps the window at its minimum size
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert window.width() >= hint.width() and window.height() >= hint.height()
    assert_nothing_squeezed(window)
    view = window.chart_view
    plot = view.chart().plotArea()
    axis = view.x_axis
    label = QFontMetricsF(axis.labelsFont()).horizontalAdvance(
        QLocale().toString(axis.max(), axis.format()))
    assert axis.tickCount() >= 2
    assert plot.width() / (axis.tickCount() - 1) >= label  # no two date labels overlap
    widest = max(QFontMetricsF(view.y_axis.labelsFont()).horizontalAdvance(
        view.y_axis.labelFormat() % value) for value in (view.y_axis.min(), view.y_axis.max()))
    assert plot.left() >= widest  # the value labels fit left of the plot


def test_the_store_is_read_off_the_gui_thread(qtbot, runner, tmp_path):
    readers = []

    class WatchedStore(HistoryStore):
        def series(self, *args, **kwargs):
            readers.append(threading.current_thread())
            return super().series(*args, **kwargs)

    watched = WatchedStore(tmp_path / "watched.db")
    window = HistoryWindow(watched, "alice", "kg", runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    runner.wait_idle()
    watched.close()
    assert readers and threading.main_thread() not in readers


def test_the_smallest_window_shows_the_message_whole(qtbot, open_window, store):
    store.add_measurements("alice", weigh_ins([at_local(400, 7, 0)]))
    window = open_window(range_index=0)
    window.setPalette(dark_palette())
    window.resize(1, 1)
    QApplication.processEvents()
    assert window.message_action.isVisible()
    assert_nothing_squeezed(window)


def assert_nothing_squeezed(window: HistoryWindow) -> None:
    """Every widget shown at least as large as it says it needs (no clipped text)."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible():
            hint = widget.minimumSizeHint()
            assert widget.width() >= hint.width() and widget.height() >= hint.height(), widget
            assert widget.width() >= widget.minimumWidth(), widget
            assert widget.height() >= widget.minimumHeight(), widget


def test_a_range_chosen_while_another_loads_wins(qtbot, open_window, store, runner):
    store.add_measurements("alice", weigh_ins([at_local(days, 7, 0) for days in (500, 2)]))
    window = open_window()
    for index in (1, 0, 2, 1, 2):  # a user scrolling through the ranges
        window.range_box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    runner.wait_idle()
    QApplication.processEvents()  # any stale answer would land now
    assert window.history.start is None  # "All"
    assert len(window.series_data["Weight"]) == 2 and window.status.text() == "2 weigh-ins"


def test_a_weigh_in_dated_years_ahead_waits_for_all(store):
    now = 1_800_000_000
    store.add_measurements("alice", weigh_ins([now - 3 * DAY, now + 3600, now + 5 * 365 * DAY]))
    month = load_history(store, "alice", 30, "kg", now=now)
    assert [t for t, _ in month.series["Weight"]] == [now - 3 * DAY, now + 3600]  # a clock ahead
    everything = load_history(store, "alice", None, "kg", now=now)
    assert len(everything.series["Weight"]) == 3
    only_future = HistoryStore(store.path.parent / "future.db")
    only_future.add_measurements("alice", weigh_ins([now + 5 * 365 * DAY]))
    nothing = load_history(only_future, "alice", 30, "kg", now=now)
    only_future.close()
    assert nothing.series == {} and nothing.newest == now + 5 * 365 * DAY
    assert wider_range(0, nothing) == 2  # not "Last year": only "All" shows it


def test_a_grab_has_the_screens_pixels(open_window, store):
    store.add_measurements("alice", weigh_ins([at_local(days, 7, 0) for days in (5, 2)]))
    window = open_window()
    picture = window.grab()  # drawn at the device-pixel ratio, not scaled up from 1×
    ratio = window.devicePixelRatioF()
    assert ratio == float(os.environ.get("QT_SCALE_FACTOR", "1"))
    assert picture.devicePixelRatio() == ratio
    assert (picture.width(), picture.height()) == (round(window.width() * ratio),
                                                   round(window.height() * ratio))


@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "2", reason="this is the run at 2×")
def test_the_size_tests_pass_at_twice_the_pixels():
    # Qt reads QT_SCALE_FACTOR once, at start: the tests run again in a Qt of their own.
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                          str(Path(__file__)), "-k", "smallest or grab"],
                         env=dict(os.environ, QT_SCALE_FACTOR="2"), cwd=root,
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "3 passed" in run.stdout
