"""Workouts (``getworkouts``) and ECG recordings (``/v2/heart`` ``list``) of a demo person, in
the shapes Withings sends: the workout items as in aiowithings' recorded reply
(tests/fixtures/withings/aiowithings_workouts.json), the ECG items as the API reference's
Heart v2 - List.

Each day comes from its own random stream (seed, person, calendar day), like summaries.py.
"""

from __future__ import annotations

from withings_gui.demo.measures import Device
from withings_gui.demo.summaries import DAY, day_rng, local_date

# What ``getworkouts`` sends when the request names no ``data_fields`` (the fields of the
# recorded reply above).
DEFAULT_WORKOUT_FIELDS = (
    "calories", "intensity", "manual_distance", "manual_calories", "hr_average", "hr_min",
    "hr_max", "hr_zone_0", "hr_zone_1", "hr_zone_2", "hr_zone_3", "pause_duration", "steps",
    "distance", "elevation", "algo_pause_duration", "spo2_average")
# Category code, weight, minutes (shortest, longest), metres per minute, kcal per minute.
SPORTS = ((1, 5, (20, 70), 80, 4.5), (2, 3, (20, 55), 160, 10.5), (6, 2, (30, 90), 330, 8.0),
          (28, 2, (30, 60), 0, 3.0), (7, 1, (25, 45), 0, 8.5))
APPLE_WATCH = 1058  # HealthKit step Apple Watch tracker: the model Alice's activity has
MOVE_ECG = 91


def workouts(seed: int, who: str, now: int, days: int, tz: str, utc_offset: int) -> list[dict]:
    """Three or four workouts a week, uploaded a few minutes after they end."""
    items = []
    today = (now + utc_offset * 3600) // DAY
    for day in range(today - days + 1, today + 1):
        rng = day_rng(seed, who + "/workout", day)
        if rng.random() >= 0.5:
            continue
        category, _, (shortest, longest), pace, burn = rng.choices(
            SPORTS, weights=[sport[1] for sport in SPORTS])[0]
        minutes = rng.randrange(shortest, longest + 1)
        hour = rng.choice((7, 12, 18))
        start = day * DAY + hour * 3600 + rng.randrange(0, 3600) - utc_offset * 3600
        pause = rng.choice((0, 0, 0, rng.randrange(60, 600)))
        end = start + minutes * 60 + pause
        uploaded = end + rng.randrange(120, 900)
        if uploaded > now:
            continue
        distance = round(minutes * pace * rng.uniform(0.85, 1.15))
        steps = round(distance / 0.75) if category in (1, 2) else 0
        hr_average = rng.randrange(95, 150) if category != 28 else rng.randrange(70, 90)
        items.append({
            "id": 3_600_000_000 + day * 10 + hour, "category": category, "timezone": tz,
            "model": APPLE_WATCH, "attrib": 0, "startdate": start, "enddate": end,
            "date": local_date(start, utc_offset), "deviceid": None, "modified": uploaded,
            "data": {
                "calories": round(minutes * burn * rng.uniform(0.9, 1.1)),
                "intensity": rng.choice((0, 0, 30, 50, 70)), "manual_distance": 0,
                "manual_calories": 0, "hr_average": hr_average, "hr_min": hr_average - 25,
                "hr_max": hr_average + rng.randrange(15, 35), "hr_zone_0": minutes * 12,
                "hr_zone_1": minutes * 30, "hr_zone_2": minutes * 15, "hr_zone_3": minutes * 3,
                "pause_duration": pause, "steps": steps, "distance": distance,
                "elevation": rng.randrange(0, 40) if distance else 0,
                "algo_pause_duration": None, "spo2_average": None,
            },
        })
    return items


def ecg_recordings(seed: int, who: str, now: int, days: int, utc_offset: int,
                   watch: Device) -> list[dict]:
    """An ECG now and then (about one in eight evenings), taken on a Move ECG watch; mostly
    no sign of atrial fibrillation, sometimes inconclusive (the arm moved)."""
    items = []
    today = (now + utc_offset * 3600) // DAY
    for day in range(today - days + 1, today + 1):
        rng = day_rng(seed, who + "/ecg", day)
        if rng.random() >= 0.125:
            continue
        taken = day * DAY + 21 * 3600 + rng.randrange(0, 5400) - utc_offset * 3600
        uploaded = taken + rng.randrange(60, 1800)
        if uploaded > now:
            continue
        items.append({
            "deviceid": watch.deviceid, "model": MOVE_ECG,
            "ecg": {"signalid": 160_000_000 + day, "afib": 2 if rng.random() < 0.15 else 0},
            "heart_rate": rng.randrange(58, 82), "timestamp": taken, "modified": uploaded,
        })
    return items
