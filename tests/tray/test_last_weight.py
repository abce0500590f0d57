"""The weight file that lets the tray draw a number before its first sync."""

import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from withings_gui.tray.state import is_drawable_kg
from withings_gui.core.timekeeping import FUTURE_SKEW
from withings_gui.tray.last_weight import load_last_weight, save_last_weight

NOW = 1_800_000_000
FILE_CASES = settings(max_examples=300, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def path(tmp_path):
    return tmp_path / "cfg" / "tray-weight.json"


def test_saved_weight_comes_back_for_its_profile_only(path):
    save_last_weight(path, "alice", 72.45, 1_700_000_000)
    assert load_last_weight(path, "alice") == (72.45, 1_700_000_000)
    assert load_last_weight(path, "bob") is None
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content", ["", "{", "[]", '{"profile": "alice"}',
                                     '{"profile": "alice", "kg": "heavy", "measured_at": 1}'])
def test_a_damaged_file_means_no_number_not_a_crash(path, content, caplog):
    caplog.set_level(logging.DEBUG, logger="withings_gui.tray.last_weight")
    path.parent.mkdir(parents=True)
    path.write_text(content)
    assert load_last_weight(path, "alice") is None
    assert str(path) in caplog.text


def test_no_file_yet_is_quiet(path, caplog):
    assert load_last_weight(path, "alice") is None
    assert caplog.text == ""


def test_a_folder_that_cannot_be_written_costs_only_the_early_number(path, caplog):
    path.parent.mkdir(parents=True)
    path.mkdir()  # a directory where the file should go: every write fails
    save_last_weight(path, "alice", 72.4, 1)
    assert "could not save the last weight" in caplog.text


# -- any bytes in the file (issue 14) -----------------------------------------------------

def believable(loaded):
    """What load_last_weight may return: nothing, or a weight the icon can draw."""
    return loaded is None or (is_drawable_kg(loaded[0]) and type(loaded[1]) is int
                              and 0 < loaded[1] <= NOW + FUTURE_SKEW)


def load_bytes(path, raw, profile="alice"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return load_last_weight(path, profile, now=NOW)


json_values = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                               max_size=4),
    max_leaves=20)
# What a hand edit or a broken writer might leave as a value: Python's json reads NaN,
# Infinity and numbers of any size.
odd_numbers = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "-72.4",
                               "0", "-0.0", "5e-324", "1" * 5000, "9" * 400, "true", "1e308",
                               "72.4", "1700000000", "17e8", "[72.4]", '{"kg": 72.4}',
                               '"72.4"', "null"])


@pytest.mark.hostile("tray-weight.json: any bytes")
@FILE_CASES
@given(raw=st.binary(max_size=300))
def test_any_bytes_are_a_weight_or_nothing(path, raw):
    assert believable(load_bytes(path, raw))


@pytest.mark.hostile("tray-weight.json: any JSON")
@FILE_CASES
@given(data=json_values)
def test_any_json_is_a_weight_or_nothing(path, data):
    assert believable(load_bytes(path, json.dumps(data).encode()))


@pytest.mark.hostile("tray-weight.json: odd values in the right shape")
@FILE_CASES
@given(kg=odd_numbers | st.floats().map(repr), measured_at=odd_numbers,
       profile=st.sampled_from(['"alice"', "1", "null", '["alice"]', '{"alice": 1}']))
def test_odd_values_in_the_right_shape_are_a_weight_or_nothing(path, kg, measured_at,
                                                               profile):
    raw = f'{{"profile": {profile}, "kg": {kg}, "measured_at": {measured_at}}}'
    loaded = load_bytes(path, raw.encode())
    assert believable(loaded)
    if loaded is not None:
        assert profile == '"alice"'


@pytest.mark.parametrize("depth", [10_000, 1_900])
def test_deep_nesting_is_ignored(path, depth, caplog):
    caplog.set_level(logging.DEBUG, logger="withings_gui.tray.last_weight")
    assert load_bytes(path, b"[" * depth + b"]" * depth) is None
    assert str(path) in caplog.text


@pytest.mark.parametrize("kg, measured_at", [(float("nan"), 1), (float("inf"), 1), (-72.4, 1),
                                            (0.0, 1), (1e300, 1), (72.4, -1), (72.4, True),
                                            (72.4, 1.5), (72.4, NOW + 30 * 86400)])
def test_a_file_that_would_break_or_fool_the_tray_is_ignored(path, kg, measured_at):
    raw = json.dumps({"profile": "alice", "kg": kg, "measured_at": measured_at})
    assert load_bytes(path, raw.encode()) is None


def test_a_weighing_slightly_ahead_of_this_clock_is_kept(path):
    save_last_weight(path, "alice", 72.4, NOW + 60, now=NOW)
    assert load_last_weight(path, "alice", now=NOW) == (72.4, NOW + 60)


@pytest.mark.hostile("tray-weight.json: saving any number")
@FILE_CASES
@given(kg=st.floats() | st.integers(), measured_at=st.integers() | st.floats())
def test_only_values_that_load_back_are_saved(path, kg, measured_at):
    path.unlink(missing_ok=True)
    save_last_weight(path, "alice", kg, measured_at, now=NOW)
    loaded = load_last_weight(path, "alice", now=NOW)
    assert believable(loaded)
    assert path.exists() == (loaded is not None)
    if loaded is not None:
        assert loaded == (kg, measured_at)
