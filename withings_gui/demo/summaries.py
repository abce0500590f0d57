"""Nightly sleep summaries and daily activity, as ``/v2/sleep`` and ``/v2/measure`` return them.

Each night and each day is drawn from its own random stream (seed, person, calendar day), so
a day looks the same whichever day the cloud was started on.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from withings_gui.demo.measures import Device

DAY = 86400

# What the endpoints send when the request names no ``data_fields``; the rest only on request
# (the API reference marks most fields "Use 'data_fields' to request this data").
DEFAULT_SLEEP_FIELDS = (
    "wakeupduration", "lightsleepduration", "deepsleepduration", "remsleepduration",
    "wakeupcount", "durationtosleep", "durationtowakeup", "hr_average", "hr_min", "hr_max",
    "rr_average", "rr_min", "rr_max", "sleep_score", "snoring", "snoringepisodecount",
    "breathing_disturbances_intensity")
DEFAULT_ACTIVITY_FIELDS = (
    "steps", "distance", "elevation", "soft", "moderate", "intense", "active", "calories",
    "totalcalories", "hr_average", "hr_min", "hr_max", "hr_zone_0", "hr_zone_1", "hr_zone_2",
    "hr_zone_3")


def day_rng(seed: int, who: str, day: int) -> random.Random:
    return random.Random(f"{seed}/{who}/{day}")


def local_date(timestamp: int, utc_offset_hours: int) -> str:
    local = datetime.fromtimestamp(timestamp + utc_offset_hours * 3600, tz=UTC)
    return local.strftime("%Y-%m-%d")


def sleep_nights(seed: int, who: str, now: int, days: int, tz: str, utc_offset: int,
                 device: Device) -> list[dict]:
    """One summary per night that ended (and was uploaded) in the last ``days`` days."""
    series = []
    today = (now + utc_offset * 3600) // DAY
    for day in range(today - days + 1, today + 1):
        rng = day_rng(seed, who + "/sleep", day)
        if rng.random() < 0.03:  # a night away from home: the mat saw nobody
            continue
        bedtime = (day - 1) * DAY + 22 * 3600 + rng.randrange(1800, 6300) - utc_offset * 3600
        to_sleep, to_wake = rng.randrange(240, 1800), rng.randrange(60, 900)
        deep, light = rng.randrange(3600, 6600), rng.randrange(11000, 15500)
        rem, awake = rng.randrange(4200, 6600), rng.randrange(300, 2400)
        asleep = deep + light + rem
        in_bed = to_sleep + asleep + awake + to_wake
        enddate = bedtime + in_bed
        uploaded = enddate + rng.randrange(900, 3600)
        if uploaded > now:
            continue
        hr_min = rng.randrange(47, 53)
        series.append({
            "id": 2_000_000_000 + day, "timezone": tz, "model": 32,
            "model_id": device.model_id, "hash_deviceid": device.deviceid,
            "startdate": bedtime, "enddate": enddate, "date": local_date(enddate, utc_offset),
            "created": uploaded, "modified": uploaded, "completed": True,
            "data": {
                "wakeupduration": awake + to_wake, "lightsleepduration": light,
                "deepsleepduration": deep, "remsleepduration": rem,
                "wakeupcount": rng.randrange(0, 5), "durationtosleep": to_sleep,
                "durationtowakeup": to_wake, "hr_average": hr_min + rng.randrange(6, 11),
                "hr_min": hr_min, "hr_max": hr_min + rng.randrange(22, 35),
                "rr_average": rng.randrange(13, 16), "rr_min": rng.randrange(9, 12),
                "rr_max": rng.randrange(18, 23),
                "sleep_score": max(40, min(98, int(55 + asleep / 800 - awake / 200
                                                   + rng.gauss(0, 4)))),
                "snoring": rng.randrange(0, 1800), "snoringepisodecount": rng.randrange(0, 9),
                "breathing_disturbances_intensity": rng.randrange(0, 35),
                "total_sleep_time": asleep, "total_timeinbed": in_bed,
                "sleep_efficiency": round(asleep / in_bed, 2), "sleep_latency": to_sleep,
                "wakeup_latency": to_wake, "waso": awake,
                "nb_rem_episodes": rng.randrange(3, 6), "out_of_bed_count": rng.randrange(0, 3),
            },
        })
    return series


def activity_days(seed: int, who: str, now: int, days: int, tz: str,
                  utc_offset: int) -> list[dict]:
    """Steps and heart rate from a watch, one record per local day; today's is partial and
    exists from the first upload of the day (an hour after midnight)."""
    items = []
    local_now = now + utc_offset * 3600
    today = local_now // DAY
    for day in range(today - days + 1, today + 1):
        rng = day_rng(seed, who + "/activity", day)
        elapsed = local_now - day * DAY
        if elapsed < 3600:
            continue
        share = min(1.0, elapsed / DAY)  # how much of the day has passed
        steps = int(rng.triangular(2500, 16000, 7500) * share)
        soft = int(rng.randrange(2400, 9000) * share)
        moderate = int(rng.randrange(300, 2700) * share)
        intense = int(rng.randrange(0, 1500) * share)
        calories = round(steps * 0.045 + intense * 0.12, 2)
        modified = min(now, (day + 1) * DAY - utc_offset * 3600 + 1800)
        items.append({
            "date": local_date(day * DAY, 0), "timezone": tz, "deviceid": None,
            "hash_deviceid": None, "brand": 18, "is_tracker": False,
            "model": "HealthKit step Apple Watch tracker", "modelid": 1058, "modified": modified,
            "steps": steps, "distance": round(steps * 0.72, 1), "elevation": rng.randrange(0, 25),
            "soft": soft, "moderate": moderate, "intense": intense, "active": moderate + intense,
            "calories": calories, "totalcalories": round(calories + 1450 * share, 2),
            "hr_average": rng.randrange(70, 84), "hr_min": rng.randrange(48, 56),
            "hr_max": rng.randrange(120, 165),
            "hr_zone_0": int(rng.randrange(20000, 30000) * share),
            "hr_zone_1": int(rng.randrange(1500, 5000) * share),
            "hr_zone_2": int(rng.randrange(100, 1200) * share),
            "hr_zone_3": int(rng.randrange(0, 300) * share),
        })
    return items
