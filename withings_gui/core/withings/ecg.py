"""ECG recordings (``/v2/heart?action=list``) → plain records, tolerant like measures.py.

Withings' API reference (Heart v2 - List): each item of ``series`` has ``timestamp`` (the
recording), ``modified``, ``deviceid``, ``model`` (44 BPM Core, 91 Move ECG, ...),
``heart_rate`` (average bpm) and ``ecg`` = ``{"signalid", "afib"}``, where ``afib`` is the
atrial fibrillation classification: 0 negative, 1 positive, 2 inconclusive. The list needs the
``user.metrics`` scope (Withings' scope table lists "Heart - List" under it); the app reads it
only for profiles that opted in (``Profile.read_ecg``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from withings_gui.core.withings.measures import as_int, timestamp

# Where Withings' scope table puts Heart - List (and Getmeas): the app asks for it anyway.
ECG_SCOPE = "user.metrics"
AFIB_CLASSIFICATIONS: dict[int, str] = {0: "negative", 1: "positive", 2: "inconclusive"}


@dataclass(frozen=True)
class EcgRecording:
    signalid: int
    recorded_at: int
    modified: int
    afib: int | None  # None: a code Withings did not document (shown as "unknown")
    heart_rate: int | None

    @property
    def classification(self) -> str:
        return AFIB_CLASSIFICATIONS.get(self.afib, "unknown")


def parse_heart_list(body: dict[str, Any]) -> list[EcgRecording]:
    """Every ECG of the reply that has a signal and a date (blood pressure-only items of a
    BPM Core, say, carry no ``ecg`` and are left out)."""
    series = body.get("series") if isinstance(body, dict) else None
    recordings = []
    for item in series if isinstance(series, list) else []:
        ecg = item.get("ecg") if isinstance(item, dict) else None
        if not isinstance(ecg, dict):
            continue
        signalid, recorded_at = as_int(ecg.get("signalid")), timestamp(item.get("timestamp"))
        if signalid is None or recorded_at is None:
            continue
        afib = as_int(ecg.get("afib"))
        heart_rate = as_int(item.get("heart_rate"))
        recordings.append(EcgRecording(
            signalid, recorded_at, timestamp(item.get("modified")) or recorded_at,
            afib if afib in AFIB_CLASSIFICATIONS else None,
            heart_rate if heart_rate is not None and 0 < heart_rate < 1000 else None))
    return recordings

