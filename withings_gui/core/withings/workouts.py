"""Workouts (``/v2/measure?action=getworkouts``) → plain records, tolerant like measures.py.

A workout's ``category`` is a code; the sensor shows it as a word. The words are the lowercased
names of aiowithings' ``WorkoutCategory`` (joostlek/python-withings, MIT), which Home
Assistant's Withings integration publishes as its ``workout_type`` states; codes Withings added
later (its API reference lists up to 568) or that we do not know are "other", as aiowithings
maps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from withings_gui.core.withings.measures import (AMBIGUOUS_ATTRIBUTIONS, as_int, iso_day,
                                                 numbers, timestamp)

# ``data_fields`` asked for: what the sensors show (``pause_duration`` is the user's pause;
# ``algo_pause_duration`` the swim pause a device detected).
WORKOUT_FIELDS: tuple[str, ...] = ("calories", "distance", "elevation", "intensity",
                                   "pause_duration")

WORKOUT_CATEGORIES: dict[int, str] = {
    1: "walk", 2: "run", 3: "hiking", 4: "skating", 5: "bmx", 6: "bicycling", 7: "swimming",
    8: "surfing", 9: "kitesurfing", 10: "windsurfing", 11: "bodyboard", 12: "tennis",
    13: "table_tennis", 14: "squash", 15: "badminton", 16: "lift_weights", 17: "calisthenics",
    18: "elliptical", 19: "pilates", 20: "basket_ball", 21: "soccer", 22: "football",
    23: "rugby", 24: "volley_ball", 25: "waterpolo", 26: "horse_riding", 27: "golf",
    28: "yoga", 29: "dancing", 30: "boxing", 31: "fencing", 32: "wrestling",
    33: "martial_arts", 34: "skiing", 35: "snowboarding", 36: "other", 128: "no_activity",
    187: "rowing", 188: "zumba", 191: "baseball", 192: "handball", 193: "hockey",
    194: "ice_hockey", 195: "climbing", 196: "ice_skating", 272: "multi_sport",
    306: "indoor_walk", 307: "indoor_running", 308: "indoor_cycling",
}
OTHER = "other"


@dataclass(frozen=True)
class Workout:
    workout_id: int
    category: int
    startdate: int
    enddate: int
    modified: int
    date: str
    data: dict[str, float] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """The category as a word ("walk", "indoor_cycling"); unknown codes are "other"."""
        return WORKOUT_CATEGORIES.get(self.category, OTHER)


def parse_workouts(body: dict[str, Any]) -> list[Workout]:
    """Every readable workout of the reply that is the user's own (not ambiguous)."""
    series = body.get("series") if isinstance(body, dict) else None
    workouts = []
    for item in series if isinstance(series, list) else []:
        if not isinstance(item, dict):
            continue
        workout_id, category = as_int(item.get("id")), as_int(item.get("category"))
        start, end = timestamp(item.get("startdate")), timestamp(item.get("enddate"))
        if workout_id is None or start is None or end is None or end < start \
                or as_int(item.get("attrib"), 0) in AMBIGUOUS_ATTRIBUTIONS:
            continue
        modified = timestamp(item.get("modified")) or end
        day = iso_day(item.get("date")) or ""
        workouts.append(Workout(workout_id, category if category is not None else 36, start,
                                end, modified, day, numbers(item.get("data"))))
    return workouts

