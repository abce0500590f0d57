"""The demo people, seeded and realistic: Alice (smart scale, a Body Scan for the last 30
days, sleep mat) and Bob (blood pressure monitor, Body Scan scale).

A day's data comes from its own random stream (seed, person, calendar day), and slow trends
are functions of the calendar day, so a cloud started with the same seed at the same time
serves the same data, and ten years are generated as fast as three.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from withings_gui.demo.measures import Device, measure_group
from withings_gui.demo.summaries import DAY, activity_days, day_rng, sleep_nights
from withings_gui.demo.workouts import ecg_recordings, workouts

SUMMARY_DAYS = 90
BODY_SCAN_DAYS = 30  # Alice weighs herself on a Body Scan since 30 days ago


@dataclass
class DemoUser:
    userid: int
    name: str
    email: str
    timezone: str
    utc_offset: int  # hours from UTC; the demo ignores daylight saving time
    devices: list[Device]
    groups: list[dict] = field(default_factory=list)
    sleep: list[dict] = field(default_factory=list)
    activity: list[dict] = field(default_factory=list)
    goals: dict = field(default_factory=dict)
    # Measures the person hid in the Withings app: Withings leaves them out of its replies.
    hidden: set[int] = field(default_factory=set)
    workouts: list[dict] = field(default_factory=list)
    ecg: list[dict] = field(default_factory=list)


def alice_weight(day: int) -> float:
    """Alice's weight trend: a slow multi-year drift plus a winter bump."""
    return 67.0 + 2.4 * math.sin(2 * math.pi * day / 1460) \
        + 0.8 * math.cos(2 * math.pi * (day - 20) / 365.25)


def body_cardio(weight: float, rng: random.Random) -> list[tuple[int, float]]:
    """A Body Cardio weigh-in: weight, body composition, heart rate, pulse wave velocity and
    the vascular age Withings derives from it."""
    fat_ratio = 27.5 + (weight - 67.0) * 0.75 + rng.gauss(0, 0.45)
    fat_mass = weight * fat_ratio / 100
    fat_free = weight - fat_mass
    bone = fat_free * 0.052 + rng.gauss(0, 0.02)
    measures = [(1, weight), (6, fat_ratio), (8, fat_mass), (5, fat_free),
                (76, fat_free - bone), (77, fat_free * 0.735 + rng.gauss(0, 0.1)), (88, bone),
                (11, rng.gauss(66, 4)), (91, rng.gauss(7.1, 0.25))]
    # From the pulse wave velocity, not the random stream: the days' other data stay as
    # they were before vascular age was added.
    return measures + [(155, round(34 + (measures[-1][1] - 7.1) * 8))]


# Where each body segment's share of the whole-body masses lies (Body Scan's segments:
# catalog.SEGMENTS codes; 12 torso, 3/2 left/right arm, 10/11 left/right leg).
_LEAN_SHARE = {12: 0.52, 3: 0.06, 2: 0.062, 10: 0.177, 11: 0.181}
_FAT_SHARE = {12: 0.6, 3: 0.07, 2: 0.068, 10: 0.13, 11: 0.132}
WHOLE_BODY = 7  # the position Body Scan sends with whole-body types


def body_scan(weight: float, rng: random.Random, usual: float = 86.0,
              usual_fat_ratio: float = 22.0, vascular_age: float = 41.5) -> list[tuple]:
    """A Body Scan weigh-in: every measure the model gives (core/device_measures.py): body
    composition (whole body and per segment), water split, pulse wave velocity and the
    vascular age derived from it, metabolic age, the feet's electrodermal activity, nerve
    health and skin conductance, BMR. ``usual``: the person's usual weight, at which the fat
    ratio is ``usual_fat_ratio`` and the vascular age ``vascular_age``."""
    fat_ratio = usual_fat_ratio + (weight - usual) * 0.6 + rng.gauss(0, 0.5)
    fat_mass = weight * fat_ratio / 100
    fat_free = weight - fat_mass
    bone = fat_free * 0.05
    muscle = fat_free - bone
    hydration = fat_free * 0.72
    left, right = round(rng.gauss(74, 6)), round(rng.gauss(72, 6))
    measures: list[tuple] = [
        (1, weight), (6, fat_ratio), (8, fat_mass, WHOLE_BODY), (5, fat_free, WHOLE_BODY),
        (76, muscle, WHOLE_BODY), (77, hydration, WHOLE_BODY), (88, bone, WHOLE_BODY),
        (168, hydration * 0.4, WHOLE_BODY), (169, hydration * 0.6, WHOLE_BODY),
        (170, rng.gauss(9.5, 0.3), WHOLE_BODY), (226, 1820 + 13 * (weight - 86), WHOLE_BODY),
        (91, pulse_wave_velocity := rng.gauss(7.1, 0.25)),
        (155, vascular_age + (pulse_wave_velocity - 7.1) * 8),
        (227, round(vascular_age + fat_ratio - usual_fat_ratio)), (11, rng.gauss(64, 4)),
        (197, left), (198, right), (196, (left + right) // 2),
        (158, min(100, left + 12)), (159, min(100, right + 12)),
        (167, min(100, (left + right) // 2 + 12)), (229, rng.gauss(71.5, 3))]
    for position, share in _LEAN_SHARE.items():
        measures += [(173, fat_free * share, position), (175, muscle * share, position),
                     (174, fat_mass * _FAT_SHARE[position], position)]
    return measures


def alice_weigh_in(seed: int, user: DemoUser, date: int, created: int) -> dict:
    """A weigh-in on Alice's scale at ``date``; the live demo adds these as time passes."""
    rng = random.Random(f"{seed}/alice/live/{date}")
    weight = alice_weight(date // DAY) + rng.gauss(0, 0.3)
    return measure_group(date=date, created=created, measures=alice_body_scan(weight, rng),
                         device=user.devices[2], timezone=user.timezone)


def alice_body_scan(weight: float, rng: random.Random) -> list[tuple]:
    return body_scan(weight, rng, usual=67.0, usual_fat_ratio=27.5, vascular_age=34.0)


def make_alice(seed: int, now: int, years: float) -> DemoUser:
    user = DemoUser(31415926, "Alice", "alice@example.com", "Europe/Paris", 1, [
        Device.named(f"{seed}/alice/scale", "Scale", "Body Cardio", 6, "high"),
        Device.named(f"{seed}/alice/sleep", "Sleep Monitor", "Aura Sensor V2", 63, "high"),
        Device.named(f"{seed}/alice/scan", "Scale", "Body Scan", 10, "high"),
    ])
    scale, scan = user.devices[0], user.devices[2]
    first = now // DAY - int(years * 365.25)
    signup = first * DAY + 19 * 3600
    # The account's creation: height typed in by Alice, a first weight the app guessed (4).
    user.groups.append(measure_group(date=signup, created=signup, measures=[(4, 1.68)],
                                     device=None, timezone=user.timezone, attrib=2))
    user.groups.append(measure_group(date=signup, created=signup,
                                     measures=[(1, round(alice_weight(first) + 1.5, 1))],
                                     device=None, timezone=user.timezone, attrib=4))
    for day in range(first + 1, now // DAY + 1):
        rng = day_rng(seed, "alice", day)
        morning = day * DAY + 5 * 3600 + rng.randrange(0, 7200)  # 06:00-08:00 in Paris
        uploaded = morning + rng.randrange(20, 90)
        weight = alice_weight(day) + rng.gauss(0, 0.3)
        # Her Body Cardio stays listed, as Withings keeps a replaced scale.
        on_scan = day > now // DAY - BODY_SCAN_DAYS
        if rng.random() < 0.86 and uploaded <= now:
            user.groups.append(measure_group(
                date=morning, created=uploaded, device=scan if on_scan else scale,
                measures=alice_body_scan(weight, rng) if on_scan else body_cardio(weight, rng),
                timezone=user.timezone))
        if rng.random() < 0.02 and morning + 960 <= now:
            # A guest on Alice's scale: Withings cannot tell whose weight it is (ambiguous).
            guest = rng.gauss(84, 2)
            user.groups.append(measure_group(
                date=morning + 900, created=morning + 960,
                measures=[(1, guest), (6, rng.gauss(21, 1)), (11, rng.gauss(72, 5))],
                device=scan if on_scan else scale, timezone=user.timezone, attrib=1))
        if rng.random() < 0.01 and morning + 11 * 3600 + 40 <= now:
            # Away from home, Alice types her weight into the app (a manual entry).
            user.groups.append(measure_group(
                date=morning + 11 * 3600, created=morning + 11 * 3600 + 40,
                measures=[(1, round(weight + 0.6, 1))], device=None, timezone=user.timezone,
                attrib=2))
    user.sleep = sleep_nights(seed, "alice", now, SUMMARY_DAYS, user.timezone, user.utc_offset,
                              user.devices[1])
    user.activity = activity_days(seed, "alice", now, SUMMARY_DAYS, user.timezone,
                                  user.utc_offset)
    user.goals = {"steps": 10000, "sleep": 28800, "weight": {"value": 65000, "unit": -3}}
    # Workouts from her watch; ECGs from a Move ECG (not in her device list: the demo's
    # devices stay her scales and the sleep mat).
    user.workouts = workouts(seed, "alice", now, SUMMARY_DAYS, user.timezone, user.utc_offset)
    user.ecg = ecg_recordings(seed, "alice", now, SUMMARY_DAYS, user.utc_offset, Device.named(
        f"{seed}/alice/watch", "Activity Tracker", "Move ECG", 91, "medium"))
    return user


def make_bob(seed: int, now: int, years: float) -> DemoUser:
    user = DemoUser(27182818, "Bob", "bob@example.com", "America/New_York", -5, [
        Device.named(f"{seed}/bob/bpm", "Blood Pressure Monitor", "BPM Connect", 45, "medium"),
        Device.named(f"{seed}/bob/scale", "Scale", "Body Scan", 10, "low"),
    ])
    bpm, scale = user.devices
    first = now // DAY - int(years * 365.25)
    signup = first * DAY + 23 * 3600
    user.groups.append(measure_group(date=signup, created=signup, measures=[(4, 1.81)],
                                     device=None, timezone=user.timezone, attrib=2))
    for day in range(first + 1, now // DAY + 1):
        rng = day_rng(seed, "bob", day)
        morning = day * DAY + 11 * 3600 + rng.randrange(0, 5400)  # 06:00-07:30 in New York
        evening = day * DAY + 25 * 3600 + rng.randrange(0, 7200)  # 20:00-22:00
        weighed, measured = morning + rng.randrange(20, 120), evening + rng.randrange(30, 120)
        if rng.random() < 0.5 and weighed <= now:
            weight = 86.0 + 1.8 * math.sin(2 * math.pi * day / 700) + rng.gauss(0, 0.4)
            attrib = 1 if rng.random() < 0.02 else 0  # now and then Withings is unsure
            user.groups.append(measure_group(
                date=morning, created=weighed, measures=body_scan(weight, rng), device=scale,
                timezone=user.timezone, attrib=attrib))
        if rng.random() < 0.4 and measured <= now:
            systolic = 127 + 4 * math.sin(2 * math.pi * day / 365.25) + rng.gauss(0, 6)
            user.groups.append(measure_group(
                date=evening, created=measured,
                measures=[(9, systolic * 0.64 + rng.gauss(0, 3)), (10, systolic),
                          (11, rng.gauss(69, 5))], device=bpm, timezone=user.timezone))
        if rng.random() < 0.04 and evening + 1860 <= now:
            # Readings from a pulse oximeter and a thermometer, typed into the app.
            user.groups.append(measure_group(
                date=evening + 1800, created=evening + 1860,
                measures=[(54, round(rng.gauss(97, 1))), (71, rng.gauss(36.7, 0.2))],
                device=None, timezone=user.timezone, attrib=2))
    user.goals = {"steps": 8000, "sleep": 27000, "weight": {"value": 84000, "unit": -3}}
    return user


def make_users(seed: int, now: int, years: float, first_grpid: int) -> dict[int, DemoUser]:
    """Both people, their groups numbered in upload order as Withings' ids are."""
    users = [make_alice(seed, now, years), make_bob(seed, now, years)]
    uploads = sorted((group for user in users for group in user.groups),
                     key=lambda group: group["created"])
    for grpid, group in enumerate(uploads, start=first_grpid):
        group["grpid"] = grpid
    return {user.userid: user for user in users}
