"""Weigh-ins Withings could not tell whose they are (attribution 1, "ambiguous"), set aside.

The sync does not publish them (they may be a guest's), but they explain a missing measure:
they wait in the Withings app until someone assigns them to a person. When that happens the
group comes back with another attribution and leaves this list. Kept as one cursor row of
the history (a JSON object grpid → [date, [meastypes]]), so no schema change is needed.

Qt-free; fed by ``WithingsClient.get_measures`` (``MeasureBatch.held_back``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from withings_gui.core.withings.measures import Measurement, as_int, timestamp

if TYPE_CHECKING:  # the Withings client parses replies with this module, without a store
    from withings_gui.core.store import HistoryStore

WAITING_FOR_ASSIGNMENT = 1  # Withings' attribution "ambiguous": not yet given to a person
CURSOR = "held_back_groups"
MAX_KEPT = 1000  # a scale shared with a guest for years; older ones are dropped first


@dataclass(frozen=True)
class HeldBackGroup:
    grpid: int
    measured_at: int
    meastypes: frozenset[int]


@dataclass(frozen=True)
class Waiting:
    """Weigh-ins waiting to be assigned that hold one measure."""
    count: int
    newest: int  # the newest one's date


def ambiguous_groups(body: Any) -> list[HeldBackGroup]:
    """The groups of a ``getmeas`` reply Withings marks ambiguous, as far as they can be read."""
    groups = body.get("measuregrps") if isinstance(body, dict) else None
    found = []
    for group in groups if isinstance(groups, list) else []:
        if not isinstance(group, dict) or as_int(group.get("attrib")) != WAITING_FOR_ASSIGNMENT:
            continue
        grpid, date = as_int(group.get("grpid")), timestamp(group.get("date"))
        measures = group.get("measures")
        types = frozenset(t for t in (as_int(m.get("type")) for m in measures
                                      if isinstance(m, dict)) if t is not None) \
            if isinstance(measures, list) else frozenset()
        if grpid is not None and date is not None:
            found.append(HeldBackGroup(grpid, date, types))
    return found


def remember(store: HistoryStore, profile: str, held_back: Iterable[HeldBackGroup],
             assigned: Iterable[Measurement]) -> None:
    """Add newly held-back groups; forget those that came back assigned to the person."""
    held_back = list(held_back)
    kept = _load(store, profile)
    gone = {m.grpid for m in assigned} - {group.grpid for group in held_back}
    changed = bool(gone & kept.keys()) or bool(held_back)
    for grpid in gone:
        kept.pop(grpid, None)
    for group in held_back:
        kept[group.grpid] = group
    if changed:
        newest = sorted(kept.values(), key=lambda g: (g.measured_at, g.grpid))[-MAX_KEPT:]
        store.set_cursors(profile, {CURSOR: {
            str(g.grpid): [g.measured_at, sorted(g.meastypes)] for g in newest}})


def waiting_by_type(store: HistoryStore, profile: str) -> dict[int, Waiting]:
    """Per meastype: how many held-back weigh-ins hold it, and the newest one's date."""
    found: dict[int, Waiting] = {}
    for group in _load(store, profile).values():
        for meastype in group.meastypes:
            before = found.get(meastype)
            found[meastype] = Waiting(
                (before.count if before else 0) + 1,
                max(group.measured_at, before.newest if before else group.measured_at))
    return found


def waiting_total(store: HistoryStore, profile: str) -> Waiting | None:
    """All held-back weigh-ins of the profile: how many, and the newest one's date."""
    groups = _load(store, profile).values()
    if not groups:
        return None
    return Waiting(len(groups), max(group.measured_at for group in groups))


def _load(store: HistoryStore, profile: str) -> dict[int, HeldBackGroup]:
    """The saved list; entries that do not read back whole are left out."""
    saved = store.cursors(profile).get(CURSOR)
    kept: dict[int, HeldBackGroup] = {}
    for key, value in saved.items() if isinstance(saved, dict) else ():
        grpid = as_int(key)
        if grpid is None or not isinstance(value, list) or len(value) != 2 \
                or not isinstance(value[1], list):
            continue
        date = timestamp(value[0])
        types = frozenset(t for t in map(as_int, value[1]) if t is not None)
        if date is not None:
            kept[grpid] = HeldBackGroup(grpid, date, types)
    return kept
