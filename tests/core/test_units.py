from hypothesis import given
from hypothesis import strategies as st

from withings_gui.core.units import (KG_TO_LB, in_display_unit, mass_text, stones_and_pounds,
                                     to_pounds, to_stones)


def test_pounds_to_two_decimals_as_home_assistant_shows_them():
    assert to_pounds(72.35) == 159.5
    assert to_pounds(100) == 220.46
    assert to_pounds(0) == 0


def test_stones_to_three_decimals():
    assert to_stones(70.76) == 11.143  # 156.0 lb
    assert to_stones(6.35029318) == 1.0
    assert to_stones(0) == 0


def stones(pounds: float) -> float:
    return pounds / 14


def test_stones_and_pounds_round_to_the_nearest_pound_and_carry():
    assert mass_text(stones(11 * 14 + 2), "st") == "11 st 2 lb"
    assert mass_text(stones(11 * 14 + 13.4), "st") == "11 st 13 lb"
    assert mass_text(stones(11 * 14 + 13.5), "st") == "12 st 0 lb"  # half up
    # 13.6 and 13.7 lb both round to 14 lb, which is a stone: never "11 st 14 lb".
    assert mass_text(stones(11 * 14 + 13.6), "st") == "12 st 0 lb"
    assert mass_text(stones(11 * 14 + 13.7), "st") == "12 st 0 lb"
    assert mass_text(stones(11 * 14 + 0.49), "st") == "11 st 0 lb"
    assert mass_text(stones(0.5), "st") == "0 st 1 lb"


def test_other_units_show_one_decimal():
    assert mass_text(72.36, "kg") == "72.4 kg"
    assert mass_text(159.5, "lb") == "159.5 lb"


@given(st.floats(min_value=0, max_value=10_000, allow_nan=False))
def test_stones_and_pounds_are_the_rounded_pounds(kilograms):
    whole, pounds = stones_and_pounds(in_display_unit(kilograms, "st"))
    exact = kilograms * KG_TO_LB
    assert 0 <= pounds <= 13
    assert abs(whole * 14 + pounds - exact) <= 0.5 + 1e-6


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=0, max_value=13),
       st.sampled_from([-0.49, -0.2, 0, 0.2, 0.49]))
def test_a_pound_and_a_bit_shows_as_that_pound(whole, pounds, bit):
    total = whole * 14 + pounds + bit
    if total < 0:
        return
    assert mass_text(stones(total), "st") == f"{whole} st {pounds} lb"


def test_display_values_per_unit():
    assert in_display_unit(70.0, "kg") == 70.0
    assert in_display_unit(70.0, "lb") == to_pounds(70.0)
    assert abs(in_display_unit(70.0, "st") * 14 - 70.0 * KG_TO_LB) < 1e-9
