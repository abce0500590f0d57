"""Withings failures as named exceptions whose messages a user can act on.

Withings answers most errors with HTTP 200 and a non-zero ``status`` in the JSON body.
"""

from __future__ import annotations

DEFAULT_RATE_LIMIT_WAIT = 60.0


class WithingsError(Exception):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AuthRevokedError(WithingsError):
    """The saved login no longer works: the user must authorize again."""


class RateLimitedError(WithingsError):
    def __init__(self, message: str, retry_after: float, status: int | None = 601) -> None:
        super().__init__(message, status)
        self.retry_after = retry_after


class InvalidCodeError(WithingsError):
    """The authorization code expired (they live ~30 s) or was already used."""


class RedirectUriMismatchError(WithingsError):
    pass


class StateMismatchError(WithingsError):
    pass


class AccessDeniedError(WithingsError):
    pass


class WithingsServerError(WithingsError):
    pass


class WithingsNetworkError(WithingsError):
    pass


AUTH_STATUSES = {100, 101, 102, 200, 401}
REAUTHORIZE = ("Withings no longer accepts the saved login (status {status}); re-authorize "
               "this profile from the tray menu or with `withings-gui login`.")


def error_for_status(status: int, detail: str = "", during_code_exchange: bool = False,
                     retry_after: float | None = None) -> WithingsError:
    """The exception for a non-zero Withings ``status``; ``detail`` is Withings' own text."""
    suffix = f" (Withings said: {detail})" if detail else ""
    if status == 601:
        wait = retry_after if retry_after is not None else DEFAULT_RATE_LIMIT_WAIT
        return RateLimitedError(f"Withings says there were too many requests; waiting "
                                f"{int(wait)} s before trying again.", wait)
    if status == 293:
        return RedirectUriMismatchError(
            "Withings refused the callback URL: it must be exactly the Callback URI saved in "
            f"your Withings developer app{suffix}.", status)
    if during_code_exchange and status in AUTH_STATUSES | {503}:
        return InvalidCodeError(
            "The Withings authorization code expired or was already used (codes live about "
            f"30 seconds); log in again{suffix}.", status)
    if status in AUTH_STATUSES:
        return AuthRevokedError(REAUTHORIZE.format(status=status) + suffix, status)
    if status == 503:
        return WithingsError(f"Withings rejected the request as invalid (status 503){suffix}.",
                             status)
    if status == 522 or 500 <= status < 600 or status >= 2000:
        return WithingsServerError(f"Withings had a problem (status {status}); the app tries "
                                   f"again later{suffix}.", status)
    return WithingsError(f"Withings answered with status {status}{suffix}.", status)
