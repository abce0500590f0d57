"""The clock rules, for any clock and any stored value (cheap: no network per case)."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.timekeeping import (FUTURE_SKEW, cursor_to_keep, is_due, not_after,
                                           number, trusted_cursor, waiting)

YEAR = 365 * 86400
NOW = st.integers(0, 4_000_000_000).map(float)
SHIFT = st.integers(-100 * YEAR, 100 * YEAR)
ANY_STORED = st.one_of(st.none(), st.booleans(), st.text(max_size=12),
                       st.floats(allow_nan=True, allow_infinity=True),
                       st.integers(-2 ** 80, 2 ** 80), st.lists(st.integers(), max_size=2))
CASES = settings(max_examples=500, deadline=None)


@pytest.mark.hostile("clock rules: stream due with the clock moved")
@CASES
@given(NOW, SHIFT, st.integers(1, 7 * 86400))
def test_a_stream_is_due_unless_fetched_within_its_cadence_before_now(now, shift, every):
    last = now + shift
    assert is_due(last, now, every) == (last > now or now - last >= every)


@pytest.mark.hostile("clock rules: back-off with the clock moved")
@CASES
@given(NOW, SHIFT, st.sampled_from([1800.0, 3600.0]))
def test_a_pause_never_lasts_longer_than_its_cap_from_now(now, shift, cap):
    left = waiting(now + shift, now, cap)
    assert 0 <= left <= cap
    assert left == (shift if 0 < shift <= cap else 0)


@pytest.mark.hostile("clock rules: Withings updatetime as cursor")
@CASES
@given(st.integers(-2 ** 70, 2 ** 70), NOW)
def test_a_kept_cursor_is_never_past_now(server, now):
    kept = cursor_to_keep(server, now)
    assert kept <= now and (kept == server or server > now)


@pytest.mark.hostile("clock rules: stored cursors")
@CASES
@given(ANY_STORED, NOW)
def test_a_stored_cursor_is_trusted_only_up_to_now_plus_the_skew(stored, now):
    cursor = trusted_cursor(stored, now)
    assert cursor is None or (0 < cursor <= now + FUTURE_SKEW)


@pytest.mark.hostile("clock rules: any stored cursor value")
@CASES
@given(ANY_STORED)
def test_any_stored_value_reads_as_a_finite_number_or_the_default(stored):
    value = number(stored, -1.0)
    assert value == -1.0 or math.isfinite(value)


@pytest.mark.hostile("clock rules: latest weigh-in bound")
@CASES
@given(NOW)
def test_the_latest_may_be_dated_at_most_the_skew_ahead(now):
    assert not_after(now) == int(now) + FUTURE_SKEW
    assert FUTURE_SKEW == 15 * 60
