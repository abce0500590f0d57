import subprocess
import sys
from pathlib import Path

import pytest

from withings_gui.core.hass.errors import HassError
from withings_gui.core.hass.outbox import Outbox, payload_digest, registration_key
from withings_gui.core.store import HistoryStore

REPO = Path(__file__).resolve().parents[3]


def payload(value, at="2024-03-01T07:00:00+00:00"):
    return {"entity_id": "sensor.withings_weight_kg_alice", "name": "weight kg alice",
            "state": value, "unit": "kg", "device_class": "weight",
            "state_class": "measurement", "icon": "mdi:scale-bathroom",
            "attributes": {"measured_at": at}}


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "store.sqlite")
    yield box
    box.close()


def test_values_queue_in_order_and_an_unchanged_one_is_not_queued(outbox):
    assert outbox.offer("w", payload(70.5))
    assert not outbox.offer("w", payload(70.5))
    assert outbox.enqueue("f", {**payload(20.0), "entity_id": "sensor.f"})
    assert outbox.offer("w", payload(70.1, "2024-03-02T07:00:00+00:00"))
    assert [(p.unique_id, p.payload["state"]) for p in outbox.pending()] == \
        [("w", 70.5), ("f", 20.0), ("w", 70.1)]
    assert outbox.pending_count() == 3


def test_a_value_sent_is_not_queued_again_but_a_return_to_it_is(outbox):
    outbox.offer("w", payload(70.5))
    outbox.mark_sent([p.seq for p in outbox.pending()])
    assert outbox.pending() == []
    assert not outbox.offer("w", payload(70.5))
    assert outbox.offer("w", payload(70.1))
    assert outbox.offer("w", payload(70.5))  # back to the earlier value: a real change
    assert outbox.pending_count() == 2


def test_last_published_is_the_hash_of_the_newest_payload(outbox):
    assert outbox.last_published("w") is None
    outbox.offer("w", payload(70.5))
    assert outbox.last_published("w") == payload_digest(payload(70.5))
    outbox.offer("w", payload(70.1))
    assert outbox.last_published("w") == payload_digest(payload(70.1)) != \
        payload_digest(payload(70.5))
    assert outbox.last_payload("w") == payload(70.1)
    # Key order does not matter: the same payload built differently is the same.
    shuffled = dict(reversed(list(payload(70.1).items())))
    assert not outbox.offer("w", shuffled)


def test_mark_sent_removes_only_those(outbox):
    for value in (1, 2, 3):
        outbox.offer("w", payload(value))
    first, second, third = outbox.pending()
    outbox.mark_sent([second.seq])
    assert [p.payload["state"] for p in outbox.pending()] == [1, 3]
    outbox.mark_sent([])
    assert outbox.pending_count() == 2


def test_requeue_latest_queues_the_newest_payload_again(outbox):
    outbox.offer("w", payload(70.5))
    outbox.mark_sent([p.seq for p in outbox.pending()])
    outbox.requeue_latest("w")
    assert [p.payload for p in outbox.pending()] == [payload(70.5)]


def test_everything_survives_a_reopen_next_to_the_history(tmp_path):
    path = tmp_path / "store.sqlite"
    history = HistoryStore(path)  # the outbox shares the history's file
    box = Outbox(path)
    box.offer("w", payload(70.5))
    key = registration_key("the-webhook-id-0123456789")
    box.set_registered(key, "w", "meta1")
    box.set_entity_id(key, "w", "sensor.withings_weight_kg_alice")
    box.close()
    history.close()
    again = Outbox(path)
    assert [p.payload for p in again.pending()] == [payload(70.5)]
    assert again.registered(key) == {"w": "sensor.withings_weight_kg_alice"}
    assert again.registered_meta(key) == {"w": "meta1"}
    again.set_registered(key, "w", "meta2")  # registering again keeps the known entity id
    assert again.registered(key) == {"w": "sensor.withings_weight_kg_alice"}
    assert again.registered("another") == {}
    again.forget_registration()
    assert again.registered(key) == {}
    again.close()
    assert HistoryStore(path).count("alice") == 0  # the history schema is intact


def test_the_webhook_id_is_never_written_to_the_database(tmp_path):
    path = tmp_path / "store.sqlite"
    box = Outbox(path)
    webhook = "abcdef0123456789" * 4
    box.set_registered(registration_key(webhook), "w", "meta")
    box.close()
    for file in tmp_path.iterdir():
        assert webhook.encode() not in file.read_bytes()


HOLDER = """
import sys
from withings_gui.core.hass.outbox import Outbox
box = Outbox(sys.argv[1])
with box.publishing():
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_only_one_process_publishes_at_a_time(tmp_path):
    path = tmp_path / "store.sqlite"
    box = Outbox(path, publish_timeout=0.2)  # give up quickly while the other one holds it
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=REPO,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout.readline().strip() == "holding"
            with pytest.raises(HassError, match="Another withings-gui process"):
                with box.publishing():
                    pass
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.wait(30) == 0
            with box.publishing():  # released: ours now
                pass
        finally:
            if holder.poll() is None:
                holder.kill()
            box.close()


def test_an_in_memory_outbox_works_for_tests_and_demo():
    box = Outbox(":memory:")
    with box.publishing():
        assert box.offer("w", payload(1))
    assert box.pending_count() == 1
    box.close()
