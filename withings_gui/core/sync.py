"""One sync pass: fetch what is new from Withings, keep it in the history, publish it to HA.

Body measurements are fetched every pass (one incremental ``getmeas`` for all types); slower
data has its own cadence so a steady state stays near 15 Withings requests per hour with the
weight at most one interval old. A full sync ("Sync now") fetches every stream at once; a
pass after a Withings notification reads only the streams of the categories notified
(core/push/categories.py).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, TypeVar

from withings_gui import __version__
from withings_gui.core.config import Profile
from withings_gui.core.context import AppContext
from withings_gui.core.device_battery import device_name, newly_low
from withings_gui.core.errors import Explained
from withings_gui.core.hass.client import HassApi, HassError
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import MobileAppPublisher, PublishReport, SensorState
from withings_gui.core.messages import (QT_TRANSLATE_NOOP, Message, Translate, joined,
                                        message_of)
from withings_gui.core.push.categories import streams_for
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.store import HistoryStore
from withings_gui.core.sync_result import EntityReport, SyncResult, SyncState
from withings_gui.core.sync_state import ProfileSyncState, SavedSyncState
from withings_gui.core.timekeeping import (cursor_to_keep, is_due, not_after, trusted_cursor,
                                           waiting)
from withings_gui.core.trend import weight_trend_kg
from withings_gui.core.withings.api import MAX_PAGES_PER_CALL, WithingsClient
from withings_gui.core.withings.errors import (MAX_RATE_LIMIT_WAIT, AuthRevokedError,
                                               RateLimitedError, ScopeMissingError,
                                               WithingsError, capped_wait)
from withings_gui.core.withings.tokens import TokenManager

log = logging.getLogger(__name__)
T = TypeVar("T")
C = "core.sync"

# Seconds between fetches of the slower streams (body measures follow the user's interval).
STREAM_CADENCE = {"sleep": 3600, "activity": 1800, "devices": 6 * 3600, "goals": 24 * 3600,
                  "workouts": 3 * 3600, "ecg": 12 * 3600}
# With push working, Withings notifies new sleep and activity (appli 44, 16) and the pass
# that follows reads them; the scheduled passes only catch a notification that was lost.
# Keeps push's steady state under 4 Withings requests an hour (docs/BENCHMARKS.md, "push").
PUSH_SAFETY_CADENCE = {"sleep": 6 * 3600, "activity": 6 * 3600, "workouts": 6 * 3600}
# Streams a login may not be allowed to read (Withings answers 403 "insufficient scope"): the
# pass goes on without them and says so.
OPTIONAL_STREAMS = {"workouts": QT_TRANSLATE_NOOP("core.sync", "Workouts"),
                    "ecg": QT_TRANSLATE_NOOP("core.sync", "ECG results")}
# ECG recordings have no "changed since": each read asks from a week before the newest one
# seen, so a recording the watch uploads days late is still found.
ECG_LATE_UPLOAD = 7 * 86400
ECG_BACKFILL = 365 * 86400
MAX_BACKOFF = 30 * 60
# Withings data requests one run may send, all profiles together (and at most
# MAX_PAGES_PER_CALL per stream); Withings allows 120 a minute per application, and a run
# normally needs one or two per profile. What is left waits for the next pass.
MAX_REQUESTS_PER_PASS = 40
MORE_WAITING = Message(C, QT_TRANSLATE_NOOP(
    "core.sync", "More data is waiting at Withings: the app reads at most {pages} pages per "
    "pass to stay within Withings' request limit, and goes on in the next pass."),
    {"pages": MAX_REQUESTS_PER_PASS})


class SyncCancelled(Exception):
    pass


class UnknownProfileError(Explained, KeyError):
    """``run_once`` was asked for a profile that is not configured."""


@dataclass
class _Pass:
    """What one profile's pass has gathered so far."""
    new_measurements: int = 0
    state: SyncState = SyncState.OK
    message: Message | None = None
    more_waiting: bool = False  # the page cap stopped a read; the next pass goes on
    # said after the outcome of a pass that worked (a stream not allowed)
    notes: list[Message] = field(default_factory=list)
    low_batteries: tuple[str, ...] = ()  # devices whose battery turned low


class _Budget:
    """The Withings data requests this run may still send (all profiles together)."""

    def __init__(self, requests: int) -> None:
        self.left = requests

    def run(self, client: WithingsClient, read: Callable[[int], T]) -> T:
        """``read(max_pages)``; what it sent is taken from the budget."""
        before = client.request_count
        try:
            return read(max(1, min(MAX_PAGES_PER_CALL, self.left)))
        finally:
            self.left -= client.request_count - before


class SyncEngine:
    def __init__(self, ctx: AppContext, clock: Callable[[], float] = time.time,
                 names: Translate | None = None) -> None:
        """``names``: the translate function Home Assistant's entity names are made with
        (the user's language); None: the classic English names."""
        self._ctx = ctx
        self._clock = clock
        self._names = names
        self._publisher: MobileAppPublisher | None = None
        self._cadence = STREAM_CADENCE  # this run's (see run_once)

    def run_once(self, profile: str | None = None, full: bool = False, dry_run: bool = False,
                 cancel: threading.Event | None = None,
                 notified: tuple[int, ...] = (), push: bool = False) -> list[SyncResult]:
        """Sync one profile or all; never raises for Withings/HA trouble (see each result).

        ``notified``: Withings' notification categories (appli) that have new data; only
        their streams are read, at once whatever their cadence. ``push``: Withings notifies
        this install (the tray's listener is up), so the notified streams follow
        PUSH_SAFETY_CADENCE."""
        config = self._ctx.config
        if profile is not None and profile not in config.profiles:
            raise UnknownProfileError(Message(C, QT_TRANSLATE_NOOP(
                "core.sync", "No profile '{profile}'; configured: {profiles}"),
                {"profile": profile, "profiles": ", ".join(config.profiles) or "-"}))
        chosen = [config.profiles[profile]] if profile else list(config.profiles.values())
        budget = _Budget(MAX_REQUESTS_PER_PASS)
        self._cadence = {**STREAM_CADENCE, **PUSH_SAFETY_CADENCE} if push else STREAM_CADENCE
        only = streams_for(notified) if notified else None
        return [self._sync_profile(each, full, dry_run, cancel, budget, only)
                for each in chosen]

    # -- one profile ---------------------------------------------------------------------

    def _sync_profile(self, profile: Profile, full: bool, dry_run: bool,
                      cancel: threading.Event | None, budget: _Budget,
                      only: frozenset[str] | None = None) -> SyncResult:
        slug = profile.slug
        tokens = TokenManager(self._ctx.endpoints, self._ctx.config.client_id, self._ctx.secrets,
                              self._ctx.paths, slug, clock=self._clock)
        saved = SavedSyncState(self._ctx.store, slug)
        now = self._clock()
        with WithingsClient(self._ctx.endpoints, tokens, clock=self._clock) as client:
            progress = self._decide(saved.current, tokens, now)
            if progress is None:
                progress = self._fetch(client, tokens, saved, full, now, cancel, budget,
                                       profile.read_ecg, only)
            requests = client.request_count + tokens.refresh_count
        states = build_sensor_states(self._ctx.store, profile, now=self._clock(),
                                     names=self._names)
        report = None if dry_run or not self._ha_configured() else self._publish(states)
        if report is not None and report.ha_device:  # for the tray's "Open Home Assistant"
            self._ctx.store.remember_ha_device(self._ctx.config.ha_url, report.ha_device)
        return self._report(slug, progress, states, report, requests, dry_run)

    def _decide(self, state: ProfileSyncState, tokens: TokenManager,
                now: float) -> _Pass | None:
        """Why this pass must not ask Withings (as the pass's outcome), or None: go ahead."""
        # A pause is measured from now and capped: one set by a clock that was ahead (a
        # year, say) would otherwise outlast the error by that much once the clock is right.
        wait = waiting(state.backoff_until, now,
                       MAX_BACKOFF if state.failures else MAX_RATE_LIMIT_WAIT)
        # Only after a refusal: the fingerprint costs two keyring reads.
        if state.refused_login is not None and \
                _login_fingerprint(self._ctx, tokens) == state.refused_login:
            # Withings refused exactly this login before; asking again every pass cannot
            # succeed and only adds requests. A new login (or Consumer Secret) changes it.
            return _Pass(state=SyncState.NEEDS_REAUTH, message=Message(C, QT_TRANSLATE_NOOP(
                "core.sync", "Withings no longer accepts this login; re-authorize from the tray "
                "menu or run `withings-gui login`.")))
        if wait <= 0:
            return None
        if state.failures:  # our own pause after errors
            return _Pass(state=SyncState.ERROR, message=Message(C, QT_TRANSLATE_NOOP(
                "core.sync", "Withings did not work on the last try; trying again in {seconds} "
                "s."), {"seconds": int(wait)}))
        return _Pass(state=SyncState.RATE_LIMITED, message=Message(C, QT_TRANSLATE_NOOP(
            "core.sync", "Withings asked to wait; next try in {seconds} s."),
            {"seconds": int(wait)}))

    def _fetch(self, client: WithingsClient, tokens: TokenManager, saved: SavedSyncState,
               full: bool, now: float, cancel: threading.Event | None,
               budget: _Budget, read_ecg: bool = False,
               only: frozenset[str] | None = None) -> _Pass:
        """Read what is due from Withings into the history; errors become the outcome and
        set the next pause."""
        progress = _Pass()
        try:
            self._read_streams(client, saved, full, now, progress, cancel, budget, read_ecg,
                               only)
            # A new login that works: stop comparing against the refused one.
            saved.update(failures=0, refused_login=None)
        except SyncCancelled:
            progress.state = SyncState.ERROR
            progress.message = Message(C, QT_TRANSLATE_NOOP("core.sync", "Sync cancelled."))
        except AuthRevokedError as exc:
            progress.state, progress.message = SyncState.NEEDS_REAUTH, message_of(exc)
            saved.update(refused_login=_login_fingerprint(self._ctx, tokens))
        except RateLimitedError as exc:
            # The pause is Withings' now (capped), not ours: the next one is measured
            # against MAX_RATE_LIMIT_WAIT.
            saved.update(failures=0, backoff_until=now + capped_wait(exc.retry_after))
            progress.state, progress.message = SyncState.RATE_LIMITED, message_of(exc)
        except WithingsError as exc:
            failures = saved.current.failures + 1
            saved.update(failures=failures,
                         backoff_until=now + min(MAX_BACKOFF, 30 * 2 ** min(failures - 1, 16)))
            progress.state, progress.message = SyncState.ERROR, message_of(exc)
        return progress

    def _report(self, slug: str, progress: _Pass, states: list[SensorState],
                report: PublishReport | None, requests: int, dry_run: bool) -> SyncResult:
        """The pass's result: its outcome, what HA got, and the latest weight."""
        if report is not None and report.problem and progress.state is SyncState.OK:
            progress.state, progress.message = SyncState.HA_UNREACHABLE, report.problem
        # A weigh-in dated ahead of now (a scale's clock years off) is kept, not published.
        weight = self._ctx.store.latest(slug, 1, not_after=not_after(self._clock()))
        if progress.state is SyncState.OK:
            progress.message = joined([
                _ok_message(progress.new_measurements, report, dry_run),
                *([MORE_WAITING] if progress.more_waiting else []), *progress.notes])
        summary = progress.message or joined([])
        log.info("sync %s: %s (%d Withings requests, %d HA writes)", slug,
                 progress.state.value, requests, report.writes if report else 0)
        return SyncResult(
            profile=slug, state=progress.state, summary=summary,
            new_measurements=progress.new_measurements, withings_requests=requests,
            ha_writes=report.writes if report else 0,
            ha_pending=report.pending if report else 0,
            published=report is not None,
            entities=tuple(_entity_report(s, report) for s in states),
            latest_weight_kg=weight.value if weight else None,
            latest_weight_at=weight.measured_at if weight else None,
            weight_trend_kg=weight_trend_kg(self._ctx.store, slug, self._clock()),
            finished_at=self._clock(), low_batteries=progress.low_batteries)

    def _read_streams(self, client: WithingsClient, saved: SavedSyncState, full: bool,
                      now: float, progress: _Pass, cancel: threading.Event | None,
                      budget: _Budget, read_ecg: bool = False,
                      only: frozenset[str] | None = None) -> None:
        """Body measures every pass, the other streams when due; with ``only``, those
        streams alone (a notification said they changed), due or not."""
        def check_cancel() -> None:
            if cancel is not None and cancel.is_set():
                raise SyncCancelled()

        check_cancel()
        if only is None or "measures" in only:
            self._fetch_measures(client, self._ctx.store, saved, now, progress, budget)
        for stream in STREAM_CADENCE:
            if stream == "ecg" and not read_ecg:  # only for those who opted in
                continue
            if only is not None and stream not in only:
                continue
            cursor = saved.current.stream(stream)
            # A "last fetched" in the future was written by a clock that was ahead: due.
            if not (full or only is not None or cursor.resume is not None
                    or is_due(cursor.fetched_at, now, self._cadence[stream])):
                continue
            if budget.left <= 0:
                progress.more_waiting = True
                return
            check_cancel()
            try:
                done = self._fetch_stream(client, self._ctx.store, saved, stream, now, budget,
                                          progress)
            except ScopeMissingError as exc:
                if stream not in OPTIONAL_STREAMS:
                    raise
                # Not an error of the pass: asked again at the stream's cadence, not sooner.
                progress.notes.append(Message(C, QT_TRANSLATE_NOOP("core.sync", "{stream}: {why}"),
                                              {"stream": Message(C, OPTIONAL_STREAMS[stream]),
                                               "why": message_of(exc)}))
                done = True
            if done:
                saved.update_stream(stream, fetched_at=now)
            else:
                progress.more_waiting = True

    @staticmethod
    def _fetch_measures(client: WithingsClient, store: HistoryStore, saved: SavedSyncState,
                        now: float, progress: _Pass, budget: _Budget) -> None:
        if budget.left <= 0:  # other profiles used this pass's requests
            progress.more_waiting = True
            return
        cursor = saved.current.measures
        lastupdate = trusted_cursor(cursor.lastupdate, now)
        batch = budget.run(client, lambda pages: client.get_measures(lastupdate, cursor.resume,
                                                                     pages))
        progress.new_measurements = store.add_measurements(saved.profile, batch.measurements)
        # A read from the start (first pass, or cursor reset) counts held-back readings anew.
        store.put_unassigned(saved.profile, batch.unassigned,
                             recount=lastupdate is None and cursor.resume is None)
        # The cursor moves only after the rows are committed and every page is read, and
        # never past now: a crash, the page cap or a server date ahead re-fetch, never skip.
        if batch.resume is not None:
            saved.update_stream("measures", resume=batch.resume)
            progress.more_waiting = True
        else:
            saved.update_stream("measures", resume=None,
                                lastupdate=cursor_to_keep(batch.updatetime, now))

    @staticmethod
    def _fetch_stream(client: WithingsClient, store: HistoryStore, saved: SavedSyncState,
                      stream: str, now: float, budget: _Budget, progress: _Pass) -> bool:
        """One slower stream; False when the page cap stopped it (the next pass goes on)."""
        slug = saved.profile
        if stream in ("sleep", "activity", "workouts"):
            cursor = saved.current.stream(stream)
            lastupdate = trusted_cursor(cursor.lastupdate, now)
            fetch = {"sleep": client.get_sleep, "activity": client.get_activity,
                     "workouts": client.get_workouts}[stream]
            batch = budget.run(client, lambda pages: fetch(lastupdate, cursor.resume, pages))
            if stream == "workouts":
                store.put_workouts(slug, batch.items)
            else:
                store.put_summaries(slug, stream, batch.items)
            if batch.resume is not None:
                saved.update_stream(stream, resume=batch.resume)
                return False
            saved.update_stream(stream, resume=None,
                                lastupdate=cursor_to_keep(batch.updatetime, now))
        elif stream == "devices":
            before = store.devices(slug)
            store.put_devices(slug, budget.run(client, lambda _: client.get_devices()))
            # Both lists as stored (cleaned alike), so only a real change counts.
            progress.low_batteries = tuple(device_name(device) for device in
                                           newly_low(before, store.devices(slug)))
        elif stream == "goals":
            store.put_goals(slug, budget.run(client, lambda _: client.get_goals()))
        elif stream == "ecg":
            newest = trusted_cursor(saved.current.ecg.lastupdate, now)
            since = newest - ECG_LATE_UPLOAD if newest else int(now) - ECG_BACKFILL
            recordings = budget.run(client, lambda pages: client.get_ecg(max(1, since), pages))
            store.put_ecg(slug, recordings)
            seen = max((r.recorded_at for r in recordings), default=0)
            if seen > (newest or 0):
                saved.update_stream("ecg", lastupdate=cursor_to_keep(seen, now))
        return True

    # -- Home Assistant ------------------------------------------------------------------

    def _ha_configured(self) -> bool:
        return bool(self._ctx.config.ha_url)

    def _publish(self, states: list[SensorState]) -> PublishReport:
        try:
            if self._publisher is None:
                token = self._ctx.secrets.get(HA_TOKEN)
                if not token:
                    return PublishReport(0, 0, {}, Message(C, QT_TRANSLATE_NOOP(
                        "core.sync", "No Home Assistant token is saved; run setup or "
                        "`withings-gui configure` again.")))
                api = HassApi(self._ctx.config.ha_url, token,
                              ca_file=self._ctx.config.ha_ca_file or None)
                self._publisher = MobileAppPublisher(
                    api, self._ctx.secrets, Outbox(self._ctx.paths.store_file),
                    self._ctx.ha_device_id(), __version__)
            return self._publisher.publish(states)
        except HassError as exc:  # HassAuthError among them
            return PublishReport(0, 0, {}, message_of(exc))


def _entity_report(state: SensorState, report: PublishReport | None) -> EntityReport:
    actual = report.entity_ids.get(state.unique_id, state.entity_id) if report else state.entity_id
    return EntityReport(actual, state.state, state.unit, state.device_class,
                        state.attributes.get("measured_at"))


def _login_fingerprint(ctx: AppContext, tokens: TokenManager) -> str | None:
    """A one-way digest of what a refresh sends (client id, secret, refresh token)."""
    saved = tokens.tokens()
    if saved is None:
        return None
    material = "\0".join((ctx.config.client_id or "", ctx.secrets.get(CLIENT_SECRET) or "",
                          saved.refresh_token))
    return hashlib.sha256(material.encode()).hexdigest()


def _ok_message(new: int, report: PublishReport | None, dry_run: bool) -> Message:
    found = Message(C, QT_TRANSLATE_NOOP("core.sync", "1 new measurement")) if new == 1 else \
        Message(C, QT_TRANSLATE_NOOP("core.sync", "{count} new measurements"), {"count": new})
    if dry_run:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.sync", "{found}; dry run, nothing sent to Home Assistant."), {"found": found})
    if report is None:
        return Message(C, QT_TRANSLATE_NOOP(
            "core.sync", "{found}; Home Assistant is not configured."), {"found": found})
    if report.writes == 1:
        return Message(C, QT_TRANSLATE_NOOP("core.sync", "{found}; 1 Home Assistant update."),
                       {"found": found})
    return Message(C, QT_TRANSLATE_NOOP("core.sync", "{found}; {count} Home Assistant updates."),
                   {"found": found, "count": report.writes})

