"""What a publisher is given (one sensor's wanted state) and what it reports back."""

from __future__ import annotations

from dataclasses import dataclass, field

from withings_gui.core.messages import Message


@dataclass(frozen=True)
class SensorState:
    unique_id: str
    entity_id: str  # the id we want; HA may hold it under another (user rename, ``_2``)
    name: str  # mobile_app sensor name (naming.sensor_name); HA prefixes the device name
    state: float | int | str
    unit: str | None
    device_class: str | None
    state_class: str | None
    icon: str
    attributes: dict = field(default_factory=dict)  # includes measured_at (ISO 8601, UTC)
    # unique_ids this sensor takes the place of (a kg sensor's lb twin once pounds are off):
    # the publisher removes them from HA, so no stale twin keeps a frozen value there.
    retires: tuple[str, ...] = ()
    # What the sensor measures, to name it in the user's language (not sent as such)
    title: Message | None = field(default=None, compare=False)

    def payload(self) -> dict:
        """Everything HA should show for this sensor, as JSON-ready data."""
        return {"entity_id": self.entity_id, "name": self.name, "state": self.state,
                "unit": self.unit, "device_class": self.device_class,
                "state_class": self.state_class, "icon": self.icon,
                "attributes": dict(self.attributes)}


@dataclass(frozen=True)
class PublishReport:
    writes: int  # HTTP requests HA accepted that change something there
    pending: int  # values still waiting (HA down); sent, in order, by the next publish
    entity_ids: dict[str, str]  # unique_id → the entity id HA actually uses
    problem: Message | None = None  # for the user: what went wrong and what to do
    disabled: frozenset[str] = frozenset()  # unique_ids the user disabled in HA
    ha_device: str | None = None  # HA's id of the app's device (its page), when seen

    @property
    def error(self) -> str | None:
        """The problem in English (logs)."""
        return None if self.problem is None else self.problem.english()
