"""Whatever comes back from the webhook (any JSON, no JSON, half a reply), a publish ends with
a report: no exception, one line for the user, and a value leaves the outbox only when HA
confirmed it (or named why it refuses it)."""

import json

import pytest
from hypothesis import HealthCheck, given, settings

from tests.core.hass.conftest import App, weight
from tests.core.hass.fake_webhook import WEBHOOK_ID, fake_webhook
from tests.core.hass.strategies import bodies, register_replies, update_replies
from withings_gui.core.hass.client import HassApi
from withings_gui.core.hass.outbox import Outbox
from withings_gui.core.hass.publisher import MobileAppPublisher
from withings_gui.core.hass.replies import Outcome, registration_accepted, update_results
from withings_gui.core.secrets import HA_WEBHOOK

UID = weight(70.0).unique_id
CASES = 150


@pytest.fixture(scope="module")
def fake():
    with fake_webhook() as fake:
        yield fake


@pytest.fixture(scope="module")
def app(tmp_path_factory, fake):
    app = App(tmp_path_factory.mktemp("replies") / "cfg")
    app.secrets.set(HA_WEBHOOK, json.dumps({"url": fake.url, "webhook_id": WEBHOOK_ID}))
    yield app
    app.outbox.close()


def publish_once(app, fake, register: bytes, update: bytes, value: float):
    fake.answer("register_sensor", register, 201)
    fake.answer("update_sensor_states", update)
    outbox = Outbox(":memory:")
    try:
        publisher = MobileAppPublisher(HassApi(fake.url, "token", timeout=5, deadline=10),
                                       app.secrets, outbox, "device-1", "0.1.0")
        report = publisher.publish([weight(value)])
        return report, outbox.pending_count()
    finally:
        outbox.close()


def expected_waiting(register: bytes, update: bytes) -> int:
    """1 when HA's answers never confirmed (nor explicitly refused) the value."""
    try:
        accepted = registration_accepted(json.loads(register) if register.strip() else None)
    except ValueError:
        return 1
    if accepted is False:
        return 0
    if accepted is None:
        return 1
    try:
        reply = json.loads(update) if update.strip() else None
    except ValueError:
        return 1
    outcome = update_results(reply, [UID])[UID].outcome
    return 0 if outcome in (Outcome.STORED, Outcome.REFUSED) else 1


@pytest.mark.hostile("HA webhook: any reply, through the whole publisher")
@settings(max_examples=CASES, deadline=None, suppress_health_check=list(HealthCheck))
@given(register=bodies(register_replies), update=bodies(update_replies([UID])))
def test_any_webhook_reply_ends_in_a_report(app, fake, register, update):
    report, waiting = publish_once(app, fake, register, update, 70.0)
    assert waiting == expected_waiting(register, update)
    if waiting:
        assert report.error
    if report.error is not None:
        assert isinstance(report.error, str) and "\n" not in report.error
        assert "Traceback" not in report.error and "\x1b" not in report.error


@pytest.mark.hostile("HA update_sensor_states without a per-sensor result")
@pytest.mark.parametrize("update", [
    b"{}",  # HA's answer to a payload it refused as a whole
    json.dumps({"withings_bob_weight_kg": {"success": True}}).encode(),  # not our sensor
    json.dumps({UID: True}).encode(),
    json.dumps({UID: ["success"]}).encode(),
    json.dumps({UID: "ok"}).encode(),
    json.dumps([{"success": True}]).encode(),
], ids=["empty-object", "other-sensor", "true", "list", "string", "top-level-list"])
def test_a_value_without_its_own_success_stays_pending(app, fake, update):
    report, waiting = publish_once(app, fake, b'{"success": true}', update, 70.0)
    assert waiting == 1
    assert "did not confirm sensor.withings_weight_kg_alice" in report.error
    assert "sent again next time" in report.error


def test_confirmed_value_leaves_the_outbox(app, fake):
    report, waiting = publish_once(app, fake, b'{"success": true}',
                                   json.dumps({UID: {"success": True}}).encode(), 70.0)
    assert waiting == 0
