"""Withings data calls: measurements, sleep, activity, devices, goals; every call counted."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator, NamedTuple, TypeVar

import requests

from withings_gui import __version__
from withings_gui.core.catalog import ACTIVITY_FIELDS, SLEEP_FIELDS
from withings_gui.core.withings import measures
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import (AuthRevokedError, WithingsServerError,
                                               network_error)
from withings_gui.core.withings.tokens import TokenManager

log = logging.getLogger(__name__)

TIMEOUT = 30.0
MAX_PAGES = 1000  # a guard against a server that always says "more"
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
class MeasureBatch:
    measurements: list[measures.Measurement]
    updatetime: int  # the ``lastupdate`` to send next time


class SummaryBatch(NamedTuple):
    """Sleep nights or activity days, and the ``lastupdate`` to send next time."""
    items: list
    updatetime: int


class WithingsClient:
    def __init__(self, endpoints: Endpoints, tokens: TokenManager,
                 clock: Callable[[], float] = time.time,
                 timeout: float | tuple[float, float] = TIMEOUT,
                 session: requests.Session | None = None) -> None:
        self._endpoints = endpoints
        self._tokens = tokens
        self._clock = clock
        self._timeout = timeout
        self._session = session or requests.Session()
        self.request_count = 0  # data requests sent to Withings (token refreshes not included)

    def get_measures(self, lastupdate: int | None) -> MeasureBatch:
        """Every body measurement changed since ``lastupdate`` (the full history when None/0).

        The next ``lastupdate`` is Withings' own ``updatetime`` (server time, so a wrong
        clock on this computer cannot skip data).
        """
        params: dict[str, Any] = {"category": measures.CATEGORY_REAL}
        if lastupdate:
            params["lastupdate"] = max(1, int(lastupdate) - CURSOR_OVERLAP)
        found: list[measures.Measurement] = []
        updatetime: int | None = None
        latest_change: int | None = None
        for body in self._pages("/measure", "getmeas", params):
            found.extend(measures.parse_measure_groups(body))
            if updatetime is None:  # the first page's: nothing changed after it is skipped
                updatetime = measures.as_int(body.get("updatetime"))
            change = measures.latest_group_change(body)
            if change is not None and (latest_change is None or change > latest_change):
                latest_change = change
        if updatetime is None:
            # No updatetime in the reply: the newest change seen is a safe cursor.
            updatetime = max(int(lastupdate or 0), latest_change or 0)
        return MeasureBatch(found, updatetime)

    def get_sleep(self, lastupdate: int | None) -> SummaryBatch:
        """Sleep summaries (one per night) changed since ``lastupdate``."""
        return self._summaries("/v2/sleep", "getsummary", measures.parse_sleep, lastupdate,
                               ",".join(SLEEP_FIELDS))

    def get_activity(self, lastupdate: int | None) -> SummaryBatch:
        """Daily activity totals changed since ``lastupdate``."""
        return self._summaries("/v2/measure", "getactivity", measures.parse_activity,
                               lastupdate, ",".join(ACTIVITY_FIELDS))

    def get_devices(self) -> list[measures.Device]:
        return measures.parse_devices(self._call("/v2/user", "getdevice", {}))

    def get_goals(self) -> measures.Goals:
        return measures.parse_goals(self._call("/v2/user", "getgoals", {}))

    def _summaries(self, path: str, action: str, parse: Callable[[dict], list[T]],
                   lastupdate: int | None, data_fields: str) -> SummaryBatch:
        since = int(lastupdate) if lastupdate else int(self._clock()) - SUMMARY_BACKFILL
        asked = max(1, since - CURSOR_OVERLAP) if lastupdate else since
        params: dict[str, Any] = {"lastupdate": asked, "data_fields": data_fields}
        items: list[T] = []
        for body in self._pages(path, action, params):
            items.extend(parse(body))
        # These replies carry no updatetime; the newest ``modified`` seen is the cursor, so
        # this computer's clock never decides what is skipped.
        newest = max((getattr(item, "modified", 0) or 0 for item in items), default=0)
        return SummaryBatch(items, max(since, newest))

    def _pages(self, path: str, action: str, params: dict[str, Any]) -> Iterator[dict]:
        """Each page's body, following ``more``/``offset``; stops when ``more`` is false."""
        offset: int | None = None
        for _ in range(MAX_PAGES):
            body = self._call(path, action, dict(params, offset=offset) if offset else params)
            yield body
            if not measures.more_pages(body):
                return
            next_offset = measures.as_int(body.get("offset"))
            if not next_offset or next_offset == offset:
                raise WithingsServerError("Withings said there is more data but gave no next "
                                          "page; the app tries again later.")
            offset = next_offset
        raise WithingsServerError("Withings kept returning more pages; stopped.")

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
                timeout=self._timeout)
        except requests.RequestException as exc:
            raise network_error(exc) from None
        log.debug("withings %s %s → HTTP %s", path, action, response.status_code)
        return unwrap(response, "data")
