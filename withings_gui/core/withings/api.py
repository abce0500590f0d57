"""Withings data calls: measurements, sleep, activity, workouts, ECG, devices, goals; every
call counted."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, TypeVar

import requests

from withings_gui import __version__
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.withings import ecg, measures, workouts
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import (AuthRevokedError, WithingsServerError,
                                               network_error)
from withings_gui.core.withings.summary_fields import ACTIVITY_FIELDS, SLEEP_SUMMARY_FIELDS
from withings_gui.core.withings.tokens import TokenManager
from withings_gui.core.withings.transport import DATA_DEADLINE, withings_session

log = logging.getLogger(__name__)

TIMEOUT = 30.0  # per connect / per read; the whole request has DATA_DEADLINE (transport)
# Pages one call reads before it stops; the rest follows in the next pass (see Resume). With
# the engine's budget per pass this keeps a pass far inside Withings' 120 requests a minute
# per application, whatever a server keeps saying about "more".
MAX_PAGES_PER_CALL = 20
# Sleep and activity have no "everything" query (a start or a lastupdate is required); the
# first fetch asks for what changed in this window, which holds the current values.
SUMMARY_BACKFILL = 90 * 86400
# Incremental calls ask again for the last minute before the cursor: Withings' lastupdate
# filter leaves out a change made in the very second of its previous answer (or stamped by a
# server clock slightly behind), and such a weigh-in would be skipped for good. What is asked
# twice is recognised by the store (same group, same modified) and changes nothing.
CURSOR_OVERLAP = 60

T = TypeVar("T")


@dataclass(frozen=True)
class Resume:
    """Where a paged read stopped at the page cap: the same query goes on at ``offset``.

    ``cursor`` is the cursor to keep once the read is complete; until then the stored cursor
    does not move, so nothing on the pages not yet read can be skipped.
    """
    lastupdate: int | None  # the ``lastupdate`` sent (None: the whole history)
    offset: int
    cursor: int | None
    server_time: bool = False  # cursor is the first page's ``updatetime`` (else newest change)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: Any) -> "Resume | None":
        """None for anything that is not a saved Resume (the read then starts over)."""
        if not isinstance(value, dict):
            return None
        offset = measures.as_int(value.get("offset"))
        if offset is None or offset <= 0:
            return None
        return cls(measures.as_int(value.get("lastupdate")), offset,
                   measures.as_int(value.get("cursor")), value.get("server_time") is True)


@dataclass(frozen=True)
class MeasureBatch:
    measurements: list[measures.Measurement]
    updatetime: int  # the ``lastupdate`` to send next time (once ``resume`` is None)
    resume: Resume | None = None  # not None: stopped at the page cap, more is waiting
    # Readings held back until the user assigns them in the Withings app (attrib 1).
    unassigned: list[measures.UnassignedGroup] = field(default_factory=list)


@dataclass(frozen=True)
class SummaryBatch:
    """Sleep nights or activity days, and the ``lastupdate`` to send next time."""
    items: list
    updatetime: int
    resume: Resume | None = None


class WithingsClient:
    def __init__(self, endpoints: Endpoints, tokens: TokenManager,
                 clock: Callable[[], float] = time.time,
                 timeout: float | tuple[float, float] = TIMEOUT,
                 session: requests.Session | None = None,
                 deadline: float = DATA_DEADLINE) -> None:
        self._endpoints = endpoints
        self._tokens = tokens
        self._clock = clock
        self._timeout = timeout
        # No redirects, and each request over within ``deadline`` seconds (see transport).
        self._owns_session = session is None
        self._session = withings_session(deadline, session)
        self.request_count = 0  # data requests sent to Withings (token refreshes not included)

    def close(self) -> None:
        """Close the connections kept open for the next call (a session given in stays open)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> WithingsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get_measures(self, lastupdate: int | None, resume: Resume | None = None,
                     max_pages: int = MAX_PAGES_PER_CALL) -> MeasureBatch:
        """Every body measurement changed since ``lastupdate`` (the full history when None/0).

        The next ``lastupdate`` is Withings' own ``updatetime`` (server time, so a wrong
        clock on this computer cannot skip data). With ``resume`` the read stopped at the
        page cap goes on (``lastupdate`` is then the one saved in it).
        """
        if resume is not None:
            asked = resume.lastupdate
        else:
            asked = max(1, int(lastupdate) - CURSOR_OVERLAP) if lastupdate else None
        params: dict[str, Any] = {"category": measures.CATEGORY_REAL}
        if asked:
            params["lastupdate"] = asked
        found: list[measures.Measurement] = []
        unassigned: list[measures.UnassignedGroup] = []
        updatetime = resume.cursor if resume is not None and resume.server_time else None
        latest_change = resume.cursor if resume is not None and not resume.server_time \
            else None
        first = resume is None
        bodies, next_offset = self._pages("/measure", "getmeas", params,
                                          resume.offset if resume else None, max_pages)
        for body in bodies:
            found.extend(measures.parse_measure_groups(body))
            unassigned.extend(measures.parse_unassigned_groups(body))
            if first:  # the first page's: nothing changed after it is skipped
                updatetime = measures.as_int(body.get("updatetime"))
                first = False
            change = measures.latest_group_change(body)
            if change is not None and (latest_change is None or change > latest_change):
                latest_change = change
        if updatetime is None:
            # No updatetime in the reply: the newest change seen is a safe cursor, once
            # every page has been read.
            cursor, server_time = max(int(lastupdate or 0), latest_change or 0), False
        else:
            cursor, server_time = updatetime, True
        if next_offset is not None:
            return MeasureBatch(found, cursor, Resume(asked, next_offset,
                                                       cursor if server_time else latest_change,
                                                       server_time), unassigned)
        return MeasureBatch(found, cursor, unassigned=unassigned)

    def get_sleep(self, lastupdate: int | None, resume: Resume | None = None,
                  max_pages: int = MAX_PAGES_PER_CALL) -> SummaryBatch:
        """Sleep summaries (one per night) changed since ``lastupdate``."""
        return self._summaries("/v2/sleep", "getsummary", measures.parse_sleep, lastupdate,
                               ",".join(SLEEP_SUMMARY_FIELDS), resume, max_pages)

    def get_activity(self, lastupdate: int | None, resume: Resume | None = None,
                     max_pages: int = MAX_PAGES_PER_CALL) -> SummaryBatch:
        """Daily activity totals changed since ``lastupdate``."""
        return self._summaries("/v2/measure", "getactivity", measures.parse_activity,
                               lastupdate, ",".join(ACTIVITY_FIELDS), resume, max_pages)

    def get_workouts(self, lastupdate: int | None, resume: Resume | None = None,
                     max_pages: int = MAX_PAGES_PER_CALL) -> SummaryBatch:
        """Workouts changed since ``lastupdate`` (the first time: of the last 90 days)."""
        return self._summaries("/v2/measure", "getworkouts", workouts.parse_workouts,
                               lastupdate, ",".join(workouts.WORKOUT_FIELDS), resume, max_pages)

    def get_ecg(self, startdate: int, max_pages: int = MAX_PAGES_PER_CALL
                ) -> list[ecg.EcgRecording]:
        """ECG recordings made since ``startdate`` (Heart v2 - List has no ``lastupdate``).

        Pages the cap leaves unread are not resumed: the next read starts a week before the
        newest recording this one saw (sync.py), so what is newer is asked for then."""
        bodies, _ = self._pages("/v2/heart", "list", {"startdate": int(startdate)}, None,
                                max_pages)
        return [recording for body in bodies for recording in ecg.parse_heart_list(body)]

    def get_devices(self) -> list[measures.Device]:
        return measures.parse_devices(self._call("/v2/user", "getdevice", {}))

    def get_goals(self) -> measures.Goals:
        return measures.parse_goals(self._call("/v2/user", "getgoals", {}))

    def _summaries(self, path: str, action: str, parse: Callable[[dict], list[T]],
                   lastupdate: int | None, data_fields: str, resume: Resume | None,
                   max_pages: int) -> SummaryBatch:
        if resume is not None and resume.lastupdate is not None:
            asked, since = resume.lastupdate, resume.cursor or resume.lastupdate
        else:
            since = int(lastupdate) if lastupdate else int(self._clock()) - SUMMARY_BACKFILL
            asked = max(1, since - CURSOR_OVERLAP) if lastupdate else since
            resume = None
        params: dict[str, Any] = {"lastupdate": asked, "data_fields": data_fields}
        items: list[T] = []
        bodies, next_offset = self._pages(path, action, params,
                                          resume.offset if resume else None, max_pages)
        for body in bodies:
            items.extend(parse(body))
        # These replies carry no updatetime; the newest ``modified`` seen is the cursor, so
        # this computer's clock never decides what is skipped.
        newest = max((getattr(item, "modified", 0) or 0 for item in items), default=0)
        cursor = max(since, newest)
        if next_offset is not None:
            return SummaryBatch(items, cursor, Resume(asked, next_offset, cursor))
        return SummaryBatch(items, cursor)

    def _pages(self, path: str, action: str, params: dict[str, Any], offset: int | None,
               max_pages: int) -> tuple[list[dict], int | None]:
        """The bodies of up to ``max_pages`` pages from ``offset`` on, following ``more``;
        and the offset of the next page when the cap stopped the read (else None)."""
        bodies: list[dict] = []
        while True:
            if len(bodies) >= max(1, max_pages):
                log.info("withings %s %s: stopped after %d pages, the rest follows later",
                         path, action, len(bodies))
                return bodies, offset
            body = self._call(path, action, dict(params, offset=offset) if offset else params)
            bodies.append(body)
            if not measures.more_pages(body):
                return bodies, None
            next_offset = measures.as_int(body.get("offset"))
            if next_offset is None or next_offset <= (offset or 0):
                raise WithingsServerError(Message("core.withings.api", QT_TRANSLATE_NOOP(
                    "core.withings.api", "Withings said there is more data but gave no next "
                    "page; the app tries again later.")))
            offset = next_offset

    def call(self, path: str, action: str, params: dict[str, Any]) -> dict[str, Any]:
        """One counted call of a service that has its own module (notify.py)."""
        return self._call(path, action, params)

    def _call(self, path: str, action: str, params: dict[str, Any]) -> dict[str, Any]:
        """One POST with the Bearer token; the body of the reply or a named WithingsError."""
        token = self._tokens.access_token()
        try:
            return self._post(path, action, params, token)
        except AuthRevokedError:
            # Refused before the time we counted on: this computer's clock may be off, or
            # Withings ended the token early. Renew once; if that fails too, it is revoked.
            return self._post(path, action, params, self._tokens.renew_refused(token))

    def _post(self, path: str, action: str, params: dict[str, Any],
              token: str) -> dict[str, Any]:
        self.request_count += 1
        try:
            response = self._session.post(
                self._endpoints.api(path), data={"action": action, **params},
                headers={"Authorization": f"Bearer {token}",
                         "User-Agent": f"withings-gui/{__version__}"},
                timeout=self._timeout, allow_redirects=False)
        except requests.RequestException as exc:
            raise network_error(exc) from None
        log.debug("withings %s %s → HTTP %s", path, action, response.status_code)
        return unwrap(response, "data")
