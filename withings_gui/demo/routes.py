"""The simulated cloud's HTTP handler: authorize page, token endpoint, data endpoints."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlencode, urlsplit

from withings_gui.demo import pages
from withings_gui.demo.tokens import TokenRefused

DATA_ENDPOINTS = {("/measure", "getmeas"), ("/v2/measure", "getactivity"),
                  ("/v2/sleep", "getsummary"), ("/v2/user", "getdevice"),
                  ("/v2/user", "getgoals")}


class Handler(BaseHTTPRequestHandler):
    cloud = None  # set on the bound subclass
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # quiet: tests read cloud.requests instead
        pass

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_HEAD(self):
        self._send(200, b"", "text/plain")

    # -- routing ------------------------------------------------------------------------

    def _dispatch(self, method: str) -> None:
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            params.update({k: v[0] for k, v in parse_qs(body).items()})
        path, action = parts.path.rstrip("/") or "/", params.get("action")
        if path == "/oauth2_user/authorize2":
            status = self._authorize(method, params)
        elif path == "/v2/oauth2" and action == "requesttoken":
            status = self._token(params)
        elif (path, action) in DATA_ENDPOINTS:
            status = self._data(path, action, params)
        else:
            status = self._withings(200, {"status": 2554, "body": {},
                                          "error": "Unknown action"})
        self.cloud.record(method, path, action, status)

    def _authorize(self, method: str, params: dict) -> int:
        cloud = self.cloud
        client_id, redirect = params.get("client_id", ""), params.get("redirect_uri", "")
        if client_id not in cloud.tokens.apps:
            return self._html(400, pages.error_page("Invalid client_id: no such application."))
        if not cloud.tokens.redirect_allowed(client_id, redirect):
            return self._html(400, pages.error_page(
                "Invalid redirect_uri: it does not match the callback URL registered for this "
                "application."))
        if method == "GET":
            fields = {k: params.get(k, "") for k in ("client_id", "redirect_uri", "state",
                                                     "scope", "response_type")}
            users = [(uid, user.name) for uid, user in cloud.users.items()]
            return self._html(200, pages.authorize_page(users, fields))
        state = params.get("state", "")
        if params.get("decision") != "allow":
            return self._redirect(_query(redirect, error="access_denied", state=state))
        userid = int(params.get("userid") or next(iter(cloud.users)))
        code = cloud.tokens.issue_code(client_id, redirect, userid, params.get("scope", ""))
        return self._redirect(_query(redirect, code=code, state=state))

    def _token(self, params: dict) -> int:
        fault = self.cloud.faults.take("/v2/oauth2", "requesttoken")
        if fault is not None and fault.kind != "revoke":
            return self._apply(fault, {})
        grant = params.get("grant_type")
        try:
            if grant == "authorization_code":
                body = self.cloud.tokens.exchange_code(
                    params.get("client_id", ""), params.get("client_secret", ""),
                    params.get("code", ""), params.get("redirect_uri", ""))
            elif grant == "refresh_token":
                body = self.cloud.tokens.refresh(
                    params.get("client_id", ""), params.get("client_secret", ""),
                    params.get("refresh_token", ""))
            else:
                raise TokenRefused(503, "Invalid Params: grant_type")
        except TokenRefused as refused:
            return self._withings(200, {"status": refused.status, "body": {},
                                        "error": refused.error})
        return self._withings(200, {"status": 0, "body": body})

    def _data(self, path: str, action: str, params: dict) -> int:
        cloud = self.cloud
        fault = cloud.faults.take(path, action)
        header = self.headers.get("Authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else params.get(
            "access_token", "")
        if fault is not None and fault.kind == "revoke":
            cloud.tokens.revoke_user(fault.options.get("userid"))
            fault = None
        userid = cloud.tokens.user_for_access(token)
        if userid is None:
            return self._withings(200, {"status": 401, "body": {},
                                        "error": "XRequestError: Invalid Params: invalid token"})
        signature = (userid, path, tuple(sorted(params.items())))
        if cloud.rate_limited(str(userid), signature):
            return self._withings(200, {"status": 601, "body": {},
                                        "error": "Too Many Requests"})
        user = cloud.users[userid]
        if fault is not None and fault.kind not in ("truncated",):
            return self._apply(fault, {})
        if action == "getmeas":
            body = self._getmeas(user, params, truncated=fault is not None)
        elif action == "getsummary":
            body = _paged(_since(user.sleep, params), params, cloud.page_size, "series")
        elif action == "getactivity":
            body = _paged(_since(user.activity, params), params, cloud.page_size, "activities")
        elif action == "getdevice":
            body = {"devices": user.devices}
        else:
            body = {"goals": user.goals}
        return self._withings(200, {"status": 0, "body": body})

    def _getmeas(self, user, params: dict, truncated: bool) -> dict:
        cloud = self.cloud
        with cloud._lock:
            cloud._add_live_weigh_ins()
            groups = list(user.groups)
        lastupdate = _int(params.get("lastupdate"))
        startdate, enddate = _int(params.get("startdate")), _int(params.get("enddate"))
        types = {int(t) for t in (params.get("meastypes") or params.get("meastype") or "")
                 .split(",") if t.strip().isdigit()}
        category = _int(params.get("category"))
        selected = []
        for group in groups:
            if lastupdate is not None and group["modified"] <= lastupdate:
                continue
            if startdate is not None and group["date"] < startdate:
                continue
            if enddate is not None and group["date"] > enddate:
                continue
            if category is not None and group["category"] != category:
                continue
            if types:
                measures = [m for m in group["measures"] if m["type"] in types]
                if not measures:
                    continue
                group = dict(group, measures=measures)
            selected.append(group)
        selected.sort(key=lambda g: g["date"], reverse=True)
        offset = _int(params.get("offset")) or 0
        page = selected[offset:offset + cloud.page_size]
        more = offset + cloud.page_size < len(selected)
        if truncated:
            # This page claims more follows, and the next page request fails.
            more = True
            cloud.faults.add("http", path="/measure", action="getmeas", count=1, status=500)
        return {"updatetime": int(cloud.clock()), "timezone": user.timezone,
                "measuregrps": page, "more": 1 if more else 0,
                "offset": offset + len(page) if more else 0}

    # -- replies ------------------------------------------------------------------------

    def _apply(self, fault, body: dict) -> int:
        if fault.kind == "delay":
            time.sleep(float(fault.options.get("seconds", 5)))
            return self._withings(200, {"status": 0, "body": body})
        if fault.kind == "status":
            status = int(fault.options.get("status", 601))
            headers = {}
            if fault.options.get("retry_after") is not None:
                headers["Retry-After"] = str(int(fault.options["retry_after"]))
            return self._withings(200, {"status": status, "body": {},
                                        "error": f"Simulated status {status}"}, headers)
        if fault.kind == "malformed":
            return self._send(200, b'{"status": 0, "body": {"measuregrps": [', "application/json")
        status = int(fault.options.get("status", 500))
        return self._html(status, pages.error_page(f"Simulated HTTP {status}"))

    def _withings(self, code: int, payload: dict, headers: dict | None = None) -> int:
        self._send(code, json.dumps(payload).encode(), "application/json", headers)
        return payload.get("status", 0) if code == 200 else code

    def _html(self, code: int, html: str) -> int:
        self._send(code, html.encode(), "text/html; charset=utf-8")
        return code

    def _redirect(self, location: str) -> int:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return 302

    def _send(self, code: int, data: bytes, content_type: str,
              headers: dict | None = None) -> int:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        return code


def _query(url: str, **params: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _since(items: list[dict], params: dict) -> list[dict]:
    """Summaries changed after ``lastupdate``, or within start/end dates (YYYY-MM-DD)."""
    lastupdate = _int(params.get("lastupdate"))
    if lastupdate is not None:
        return [item for item in items if item.get("modified", 0) > lastupdate]
    start = params.get("startdateymd") or "0000-00-00"
    end = params.get("enddateymd") or "9999-12-31"
    return [item for item in items if start <= item["date"] <= end]


def _paged(items: list[dict], params: dict, page_size: int, key: str) -> dict:
    offset = _int(params.get("offset")) or 0
    page = items[offset:offset + page_size]
    more = offset + page_size < len(items)
    return {key: page, "more": more, "offset": offset + len(page) if more else 0}
