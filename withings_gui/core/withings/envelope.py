"""Withings' reply envelope: ``{"status": 0, "body": {...}}`` or a non-zero status."""

from __future__ import annotations

import json
from typing import Any

import requests

from withings_gui.core.withings.errors import WithingsServerError, error_for_status


def retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def unwrap(response: requests.Response, during_code_exchange: bool = False) -> dict[str, Any]:
    """The ``body`` of a successful reply; a named WithingsError for anything else."""
    if response.status_code == 429:
        raise error_for_status(601, retry_after=retry_after(response))
    if response.status_code >= 400:
        raise WithingsServerError(f"Withings answered HTTP {response.status_code}; the app "
                                  "tries again later.", response.status_code)
    try:
        payload = response.json()
    except (ValueError, json.JSONDecodeError):
        raise WithingsServerError("Withings sent a reply that is not valid JSON; the app "
                                  "tries again later.") from None
    if not isinstance(payload, dict) or "status" not in payload:
        raise WithingsServerError("Withings sent a reply without a status; the app tries "
                                  "again later.")
    status = payload.get("status")
    if status != 0:
        detail = payload.get("error") if isinstance(payload.get("error"), str) else ""
        code = status if isinstance(status, int) else -1
        raise error_for_status(code, detail, during_code_exchange, retry_after(response))
    body = payload.get("body")
    return body if isinstance(body, dict) else {}
