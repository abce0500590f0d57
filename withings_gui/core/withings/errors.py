"""Withings failures as named exceptions whose messages a user can act on.

Withings answers most errors with HTTP 200 and a non-zero ``status`` in the JSON body; what a
status means depends on the call (503 is "invalid params": an expired code during login, a dead
refresh token during a refresh), so the mapping takes the context.
"""

from __future__ import annotations

from typing import Literal

from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, joined

C = "core.withings"

DEFAULT_RATE_LIMIT_WAIT = 60.0
# Withings' window is a minute; a wait asked for beyond an hour is not believed (a wrong date
# in Retry-After, a server clock years ahead) and the app asks again after the hour.
MAX_RATE_LIMIT_WAIT = 3600.0

Context = Literal["data", "code", "refresh"]

# Withings' documented "authentication failed" statuses.
AUTH_STATUSES = frozenset({100, 101, 102, 200, 401})
INVALID_PARAMS = 503
REDIRECT_URI_MISMATCH = 293
TIMEOUT = 522
TOO_MANY_REQUESTS = 601
# What Withings answers a call the login's scope does not cover ("Insufficient_scope: The
# request requires higher privileges than provided by the access token", aiowithings #587).
INSUFFICIENT_SCOPE = 403


class WithingsError(Explained):
    def __init__(self, message: Message | str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AuthRevokedError(WithingsError):
    """The saved login no longer works: the user must authorize again."""


class RateLimitedError(WithingsError):
    def __init__(self, message: Message | str, retry_after: float = DEFAULT_RATE_LIMIT_WAIT,
                 status: int | None = TOO_MANY_REQUESTS) -> None:
        super().__init__(message, status)
        self.retry_after = retry_after


class InvalidCodeError(WithingsError):
    """The authorization code expired (they live ~30 s) or was already used."""


class RedirectUriMismatchError(WithingsError):
    """The redirect_uri is not exactly the Callback URI saved in the Withings app."""


class StateMismatchError(WithingsError):
    """The redirect does not belong to this login attempt."""


class AccessDeniedError(WithingsError):
    """The user clicked "deny" on Withings' page."""


class ScopeMissingError(WithingsError):
    """The login does not allow this call; a new login granting it is needed."""


class WithingsServerError(WithingsError):
    """Withings failed (5xx, timeout, garbage); trying again later may work."""


class RedirectRefusedError(WithingsServerError):
    """Withings' address answered with a redirect; it is never followed (see transport)."""


class WithingsNetworkError(WithingsError):
    """Withings could not be reached or did not answer in time."""


REAUTHORIZE = Message(C, QT_TRANSLATE_NOOP(
    "core.withings", "Withings no longer accepts the saved login; re-authorize this profile "
    "from the tray menu (Settings / Re-authorize) or with `withings-gui login`."))
CODE_EXPIRED = Message(C, QT_TRANSLATE_NOOP(
    "core.withings", "The Withings authorization code expired or was already used — codes "
    "live about 30 seconds; log in again."))
BAD_CLIENT = Message(C, QT_TRANSLATE_NOOP(
    "core.withings", "Withings did not accept the Client Id or Consumer Secret; copy both "
    "again from your Withings developer dashboard and log in again."))
# A str: the wizard adds to it (i18n-base translates the wizard's texts).
REDIRECT_MISMATCH = ("Withings refused the callback URL: it must be exactly the Callback URI "
                     "saved in your Withings developer app (same https, host, path, no extra "
                     "slash)")
_REDIRECT_MISMATCH = Message(C, QT_TRANSLATE_NOOP(
    "core.withings", "Withings refused the callback URL: it must be exactly the Callback URI "
    "saved in your Withings developer app (same https, host, path, no extra slash)."))


def _said(detail: str) -> list[Message]:
    """Withings' own words, after ours, when it gave any."""
    return [Message(C, QT_TRANSLATE_NOOP("core.withings", "(Withings said: {detail})"),
                    {"detail": detail})] if detail else []


def _with_status(text: Message, status: int, detail: str) -> Message:
    return joined([text, Message(C, QT_TRANSLATE_NOOP("core.withings", "(status {status})"),
                                 {"status": status}), *_said(detail)])


def error_for_status(status: int, detail: str = "", context: Context = "data",
                     retry_after: float | None = None) -> WithingsError:
    """The exception for a non-zero Withings ``status``; ``detail`` is Withings' own text."""
    said = _said(detail)
    if status == TOO_MANY_REQUESTS:
        wait = capped_wait(retry_after)
        return RateLimitedError(Message(C, QT_TRANSLATE_NOOP(
            "core.withings", "Withings says there were too many requests; waiting {seconds} s "
            "before trying again."), {"seconds": int(wait)}), wait)
    if status == REDIRECT_URI_MISMATCH:
        return RedirectUriMismatchError(joined([_REDIRECT_MISMATCH, *said]), status)
    if context == "code" and (status in AUTH_STATUSES or status == INVALID_PARAMS):
        # A wrong secret is refused with the same statuses as a stale code; Withings' text
        # tells them apart, and the user needs to know which one to fix.
        text = BAD_CLIENT if "client" in detail.lower() else CODE_EXPIRED
        return InvalidCodeError(joined([text, *said]), status)
    if context == "refresh" and (status in AUTH_STATUSES or status == INVALID_PARAMS):
        return AuthRevokedError(joined([REAUTHORIZE, *said]), status)
    if status == INSUFFICIENT_SCOPE and context == "data":
        return ScopeMissingError(joined([Message(C, QT_TRANSLATE_NOOP(
            "core.withings", "Withings does not let this login read them (status 403); log in "
            "again (Settings / Re-authorize) and allow every permission Withings asks for.")),
            *said]), status)
    if status in AUTH_STATUSES:
        return AuthRevokedError(_with_status(REAUTHORIZE, status, detail), status)
    if status == INVALID_PARAMS:
        return WithingsServerError(joined([Message(C, QT_TRANSLATE_NOOP(
            "core.withings", "Withings rejected the request as invalid (status 503); the app "
            "tries again later.")), *said]), status)
    if status == TIMEOUT or 500 <= status < 600 or status >= 2000:
        return WithingsServerError(joined([Message(C, QT_TRANSLATE_NOOP(
            "core.withings", "Withings had a problem (status {status}); the app tries again "
            "later."), {"status": status}), *said]), status)
    return WithingsError(joined([Message(C, QT_TRANSLATE_NOOP(
        "core.withings", "Withings answered with status {status}."), {"status": status}),
        *said]), status)


def network_error(exc: BaseException) -> WithingsNetworkError:
    """A plain message for a failed connection; the exception's text may hold URLs, so not it."""
    deadline = getattr(exc, "deadline", None)
    if isinstance(deadline, (int, float)):  # the whole-request deadline (transport)
        return WithingsNetworkError(Message(C, QT_TRANSLATE_NOOP(
            "core.withings", "Withings did not answer in time (no complete answer within "
            "{seconds} s); the app tries again later."), {"seconds": f"{deadline:g}"}))
    if "Timeout" in type(exc).__name__:
        return WithingsNetworkError(Message(C, QT_TRANSLATE_NOOP(
            "core.withings", "Withings did not answer in time; the app tries again later.")))
    return WithingsNetworkError(Message(C, QT_TRANSLATE_NOOP(
        "core.withings", "Could not reach Withings ({error}); check the internet connection."),
        {"error": type(exc).__name__}))


def capped_wait(seconds: float | None) -> float:
    """A wait Withings asked for, as a number of seconds between 0 and MAX_RATE_LIMIT_WAIT."""
    if seconds is None or seconds != seconds:  # missing or NaN
        return DEFAULT_RATE_LIMIT_WAIT
    return min(max(0.0, float(seconds)), MAX_RATE_LIMIT_WAIT)
