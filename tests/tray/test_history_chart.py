"""The history chart on its own: label formats, and any history a store can hold charted
whole (one point, equal values, centuries, values no scale gives) and readable by pointing."""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDateTime, QLocale

from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import (EARLIEST_TIME, LATEST_TIME, MAX_MAGNITUDE,
                                                 Measurement)
from withings_gui.tray.history import NAMES, SERIES, load_history
from withings_gui.tray.history_chart import (DAY, HistoryChart, Reading, date_format,
                                             reading_text, value_format)

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("span, expected", [(DAY, "d MMM HH:mm"), (30 * DAY, "d MMM"),
                                            (365 * DAY, "MMM yyyy"), (3 * 365 * DAY, "MMM yyyy"),
                                            (20 * 365 * DAY, "yyyy")])
def test_the_date_labels_suit_the_span(span, expected):
    assert date_format(span)[0] == expected


@pytest.mark.parametrize("low, high, ticks, expected", [
    (60, 80, 5, "%.0f"), (72, 73, 5, "%.2f"), (72, 73.2, 7, "%.1f"), (72, 74, 5, "%.1f"),
    (0, 1e300, 5, "%.3g"), (5, 5, 1, "%.0f")])
def test_the_value_labels_have_the_decimals_the_step_needs(low, high, ticks, expected):
    assert value_format(low, high, ticks) == expected


def test_a_reading_says_what_when_and_in_which_unit():
    when = QDateTime.fromString("2026-12-03T07:12:00", "yyyy-MM-ddTHH:mm:ss")
    reading = Reading("Weight", 0, when.toSecsSinceEpoch(), 72.43)
    day = QLocale().toString(when, "d MMM yyyy")
    assert reading_text(reading, "kg") == f"Weight 72.4 kg · {day} 07:12"
    assert reading_text(Reading("Weight", 0, 0, 2e300), "lb").startswith("Weight 2e+300 lb ·")
    assert reading_text(Reading("Weight", 0, when.toSecsSinceEpoch(), 156 / 14), "st") == \
        f"Weight 11 st 2 lb · {day} 07:12"
    assert reading_text(Reading("Weight", 0, 0, 2e300), "st").startswith("Weight 2e+300 st ·")


weigh_in = st.tuples(st.integers(EARLIEST_TIME, LATEST_TIME),
                     st.sampled_from([meastype for meastype, _ in SERIES]),
                     st.one_of(st.floats(-MAX_MAGNITUDE, MAX_MAGNITUDE, allow_nan=False),
                               st.floats(20, 200), st.just(72.4)))
histories = st.one_of(st.lists(weigh_in, min_size=1, max_size=1),  # a single point
                      st.lists(weigh_in, min_size=1, max_size=60),
                      # one value over and over, and many points in a short time
                      st.lists(st.tuples(st.integers(1_700_000_000, 1_700_100_000),
                                         st.just(1), st.just(72.4)), min_size=2, max_size=40))


def test_any_history_is_charted_whole_and_its_points_can_be_read(qtbot):
    # One chart for every example, plotted over and over as range changes do.
    chart = HistoryChart(NAMES)
    qtbot.addWidget(chart)
    chart.resize(700, 420)
    chart.show()
    qtbot.waitExposed(chart)

    @settings(max_examples=80, deadline=None)
    @given(groups=histories, unit=st.sampled_from(["kg", "lb"]))
    def check(groups, unit):
        charted_whole_and_readable(chart, groups, unit)

    check()


def charted_whole_and_readable(chart: HistoryChart, groups: list, unit: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = HistoryStore(Path(folder) / "history.db")
        store.add_measurements("alice", [Measurement(grpid, meastype, value, when, when)
                                         for grpid, (when, meastype, value)
                                         in enumerate(groups)])
        history = load_history(store, "alice", None, unit)
        store.close()
    times = [t for points in history.series.values() for t, _ in points]
    values = [v for points in history.series.values() for _, v in points]
    chart.plot(history.series, unit, min(times), max(times))
    x_low, x_high = chart.x_axis.min().toMSecsSinceEpoch(), chart.x_axis.max().toMSecsSinceEpoch()
    assert x_low <= min(times) * 1000 and max(times) * 1000 <= x_high
    y_low, y_high = chart.y_axis.min(), chart.y_axis.max()
    assert math.isfinite(y_low) and math.isfinite(y_high) and y_low < y_high
    assert y_low <= min(values) and max(values) <= y_high
    assert chart.x_axis.tickCount() >= 2 and chart.y_axis.tickCount() >= 2
    for bound in (y_low, y_high):
        assert len(chart.y_axis.labelFormat() % bound) <= 12  # labels short enough to fit
    assert chart.y_axis.titleText() == f"Mass ({unit})"
    for name, points in history.series.items():
        for index in {0, len(points) // 2, len(points) - 1}:
            spot = chart.position_of(Reading(name, index, *points[index]))
            found = chart.reading_at(spot)
            assert found is not None  # each point can be pointed at ...
            assert (chart.position_of(found) - spot).manhattanLength() <= 1  # ... or its twin
            assert unit in reading_text(found, unit)
