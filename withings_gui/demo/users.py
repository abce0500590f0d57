"""Seeded, realistic demo people: years of weigh-ins, blood pressure, sleep and activity.

Everything derives from the seed and the creation time, so two clouds built alike serve the
same data (tests compare the app's results with ``SimulatedCloud.measure_groups``).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

DAY = 86400

# Withings encodes each value as mantissa × 10^unit; these are the exponents it uses.
UNITS = {1: -3, 4: -2, 5: -3, 6: -3, 8: -3, 9: 0, 10: 0, 11: 0, 12: -2, 54: -2, 71: -2, 73: -2,
         76: -3, 77: -3, 88: -3, 91: -3}


@dataclass
class DemoUser:
    userid: int
    name: str
    email: str
    timezone: str
    groups: list[dict] = field(default_factory=list)
    sleep: list[dict] = field(default_factory=list)
    activity: list[dict] = field(default_factory=list)
    devices: list[dict] = field(default_factory=list)
    goals: dict = field(default_factory=dict)


def encode(meastype: int, value: float) -> dict:
    unit = UNITS.get(meastype, -2)
    return {"value": int(round(value * 10 ** -unit)), "type": meastype, "unit": unit,
            "algo": 0, "fm": 131}


class GroupFactory:
    """Hands out increasing group ids and builds Withings-shaped measure groups."""

    def __init__(self, first_grpid: int) -> None:
        self.next_grpid = first_grpid

    def make(self, date: int, measures: list[tuple[int, float]], deviceid: str | None,
             attrib: int = 0, category: int = 1, tz: str = "Europe/Paris") -> dict:
        self.next_grpid += 1
        return {"grpid": self.next_grpid, "attrib": attrib, "date": date, "created": date + 30,
                "modified": date + 30, "category": category, "deviceid": deviceid,
                "hash_deviceid": deviceid, "measures": [encode(t, v) for t, v in measures],
                "comment": None, "timezone": tz}


def body_composition(weight: float, rng: random.Random) -> list[tuple[int, float]]:
    fat_ratio = 24 + (weight - 70) * 0.6 + rng.gauss(0, 0.4)
    fat_mass = weight * fat_ratio / 100
    fat_free = weight - fat_mass
    muscle = fat_free * 0.94
    bone = fat_free * 0.052
    return [(1, weight), (6, fat_ratio), (8, fat_mass), (5, fat_free), (76, muscle),
            (77, fat_free * 0.72), (88, bone), (11, 62 + rng.gauss(0, 3)),
            (91, 7.2 + rng.gauss(0, 0.2))]


def make_alice(rng: random.Random, now: int, years: float, groups: GroupFactory) -> DemoUser:
    user = DemoUser(3141592, "Alice", "alice@example.com", "Europe/Paris")
    scale, sleeper = "a1c3d0demo0scale0alice00000000000000000", "a1c3d0demo0sleep0alice00000000000000000"
    start_day = now - int(years * 365 * DAY)
    user.groups.append(groups.make(start_day - DAY, [(1, 76.0)], None, attrib=4))
    user.groups.append(groups.make(start_day - DAY + 60, [(4, 1.68)], None, attrib=2))
    days = int(years * 365)
    for day in range(days):
        midnight = start_day - start_day % DAY + day * DAY
        when = midnight + 6 * 3600 + rng.randrange(0, 5400)
        if when > now:
            break
        trend = 74.5 - 4.0 * day / max(days, 1) + 0.8 * math.sin(day / 58)
        if rng.random() < 0.85:
            weight = trend + rng.gauss(0, 0.35)
            user.groups.append(groups.make(when, body_composition(weight, rng), scale))
        if day % 47 == 11:  # a guest stepped on the scale: Withings cannot tell who
            user.groups.append(groups.make(when + 900, [(1, 88.0 + rng.gauss(0, 1))], scale,
                                           attrib=1))
        if day % 120 == 60:
            user.groups.append(groups.make(when + 3600, [(1, trend)], None, attrib=2))
    user.sleep = _sleep_series(rng, now, 90)
    user.activity = _activity_days(rng, now, 90)
    user.devices = [
        {"type": "Scale", "model": "Body Cardio", "model_id": 6, "battery": "high",
         "deviceid": scale, "hash_deviceid": scale, "timezone": user.timezone,
         "last_session_date": now - 3600, "first_session_date": start_day},
        {"type": "Sleep Monitor", "model": "Sleep Analyzer", "model_id": 63, "battery": "high",
         "deviceid": sleeper, "hash_deviceid": sleeper, "timezone": user.timezone,
         "last_session_date": now - 7200, "first_session_date": now - 90 * DAY},
    ]
    user.goals = {"steps": 10000, "sleep": 28800, "weight": {"value": 70000, "unit": -3}}
    return user


def make_bob(rng: random.Random, now: int, years: float, groups: GroupFactory) -> DemoUser:
    user = DemoUser(2718281, "Bob", "bob@example.com", "America/New_York")
    bpm, scale = "b0bdemo0bpm000000000000000000000000000000", "b0bdemo0scale00000000000000000000000000"
    start_day = now - int(years * 365 * DAY)
    for day in range(int(years * 365)):
        when = start_day - start_day % DAY + day * DAY + 20 * 3600 + rng.randrange(0, 3600)
        if when > now:
            break
        if day % 3 == 0:
            systolic = 128 + rng.gauss(0, 6)
            user.groups.append(groups.make(
                when, [(9, systolic - 45 + rng.gauss(0, 3)), (10, systolic),
                       (11, 70 + rng.gauss(0, 5))], bpm, tz=user.timezone))
        if day % 2 == 0:
            weight = 86 + 1.5 * math.sin(day / 40) + rng.gauss(0, 0.4)
            user.groups.append(groups.make(when - 12 * 3600, [(1, weight)], scale,
                                           tz=user.timezone))
        if day % 9 == 0:
            user.groups.append(groups.make(when + 600, [(54, 97 + rng.gauss(0, 1)),
                                                        (71, 36.7 + rng.gauss(0, 0.2))],
                                           None, attrib=2, tz=user.timezone))
    user.devices = [
        {"type": "Blood Pressure Monitor", "model": "BPM Connect", "model_id": 45,
         "battery": "medium", "deviceid": bpm, "hash_deviceid": bpm,
         "timezone": user.timezone, "last_session_date": now - DAY,
         "first_session_date": start_day},
        {"type": "Scale", "model": "Body+", "model_id": 5, "battery": "low", "deviceid": scale,
         "hash_deviceid": scale, "timezone": user.timezone, "last_session_date": now - DAY,
         "first_session_date": start_day},
    ]
    user.goals = {"steps": 8000, "sleep": 27000, "weight": {"value": 84000, "unit": -3}}
    return user


def _ymd(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d")


def _sleep_series(rng: random.Random, now: int, days: int) -> list[dict]:
    series = []
    for back in range(days, 0, -1):
        wake = now - now % DAY - (back - 1) * DAY + 6 * 3600 + rng.randrange(0, 3600)
        if wake > now:
            continue
        deep, light, rem = (rng.randrange(3600, 7200), rng.randrange(10800, 16200),
                            rng.randrange(3600, 6300))
        awake = rng.randrange(600, 2400)
        start = wake - deep - light - rem - awake
        series.append({
            "id": 900000 + back, "timezone": "Europe/Paris", "model": 32, "model_id": 63,
            "startdate": start, "enddate": wake, "date": _ymd(wake), "created": wake + 600,
            "modified": wake + 600,
            "data": {"wakeupduration": awake, "lightsleepduration": light,
                     "deepsleepduration": deep, "remsleepduration": rem,
                     "wakeupcount": rng.randrange(0, 5), "durationtosleep": rng.randrange(300, 1500),
                     "durationtowakeup": rng.randrange(60, 900), "hr_average": 58 + rng.randrange(0, 6),
                     "hr_min": 49 + rng.randrange(0, 4), "hr_max": 72 + rng.randrange(0, 10),
                     "rr_average": 14 + rng.randrange(0, 3), "rr_min": 11, "rr_max": 19,
                     "sleep_score": rng.randrange(62, 93), "snoring": rng.randrange(0, 1800),
                     "snoringepisodecount": rng.randrange(0, 8),
                     "breathing_disturbances_intensity": rng.randrange(0, 30),
                     "total_sleep_time": deep + light + rem,
                     "total_timeinbed": deep + light + rem + awake,
                     "sleep_efficiency": round((deep + light + rem) / (deep + light + rem + awake), 2)},
        })
    return series


def _activity_days(rng: random.Random, now: int, days: int) -> list[dict]:
    items = []
    for back in range(days - 1, -1, -1):
        day = now - now % DAY - back * DAY
        steps = rng.randrange(2500, 14000)
        items.append({
            "date": _ymd(day), "timezone": "Europe/Paris", "deviceid": None, "hash_deviceid": None,
            "brand": 18, "is_tracker": False, "steps": steps, "distance": round(steps * 0.74, 1),
            "elevation": rng.randrange(0, 40), "soft": rng.randrange(1800, 7200),
            "moderate": rng.randrange(300, 2400), "intense": rng.randrange(0, 1800),
            "active": rng.randrange(1200, 4800), "calories": round(steps * 0.04, 1),
            "totalcalories": round(1700 + steps * 0.04, 1), "hr_average": 78, "hr_min": 52,
            "hr_max": 141, "hr_zone_0": 3000, "hr_zone_1": 1200, "hr_zone_2": 300,
            "hr_zone_3": 60, "modified": min(now, day + 22 * 3600),
        })
    return items


def make_users(seed: int, now: int, years: float) -> dict[int, DemoUser]:
    rng = random.Random(seed)
    groups = GroupFactory(first_grpid=1_000_000 + seed * 10_000_000)
    users = [make_alice(rng, now, years, groups), make_bob(rng, now, years, groups)]
    return {user.userid: user for user in users}
