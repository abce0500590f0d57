"""Every Withings status → the named exception, per call (data, code exchange, refresh)."""

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.withings.envelope import retry_after, unwrap
from withings_gui.core.withings.errors import (MAX_RATE_LIMIT_WAIT, AccessDeniedError,
                                               AuthRevokedError,
                                               InvalidCodeError, RateLimitedError,
                                               RedirectUriMismatchError, StateMismatchError,
                                               WithingsError, WithingsNetworkError,
                                               WithingsServerError, error_for_status,
                                               network_error)

AUTH = [100, 101, 102, 200, 401]


@pytest.mark.parametrize("status", AUTH)
def test_auth_statuses(status):
    assert type(error_for_status(status)) is AuthRevokedError
    assert type(error_for_status(status, context="refresh")) is AuthRevokedError
    assert type(error_for_status(status, context="code")) is InvalidCodeError
    assert "re-authorize" in str(error_for_status(status))
    assert error_for_status(status).status == status


def test_503_depends_on_the_call():
    code = error_for_status(503, context="code")
    assert type(code) is InvalidCodeError
    assert "expired or was already used" in str(code) and "30 seconds" in str(code)
    refresh = error_for_status(503, "Invalid Params: invalid refresh_token", "refresh")
    assert type(refresh) is AuthRevokedError
    assert "no longer accepts the saved login" in str(refresh)
    assert "invalid refresh_token" in str(refresh)  # Withings' own words are kept
    assert type(error_for_status(503)) is WithingsServerError


def test_wrong_client_secret_during_login_is_not_called_an_expired_code():
    error = error_for_status(401, "Invalid Params: invalid client_secret", "code")
    assert type(error) is InvalidCodeError and "Consumer Secret" in str(error)
    assert "expired" not in str(error)


@pytest.mark.parametrize("context", ["data", "code", "refresh"])
def test_rate_limit(context):
    default = error_for_status(601, context=context)
    assert type(default) is RateLimitedError and default.retry_after == 60
    told = error_for_status(601, context=context, retry_after=17)
    assert told.retry_after == 17 and "17 s" in str(told)


@pytest.mark.parametrize("context", ["data", "code", "refresh"])
def test_redirect_uri_mismatch(context):
    error = error_for_status(293, context=context)
    assert type(error) is RedirectUriMismatchError and "Callback URI" in str(error)


@pytest.mark.parametrize("status", [522, 500, 502, 504, 2554, 2555, 5000])
def test_server_side_statuses(status):
    error = error_for_status(status)
    assert type(error) is WithingsServerError and f"status {status}" in str(error)


@pytest.mark.parametrize("status", [247, 286, -1])
def test_other_statuses_are_plain_withings_errors(status):
    error = error_for_status(status, "Invalid Params")
    assert type(error) is WithingsError and "Invalid Params" in str(error)


def test_every_named_error_is_a_withings_error():
    for cls in (AuthRevokedError, RateLimitedError, InvalidCodeError, RedirectUriMismatchError,
                StateMismatchError, AccessDeniedError, WithingsServerError,
                WithingsNetworkError):
        assert issubclass(cls, WithingsError)


def test_network_errors_do_not_repeat_the_url():
    # A requests exception's text holds the URL (and so any token in a query string).
    timeout = network_error(requests.ReadTimeout("https://x/?access_token=s3cr3t timed out"))
    refused = network_error(requests.ConnectionError("https://x/?access_token=s3cr3t refused"))
    assert "did not answer in time" in str(timeout)
    assert "Could not reach Withings" in str(refused)
    assert "s3cr3t" not in str(timeout) + str(refused)


def _response(headers):
    response = requests.Response()
    response.status_code = 200
    response.headers.update(headers)
    return response


@pytest.mark.parametrize("header, expected", [
    ({"Retry-After": "120"}, 120.0), ({"Retry-After": " 5 "}, 5.0), ({"Retry-After": "-3"}, 0.0),
    ({"Retry-After": "soon"}, None), ({}, None),
    ({"Retry-After": "Wed, 21 Oct 2015 07:28:30 GMT"}, 30.0),
])
def test_retry_after_header(header, expected):
    now = 1445412480.0  # 2015-10-21 07:28:00 UTC
    assert retry_after(_response(header), now=now) == expected


def _reply(payload: bytes, http_status=200, headers=None):
    response = _response(headers or {})
    response.status_code = http_status
    response._content = payload
    return response


@pytest.mark.parametrize("payload, expected", [
    (b'{"status": 0, "body": {"a": 1}}', {"a": 1}),
    (b'{"status": "0", "body": {"a": 1}}', {"a": 1}),
    (b'{"status": 0, "body": []}', {}),
    (b'{"status": 0}', {}),
])
def test_envelope_unwraps_the_body(payload, expected):
    assert unwrap(_reply(payload)) == expected


@pytest.mark.parametrize("payload, http_status, headers, error, retry", [
    (b'{"status": 401, "body": {}, "error": "invalid_token"}', 200, {}, AuthRevokedError, None),
    (b'{"status": "401", "body": {}}', 200, {}, AuthRevokedError, None),
    (b'{"status": 601, "body": {}}', 200, {}, RateLimitedError, 60),
    (b'{"status": 601, "body": {"wait_seconds": 12}}', 200, {}, RateLimitedError, 12),
    (b'{"status": 601, "body": {"wait_seconds": 12}}', 200, {"Retry-After": "3"},
     RateLimitedError, 3),
    (b"<html>busy</html>", 429, {"Retry-After": "90"}, RateLimitedError, 90),
    (b"<html>oops</html>", 502, {}, WithingsServerError, None),
    (b"<html>not json</html>", 200, {}, WithingsServerError, None),
    (b'["no", "status"]', 200, {}, WithingsServerError, None),
    (b'{"body": {}}', 200, {}, WithingsServerError, None),
    (b'{"status": null, "body": {}}', 200, {}, WithingsError, None),
])
def test_envelope_errors(payload, http_status, headers, error, retry):
    with pytest.raises(error) as caught:
        unwrap(_reply(payload, http_status, headers))
    if retry is not None:
        assert caught.value.retry_after == retry


WAITS = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True),
                  st.integers(-10 ** 30, 10 ** 30))


@pytest.mark.hostile("Withings 601 wait: any value")
@settings(max_examples=500, deadline=None)
@given(WAITS)
def test_any_wait_withings_asks_for_becomes_zero_to_an_hour(seconds):
    error = error_for_status(601, retry_after=seconds)
    assert isinstance(error, RateLimitedError)
    assert 0 <= error.retry_after <= MAX_RATE_LIMIT_WAIT
    assert f"waiting {int(error.retry_after)} s" in str(error)


@pytest.mark.hostile("Withings Retry-After: any header")
@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_any_retry_after_header_gives_a_sane_wait(value):
    response = requests.Response()
    response.status_code = 429
    response.headers["Retry-After"] = value
    with pytest.raises(RateLimitedError) as caught:
        unwrap(response)
    assert 0 <= caught.value.retry_after <= MAX_RATE_LIMIT_WAIT
