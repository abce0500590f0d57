"""The data fields the client asks Withings for in sleep summaries and activity days.

They belong to the Withings side: the client requests them whether or not a sensor shows
them. The sensor catalog (``core/catalog.py``) maps each of them to a Home Assistant sensor,
and a test keeps the two lists equal.
"""

from __future__ import annotations

# ``/v2/sleep?action=getsummary`` ``data_fields``.
SLEEP_SUMMARY_FIELDS: tuple[str, ...] = (
    "deepsleepduration", "lightsleepduration", "remsleepduration", "wakeupduration",
    "durationtosleep", "durationtowakeup", "total_sleep_time", "wakeupcount",
    "hr_average", "hr_min", "hr_max", "rr_average", "rr_min", "rr_max", "sleep_score",
    "snoring", "snoringepisodecount", "breathing_disturbances_intensity",
)

# ``/v2/measure?action=getactivity`` ``data_fields`` (the day's totals).
ACTIVITY_FIELDS: tuple[str, ...] = (
    "steps", "distance", "elevation", "active", "soft", "moderate", "intense", "calories",
    "totalcalories",
)
