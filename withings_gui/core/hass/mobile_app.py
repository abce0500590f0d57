"""Publishing sensor states through HA's mobile_app integration (the preferred transport).

mobile_app puts the sensors in HA's entity registry under one "Withings" device, so they
survive HA restarts and the user can rename them. Every value goes to the on-disk outbox
first and a publish drains it, so a value measured while HA is down is sent, in order, once
HA is back; an unchanged value is never queued, hence never written.

Facts about HA this relies on (HA 2024.3, read from its source and checked by the tests):
registry unique_id = "<webhook_id>_<sensor unique_id>"; a sensor's entity id is the slug of
"<device name> <sensor name>" with ``_2`` when taken; re-registering a known unique_id
updates name, icon, unit and device class but never the entity id; a deleted registration
answers 410, an unknown or not yet loaded webhook an empty 200, a rejected payload "{}".
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Sequence

from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.errors import (HassAuthError, HassCommandError, HassError,
                                           RegistrationGoneError)
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.health import registration_problems
from withings_gui.core.hass.registration import (APP_ID, DEVICE_NAME, AppRegistration,
                                                 Registration)
from withings_gui.core.hass.registry_tidy import name_to_set, tracker_entry, update_entries
from withings_gui.core.hass.replies import (Outcome, one_line, registration_accepted,
                                            update_results)
from withings_gui.core.hass.sensor_state import PublishReport, SensorState
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, joined, verbatim
from withings_gui.core.secrets import SecretStore

log = logging.getLogger(__name__)
C = "core.hass"

__all__ = ["APP_ID", "DEVICE_NAME", "MobileAppPublisher"]
MAX_BATCH = 50  # sensors per update_sensor_states request
DISABLE_TRACKER = "disable_device_tracker"  # a chore of each new registration


@dataclass
class _Run:
    """What one publish did."""
    writes: int = 0
    disabled: set[str] = field(default_factory=set)
    problems: list[Message] = field(default_factory=list)
    held: set[str] = field(default_factory=set)  # unique_ids whose values wait for next pass
    unconfirmed: set[str] = field(default_factory=set)  # their entity ids, for the message
    registry: list | None = None  # HA's entity registry, when this pass read it
    registered_app: bool = False  # this pass made the registration
    device: str | None = None  # HA's device registry id of the app's device, when seen


class MobileAppPublisher:
    def __init__(self, api: HassApi, secrets: SecretStore, outbox: Outbox, device_id: str,
                 app_version: str) -> None:
        self._api = api
        self._outbox = outbox
        self._device_id = device_id
        self._app = AppRegistration(api, secrets, device_id, app_version)

    def publish(self, states: Sequence[SensorState]) -> PublishReport:
        """Queue what changed, send everything waiting; never raises for HA trouble."""
        wanted = [s.unique_id for s in states]
        retired = [uid for s in states for uid in s.retires if uid not in wanted]
        run = _Run()
        error = None
        try:
            with self._outbox.publishing():
                for state in states:
                    self._outbox.offer(state.unique_id, state.payload())
                self._deliver_to_a_live_registration(run, wanted)
                if gone := self._read_back_entity_ids(run, wanted):
                    # Deleted in HA (one entity, or the whole integration): register again now,
                    # with the current values, instead of reporting a sync that reached nothing.
                    log.warning("%d sensor(s) were deleted in Home Assistant; registering them "
                                "again", len(gone))
                    self._outbox.forget_registered(self._app.current().key, gone)
                    self._deliver_to_a_live_registration(run, wanted)
                    self._read_back_entity_ids(run, wanted)
                self._retire(run, retired)
                self._disable_tracker(run)
        except HassError as exc:
            error = exc.text if exc.args and isinstance(exc.args[0], Message) \
                else verbatim(one_line(str(exc), 500))
            log.warning("publishing to Home Assistant: %s", error.english())
        if run.problems:  # what HA said about single values, before any later failure
            error = joined([*run.problems, *([error] if error else [])])
        return PublishReport(run.writes, self._outbox.pending_count(),
                             self._entity_ids(wanted), error, frozenset(run.disabled),
                             run.device)

    def check(self) -> list[str]:
        """What is wrong in HA right now (for ``doctor``), from one webhook request; [] when
        HA holds the registration and every sensor this app registered."""
        return registration_problems(self._api, self._app, self._outbox)

    # -- delivering ------------------------------------------------------------------------

    def _deliver_to_a_live_registration(self, run: _Run, wanted: list[str]) -> None:
        try:
            self._deliver(run, wanted)
        except RegistrationGoneError:
            log.warning("Home Assistant no longer knows this app; registering again")
            self._app.forget()
            self._outbox.forget_registration()
            self._deliver(run, wanted)

    def _deliver(self, run: _Run, wanted: list[str]) -> None:
        pending = self._outbox.pending()
        registration = self._app.current()
        candidates = list(dict.fromkeys(wanted + [p.unique_id for p in pending]))
        if registration is None:
            if not candidates:
                return
            registration = self._app.create()
            run.writes += 1
            run.registered_app = True
            self._outbox.forget_registration()
            self._outbox.add_todo(registration.key, DISABLE_TRACKER)
        metas = self._outbox.registered_meta(registration.key)
        # New sensors, and known ones whose name, unit or class changed, are (re-)registered.
        to_register = [uid for uid in candidates
                       if metas.get(uid) != _meta(self._outbox.last_payload(uid))]
        if not pending and not to_register:
            return
        self._register_sensors(run, registration, to_register)
        self._send_pending(run, registration)

    def _register_sensors(self, run: _Run, registration: Registration,
                          unique_ids: list[str]) -> None:
        """register_sensor for each; an update always follows, because HA restores an
        entity's last known state over the one a registration carries (seen after a deleted
        registration). A sensor HA rejects is reported and its queued values dropped; one HA
        gives no clear answer for keeps its values for the next pass."""
        pending = self._outbox.pending()
        for uid in unique_ids:
            latest = self._outbox.last_payload(uid)
            if latest is None:
                continue
            queued = [p for p in pending if p.unique_id == uid]
            first = queued[0].payload if queued else latest
            data = {"type": "sensor", "unique_id": uid, "name": latest["name"],
                    "state": first["state"], "icon": latest["icon"],
                    "attributes": first["attributes"]}
            for key, source in (("unit_of_measurement", "unit"),
                                ("device_class", "device_class"),
                                ("state_class", "state_class")):
                if latest.get(source):
                    data[key] = latest[source]
            accepted = registration_accepted(self._webhook(run, registration, {
                "type": "register_sensor", "data": data}))
            if accepted is None:
                run.held.add(uid)
                run.unconfirmed.add(latest["entity_id"])
                continue
            if not accepted:  # HA answers a payload it rejects with "{}" and logs why
                run.problems.append(Message(C, QT_TRANSLATE_NOOP(
                    "core.hass", "Home Assistant rejected the sensor {entity}: it refused the "
                    "registration (its log says why)."), {"entity": latest["entity_id"]}))
                self._outbox.mark_sent([p.seq for p in queued])
                continue
            if not queued:
                self._outbox.requeue_latest(uid)
            self._outbox.set_registered(registration.key, uid, _meta(latest))

    def _send_pending(self, run: _Run, registration: Registration) -> None:
        """update_sensor_states in rounds: round k carries each sensor's k-th queued value,
        so HA sees every sensor's values in the order they were measured. A sensor whose
        value HA did not confirm is held back (its later values wait behind it)."""
        registered_again: set[str] = set()
        while True:
            firsts: dict[str, Any] = {}
            for item in self._outbox.pending():
                if item.unique_id not in run.held:
                    firsts.setdefault(item.unique_id, item)
            batch = list(firsts.values())[:MAX_BATCH]
            if not batch:
                break
            data = [{"type": "sensor", "unique_id": p.unique_id, "state": p.payload["state"],
                     "attributes": p.payload["attributes"], "icon": p.payload["icon"]}
                    for p in batch]
            reply = self._webhook(run, registration, {"type": "update_sensor_states",
                                                      "data": data})
            results = update_results(reply, [p.unique_id for p in batch])
            done, lost = [], []
            for item in batch:
                result = results[item.unique_id]
                if result.outcome is Outcome.STORED:
                    done.append(item.seq)
                    if result.disabled:
                        run.disabled.add(item.unique_id)
                elif result.outcome is Outcome.NOT_REGISTERED \
                        and item.unique_id not in registered_again:
                    lost.append(item.unique_id)  # e.g. the entity was deleted in HA
                elif result.outcome is Outcome.NOT_REGISTERED:
                    raise HassCommandError(Message(C, QT_TRANSLATE_NOOP(
                        "core.hass", "Home Assistant does not keep the sensor {entity} "
                        "registered."), {"entity": item.payload["entity_id"]}))
                elif result.outcome is Outcome.REFUSED:  # drop it so the others keep flowing
                    done.append(item.seq)
                    run.problems.append(Message(C, QT_TRANSLATE_NOOP(
                        "core.hass", "Home Assistant refused a value of {entity} ({reason})."),
                        {"entity": item.payload["entity_id"], "reason": result.reason}))
                else:
                    run.held.add(item.unique_id)
                    run.unconfirmed.add(item.payload["entity_id"])
            self._outbox.mark_sent(done)
            if lost:
                registered_again.update(lost)
                self._register_sensors(run, registration, lost)
        if run.unconfirmed:
            names = ", ".join(sorted(run.unconfirmed)[:3])
            more = "…" if len(run.unconfirmed) > 3 else ""
            run.problems.append(Message(C, QT_TRANSLATE_NOOP(
                "core.hass", "Home Assistant did not confirm {entities}; the values wait and "
                "are sent again next time."), {"entities": names + more}))
            run.unconfirmed.clear()

    # -- sensors the app no longer publishes -----------------------------------------------

    def _retire(self, run: _Run, unique_ids: list[str]) -> None:
        """Remove sensors the app stopped publishing (a unit switched off) from HA's registry;
        without an admin token, show them as unavailable instead. Forgotten once done."""
        known = [uid for uid in dict.fromkeys(unique_ids)
                 if self._outbox.last_payload(uid) is not None]
        registration = self._app.current() if known else None
        if registration is None:
            return
        recorded = self._outbox.registered(registration.key)
        for uid in known:
            entity = recorded.get(uid) or _sensor_entity_ids(
                self._api.entity_registry(), registration).get(uid)
            try:
                if entity:
                    self._api.remove_entity(entity)
                    run.writes += 1
                    log.info("removed %s from Home Assistant: no longer published", entity)
            except (HassCommandError, HassAuthError) as exc:
                log.warning("could not remove %s (%s); marking it unavailable", entity, exc)
                self._webhook(run, registration, {"type": "update_sensor_states", "data": [
                    {"type": "sensor", "unique_id": uid, "state": "unavailable",
                     "attributes": {}, "icon": self._outbox.last_payload(uid)["icon"]}]})
            self._outbox.forget_sensor(uid)

    # -- entity ids ------------------------------------------------------------------------

    def _read_back_entity_ids(self, run: _Run, wanted: list[str]) -> list[str]:
        """Learn the entity id HA gave each sensor (never derive it). Right after a sensor's
        registration the wanted id is enforced once (``_2`` → wanted); after that the id in
        HA is recorded as it is, so a user's rename is respected, never fought.

        Returns the sensors HA had and no longer has (deleted there). The usual pass costs
        one request (are our sensors where we last saw them?); the whole registry is read
        only when one is not.
        """
        registration = self._app.current()
        if registration is None:
            return []
        recorded = self._outbox.registered(registration.key)
        uids = [uid for uid in dict.fromkeys(wanted) if uid in recorded]
        if not uids:
            return []
        if all(recorded[uid] for uid in uids):
            entries = self._api.registry_entries([recorded[uid] for uid in uids])
            run.device = _device_of(entries.values())
            if all(_registry_unique_id(entries, recorded[uid])
                   == registration.registry_unique_id(uid) for uid in uids):
                return []
        run.registry = self._api.entity_registry()
        entries = _sensor_entries(run.registry, registration)
        run.device = _device_of(entries.values()) or run.device
        gone, found, names = [], {}, []
        for uid in uids:
            entry = entries.get(uid)
            if entry is None:
                if recorded[uid] is not None:
                    gone.append(uid)  # HA had it under that id: deleted since
                continue  # just registered, not in the registry yet: look again next time
            actual = entry["entity_id"]
            if recorded[uid] is None:  # new: its id and the name HA shows, set once
                actual = self._enforce_wanted_id(run, uid, actual)
                name = name_to_set(entry, self._outbox.last_payload(uid)["name"], DEVICE_NAME)
                if name:
                    names.append({"entity_id": actual, "name": name})
            if actual != recorded[uid]:
                found[uid] = actual
        # Before the ids are recorded: if HA fails here, the next pass names them again.
        update_entries(self._api, names)
        for uid, actual in found.items():
            self._outbox.set_entity_id(registration.key, uid, actual)
        return gone

    def _enforce_wanted_id(self, run: _Run, uid: str, actual: str) -> str:
        wanted_id = self._outbox.last_payload(uid)["entity_id"]
        if actual == wanted_id:
            return actual
        try:
            self._api.rename_entity(actual, wanted_id)
        except (HassCommandError, HassAuthError) as exc:  # id taken; or not an admin's token
            log.warning("keeping %s: could not rename it to %s: %s", actual, wanted_id, exc)
            return actual
        run.writes += 1
        log.info("renamed %s to %s", actual, wanted_id)
        return wanted_id

    def _disable_tracker(self, run: _Run) -> None:
        """Once per new registration: disable the device tracker HA made for it (a scale is
        not a tracker). Never fails the pass; a user who turns it back on is left alone."""
        registration = self._app.current()
        if registration is None or not self._outbox.has_todo(registration.key,
                                                             DISABLE_TRACKER):
            return
        try:
            registry = run.registry if run.registry is not None \
                else self._api.entity_registry()
            tracker = tracker_entry(registry, self._device_id)
            if tracker is None and run.registered_app:
                return  # HA may add it a moment after registering: look again next pass
            if tracker is None:
                log.info("Home Assistant made no device tracker for this app")
            elif tracker.get("disabled_by") is None and update_entries(self._api, [
                    {"entity_id": tracker["entity_id"], "disabled_by": "user"}]):
                log.info("disabled %s in Home Assistant: a scale is not a tracker",
                         tracker["entity_id"])
        except HassError as exc:
            log.warning("could not disable the device tracker yet (%s); trying next time",
                        one_line(str(exc), 300))
            return
        self._outbox.done(registration.key, DISABLE_TRACKER)

    def _entity_ids(self, wanted: list[str]) -> dict[str, str]:
        registration = self._app.current()
        if registration is None:
            return {}
        recorded = self._outbox.registered(registration.key)
        return {uid: recorded[uid] for uid in wanted if recorded.get(uid)}

    def _webhook(self, run: _Run, registration: Registration, message: dict) -> Any:
        reply = self._app.send(registration, message)
        if reply:  # "{}" means HA rejected the payload: nothing was written
            run.writes += 1
        return reply


def _meta(payload: dict | None) -> str | None:
    """What a registration carries beyond the value: a change means register again."""
    if payload is None:
        return None
    fields = [payload.get(k) for k in ("name", "unit", "device_class", "state_class")]
    return hashlib.sha256(json.dumps(fields).encode()).hexdigest()[:16]


def _registry_unique_id(entries: Any, entity_id: str) -> Any:
    entry = entries.get(entity_id) if isinstance(entries, dict) else None
    return entry.get("unique_id") if isinstance(entry, dict) else None


def _sensor_entries(registry: Any, registration: Registration) -> dict[str, dict]:
    """Sensor unique_id → registry entry for this registration's entities (the tracker HA
    makes is keyed by the device id, not the webhook id: never one of them)."""
    prefix = registration.registry_unique_id("")
    found = {}
    for entry in registry if isinstance(registry, list) else []:
        if isinstance(entry, dict) and entry.get("platform") == "mobile_app" \
                and isinstance(entry.get("entity_id"), str) \
                and str(entry.get("unique_id", "")).startswith(prefix):
            found[str(entry["unique_id"])[len(prefix):]] = entry
    return found


def _device_of(entries: Any) -> str | None:
    """The device our sensors' registry entries are under (HA's id, for its device page)."""
    return next((entry["device_id"] for entry in entries if isinstance(entry, dict)
                 and isinstance(entry.get("device_id"), str) and entry["device_id"]), None)


def _sensor_entity_ids(registry: Any, registration: Registration) -> dict[str, str]:
    """Sensor unique_id → entity id for this registration's entities."""
    return {uid: entry["entity_id"]
            for uid, entry in _sensor_entries(registry, registration).items()}
