from withings_gui.core.units import to_pounds


def test_pounds_to_two_decimals_as_home_assistant_shows_them():
    assert to_pounds(72.35) == 159.5
    assert to_pounds(100) == 220.46
    assert to_pounds(0) == 0

