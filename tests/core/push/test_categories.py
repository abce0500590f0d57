import pytest
from hypothesis import given
from hypothesis import strategies as st

from withings_gui.core.push.categories import (APPLIS, STREAMS_OF_APPLI, CategoryError,
                                               parse_applis, streams_for)


def test_each_category_names_its_streams():
    assert streams_for((1,)) == streams_for((4,)) == {"measures"}
    assert streams_for((16,)) == {"activity", "workouts"}
    assert streams_for((44,)) == {"sleep"}
    assert streams_for((54,)) == {"ecg"}
    assert streams_for(APPLIS) == {"measures", "activity", "workouts", "sleep"}


def test_parse_applis_sorts_and_drops_repeats():
    assert parse_applis("44,1, 4,1") == (1, 4, 44)


@pytest.mark.hostile("--notified values")
@given(st.text(max_size=20))
def test_anything_else_is_a_one_line_error(text):
    try:
        found = parse_applis(text)
    except CategoryError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 160
    else:
        assert found and set(found) <= set(STREAMS_OF_APPLI)
