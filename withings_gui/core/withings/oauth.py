"""Withings OAuth 2: the authorize URL, the redirect the browser comes back with, tokens.

Withings wraps token replies in its status envelope and wants ``action=requesttoken`` in the
token request, so requests-oauthlib gets compliance hooks that unwrap the body (or raise the
named error) before oauthlib parses it.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable
from urllib.parse import parse_qs, urlencode, urlsplit

import requests
from requests_oauthlib import OAuth2Session

from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.redact import register_secret
from withings_gui.core.withings.endpoints import Endpoints, is_loopback_http
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import (AccessDeniedError, Context, StateMismatchError,
                                               WithingsError, WithingsServerError,
                                               network_error)
from withings_gui.core.withings.transport import TOKEN_DEADLINE, withings_session

SCOPES = "user.info,user.metrics,user.activity,user.sleepevents"
TIMEOUT = (10, 30)
ACCESS_TOKEN_LIFETIME = 3 * 3600  # what Withings documents, used when expires_in is missing
# An expires_in outside this range is not believed (the documented 3 h is used): a shorter one
# would renew on every call (the manager renews 10 min before the end), a longer one is absurd.
BELIEVABLE_LIFETIME = (20 * 60, 30 * 86400)
MAX_TOKEN_LENGTH = 4096
C = "core.withings.oauth"


class IncompleteTokenReplyError(WithingsServerError):
    """The token endpoint answered without a usable access or refresh token."""


class RedirectUrlError(Explained, ValueError):
    """The pasted address is not the callback, or carries no authorization code."""


def _said(source: str, **values: object) -> Message:
    return Message(C, source, values)


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str
    expires_at: float
    userid: str
    scope: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "TokenSet":
        """Raises ValueError for anything that is not a complete token set."""
        data = json.loads(text)
        if not isinstance(data, dict) or not data.get("access_token") \
                or not data.get("refresh_token"):
            raise ValueError("not a Withings token set")
        try:
            expires_at = float(data.get("expires_at") or 0)
        except OverflowError:
            raise ValueError("not a Withings token set") from None
        return cls(access_token=str(data["access_token"]),
                   refresh_token=str(data["refresh_token"]),
                   # An unreadable end (nan, inf) counts as ended: the next call renews.
                   expires_at=expires_at if math.isfinite(expires_at) else 0.0,
                   userid=_text(data.get("userid")), scope=_text(data.get("scope")))


def new_state() -> str:
    return secrets.token_urlsafe(24)


def build_authorize_url(endpoints: Endpoints, client_id: str, redirect_uri: str,
                        state: str) -> str:
    query = urlencode({"response_type": "code", "client_id": client_id, "state": state,
                       "scope": SCOPES, "redirect_uri": redirect_uri}, safe=",")
    return f"{endpoints.authorize_url}?{query}"


def parse_redirect(url: str, redirect_uri: str, state: str) -> str:
    """The authorization code from the URL the browser was sent to after Withings' login.

    ValueError when the URL is not the callback or has no code; StateMismatchError when it
    belongs to another login attempt; AccessDeniedError when the user said no.
    """
    url = (url or "").strip().strip("'\"<>").strip()
    want = urlsplit(redirect_uri)
    if url and "://" not in url.split("?", 1)[0]:
        url = f"{want.scheme}://{url}"  # pasted without the scheme
    got = urlsplit(url.replace("&amp;", "&"))
    if _origin_and_path(got) != _origin_and_path(want):
        raise RedirectUrlError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "That is not the callback address: it should start with "
            "{callback}. Copy the address of the page Withings sent you to after you allowed "
            "access."), callback=redirect_uri))
    query = {key: values[0] for key, values in parse_qs(got.query).items()}
    error = query.get("error")
    if error and query.get("state") in (None, state):
        if error == "access_denied":
            raise AccessDeniedError(_said(QT_TRANSLATE_NOOP(
                "core.withings.oauth", "Access was denied on the Withings page; log in again "
                "and choose Allow.")))
        raise WithingsError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "Withings reported an error ({error}); log in again."),
            error=error))
    if query.get("state") != state:
        raise StateMismatchError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "The login answer does not belong to this login attempt "
            "(state mismatch); start the login again and use the newest address.")))
    code = query.get("code", "").strip()
    if not code:
        raise RedirectUrlError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "The address has no authorization code; copy the whole "
            "address after you allowed access.")))
    register_secret(code)
    return code


def exchange_code(endpoints: Endpoints, client_id: str, client_secret: str, code: str,
                  redirect_uri: str, clock: Callable[[], float] = time.time, *,
                  deadline: float = TOKEN_DEADLINE) -> TokenSet:
    """Trade the (30-second) authorization code for tokens."""
    register_secret(client_secret)
    with _session(endpoints, client_id, "code", redirect_uri=redirect_uri,
                  deadline=deadline) as session:
        token = _token_call(lambda: session.fetch_token(
            endpoints.token_url, code=code, client_secret=client_secret,
            include_client_id=True, action="requesttoken", timeout=TIMEOUT))
    return _token_set(token, clock)


def refresh_tokens(endpoints: Endpoints, client_id: str, client_secret: str,
                   refresh_token: str, clock: Callable[[], float] = time.time, *,
                   deadline: float = TOKEN_DEADLINE) -> TokenSet:
    """A new token set; Withings rotates the refresh token, so the result must be saved."""
    register_secret(client_secret)
    register_secret(refresh_token)
    with _session(endpoints, client_id, "refresh", deadline=deadline) as session:
        token = _token_call(lambda: session.refresh_token(
            endpoints.token_url, refresh_token=refresh_token, client_id=client_id,
            client_secret=client_secret, action="requesttoken", timeout=TIMEOUT))
    return _token_set(token, clock)


def _session(endpoints: Endpoints, client_id: str, context: Context,
             redirect_uri: str | None = None,
             deadline: float = TOKEN_DEADLINE) -> OAuth2Session:
    if endpoints.token_url.startswith("http://"):
        if not is_loopback_http(endpoints.token_url):
            raise ValueError("The Withings token URL must use https (plain http only to "
                             "127.0.0.1 or localhost).")
        # Allowed only to this machine (tests, demo); oauthlib refuses http unless told.
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    # No scope on the session: Withings may grant fewer scopes than asked (a user unticks
    # one), and oauthlib would raise on the difference. The authorize URL carries the scope.
    session = OAuth2Session(client_id, redirect_uri=redirect_uri)
    # Never redirected (the form carries the client secret and refresh token), and over
    # within ``deadline`` seconds however slowly the server sends.
    withings_session(deadline, session)

    def unwrap_hook(response: requests.Response) -> requests.Response:
        body = unwrap(response, context)
        body = _token_fields(body, context)  # before oauthlib, which cannot be trusted with them
        for key in ("access_token", "refresh_token"):
            if body.get(key) is not None:
                register_secret(str(body[key]))
        body.setdefault("token_type", "Bearer")
        # oauthlib parses ``response.text``: hand it the plain token fields.
        response._content = json.dumps(body).encode()
        response.encoding = "utf-8"
        return response

    session.register_compliance_hook("access_token_response", unwrap_hook)
    session.register_compliance_hook("refresh_token_response", unwrap_hook)
    return session


def _token_fields(body: dict[str, Any], context: Context) -> dict[str, Any]:
    """Only the checked token fields of a token reply's body, for oauthlib to parse.

    Checked before oauthlib sees them: requests-oauthlib fills a refresh reply's missing
    refresh token with the old one (which Withings retires once the new access token is used:
    the next refresh would force a new login), and oauthlib raises on an odd ``expires_in``,
    which would fail every refresh.
    """
    access = _token_text(body.get("access_token"))
    refresh = _token_text(body.get("refresh_token"))
    if not access or not refresh:
        missing = _said(QT_TRANSLATE_NOOP("core.withings.oauth", "refresh token")) if access \
            else _said(QT_TRANSLATE_NOOP("core.withings.oauth", "access token"))
        if context == "refresh":
            raise IncompleteTokenReplyError(_said(QT_TRANSLATE_NOOP(
                "core.withings.oauth", "Withings renewed the login without a usable "
                "{missing}; the saved login is kept and the app tries again later."),
                missing=missing))
        raise IncompleteTokenReplyError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "Withings answered the login without a usable {missing}; "
            "log in again in a minute."), missing=missing))
    return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
            "expires_in": _lifetime(body.get("expires_in")),
            "userid": _userid(body.get("userid")), "scope": _scope(body.get("scope"))}


def _token_text(value: Any) -> str:
    """A token as OAuth defines it (visible ASCII); anything else counts as missing, since
    saving it would break the next request."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_TOKEN_LENGTH:
        return ""
    return value if all("!" <= char <= "~" for char in value) else ""


def _lifetime(value: Any) -> int:
    """``expires_in`` in seconds; the documented lifetime for anything unbelievable."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return ACCESS_TOKEN_LIFETIME
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return ACCESS_TOKEN_LIFETIME
    low, high = BELIEVABLE_LIFETIME
    return int(seconds) if low <= seconds <= high else ACCESS_TOKEN_LIFETIME  # nan: False


def _userid(value: Any) -> str:
    """Withings' user id, a number or a string of one; anything else is no user id."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if 0 <= value < 2**63 else ""
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 19:
        return value.strip()
    return ""


def _token_call(call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return call()
    except requests.RequestException as exc:
        raise network_error(exc) from None
    except WithingsError:
        raise
    except Exception as exc:  # oauthlib's own errors for an unusable token reply
        raise WithingsServerError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "Withings sent an unusable token reply ({kind}); try again "
            "later."), kind=type(exc).__name__)) from None


def _token_set(token: dict[str, Any], clock: Callable[[], float]) -> TokenSet:
    # _check_token_reply vetted these fields before oauthlib; checked again for safety.
    access, refresh = _token_text(token.get("access_token")), \
        _token_text(token.get("refresh_token"))
    if not access or not refresh:
        raise IncompleteTokenReplyError(_said(QT_TRANSLATE_NOOP(
            "core.withings.oauth", "Withings' token reply has no access or refresh token; try "
            "again later.")))
    return TokenSet(access_token=access, refresh_token=refresh,
                    expires_at=clock() + _lifetime(token.get("expires_in")),
                    userid=_userid(token.get("userid")), scope=_scope(token.get("scope")))


def _scope(value: Any) -> str:
    """Withings' comma-separated scope; oauthlib hands it back as a list."""
    if isinstance(value, (list, tuple, set)):
        return ",".join(part for part in value if isinstance(part, str) and part)
    return value if isinstance(value, str) else ""


def _origin_and_path(parts) -> tuple[str, str, int | None, str]:
    scheme = (parts.scheme or "").lower()
    try:
        port = parts.port or {"https": 443, "http": 80}.get(scheme)
    except ValueError:
        port = -1
    return scheme, (parts.hostname or "").lower(), port, parts.path.rstrip("/")


def _text(value: Any) -> str:
    """userid comes as a number or a string; scope may be missing or null."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)
