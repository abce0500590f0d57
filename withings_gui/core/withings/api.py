"""Withings data calls: measurements, sleep, activity, devices, goals; every call counted."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable

import requests

from withings_gui.core.catalog import ACTIVITY_FIELDS, SLEEP_FIELDS
from withings_gui.core.withings import measures
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import WithingsNetworkError, WithingsServerError
from withings_gui.core.withings.tokens import TokenManager

log = logging.getLogger(__name__)

TIMEOUT = (10, 30)
MAX_PAGES = 1000  # a guard against a server that always says "more"


@dataclass(frozen=True)
class MeasureBatch:
    measurements: list[measures.Measurement]
    updatetime: int


class WithingsClient:
    def __init__(self, endpoints: Endpoints, tokens: TokenManager,
                 clock: Callable[[], float] = time.time, timeout: tuple = TIMEOUT,
                 session: requests.Session | None = None) -> None:
        self._endpoints = endpoints
        self._tokens = tokens
        self._clock = clock
        self._timeout = timeout
        self._session = session or requests.Session()
        self.request_count = 0

    def get_measures(self, lastupdate: int | None) -> MeasureBatch:
        """Every body measurement changed since ``lastupdate`` (all of them when None)."""
        params: dict[str, Any] = {"category": measures.CATEGORY_REAL}
        if lastupdate:
            params["lastupdate"] = lastupdate
        found: list[measures.Measurement] = []
        updatetime = None
        for body in self._pages("/measure", "getmeas", params):
            found.extend(measures.parse_measure_groups(body))
            if updatetime is None:
                updatetime = measures._int(body.get("updatetime"))
        # The next lastupdate overlaps this reply by a second, so a group saved in the same
        # second as this reply is not skipped; the store ignores the repeats.
        return MeasureBatch(found, (updatetime or int(self._clock()) - 60) - 1)

    def get_sleep(self, lastupdate: int | None) -> tuple[list[measures.SleepSummary], int]:
        return self._summaries("/v2/sleep", "getsummary", measures.parse_sleep, lastupdate,
                               ",".join(SLEEP_FIELDS))

    def get_activity(self, lastupdate: int | None) -> tuple[list[measures.ActivityDay], int]:
        return self._summaries("/v2/measure", "getactivity", measures.parse_activity,
                               lastupdate, ",".join(ACTIVITY_FIELDS))

    def get_devices(self) -> list[measures.Device]:
        return measures.parse_devices(self._call("/v2/user", "getdevice", {}))

    def get_goals(self) -> measures.Goals:
        return measures.parse_goals(self._call("/v2/user", "getgoals", {}))

    def _summaries(self, path: str, action: str, parse, lastupdate: int | None,
                   data_fields: str) -> tuple[list, int]:
        # Summaries need a start when lastupdate is absent: the last 90 days are enough for
        # the current values; the full history is the measurements'.
        started = int(self._clock())
        params: dict[str, Any] = {"data_fields": data_fields,
                                  "lastupdate": lastupdate or started - 90 * 86400}
        items = []
        for body in self._pages(path, action, params):
            items.extend(parse(body))
        return items, started - 60

    def _pages(self, path: str, action: str, params: dict[str, Any]):
        offset = None
        for _ in range(MAX_PAGES):
            page = dict(params, offset=offset) if offset else params
            body = self._call(path, action, page)
            yield body
            if not measures.more_pages(body):
                return
            next_offset = measures._int(body.get("offset"))
            if not next_offset or next_offset == offset:
                raise WithingsServerError("Withings said there is more data but gave no next "
                                          "page; the app tries again later.")
            offset = next_offset
        raise WithingsServerError("Withings kept returning more pages; stopped.")

    def _call(self, path: str, action: str, params: dict[str, Any]) -> dict[str, Any]:
        token = self._tokens.access_token()
        self.request_count += 1
        try:
            response = self._session.post(self._endpoints.api(path),
                                          data={"action": action, **params},
                                          headers={"Authorization": f"Bearer {token}"},
                                          timeout=self._timeout)
        except requests.Timeout:
            raise WithingsNetworkError("Withings did not answer in time; the app tries again "
                                       "later.") from None
        except requests.RequestException as exc:
            raise WithingsNetworkError(f"Could not reach Withings ({type(exc).__name__}); "
                                       "check the internet connection.") from None
        log.debug("withings %s %s → HTTP %s", path, action, response.status_code)
        return unwrap(response)
