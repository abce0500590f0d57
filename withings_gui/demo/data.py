"""What the data endpoints answer (the ``body`` of the reply), from a user's data and the
request's parameters; no HTTP here.

- ``getmeas``: groups filtered by ``meastype``/``meastypes``, ``category``, ``startdate``/
  ``enddate`` (on the measurement date) or ``lastupdate`` (created or modified after it),
  newest first, ``page_size`` per page; ``more`` is 1 and ``offset`` tells where the next page
  starts when groups remain. Measures the user hid in the app are left out, as Withings does.
- ``getsummary`` / ``getactivity`` / ``getworkouts``: ``lastupdate`` (modified after it) or
  ``startdateymd``/``enddateymd`` (inclusive); one of them is required. ``data_fields`` picks
  the fields; without it a default set is sent. ``more`` is a boolean here, as Withings sends
  it.
- heart ``list``: ``startdate``/``enddate`` on the recording time, ``offset``.
"""

from __future__ import annotations

from withings_gui.demo.summaries import DEFAULT_ACTIVITY_FIELDS, DEFAULT_SLEEP_FIELDS
from withings_gui.demo.users import DemoUser
from withings_gui.demo.workouts import DEFAULT_WORKOUT_FIELDS

ACTIVITY_KEYS = ("date", "timezone", "deviceid", "hash_deviceid", "brand", "is_tracker",
                 "model", "modelid", "modified")


class InvalidParams(Exception):
    """Answered as status 503 "Invalid Params: ..." like Withings does."""


def getmeas(user: DemoUser, groups: list[dict], params: dict[str, str], now: int,
            page_size: int) -> dict:
    lastupdate = _int(params, "lastupdate")
    startdate, enddate = _int(params, "startdate"), _int(params, "enddate")
    category = _int(params, "category")
    types = _types(params.get("meastypes") or params.get("meastype") or "")
    selected = []
    for group in groups:
        if lastupdate is not None and group["modified"] <= lastupdate:
            continue
        if lastupdate is None and ((startdate is not None and group["date"] < startdate)
                                   or (enddate is not None and group["date"] > enddate)):
            continue
        if category is not None and group["category"] != category:
            continue
        if types or user.hidden:
            measures = [m for m in group["measures"] if (not types or m["type"] in types)
                        and m["type"] not in user.hidden]
            if not measures:
                continue
            group = dict(group, measures=measures)
        selected.append(group)
    selected.sort(key=lambda g: (g["date"], g["grpid"]), reverse=True)
    page, more, offset = _page(selected, params, page_size)
    return {"updatetime": now, "timezone": user.timezone, "measuregrps": page,
            "more": 1 if more else 0, "offset": offset}


def getsummary(user: DemoUser, params: dict[str, str], page_size: int) -> dict:
    return _series(user.sleep, params, DEFAULT_SLEEP_FIELDS, page_size)


def getactivity(user: DemoUser, params: dict[str, str], page_size: int) -> dict:
    fields = _fields(params, DEFAULT_ACTIVITY_FIELDS)
    days = [{k: v for k, v in day.items() if k in ACTIVITY_KEYS or k in fields}
            for day in _changed(user.activity, params)]
    page, more, offset = _page(days, params, page_size)
    return {"activities": page, "more": more, "offset": offset}


def getworkouts(user: DemoUser, params: dict[str, str], page_size: int) -> dict:
    """Like getactivity: ``lastupdate`` or ``startdateymd``/``enddateymd``, ``data_fields``."""
    return _series(user.workouts, params, DEFAULT_WORKOUT_FIELDS, page_size)


def _series(items: list[dict], params: dict[str, str], default_fields, page_size: int) -> dict:
    """The changed items, each with only the ``data`` fields asked for, one page of them:
    the shape sleep summaries and workouts share."""
    fields = _fields(params, default_fields)
    series = [dict(item, data={k: v for k, v in item["data"].items() if k in fields})
              for item in _changed(items, params)]
    page, more, offset = _page(series, params, page_size)
    return {"series": page, "more": more, "offset": offset}


def heart_list(user: DemoUser, params: dict[str, str], page_size: int) -> dict:
    """ECGs recorded between ``startdate`` and ``enddate`` (each optional), newest first."""
    start, end = _int(params, "startdate"), _int(params, "enddate")
    series = sorted((item for item in user.ecg
                     if (start is None or item["timestamp"] >= start)
                     and (end is None or item["timestamp"] <= end)),
                    key=lambda item: item["timestamp"], reverse=True)
    page, more, offset = _page(series, params, page_size)
    return {"series": page, "more": more, "offset": offset}


def getdevice(user: DemoUser, groups: list[dict], now: int) -> dict:
    # A device's sessions are its uploads: weigh-ins, blood pressure readings, nights.
    uploads = [(g["deviceid"], g["created"]) for g in groups] + \
        [(night["hash_deviceid"], night["created"]) for night in user.sleep]
    sessions: dict[str, tuple[int, int]] = {}
    for deviceid, created in uploads:
        if deviceid:
            first, last = sessions.get(deviceid, (created, created))
            sessions[deviceid] = (min(first, created), max(last, created))
    return {"devices": [
        {"type": d.type, "model": d.model, "model_id": d.model_id, "battery": d.battery,
         "deviceid": d.deviceid, "hash_deviceid": d.deviceid, "timezone": user.timezone,
         "first_session_date": sessions.get(d.deviceid, (now, now))[0],
         "last_session_date": sessions.get(d.deviceid, (now, now))[1]}
        for d in user.devices]}


def getgoals(user: DemoUser) -> dict:
    return {"goals": user.goals}


def _changed(items: list[dict], params: dict[str, str]) -> list[dict]:
    lastupdate = _int(params, "lastupdate")
    if lastupdate is not None:
        return [item for item in items if item["modified"] > lastupdate]
    start, end = params.get("startdateymd"), params.get("enddateymd")
    if not start or not end:
        raise InvalidParams("Invalid Params: startdateymd and enddateymd, or lastupdate, "
                            "are required")
    return [item for item in items if start <= item["date"] <= end]


def _page(items: list[dict], params: dict[str, str], page_size: int) -> tuple[list, bool, int]:
    offset = _int(params, "offset") or 0
    page = items[offset:offset + page_size]
    more = offset + page_size < len(items)
    return page, more, offset + len(page) if more else 0


def _fields(params: dict[str, str], default: tuple[str, ...]) -> set[str]:
    names = {name.strip() for name in (params.get("data_fields") or "").split(",")}
    return (names - {""}) or set(default)


def _types(text: str) -> set[int]:
    try:
        return {int(part) for part in text.split(",") if part.strip()}
    except ValueError:
        raise InvalidParams("Invalid Params: meastypes") from None


def _int(params: dict[str, str], name: str) -> int | None:
    value = params.get(name)
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidParams(f"Invalid Params: {name}") from None
