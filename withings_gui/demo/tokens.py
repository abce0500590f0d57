"""The simulated cloud's OAuth state, with Withings' semantics.

- An authorization code is single-use and expires 30 s after it was issued.
- An access token lives 3 hours (``expires_in`` 10800).
- Every refresh issues a new access token AND a new refresh token. The refresh token that was
  used keeps working until the access token issued by that refresh is first used on a data
  endpoint, or until 8 hours have passed, whichever comes first; then it is refused with
  status 503 ("invalid refresh_token"). This is what makes a lost new refresh token harmless
  and a second refresh with a stale one fatal.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Callable

CODE_LIFETIME = 30
ACCESS_LIFETIME = 3 * 3600
OLD_REFRESH_GRACE = 8 * 3600


class TokenRefused(Exception):
    """Carries the Withings status and error text the token endpoint answers with."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


@dataclass
class App:
    client_id: str
    client_secret: str
    callback_urls: list[str] | None  # None: any https redirect_uri


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    userid: int
    scope: str
    issued_at: float
    used: bool = False


@dataclass
class _Refresh:
    userid: int
    client_id: str
    scope: str
    superseded_at: float | None = None
    dead: bool = False


@dataclass
class _Access:
    userid: int
    expires_at: float
    used: bool = False
    # The refresh token whose use produced this access token (dies when this one is used).
    parent_refresh: str | None = None


@dataclass
class TokenAuthority:
    clock: Callable[[], float]
    apps: dict[str, App] = field(default_factory=dict)
    _codes: dict[str, _Code] = field(default_factory=dict)
    _refresh: dict[str, _Refresh] = field(default_factory=dict)
    _access: dict[str, _Access] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    refresh_count: int = 0

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
            self._codes[code] = _Code(client_id, redirect_uri, userid, scope, self.clock())
        return code

    def exchange_code(self, client_id: str, client_secret: str, code: str,
                      redirect_uri: str) -> dict:
        with self._lock:
            self._check_client(client_id, client_secret)
            grant = self._codes.get(code)
            if grant is None or grant.used or grant.client_id != client_id:
                raise TokenRefused(503, "Invalid Params: invalid code")
            if self.clock() - grant.issued_at > CODE_LIFETIME:
                raise TokenRefused(503, "Invalid Params: the code has expired")
            if redirect_uri != grant.redirect_uri:
                raise TokenRefused(293, "Invalid Params: redirect_uri mismatch")
            grant.used = True
            return self._new_pair(grant.userid, client_id, grant.scope, parent=None)

    def refresh(self, client_id: str, client_secret: str, refresh_token: str) -> dict:
        with self._lock:
            self._check_client(client_id, client_secret)
            record = self._refresh.get(refresh_token)
            now = self.clock()
            if record is not None and record.superseded_at is not None \
                    and now - record.superseded_at > OLD_REFRESH_GRACE:
                record.dead = True
            if record is None or record.dead or record.client_id != client_id:
                raise TokenRefused(503, "Invalid Params: invalid refresh_token")
            self.refresh_count += 1
            pair = self._new_pair(record.userid, client_id, record.scope, parent=refresh_token)
            if record.superseded_at is None:
                record.superseded_at = now
            return pair

    def user_for_access(self, access_token: str) -> int | None:
        with self._lock:
            access = self._access.get(access_token)
            if access is None or access.expires_at <= self.clock():
                return None
            if not access.used:
                access.used = True
                parent = self._refresh.get(access.parent_refresh or "")
                if parent is not None:
                    parent.dead = True
            return access.userid

    def revoke_user(self, userid: int | None) -> None:
        with self._lock:
            for token, access in list(self._access.items()):
                if userid is None or access.userid == userid:
                    del self._access[token]
            for record in self._refresh.values():
                if userid is None or record.userid == userid:
                    record.dead = True

    def _check_client(self, client_id: str, client_secret: str) -> None:
        app = self.apps.get(client_id)
        if app is None:
            raise TokenRefused(503, "Invalid Params: invalid client_id")
        if not secrets.compare_digest(app.client_secret, client_secret or ""):
            raise TokenRefused(401, "Invalid Params: invalid client_secret")

    def _new_pair(self, userid: int, client_id: str, scope: str, parent: str | None) -> dict:
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        self._access[access] = _Access(userid, self.clock() + ACCESS_LIFETIME,
                                       parent_refresh=parent)
        self._refresh[refresh] = _Refresh(userid, client_id, scope)
        return {"userid": str(userid), "access_token": access, "refresh_token": refresh,
                "expires_in": ACCESS_LIFETIME, "scope": scope, "csrf_token": secrets.token_hex(8),
                "token_type": "Bearer"}
