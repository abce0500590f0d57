"""Keep secrets out of logs: every secret the app touches is registered here and masked.

Besides the exact values (registered by the secrets layer and the OAuth code), patterns catch
tokens and codes in URLs, form bodies and headers that were never registered.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "***"
_MIN_SECRET_LENGTH = 6

_lock = threading.Lock()
_known: set[str] = set()

_PATTERNS = [
    # key=value in query strings and form bodies, key: value / "key": "value" in JSON.
    re.compile(r"(?i)((?:access_token|refresh_token|client_secret|code|state|token|"
               r"webhook_id|password|csrf_token)[\"']?\s*[=:]\s*[\"']?)([^\s&\"',}]+)"),
    re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/=-]+)"),
    re.compile(r"(/api/webhook/)([A-Za-z0-9_-]+)"),
]


def register_secret(value: str | None) -> None:
    """Mask ``value`` in every log record from now on (short values would mask too much)."""
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _lock:
            _known.add(value)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message (args merged, traceback included) with masks."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.msg = redact(message)
        record.args = None
        return True
