"""A profile's Withings tokens: stored together, refreshed once, never lost.

Withings hands out a new refresh token on every refresh and stops accepting the old one once
the new access token is used, so two processes refreshing at once (tray, wizard and CLI may all
run) would log the user out. Refreshes therefore run under a lock file; inside it the stored
tokens are read again (another process may have refreshed already), and a new token set is
saved before it is used.
"""

from __future__ import annotations

import logging
import time
from typing import Callable

import filelock

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message, message_of
from withings_gui.core.paths import AppPaths
from withings_gui.core.redact import register_secret
from withings_gui.core.secrets import CLIENT_SECRET, SecretStore, SecretStoreError, token_key
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.errors import AuthRevokedError, WithingsError
from withings_gui.core.withings.oauth import TokenSet, refresh_tokens

log = logging.getLogger(__name__)
C = "core.withings.tokens"


def _said(source: str, **values: object) -> Message:
    return Message(C, source, values)

REFRESH_MARGIN = 600  # refresh when less than this many seconds of validity remain
LOCK_TIMEOUT = 120  # longer than one refresh request can take (its timeouts are 10 + 30 s)


class TokenManager:
    def __init__(self, endpoints: Endpoints, client_id: str, secrets: SecretStore,
                 paths: AppPaths, profile: str, clock: Callable[[], float] = time.time) -> None:
        self._endpoints = endpoints
        self._client_id = client_id
        self._secrets = secrets
        self._lock_dir = paths.lock_dir
        self._lock = filelock.FileLock(str(paths.token_lock(profile)), timeout=LOCK_TIMEOUT)
        self._profile = profile
        self._clock = clock
        self.refresh_count = 0  # refreshes this manager asked Withings for

    @property
    def profile(self) -> str:
        return self._profile

    def has_tokens(self) -> bool:
        return self._load() is not None

    @property
    def userid(self) -> str | None:
        tokens = self._load()
        return tokens.userid if tokens else None

    def tokens(self) -> TokenSet | None:
        return self._load()

    def save(self, tokens: TokenSet) -> None:
        """All of a token set in one secret, so access and refresh token change together."""
        register_secret(tokens.access_token)
        register_secret(tokens.refresh_token)
        self._secrets.set(token_key(self._profile), tokens.to_json())

    def forget(self) -> None:
        self._secrets.delete(token_key(self._profile))

    def access_token(self) -> str:
        """A valid access token, refreshing (once, across processes) when it is about to end."""
        tokens = self._require()
        if not self._expiring(tokens):
            return tokens.access_token
        return self._renew_under_lock(self._expiring)

    def renew_refused(self, refused_access_token: str) -> str:
        """A new access token after Withings refused ``refused_access_token`` (401): the one
        another process renewed meanwhile, or one refresh. AuthRevokedError when the refresh
        token is refused too."""
        return self._renew_under_lock(lambda tokens: tokens.access_token == refused_access_token)

    def _renew_under_lock(self, needs_refresh: Callable[[TokenSet], bool]) -> str:
        try:
            self._lock_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._lock.acquire()
        except filelock.Timeout:
            raise WithingsError(_said(QT_TRANSLATE_NOOP(
                "core.withings.tokens", "Another withings-gui window is renewing the Withings "
                "login and has not finished; try again in a minute."))) from None
        except OSError as exc:  # a full disk, a read-only or unwritable config folder
            raise WithingsError(_said(QT_TRANSLATE_NOOP(
                "core.withings.tokens", "The Withings login cannot be renewed: {folder} is not "
                "writable ({reason}); free some disk space or make the folder writable."),
                folder=str(self._lock_dir), reason=exc.strerror or type(exc).__name__)) \
                from None
        try:
            tokens = self._require()  # another process may have refreshed while we waited
            if needs_refresh(tokens):
                tokens = self._refresh(tokens)
        finally:
            self._lock.release()
        return tokens.access_token

    def _refresh(self, tokens: TokenSet) -> TokenSet:
        secret = self._secrets.get(CLIENT_SECRET)
        if not secret:
            raise AuthRevokedError(_said(QT_TRANSLATE_NOOP(
                "core.withings.tokens", "The Withings Consumer Secret is not saved; run setup "
                "again (or `withings-gui configure`) and re-authorize.")))
        self.refresh_count += 1
        # 401/503 from the token endpoint become AuthRevokedError (context "refresh").
        fresh = refresh_tokens(self._endpoints, self._client_id, secret, tokens.refresh_token,
                               self._clock)
        if not fresh.userid:
            fresh = TokenSet(fresh.access_token, fresh.refresh_token, fresh.expires_at,
                             tokens.userid, fresh.scope or tokens.scope)
        # Saved before anyone uses it: the old refresh token dies once the new access token is
        # used, so a new set that is not on disk must never reach Withings.
        try:
            self.save(fresh)
        except SecretStoreError as exc:
            raise WithingsError(_said(QT_TRANSLATE_NOOP(
                "core.withings.tokens", "The renewed Withings login could not be saved: "
                "{reason}"), reason=message_of(exc))) from None
        log.info("renewed the Withings login of profile %s", self._profile)
        return fresh

    def _expiring(self, tokens: TokenSet) -> bool:
        return tokens.expires_at - self._clock() < REFRESH_MARGIN

    def _require(self) -> TokenSet:
        tokens = self._load()
        if tokens is None:
            raise AuthRevokedError(_said(QT_TRANSLATE_NOOP(
                "core.withings.tokens", "Profile {profile} is not logged in to Withings; log in "
                "from the setup wizard or with `withings-gui login`."),
                profile=repr(self._profile)))
        return tokens

    def _load(self) -> TokenSet | None:
        text = self._secrets.get(token_key(self._profile))
        if not text:
            return None
        try:
            tokens = TokenSet.from_json(text)
        except (ValueError, TypeError, RecursionError):
            log.warning("the saved Withings login of profile %s is unreadable", self._profile)
            return None
        register_secret(tokens.access_token)
        register_secret(tokens.refresh_token)
        return tokens
