"""Withings' endpoints on the simulated cloud: the authorize page, the token endpoint and the
data endpoints, each with Withings' reply shapes. A matching fault applies first.

Replies to API calls are HTTP 200 with ``{"status": 0, "body": {...}}``, or a non-zero status
and an ``error`` text; the authorize page answers in HTML and redirects.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from withings_gui.demo import data, pages
from withings_gui.demo.faults import Fault
from withings_gui.demo.server import Reply, Request
from withings_gui.demo.tokens import TokenRefused

if TYPE_CHECKING:
    from withings_gui.demo.cloud import SimulatedCloud

AUTHORIZE = "/oauth2_user/authorize2"
TOKEN = "/v2/oauth2"
NOTIFY = "/notify"
NOTIFY_ACTIONS = ("subscribe", "list", "get", "revoke")
DATA_ACTIONS = {("/measure", "getmeas"), ("/v2/measure", "getactivity"),
                ("/v2/sleep", "getsummary"), ("/v2/user", "getdevice"), ("/v2/user", "getgoals"),
                ("/v2/measure", "getworkouts"), ("/v2/heart", "list")}
# The scope Withings' scope table puts these actions under; without it Withings answers 403.
# (Only these are checked: the older endpoints serve any grant, as the tests' logins expect.)
SCOPE_NEEDED = {"getworkouts": "user.activity", "list": "user.metrics"}
DATA_PATHS = {path for path, _ in DATA_ACTIONS}

ERRORS = {
    401: "XRequestError: Invalid Params: invalid token",
    503: "Invalid Params",
    522: "Timeout: the request took too long",
    601: "Too Many Requests",
    403: "XRequestID: [Not provided] - Insufficient_scope: The request requires higher "
         "privileges than provided by the access token",
    293: "The callback URL is either absent or incorrect",
    294: "No such subscription could be deleted",
    2554: "Unknown action",
    2555: "An unknown error occurred",
}


def answer(cloud: SimulatedCloud, request: Request) -> Reply:
    action = request.params.get("action")
    fault = cloud.faults.take(request.path, action)
    if fault is not None:
        if fault.kind == "delay":
            cloud.wait(float(fault.options["seconds"]))
        elif fault.kind == "revoke":
            cloud.tokens.revoke_user(fault.options["userid"])
        elif fault.kind != "truncated":
            return _fault_reply(fault)
    if request.path == AUTHORIZE:
        return _authorize(cloud, request)
    if request.path == TOKEN:
        return _token(cloud, request.params)
    if request.path in DATA_PATHS:
        truncated = fault is not None and fault.kind == "truncated"
        return _data(cloud, request, truncated)
    if request.path == NOTIFY:
        return _notify(cloud, request)
    return _html(404, "Not found", f"There is no page at {request.path}.")


def _authorize(cloud: SimulatedCloud, request: Request) -> Reply:
    params = request.params
    client_id, redirect_uri = params.get("client_id", ""), params.get("redirect_uri", "")
    if client_id not in cloud.tokens.apps:
        return _html(400, "Invalid client_id",
                     "No application is registered with this client_id. Check the Client Id "
                     "of your application in the Withings developer dashboard.")
    if not cloud.tokens.redirect_allowed(client_id, redirect_uri):
        return _html(400, "Invalid redirect_uri",
                     "redirect_uri_mismatch: The redirect URI provided is missing or does not "
                     "match partner callback url")
    if params.get("response_type") != "code":
        return _html(400, "Invalid response_type", "response_type must be code.")
    if request.method != "POST":
        fields = {key: params.get(key, "") for key in
                  ("response_type", "client_id", "state", "scope", "redirect_uri")}
        users = [(uid, user.name, user.email) for uid, user in cloud.users.items()]
        return _html_page(200, pages.authorize_page(users, fields))
    state = params.get("state", "")
    if params.get("decision") != "allow":
        return _redirect(redirect_uri, error="access_denied", state=state)
    userid = int(params["userid"]) if params.get("userid", "").isdigit() else None
    if userid not in cloud.users:
        return _html(400, "Unknown account", "Choose one of the demo accounts.")
    code = cloud.tokens.issue_code(client_id, redirect_uri, userid, params.get("scope", ""))
    return _redirect(redirect_uri, code=code, state=state)


def _token(cloud: SimulatedCloud, params: dict[str, str]) -> Reply:
    if params.get("action") != "requesttoken":
        return _withings(2554)
    grant_type = params.get("grant_type")
    client_id, client_secret = params.get("client_id", ""), params.get("client_secret", "")
    try:
        if grant_type == "authorization_code":
            body = cloud.tokens.exchange_code(client_id, client_secret, params.get("code", ""),
                                              params.get("redirect_uri", ""))
        elif grant_type == "refresh_token":
            body = cloud.tokens.refresh(client_id, client_secret,
                                        params.get("refresh_token", ""))
        else:
            raise TokenRefused(503, "Invalid Params: invalid grant_type")
    except TokenRefused as refused:
        return _withings(refused.status, error=refused.error)
    return _withings(0, body)


def _data(cloud: SimulatedCloud, request: Request, truncated: bool) -> Reply:
    params = request.params
    action = params.get("action")
    grant = cloud.tokens.use_access(_bearer(request))
    if grant is None:
        return _withings(401)
    if (request.path, action) not in DATA_ACTIONS:
        return _withings(2554)
    needed = SCOPE_NEEDED.get(action or "")
    if needed and needed not in grant.scope.split(","):
        return _withings(403)
    content = (grant.userid, request.path, tuple(sorted(params.items())))
    wait = cloud.limiter.admit(grant.client_id, content)
    if wait is not None:
        return _withings(601, {"wait_seconds": wait})
    user, now = cloud.users[grant.userid], int(cloud.clock())
    try:
        if action == "getmeas":
            body = data.getmeas(user, cloud.measure_groups(user.userid), params, now,
                                cloud.page_size)
            if truncated:
                if not body["more"]:
                    body.update(more=1, offset=int(params.get("offset") or 0)
                                + len(body["measuregrps"]))
                cloud.faults.fail_next(request.path, action)
        elif action == "getsummary":
            body = data.getsummary(user, params, cloud.page_size)
        elif action == "getactivity":
            body = data.getactivity(user, params, cloud.page_size)
        elif action == "getworkouts":
            body = data.getworkouts(user, params, cloud.page_size)
        elif action == "list":
            body = data.heart_list(user, params, cloud.page_size)
        elif action == "getdevice":
            body = data.getdevice(user, cloud.measure_groups(user.userid), now)
        else:
            body = data.getgoals(user)
    except data.InvalidParams as invalid:
        return _withings(503, error=str(invalid))
    return _withings(0, body)


def _notify(cloud: SimulatedCloud, request: Request) -> Reply:
    """Notify - Subscribe / List / Get / Revoke, for the user of the access token."""
    params = request.params
    action = params.get("action")
    grant = cloud.tokens.use_access(_bearer(request))
    if grant is None:
        return _withings(401)
    if action not in NOTIFY_ACTIONS:
        return _withings(2554)
    wait = cloud.limiter.admit(grant.client_id, (grant.userid, request.path,
                                                 tuple(sorted(params.items()))))
    if wait is not None:
        return _withings(601, {"wait_seconds": wait})
    appli_text, url = params.get("appli", ""), params.get("callbackurl", "")
    appli = int(appli_text) if appli_text.isascii() and appli_text.isdigit() else None
    hub, key = cloud.notifications, (grant.client_id, grant.userid)
    if action == "list":
        return _withings(0, {"profiles": hub.list(*key, appli)})
    if appli is None:
        return _withings(503, error="Invalid Params: appli")
    if not url:
        return _withings(293)
    if action == "subscribe":
        if len(url) > 255 or not hub.subscribe(*key, url, appli, params.get("comment", "")):
            return _withings(293)
        return _withings(0)
    if action == "get":
        found = hub.get(*key, url, appli)
        return _withings(0, found) if found is not None else _withings(294)
    return _withings(0) if hub.revoke(*key, url, appli) else _withings(294)


def _bearer(request: Request) -> str:
    header = request.headers.get("Authorization") or ""
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.params.get("access_token", "")  # Withings still takes it as a parameter


def _fault_reply(fault: Fault) -> Reply:
    options = fault.options
    if fault.kind == "status":
        status, retry_after = int(options["status"]), options["retry_after"]
        if retry_after is None:
            return _withings(status, error=options["error"])
        body = {"wait_seconds": int(retry_after)} if status == 601 else {}
        return _withings(status, body, options["error"], {"Retry-After": str(int(retry_after))})
    if fault.kind == "http":
        code = int(options["status"])
        title = f"{code} {HTTPStatus(code).phrase}"
        # What a failing load balancer in front of Withings sends: HTML, not the envelope.
        html = (f"<html><head><title>{title}</title></head><body><center><h1>{title}</h1>"
                f"</center><hr><center>nginx</center></body></html>")
        return Reply(code, html.encode(), "text/html")
    return Reply(200, b'{"status": 0, "body": {"measuregrps": [{"grpid": 1,', "application/json")


def _withings(status: int, body: dict | None = None, error: str | None = None,
              headers: dict[str, str] | None = None) -> Reply:
    payload: dict = {"status": status, "body": body or {}}
    if status:
        payload["error"] = error or ERRORS.get(status, "Simulated error")
    return Reply(200, json.dumps(payload).encode(), "application/json", headers or {}, status)


def _html(code: int, title: str, message: str) -> Reply:
    return _html_page(code, pages.error_page(title, message))


def _html_page(code: int, html: str) -> Reply:
    return Reply(code, html.encode(), "text/html; charset=utf-8")


def redirect_url(url: str, **query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{urlencode(query)}"


def _redirect(url: str, **query: str) -> Reply:
    return Reply(302, b"", "text/html", {"Location": redirect_url(url, **query)})
