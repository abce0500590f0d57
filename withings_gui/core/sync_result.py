"""What one sync pass reports, and its JSON form.

Kept apart from the engine so the tray can read results without importing the HTTP and Home
Assistant clients: the tray runs each sync as a child process (``sync --once --json``) and
rebuilds the results from its output.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum


class SyncState(str, Enum):
    OK = "ok"
    ERROR = "error"
    NEEDS_REAUTH = "needs_reauth"
    RATE_LIMITED = "rate_limited"
    HA_UNREACHABLE = "ha_unreachable"


@dataclass(frozen=True)
class EntityReport:
    entity_id: str
    state: float | int | str
    unit_of_measurement: str | None
    device_class: str | None
    measured_at: str | None


@dataclass(frozen=True)
class SyncResult:
    profile: str
    state: SyncState
    message: str
    new_measurements: int = 0
    withings_requests: int = 0
    ha_writes: int = 0
    ha_pending: int = 0
    published: bool = False
    entities: tuple[EntityReport, ...] = ()
    latest_weight_kg: float | None = None
    latest_weight_at: int | None = None
    # kg per 7 days, least squares over the last 7 days (core/trend.py); None: no trend.
    weight_trend_kg: float | None = None
    finished_at: float = 0.0
    low_batteries: tuple[str, ...] = ()  # devices whose battery turned low in this pass

    @property
    def ok(self) -> bool:
        return self.state is SyncState.OK

    @property
    def needs_reauth(self) -> bool:
        return self.state is SyncState.NEEDS_REAUTH


# Per-profile fields of the JSON's "profiles" list (everything but the entities).
_PROFILE_FIELDS = ("profile", "message", "new_measurements", "withings_requests", "ha_writes",
                   "ha_pending", "published", "latest_weight_kg", "latest_weight_at",
                   "weight_trend_kg", "finished_at", "low_batteries")


def results_to_json(results: list[SyncResult]) -> dict:
    """The ``sync --once --json`` object: entities of every profile, totals, and per profile."""
    entities = [{**asdict(entity), "profile": result.profile}
                for result in results for entity in result.entities]
    return {
        "entities": entities,
        "withings_requests": sum(r.withings_requests for r in results),
        "ha_writes": sum(r.ha_writes for r in results),
        "ha_pending": sum(r.ha_pending for r in results),
        "profiles": [{**{name: getattr(r, name) for name in _PROFILE_FIELDS},
                      "state": r.state.value} for r in results],
    }


def results_from_json(document: dict) -> list[SyncResult]:
    """The inverse of ``results_to_json``; raises ValueError on a document it cannot read."""
    try:
        by_profile: dict[str, list[EntityReport]] = {}
        for entity in document["entities"]:
            fields = {k: v for k, v in entity.items() if k != "profile"}
            by_profile.setdefault(entity["profile"], []).append(EntityReport(**fields))
        return [SyncResult(**{**{name: item[name] for name in _PROFILE_FIELDS},
                              "low_batteries": _names(item["low_batteries"])},
                           state=SyncState(item["state"]),
                           entities=tuple(by_profile.get(item["profile"], ())))
                for item in document["profiles"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a sync report: {exc!r}") from exc


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ValueError(f"not a list of device names: {value!r}")
    return tuple(value)
