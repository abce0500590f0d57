import math
import random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from withings_gui.core.store import HistoryStore
from withings_gui.core.trend import (FLAT_BELOW_KG, MIN_SPAN, WEEK, Direction, direction,
                                     slope_per_second, trend_text, week_trend, weight_trend_kg)
from withings_gui.core.withings.measures import Measurement

NOW = 1_796_022_720
times_in_week = st.lists(st.integers(NOW - WEEK, NOW), min_size=2, max_size=40)
weights = st.floats(30, 250)


def spans_enough(times):
    return max(times) - min(times) >= MIN_SPAN


@settings(max_examples=300)
@given(times=times_in_week, start=weights, per_week=st.floats(-20, 20))
def test_a_perfect_line_gives_its_slope(times, start, per_week):
    assume(spans_enough(times))
    points = [(t, start + per_week * (t - NOW + WEEK) / WEEK) for t in times]
    assert week_trend(points) == pytest.approx(per_week, abs=1e-6)


@settings(max_examples=300)
@given(points=st.lists(st.tuples(st.integers(NOW - WEEK, NOW), weights), min_size=2,
                       max_size=40), seed=st.integers())
def test_the_order_of_the_weigh_ins_changes_nothing(points, seed):
    shuffled = list(points)
    random.Random(seed).shuffle(shuffled)
    assert week_trend(shuffled) == week_trend(points)  # exact: every sum is math.fsum


@settings(max_examples=300)
@given(points=st.lists(st.tuples(st.integers(NOW - WEEK, NOW), weights), min_size=2,
                       max_size=40), shift=st.floats(-20, 20))
def test_adding_a_constant_changes_nothing(points, shift):
    assume(spans_enough([t for t, _ in points]))
    moved = [(t, v + shift) for t, v in points]
    assert week_trend(moved) == pytest.approx(week_trend(points), abs=1e-6)


@given(time=st.integers(0, 2 ** 40), value=weights)
def test_one_weigh_in_is_no_trend(time, value):
    assert week_trend([(time, value)]) is None and week_trend([]) is None


@given(time=st.integers(0, 2 ** 40), values=st.lists(weights, min_size=2, max_size=20))
def test_weigh_ins_all_at_one_instant_are_no_trend(time, values):
    assert slope_per_second([(time, v) for v in values]) is None


def test_weigh_ins_minutes_apart_are_no_trend():
    # Stepping on twice: 0.1 kg in two minutes is scale noise, not 504 kg a week.
    assert week_trend([(NOW - 120, 70.0), (NOW, 70.1)]) is None
    assert week_trend([(NOW - MIN_SPAN, 70.0), (NOW, 70.3)]) == pytest.approx(1.05)


def test_least_squares_is_not_first_against_last():
    # A heavy first morning: first-vs-last says −1.0 kg, the week's line much less.
    day = 24 * 3600
    points = [(NOW - 6 * day, 71.0)] + [(NOW - d * day, 70.0) for d in range(5, -1, -1)]
    assert -1.0 < week_trend(points) < -0.3


@settings(max_examples=300)
@given(points=st.lists(st.tuples(st.integers(-2 ** 40, 2 ** 40),
                                 st.floats(allow_nan=True, allow_infinity=True)), max_size=10))
def test_any_numbers_give_a_finite_trend_or_none(points):
    trend = week_trend(points)
    assert trend is None or math.isfinite(trend)
    assert trend is None or trend_text(trend, "lb") is None or \
        isinstance(trend_text(trend, "lb").english(), str)


@pytest.mark.parametrize("kg, unit, text", [
    (-0.8, "kg", "\u22120.8 kg in 7 days"), (0.84, "kg", "+0.8 kg in 7 days"),
    (0.04, "kg", "±0.0 kg in 7 days"), (-0.04, "kg", "±0.0 kg in 7 days"),
    (-0.8, "lb", "\u22121.8 lb in 7 days"), (-0.8, "st", "\u22121.8 lb in 7 days"),
    (12.34, "kg", "+12.3 kg in 7 days"), (1e308, "lb", "")])
def test_text_rounds_to_a_tenth_with_a_real_minus(kg, unit, text):
    shown = trend_text(kg, unit)
    assert (shown.english() if shown else "") == text


@pytest.mark.parametrize("kg, expected", [
    (None, None), (float("nan"), None), (0.0, Direction.FLAT),
    (FLAT_BELOW_KG - 0.01, Direction.FLAT), (-(FLAT_BELOW_KG - 0.01), Direction.FLAT),
    (FLAT_BELOW_KG, Direction.UP), (-0.8, Direction.DOWN), (3.0, Direction.UP)])
def test_direction(kg, expected):
    assert direction(kg) is expected


def weigh_in(grpid, when, kg):
    return Measurement(grpid, 1, kg, when, when, 0, 1, "scale")


def test_the_store_trend_takes_the_last_7_days_only(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3")
    day = 24 * 3600
    try:
        assert weight_trend_kg(store, "alice", NOW) is None
        store.add_measurements("alice", [
            weigh_in(1, NOW - 30 * day, 90.0),  # a month ago: outside the week
            weigh_in(2, NOW - 6 * day, 80.0), weigh_in(3, NOW - 3 * day, 79.7),
            weigh_in(4, NOW, 79.4),
            weigh_in(5, NOW + 365 * day, 50.0),  # a scale's clock a year ahead
        ])
        store.add_measurements("bob", [weigh_in(6, NOW - 5 * day, 60.0),
                                       weigh_in(7, NOW, 70.0)])
        assert weight_trend_kg(store, "alice", NOW) == pytest.approx(-0.7)
        # A week later the old weigh-ins have left the window: one is no trend.
        assert weight_trend_kg(store, "alice", NOW + 6 * day + 1) is None
    finally:
        store.close()


def test_the_trend_module_loads_no_sqlite():
    # The tray imports it for its texts, and keeps SQLite out (tray/last_weight.py).
    import subprocess
    import sys

    code = ("import sys\nimport withings_gui.core.trend\n"
            "print('sqlite3' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr
