"""Why is a measure missing? Each measure a profile's devices could give but Withings did not
send, with the likely reason, in plain sentences for ``doctor`` and the tray.

The reasons, most certain first:

- weigh-ins waiting to be assigned to a person in the Withings app (attribution "ambiguous":
  the sync holds them back and the history counts them, ``HistoryStore.unassigned``): their
  count and the newest one's date;
- the device sends readings without this measure: it is hidden in the Withings app, and a
  measure hidden there is left out of the API too (Home Assistant core issue #141790: pulse
  wave velocity and vascular age came back once shown in the app again);
- a measure Withings offers only in some countries or plans (pulse wave velocity was
  withdrawn in 2018 and returned to Europe first in 2019 — Engadget, 18 April 2019; which
  scores need Withings+ is not documented, so that is said as a possibility only);
- no device on the account gives it.

The app keeps the whole history (Home Assistant's integration reads two weeks: core issue
#106711), so a measure seen long ago is "not sent for N days", not missing. Qt-free; the
reasons come from the store (what arrived from which device and when), the devices and the
held-back weigh-ins.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Iterable

from withings_gui.core.catalog import MEASTYPES
from withings_gui.core.device_measures import ACTIVITY, SLEEP, Measure, measures_of
from withings_gui.core.local_dates import local_date
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, listed, verbatim
from withings_gui.core.store import HistoryStore
from withings_gui.core.withings.measures import Device

DAY = 86400
# A measure counts as no longer sent after this long while its device kept sending others
# (and as never sent once the device sent this many readings without it): a reading or two
# without heart rate happens when someone does not stand still.
STALE_DAYS = 14
ENOUGH_READINGS = 3
C = "core.missing_measures"
SUMMARY_LABELS = {SLEEP: QT_TRANSLATE_NOOP("core.catalog", "Sleep"),
                  ACTIVITY: QT_TRANSLATE_NOOP("core.catalog", "Activity (steps, calories)")}
# What public sources say about measures not offered everywhere (hedged where they say
# nothing definite).
_NERVE_HEALTH = QT_TRANSLATE_NOOP(
    "core.missing_measures", "the nerve health score may not be offered in every country "
    "(Withings does not publish where)")
LIMITS = {
    91: QT_TRANSLATE_NOOP(
        "core.missing_measures", "Withings offers pulse wave velocity only in some countries "
        "(withdrawn in 2018, back in Europe first in 2019)"),
    155: QT_TRANSLATE_NOOP("core.missing_measures", "Withings offers vascular age only in "
                           "some countries, like pulse wave velocity"),
    **{meastype: _NERVE_HEALTH for meastype in (167, 158, 159, 229)},
}



@dataclass(frozen=True)
class Waiting:
    """Weigh-ins waiting to be assigned (all of them, or those holding one measure)."""
    count: int
    newest: int  # the newest one's date


class Reason(str, Enum):
    WAITING = "waiting to be assigned"
    HIDDEN = "hidden in the Withings app"
    NOT_SENT = "not sent lately"
    NOTHING_YET = "nothing from the device yet"
    NO_DEVICE = "no device for it"


@dataclass(frozen=True)
class Finding:
    reason: Reason
    measures: tuple[str, ...]  # labels, as the catalog names them (English)
    said: Message  # one plain sentence that says what and why

    @property
    def text(self) -> str:
        """The sentence in English (logs, ``doctor --json``)."""
        return self.said.english()


@dataclass(frozen=True)
class Arrivals:
    """What the history holds for one profile, as the reasoning needs it."""
    newest: dict[tuple[int, str | None], int]  # (meastype, deviceid) → newest date
    summaries: dict[str, int | None]  # SLEEP / ACTIVITY → newest night or day's time
    waiting: dict[int, Waiting]  # meastype → held-back weigh-ins holding it
    held_back: Waiting | None  # every held-back weigh-in
    groups_from: Callable[[Iterable[str], int], int]  # (device ids, after) → readings


def missing_for(store: HistoryStore, profile: str, now: float | None = None) -> list[Finding]:
    """Everything the store knows about ``profile``'s missing measures."""
    def summary_time(kind: str) -> int | None:
        summary = store.latest_summary(profile, kind)
        return None if summary is None else (getattr(summary, "enddate", 0)
                                             or summary.modified or None)

    count, newest = store.unassigned(profile)
    arrivals = Arrivals(store.arrivals(profile), {kind: summary_time(kind)
                                                  for kind in SUMMARY_LABELS},
                        {meastype: Waiting(*waiting) for meastype, waiting
                         in store.unassigned_by_type(profile).items()},
                        Waiting(count, newest) if count and newest is not None else None,
                        lambda ids, after: store.groups_from(profile, ids, after))
    return find_missing(store.devices(profile), arrivals, time.time() if now is None else now)


def find_missing(devices: list[Device], arrivals: Arrivals, now: float) -> list[Finding]:
    """The findings, most certain reason first; empty when nothing is missing."""
    # Measures whose newest reading waits in the app: one finding for all of them.
    held = [spec.label for meastype, spec in MEASTYPES.items()
            if (waiting := arrivals.waiting.get(meastype)) is not None
            and waiting.newest > (_newest(arrivals.newest, meastype) or -1)]
    findings = [_waiting(held, arrivals.held_back)] if held and arrivals.held_back else []
    gives = {device.deviceid: measures_of(device.model, device.type) for device in devices}
    silent: dict[tuple[str, ...], list[str]] = {}
    for measure, label in _measures():
        capable = [d for d in devices if measure in gives[d.deviceid]]
        if not capable or any(label in f.measures for f in findings):
            continue
        finding = _judge(measure, label, capable, arrivals, now)
        if finding is None and _never_from(capable, arrivals, measure, set(gives)):
            silent.setdefault(_names(capable), []).append(label)
        elif finding is not None:
            findings.append(finding)
    for names, labels in silent.items():
        findings.append(Finding(Reason.NOTHING_YET, tuple(labels), Message(C, QT_TRANSLATE_NOOP(
            "core.missing_measures", "{measures}: nothing has arrived from your {devices} yet "
            "(a first sync, or a device not used since it was added)."),
            {"measures": listed(_titles(labels)), "devices": _or(names)})))
    findings.sort(key=lambda f: list(Reason).index(f.reason))
    nobody = [label for measure, label in _measures()
              if not any(measure in given for given in gives.values())
              and not _arrived(arrivals, measure)]
    if devices and nobody:
        findings.append(Finding(Reason.NO_DEVICE, tuple(nobody), Message(C, QT_TRANSLATE_NOOP(
            "core.missing_measures", "No device on this account measures {measures}."),
            {"measures": listed(_titles(nobody, in_sentence=True))})))
    return findings


def _judge(measure: Measure, label: str, capable: list[Device], arrivals: Arrivals,
           now: float) -> Finding | None:
    names = _names(capable)
    if isinstance(measure, str):  # a summary: no readings to compare with
        last = arrivals.summaries.get(measure)
        if last is not None and now - last >= STALE_DAYS * DAY:
            return Finding(Reason.NOT_SENT, (label,), Message(C, QT_TRANSLATE_NOOP(
                "core.missing_measures", "{measure}: not sent for {days} (the last on {date}); "
                "is your {devices} still in use?"),
                {"measure": _title(label), "days": _days(now - last),
                 "date": local_date(last),
                 "devices": _or(names)}))
        return None
    ids = {device.deviceid for device in capable}
    last = _newest(arrivals.newest, measure)
    device_last = max((date for (_, deviceid), date in arrivals.newest.items()
                       if deviceid in ids), default=None)
    if device_last is None:
        return None
    if last is None:
        readings = arrivals.groups_from(ids, -1)
        if readings < ENOUGH_READINGS:
            return None
        limit = LIMITS.get(measure)
        values = {"measure": _title(label), "devices": _or(names), "count": readings}
        if limit:
            return Finding(Reason.HIDDEN, (label,), Message(C, QT_TRANSLATE_NOOP(
                "core.missing_measures", "{measure}: your {devices} sent {count} readings, none "
                "with it. It is most likely hidden in the Withings app (Withings then leaves it "
                "out of what apps receive too): show it there again; or {limit}."),
                {**values, "limit": Message(C, limit)}))
        return Finding(Reason.HIDDEN, (label,), Message(C, QT_TRANSLATE_NOOP(
            "core.missing_measures", "{measure}: your {devices} sent {count} readings, none "
            "with it. It is most likely hidden in the Withings app (Withings then leaves it out "
            "of what apps receive too): show it there again."), values))
    if device_last - last < STALE_DAYS * DAY:
        return None
    readings = arrivals.groups_from(ids, last)
    if readings < ENOUGH_READINGS:
        return None
    return Finding(Reason.NOT_SENT, (label,), Message(C, QT_TRANSLATE_NOOP(
        "core.missing_measures", "{measure}: not sent for {days} (the last on {date}) while "
        "your {devices} sent {count} readings without it: it may have been hidden in the "
        "Withings app since."),
        {"measure": _title(label), "days": _days(device_last - last),
         "date": local_date(last),
         "devices": _or(names), "count": readings}))


def _waiting(labels: list[str], waiting: Waiting) -> Finding:
    values = {"count": waiting.count, "date": local_date(waiting.newest),
              "measures": listed(_titles(labels, in_sentence=True))}
    if waiting.count == 1 and len(labels) == 1:
        source = QT_TRANSLATE_NOOP(
            "core.missing_measures", "1 weigh-in (on {date}) waits to be assigned to a person "
            "in the Withings app; until then Withings does not send them as yours, and the "
            "newest {measures} is among them.")
    elif waiting.count == 1:
        source = QT_TRANSLATE_NOOP(
            "core.missing_measures", "1 weigh-in (on {date}) waits to be assigned to a person "
            "in the Withings app; until then Withings does not send them as yours, and the "
            "newest {measures} are among them.")
    elif len(labels) == 1:
        source = QT_TRANSLATE_NOOP(
            "core.missing_measures", "{count} weigh-ins (the newest on {date}) wait to be "
            "assigned to a person in the Withings app; until then Withings does not send them "
            "as yours, and the newest {measures} is among them.")
    else:
        source = QT_TRANSLATE_NOOP(
            "core.missing_measures", "{count} weigh-ins (the newest on {date}) wait to be "
            "assigned to a person in the Withings app; until then Withings does not send them "
            "as yours, and the newest {measures} are among them.")
    return Finding(Reason.WAITING, tuple(labels), Message(C, source, values))


def _title(label: str, in_sentence: bool = False) -> Message:
    """A catalog label to show: translated, or in English lower-cased inside a sentence."""
    return Message("core.catalog", label, in_sentence=in_sentence)


def _titles(labels: list[str], in_sentence: bool = False) -> list[Message]:
    return [_title(label, in_sentence) for label in labels]


def _measures() -> list[tuple[Measure, str]]:
    return [*((meastype, spec.label) for meastype, spec in MEASTYPES.items()),
            *SUMMARY_LABELS.items()]


def _newest(newest: dict[tuple[int, str | None], int], meastype: int) -> int | None:
    return max((date for (kind, _), date in newest.items() if kind == meastype), default=None)


def _arrived(arrivals: Arrivals, measure: Measure) -> bool:
    if isinstance(measure, str):
        return arrivals.summaries.get(measure) is not None
    return _newest(arrivals.newest, measure) is not None


def _never_from(capable: list[Device], arrivals: Arrivals, measure: Measure,
                known: set[str]) -> bool:
    """Nothing at all has come from these devices, and this measure never arrived.

    Readings from a device id the device list does not have (an old scale, ids that do not
    match) could be theirs: then nothing is said."""
    if _arrived(arrivals, measure):
        return False
    if isinstance(measure, str):
        return True
    ids = {device.deviceid for device in capable}
    sources = {deviceid for _, deviceid in arrivals.newest if deviceid is not None}
    return not sources & ids and not sources - known


def _names(devices: list[Device]) -> tuple[str, ...]:
    """The devices' models (their own names: never translated), in a stable order."""
    return tuple(sorted({device.model or device.type or "device" for device in devices}))


def _or(names: tuple[str, ...]) -> Message:
    """ "Body+ or Body Scan": the devices' own names, the "or" in the user's language."""
    return listed([verbatim(name) for name in names], "or")


def _days(seconds: float) -> Message:
    days = int(seconds // DAY)
    if days == 1:
        return Message(C, QT_TRANSLATE_NOOP("core.missing_measures", "1 day"))
    return Message(C, QT_TRANSLATE_NOOP("core.missing_measures", "{count} days"),
                   {"count": days})
