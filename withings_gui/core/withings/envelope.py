"""Withings' reply envelope: ``{"status": 0, "body": {...}}`` or a non-zero status."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.withings.errors import (TOO_MANY_REQUESTS, Context, WithingsServerError,
                                               error_for_status)

C = "core.withings.envelope"


def retry_after(response: requests.Response, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds; it may be a number or an HTTP date."""
    value = (response.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def unwrap(response: requests.Response, context: Context = "data") -> dict[str, Any]:
    """The ``body`` of a successful reply; a named WithingsError for anything else."""
    if response.status_code == 429:
        raise error_for_status(TOO_MANY_REQUESTS, retry_after=retry_after(response))
    if response.status_code >= 400:
        raise WithingsServerError(Message(C, QT_TRANSLATE_NOOP(
            "core.withings.envelope", "Withings answered HTTP {status}; the app tries again "
            "later."), {"status": response.status_code}), response.status_code)
    try:
        payload = response.json()
    except ValueError:  # requests' JSONDecodeError is a ValueError
        raise WithingsServerError(Message(C, QT_TRANSLATE_NOOP(
            "core.withings.envelope", "Withings sent a reply that is not valid JSON; the app "
            "tries again later."))) from None
    if not isinstance(payload, dict) or "status" not in payload:
        raise WithingsServerError(Message(C, QT_TRANSLATE_NOOP(
            "core.withings.envelope", "Withings sent a reply without a status; the app tries "
            "again later.")))
    status = _status(payload.get("status"))
    body = payload.get("body")
    if status != 0:
        error = payload.get("error")
        # One line, whatever the server put in it (a message with line breaks was seen).
        detail = " ".join(error.split()) if isinstance(error, str) else ""
        wait = retry_after(response)
        if wait is None and isinstance(body, dict):
            wait = _seconds(body.get("wait_seconds"))  # a hint some 601 replies carry
        raise error_for_status(-1 if status is None else status, detail, context, wait)
    return body if isinstance(body, dict) else {}


def _seconds(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None


def _status(value: Any) -> int | None:
    """Withings sends an int; a string "0" is accepted too, anything else is no status."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and len(value) <= 40:  # a status has a few digits, never pages
        try:
            return int(value)
        except ValueError:  # "x", or a digit int() refuses ("²")
            return None
    return None
