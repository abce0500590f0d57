"""The simulated cloud's OAuth state, with Withings' rules. Times come from the injected clock.

- Apps are registered with a client id, a secret and their callback URLs (None: any https
  URL, like the demo app).
- An authorization code is bound to its client and redirect_uri, is single-use, and expires
  30 s after it was issued. A failed exchange (wrong secret, wrong redirect_uri) does not use
  it up. Errors: 503 "Invalid Params: invalid code" (unknown, used, expired, other client),
  293 when the token request's redirect_uri differs from the authorize one, 401 for a wrong
  client secret, 503 for an unknown client id.
- An access token lives 3 hours (``expires_in`` 10800). Refreshing does not end the access
  tokens issued before; they run out on their own.
- Every refresh answers with a NEW access token AND a NEW refresh token. The refresh token
  that was used stays valid (each further use answers with another fresh pair) until the
  first of: an access token issued from it is used on a data endpoint, or 8 hours have passed
  since its first use. After that it is refused with 503 "Invalid Params: invalid
  refresh_token". So a client that lost the reply of a refresh can retry with the old token,
  while a client that keeps a stale token after moving on is refused, as at Withings.
- A refresh token never used expires after a year; revoking a user kills all their tokens.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

CODE_LIFETIME = 30
ACCESS_LIFETIME = 3 * 3600
OLD_REFRESH_GRACE = 8 * 3600
REFRESH_LIFETIME = 365 * 86400


class TokenRefused(Exception):
    """Carries the Withings status and error text the token endpoint answers with."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


@dataclass(frozen=True)
class App:
    client_id: str
    client_secret: str
    callback_urls: list[str] | None  # None: any https redirect_uri


@dataclass(frozen=True)
class Grant:
    """Who an access token speaks for."""
    userid: int
    client_id: str
    scope: str


@dataclass
class _Code:
    grant: Grant
    redirect_uri: str
    issued_at: float
    used: bool = False


@dataclass
class _Refresh:
    grant: Grant
    issued_at: float
    first_used_at: float | None = None
    dead: bool = False


@dataclass
class _Access:
    grant: Grant
    expires_at: float
    parent_refresh: str | None  # the refresh token this one came from: it dies at first use
    used: bool = False


@dataclass
class TokenAuthority:
    clock: Callable[[], float]
    apps: dict[str, App] = field(default_factory=dict)
    refresh_count: int = 0  # successful refreshes, for tests that count them
    _codes: dict[str, _Code] = field(default_factory=dict)
    _refresh: dict[str, _Refresh] = field(default_factory=dict)
    _access: dict[str, _Access] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def register(self, app: App) -> None:
        with self._lock:
            self.apps[app.client_id] = app

    def redirect_allowed(self, client_id: str, redirect_uri: str) -> bool:
        app = self.apps.get(client_id)
        if app is None:
            return False
        if app.callback_urls is None:
            return redirect_uri.startswith("https://")
        return redirect_uri in app.callback_urls

    def issue_code(self, client_id: str, redirect_uri: str, userid: int, scope: str) -> str:
        code = secrets.token_hex(20)
        with self._lock:
            self._codes[code] = _Code(Grant(userid, client_id, scope), redirect_uri,
                                      self.clock())
        return code

    def exchange_code(self, client_id: str, client_secret: str, code: str,
                      redirect_uri: str) -> dict:
        with self._lock:
            self._check_client(client_id, client_secret)
            issued = self._codes.get(code)
            if issued is None or issued.used or issued.grant.client_id != client_id \
                    or self.clock() - issued.issued_at > CODE_LIFETIME:
                raise TokenRefused(503, "Invalid Params: invalid code")
            if redirect_uri != issued.redirect_uri:
                raise TokenRefused(293, "Invalid Params: redirect_uri does not match the one "
                                        "given to authorize2")
            issued.used = True
            return self._new_pair(issued.grant, parent=None)

    def refresh(self, client_id: str, client_secret: str, refresh_token: str) -> dict:
        with self._lock:
            self._check_client(client_id, client_secret)
            record = self._refresh.get(refresh_token)
            if record is None or not self._refresh_alive(record) \
                    or record.grant.client_id != client_id:
                raise TokenRefused(503, "Invalid Params: invalid refresh_token")
            if record.first_used_at is None:
                record.first_used_at = self.clock()
            self.refresh_count += 1
            return self._new_pair(record.grant, parent=refresh_token)

    def use_access(self, access_token: str) -> Grant | None:
        """The grant behind a valid access token, marking it used (which retires its parent
        refresh token); None for an unknown, expired or revoked token."""
        with self._lock:
            access = self._access.get(access_token)
            if access is None or access.expires_at <= self.clock():
                return None
            if not access.used:
                access.used = True
                parent = self._refresh.get(access.parent_refresh or "")
                if parent is not None:
                    parent.dead = True
            return access.grant

    def newest_refresh_token(self, userid: int) -> str | None:
        """The refresh token handed out last for ``userid`` (tests compare it to the saved one)."""
        with self._lock:
            issued = [token for token, record in self._refresh.items()
                      if record.grant.userid == userid]
        return issued[-1] if issued else None

    def revoke_user(self, userid: int | None) -> None:
        """Every token of ``userid`` (of everyone when None) stops working."""
        with self._lock:
            for token, access in list(self._access.items()):
                if userid is None or access.grant.userid == userid:
                    del self._access[token]
            for record in self._refresh.values():
                if userid is None or record.grant.userid == userid:
                    record.dead = True

    def _refresh_alive(self, record: _Refresh) -> bool:
        now = self.clock()
        if record.first_used_at is not None and now - record.first_used_at > OLD_REFRESH_GRACE:
            record.dead = True
        if now - record.issued_at > REFRESH_LIFETIME:
            record.dead = True
        return not record.dead

    def _check_client(self, client_id: str, client_secret: str) -> None:
        app = self.apps.get(client_id)
        if app is None:
            raise TokenRefused(503, "Invalid Params: invalid client_id")
        if not secrets.compare_digest(app.client_secret.encode(), (client_secret or "").encode()):
            raise TokenRefused(401, "Invalid Params: invalid client_secret")

    def _new_pair(self, grant: Grant, parent: str | None) -> dict:
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        now = self.clock()
        self._access[access] = _Access(grant, now + ACCESS_LIFETIME, parent)
        self._refresh[refresh] = _Refresh(grant, now)
        return {"userid": str(grant.userid), "access_token": access, "refresh_token": refresh,
                "expires_in": ACCESS_LIFETIME, "scope": grant.scope,
                "csrf_token": secrets.token_urlsafe(24), "token_type": "Bearer"}
