"""Withings OAuth 2: the authorize URL, the redirect the browser comes back with, tokens.

Withings wraps token replies in its status envelope and wants ``action=requesttoken`` in the
token request, so requests-oauthlib gets compliance hooks that unwrap the body (or raise the
named error) before oauthlib parses it.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable
from urllib.parse import parse_qs, urlencode, urlsplit

import requests
from requests_oauthlib import OAuth2Session

from withings_gui.core.redact import register_secret
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.envelope import unwrap
from withings_gui.core.withings.errors import (AccessDeniedError, StateMismatchError,
                                               WithingsError, WithingsNetworkError)

SCOPES = "user.info,user.metrics,user.activity,user.sleepevents"
TIMEOUT = (10, 30)

# Withings may grant fewer scopes than asked (the user unticks one); oauthlib would raise.
os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")


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
        data = json.loads(text)
        return cls(**{key: data.get(key) for key in cls.__dataclass_fields__})


def new_state() -> str:
    return secrets.token_urlsafe(24)


def build_authorize_url(endpoints: Endpoints, client_id: str, redirect_uri: str,
                        state: str) -> str:
    query = urlencode({"response_type": "code", "client_id": client_id, "state": state,
                       "scope": SCOPES, "redirect_uri": redirect_uri}, safe=",")
    return f"{endpoints.authorize_url}?{query}"


def parse_redirect(url: str, redirect_uri: str, state: str) -> str:
    """The authorization code from the URL the browser was sent to after Withings' login."""
    url = (url or "").strip().strip("'\"<>")
    got, want = urlsplit(url), urlsplit(redirect_uri)
    if (got.scheme, (got.hostname or "").lower(), got.path.rstrip("/")) != \
            (want.scheme, (want.hostname or "").lower(), want.path.rstrip("/")):
        raise ValueError(f"That is not the callback address: it should start with "
                         f"{redirect_uri}. Copy the address of the page Withings sent you to "
                         "after you allowed access.")
    query = {key: values[0] for key, values in parse_qs(got.query).items()}
    if query.get("state") != state:
        raise StateMismatchError("The login answer does not belong to this login attempt "
                                 "(state mismatch); start the login again and use the newest "
                                 "address.")
    if "error" in query:
        if query["error"] == "access_denied":
            raise AccessDeniedError("Access was denied on the Withings page; log in again and "
                                    "choose Allow.")
        raise WithingsError(f"Withings reported an error: {query['error']}.")
    code = query.get("code")
    if not code:
        raise ValueError("The address has no authorization code; copy the whole address "
                         "after you allowed access.")
    register_secret(code)
    return code


def exchange_code(endpoints: Endpoints, client_id: str, client_secret: str, code: str,
                  redirect_uri: str, clock: Callable[[], float] = time.time) -> TokenSet:
    session = _session(endpoints, client_id, redirect_uri=redirect_uri, code_exchange=True)
    token = _token_call(lambda: session.fetch_token(
        endpoints.token_url, code=code, client_secret=client_secret, include_client_id=True,
        action="requesttoken", timeout=TIMEOUT))
    return _token_set(token, clock)


def refresh_tokens(endpoints: Endpoints, client_id: str, client_secret: str,
                   refresh_token: str, clock: Callable[[], float] = time.time) -> TokenSet:
    session = _session(endpoints, client_id)
    token = _token_call(lambda: session.refresh_token(
        endpoints.token_url, refresh_token=refresh_token, client_id=client_id,
        client_secret=client_secret, action="requesttoken", timeout=TIMEOUT))
    return _token_set(token, clock)


def _session(endpoints: Endpoints, client_id: str, redirect_uri: str | None = None,
             code_exchange: bool = False) -> OAuth2Session:
    if endpoints.token_url.startswith("http://"):
        # Endpoints allow plain http only to this machine (tests, demo); oauthlib needs telling.
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    session = OAuth2Session(client_id, redirect_uri=redirect_uri, scope=SCOPES)

    def unwrap_hook(response: requests.Response) -> requests.Response:
        body = unwrap(response, during_code_exchange=code_exchange)
        for key in ("access_token", "refresh_token"):
            register_secret(body.get(key))
        # oauthlib parses ``response.text``: hand it the plain token fields.
        response._content = json.dumps(body).encode()
        return response

    session.register_compliance_hook("access_token_response", unwrap_hook)
    session.register_compliance_hook("refresh_token_response", unwrap_hook)
    return session


def _token_call(call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return call()
    except requests.RequestException as exc:
        raise WithingsNetworkError(f"Could not reach Withings ({type(exc).__name__}); check "
                                   "the internet connection.") from None
    except WithingsError:
        raise
    except Exception as exc:  # oauthlib's own errors for a malformed token reply
        raise WithingsError(f"Withings sent an unusable token reply ({type(exc).__name__}).") \
            from None


def _token_set(token: dict[str, Any], clock: Callable[[], float]) -> TokenSet:
    expires_in = float(token.get("expires_in") or 10800)
    return TokenSet(access_token=str(token["access_token"]),
                    refresh_token=str(token["refresh_token"]),
                    expires_at=clock() + expires_in, userid=str(token.get("userid", "")),
                    scope=str(token.get("scope", "")))
