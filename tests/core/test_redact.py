import logging

import pytest

from withings_gui.core.redact import MASK, RedactingFilter, redact, register_secret


@pytest.mark.parametrize("text, secret", [
    ("GET /v2/oauth2?code=abc123def&state=zz9", "abc123def"),
    ("body action=requesttoken&refresh_token=r3fr3shv4lue&client_id=x", "r3fr3shv4lue"),
    ('{"access_token": "acc3sst0ken", "expires_in": 10800}', "acc3sst0ken"),
    ("Authorization: Bearer eyJhbGciOi.JIUz.I1NiJ9", "eyJhbGciOi.JIUz.I1NiJ9"),
    ("POST http://ha:8123/api/webhook/0123456789abcdef", "0123456789abcdef"),
    ("client_secret=shhhhhhh", "shhhhhhh"),
])
def test_patterns_mask_unregistered_secrets(text, secret):
    masked = redact(text)
    assert secret not in masked and MASK in masked


def test_registered_values_are_masked_anywhere():
    register_secret("plain-value-without-key-9271")
    assert redact("oops: plain-value-without-key-9271!") == f"oops: {MASK}!"


def test_short_values_are_not_registered():
    register_secret("kg")
    assert redact("weight kg") == "weight kg"


def test_filter_masks_arguments_and_tracebacks(caplog):
    register_secret("tr4ceback-s3cret")
    logger = logging.getLogger("test.redact")
    logger.addFilter(RedactingFilter())
    try:
        try:
            raise RuntimeError("failed with tr4ceback-s3cret")
        except RuntimeError:
            logger.exception("request %s", "refresh_token=abcdefgh")
    finally:
        logger.filters.clear()
    record = caplog.records[-1]
    assert "abcdefgh" not in record.getMessage()
    assert "tr4ceback-s3cret" not in (record.exc_text or "")
    assert MASK in record.exc_text
