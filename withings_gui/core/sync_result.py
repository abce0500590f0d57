"""What one sync pass reports, and its JSON form.

Kept apart from the engine so the tray can read results without importing the HTTP and Home
Assistant clients: the tray runs each sync as a child process (``sync --once --json``) and
rebuilds the results from its output.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum

from withings_gui.core.messages import Message, as_message, verbatim


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
    summary: Message | str  # what the pass did or why it failed (a str: said as it is)
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "summary", as_message(self.summary))

    @property
    def message(self) -> str:
        """The summary in English, for logs and the JSON's readers that want words."""
        return self.summary.english()

    @property
    def ok(self) -> bool:
        return self.state is SyncState.OK

    @property
    def needs_reauth(self) -> bool:
        return self.state is SyncState.NEEDS_REAUTH


# Per-profile fields of the JSON's "profiles" list (everything but the entities, the state
# and the summary, which is "message" in English and "summary" as a Message to translate).
_PROFILE_FIELDS = ("profile", "new_measurements", "withings_requests", "ha_writes",
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
                      "state": r.state.value, "message": r.message,
                      "summary": r.summary.to_json()} for r in results],
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
                           state=SyncState(item["state"]), summary=_summary(item),
                           entities=tuple(by_profile.get(item["profile"], ())))
                for item in document["profiles"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a sync report: {exc!r}") from exc


def _summary(item: dict) -> Message:
    """The summary to translate; the English words when the document has none."""
    if isinstance(item.get("summary"), dict):
        return Message.from_json(item["summary"])
    return verbatim(str(item["message"]))


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ValueError(f"not a list of device names: {value!r}")
    return tuple(value)
