"""One sync pass: fetch what is new from Withings, keep it in the history, publish it to HA.

Body measurements are fetched every pass (one incremental ``getmeas`` for all types); slower
data has its own cadence so a steady state stays near 15 Withings requests per hour with the
weight at most one interval old. A full sync ("Sync now") fetches every stream at once.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

from withings_gui import __version__
from withings_gui.core.config import Profile
from withings_gui.core.context import AppContext
from withings_gui.core.hass.client import HassApi, HassAuthError, HassError
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import MobileAppPublisher, PublishReport, SensorState
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN
from withings_gui.core.sensors import build_sensor_states
from withings_gui.core.sync_result import EntityReport, SyncResult, SyncState
from withings_gui.core.timekeeping import (cursor_to_keep, is_due, not_after, number,
                                           trusted_cursor, waiting)
from withings_gui.core.withings.api import MAX_PAGES_PER_CALL, Resume, WithingsClient
from withings_gui.core.withings.errors import (MAX_RATE_LIMIT_WAIT, AuthRevokedError,
                                               RateLimitedError, WithingsError, capped_wait)
from withings_gui.core.withings.tokens import TokenManager

log = logging.getLogger(__name__)
T = TypeVar("T")

# Seconds between fetches of the slower streams (body measures follow the user's interval).
STREAM_CADENCE = {"sleep": 3600, "activity": 1800, "devices": 6 * 3600, "goals": 24 * 3600}
MAX_BACKOFF = 30 * 60
# Withings data requests one run may send, all profiles together (and at most
# MAX_PAGES_PER_CALL per stream); Withings allows 120 a minute per application, and a run
# normally needs one or two per profile. What is left waits for the next pass.
MAX_REQUESTS_PER_PASS = 40
MORE_WAITING = (f" More data is waiting at Withings: the app reads at most "
                f"{MAX_REQUESTS_PER_PASS} pages per pass to stay within Withings' request "
                "limit, and goes on in the next pass.")


class SyncCancelled(Exception):
    pass


@dataclass
class _Pass:
    """What one profile's pass has gathered so far."""
    new_measurements: int = 0
    state: SyncState = SyncState.OK
    message: str = ""
    more_waiting: bool = False  # the page cap stopped a read; the next pass goes on


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
    def __init__(self, ctx: AppContext, clock: Callable[[], float] = time.time) -> None:
        self._ctx = ctx
        self._clock = clock
        self._publisher: MobileAppPublisher | None = None

    def run_once(self, profile: str | None = None, full: bool = False, dry_run: bool = False,
                 cancel: threading.Event | None = None) -> list[SyncResult]:
        """Sync one profile or all; never raises for Withings/HA trouble (see each result)."""
        config = self._ctx.config
        if profile is not None and profile not in config.profiles:
            raise KeyError(f"No profile {profile!r}; configured: "
                           f"{', '.join(config.profiles) or 'none'}")
        chosen = [config.profiles[profile]] if profile else list(config.profiles.values())
        budget = _Budget(MAX_REQUESTS_PER_PASS)
        return [self._sync_profile(each, full, dry_run, cancel, budget) for each in chosen]

    # -- one profile ---------------------------------------------------------------------

    def _sync_profile(self, profile: Profile, full: bool, dry_run: bool,
                      cancel: threading.Event | None, budget: _Budget) -> SyncResult:
        store = self._ctx.store
        slug = profile.slug
        tokens = TokenManager(self._ctx.endpoints, self._ctx.config.client_id, self._ctx.secrets,
                              self._ctx.paths, slug, clock=self._clock)
        client = WithingsClient(self._ctx.endpoints, tokens, clock=self._clock)
        progress = _Pass()
        now = self._clock()
        # A pause is measured from now and capped: one set by a clock that was ahead (a
        # year, say) would otherwise outlast the error by that much once the clock is right.
        failures = max(0, int(number(store.get_cursor(slug, "failures", 0), 0.0) or 0))
        wait = waiting(number(store.get_cursor(slug, "backoff_until", 0), 0.0) or 0.0, now,
                       MAX_BACKOFF if failures else MAX_RATE_LIMIT_WAIT)
        refused = store.get_cursor(slug, "refused_login")
        # Only after a refusal: the fingerprint costs two keyring reads.
        if refused is not None and _login_fingerprint(self._ctx, tokens) == refused:
            # Withings refused exactly this login before; asking again every pass cannot
            # succeed and only adds requests. A new login (or Consumer Secret) changes it.
            progress.state = SyncState.NEEDS_REAUTH
            progress.message = ("Withings no longer accepts this login; re-authorize from the "
                                "tray menu or run `withings-gui login`.")
        elif wait > 0:
            if failures:  # our own pause after errors
                progress.state = SyncState.ERROR
                progress.message = (f"Withings did not work on the last try; trying again in "
                                    f"{int(wait)} s.")
            else:
                progress.state = SyncState.RATE_LIMITED
                progress.message = f"Withings asked to wait; next try in {int(wait)} s."
        else:
            try:
                self._fetch(client, store, slug, full, now, progress, cancel, budget)
                store.set_cursor(slug, "failures", 0)
                if refused is not None:  # a new login works: stop comparing against the old
                    store.set_cursor(slug, "refused_login", None)
            except SyncCancelled:
                progress.state, progress.message = SyncState.ERROR, "Sync cancelled."
            except AuthRevokedError as exc:
                progress.state, progress.message = SyncState.NEEDS_REAUTH, str(exc)
                store.set_cursor(slug, "refused_login", _login_fingerprint(self._ctx, tokens))
            except RateLimitedError as exc:
                # The pause is Withings' now (capped), not ours: the next one is measured
                # against MAX_RATE_LIMIT_WAIT.
                store.set_cursor(slug, "failures", 0)
                store.set_cursor(slug, "backoff_until", now + capped_wait(exc.retry_after))
                progress.state, progress.message = SyncState.RATE_LIMITED, str(exc)
            except WithingsError as exc:
                failures += 1
                store.set_cursor(slug, "failures", failures)
                store.set_cursor(slug, "backoff_until",
                                 now + min(MAX_BACKOFF, 30 * 2 ** min(failures - 1, 16)))
                progress.state, progress.message = SyncState.ERROR, str(exc)
        requests = client.request_count + tokens.refresh_count

        states = build_sensor_states(store, profile, now=self._clock())
        report = None
        if not dry_run and self._ha_configured():
            report = self._publish(states)
            if report.error and progress.state is SyncState.OK:
                progress.state = SyncState.HA_UNREACHABLE
                progress.message = report.error
        # A weigh-in dated ahead of now (a scale's clock years off) is kept, not published.
        weight = store.latest(slug, 1, not_after=not_after(self._clock()))
        if progress.state is SyncState.OK:
            progress.message = _ok_message(progress.new_measurements, report, dry_run)
            if progress.more_waiting:
                progress.message += MORE_WAITING
        log.info("sync %s: %s (%d Withings requests, %d HA writes)", slug,
                 progress.state.value, requests, report.writes if report else 0)
        return SyncResult(
            profile=slug, state=progress.state, message=progress.message,
            new_measurements=progress.new_measurements, withings_requests=requests,
            ha_writes=report.writes if report else 0,
            ha_pending=report.pending if report else 0,
            published=report is not None,
            entities=tuple(_entity_report(s, report) for s in states),
            latest_weight_kg=weight.value if weight else None,
            latest_weight_at=weight.measured_at if weight else None,
            finished_at=self._clock())

    def _fetch(self, client: WithingsClient, store, slug: str, full: bool, now: float,
               progress: _Pass, cancel: threading.Event | None, budget: _Budget) -> None:
        def check_cancel() -> None:
            if cancel is not None and cancel.is_set():
                raise SyncCancelled()

        check_cancel()
        self._fetch_measures(client, store, slug, now, progress, budget)
        for stream in STREAM_CADENCE:
            pending = store.get_cursor(slug, f"{stream}_resume") is not None
            last = number(store.get_cursor(slug, f"{stream}_fetched_at", 0), 0.0) or 0.0
            # A "last fetched" in the future was written by a clock that was ahead: due.
            if not (full or pending or is_due(last, now, STREAM_CADENCE[stream])):
                continue
            if budget.left <= 0:
                progress.more_waiting = True
                return
            check_cancel()
            if self._fetch_stream(client, store, slug, stream, now, budget):
                store.set_cursor(slug, f"{stream}_fetched_at", now)
            else:
                progress.more_waiting = True

    @staticmethod
    def _fetch_measures(client: WithingsClient, store, slug: str, now: float,
                        progress: _Pass, budget: _Budget) -> None:
        if budget.left <= 0:  # other profiles used this pass's requests
            progress.more_waiting = True
            return
        resume = Resume.from_json(store.get_cursor(slug, "measures_resume"))
        lastupdate = trusted_cursor(store.get_cursor(slug, "measures_lastupdate"), now)
        batch = budget.run(client, lambda pages: client.get_measures(lastupdate, resume, pages))
        progress.new_measurements = store.add_measurements(slug, batch.measurements)
        # The cursor moves only after the rows are committed and every page is read, and
        # never past now: a crash, the page cap or a server date ahead re-fetch, never skip.
        if batch.resume is not None:
            store.set_cursor(slug, "measures_resume", batch.resume.to_json())
            progress.more_waiting = True
        else:
            store.set_cursor(slug, "measures_lastupdate", cursor_to_keep(batch.updatetime, now))
            store.set_cursor(slug, "measures_resume", None)

    @staticmethod
    def _fetch_stream(client: WithingsClient, store, slug: str, stream: str, now: float,
                      budget: _Budget) -> bool:
        """One slower stream; False when the page cap stopped it (the next pass goes on)."""
        if stream in ("sleep", "activity"):
            cursor, resume_key = f"{stream}_lastupdate", f"{stream}_resume"
            resume = Resume.from_json(store.get_cursor(slug, resume_key))
            lastupdate = trusted_cursor(store.get_cursor(slug, cursor), now)
            fetch = client.get_sleep if stream == "sleep" else client.get_activity
            batch = budget.run(client, lambda pages: fetch(lastupdate, resume, pages))
            store.put_summaries(slug, stream, batch.items)
            if batch.resume is not None:
                store.set_cursor(slug, resume_key, batch.resume.to_json())
                return False
            store.set_cursor(slug, cursor, cursor_to_keep(batch.updatetime, now))
            store.set_cursor(slug, resume_key, None)
        elif stream == "devices":
            store.put_devices(slug, budget.run(client, lambda _: client.get_devices()))
        elif stream == "goals":
            store.put_goals(slug, budget.run(client, lambda _: client.get_goals()))
        return True

    # -- Home Assistant ------------------------------------------------------------------

    def _ha_configured(self) -> bool:
        return bool(self._ctx.config.ha_url)

    def _publish(self, states: list[SensorState]) -> PublishReport:
        try:
            if self._publisher is None:
                token = self._ctx.secrets.get(HA_TOKEN)
                if not token:
                    return PublishReport(0, 0, {}, "No Home Assistant token is saved; run setup "
                                                   "or `withings-gui configure` again.")
                api = HassApi(self._ctx.config.ha_url, token,
                              ca_file=self._ctx.config.ha_ca_file or None)
                self._publisher = MobileAppPublisher(
                    api, self._ctx.secrets, Outbox(self._ctx.paths.store_file),
                    self._ctx.ha_device_id(), __version__)
            return self._publisher.publish(states)
        except HassAuthError as exc:
            return PublishReport(0, 0, {}, str(exc))
        except HassError as exc:
            return PublishReport(0, 0, {}, str(exc))


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


def _ok_message(new: int, report: PublishReport | None, dry_run: bool) -> str:
    found = f"{new} new measurement{'s' if new != 1 else ''}"
    if dry_run:
        return f"{found}; dry run, nothing sent to Home Assistant."
    if report is None:
        return f"{found}; Home Assistant is not configured."
    return f"{found}; {report.writes} Home Assistant update{'s' if report.writes != 1 else ''}."


def _int_or_none(value) -> int | None:
    return int(value) if value not in (None, "") else None
