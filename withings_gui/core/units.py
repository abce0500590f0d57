"""Kilograms to pounds and stones, the unit conversions the app does (HA sensors, tray, history).

Apart from the sensor catalog: the tray needs the conversion before its icon shows, and the
catalog's sensor specs (dataclasses built at import) are no part of that.
"""

from __future__ import annotations

KG_TO_LB = 2.20462262185
POUNDS_PER_STONE = 14
# The mass sensors each unit choice publishes: kg, lb (``_lbs`` twins), st (``_st`` twins).
MASS_UNITS = {"kg": ("kg",), "lb": ("lb",), "both": ("kg", "lb"), "st": ("st",)}


def to_pounds(kilograms: float) -> float:
    return round(kilograms * KG_TO_LB, 2)


def to_stones(kilograms: float) -> float:
    """Stones to three decimals (6 g): about Withings' own 10 g, as pounds to two are."""
    return round(kilograms * KG_TO_LB / POUNDS_PER_STONE, 3)


def in_display_unit(kilograms: float, unit: str) -> float:
    """The value the tray and history show for ``unit`` (kg, lb or st), unrounded for st:
    ``mass_text`` rounds it to whole pounds."""
    if unit == "lb":
        return to_pounds(kilograms)
    if unit == "st":
        return kilograms * KG_TO_LB / POUNDS_PER_STONE
    return kilograms


def stones_and_pounds(stones: float) -> tuple[int, int]:
    """11.143 st → (11, 2): whole pounds, rounded half up, 14 lb carried to a stone."""
    # In millionths of a pound first, so a float's last bit cannot tip a half pound; then
    # half up in whole numbers (no ``decimal``: the tray keeps its imports few).
    millionths = round(stones * POUNDS_PER_STONE * 1_000_000)
    return divmod((millionths + 500_000) // 1_000_000, POUNDS_PER_STONE)


def mass_text(value: float, unit: str) -> str:
    """ "72.4 kg", "159.5 lb", "11 st 2 lb": a value in the display unit, as people say it."""
    if unit == "st":
        stones, pounds = stones_and_pounds(value)
        return f"{stones} st {pounds} lb"
    return f"{value:.1f} {unit}"
