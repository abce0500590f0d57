"""Data calls against the simulated cloud: pagination, cursors, and each error mapped."""

import math

import pytest

from tests.core.withings.conftest import alice
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.errors import (AuthRevokedError, RateLimitedError,
                                               WithingsError, WithingsNetworkError,
                                               WithingsServerError)


@pytest.fixture
def client(endpoints, tokens, clock):
    return WithingsClient(endpoints, tokens, clock, timeout=(2, 2))


def unambiguous_groups(cloud):
    return [g for g in cloud.measure_groups(alice(cloud)) if g["attrib"] not in (1, 4)]


def test_full_history_uses_exactly_the_pages_needed(client, cloud):
    batch = client.get_measures(None)
    groups = list(cloud.measure_groups(alice(cloud)))
    assert cloud.request_count(action="getmeas") == math.ceil(len(groups) / cloud.page_size)
    assert client.request_count == cloud.request_count(action="getmeas")
    assert {m.grpid for m in batch.measurements} == {g["grpid"] for g in unambiguous_groups(cloud)}
    assert batch.updatetime == int(cloud.clock()) - 1  # a second of overlap, on purpose


def test_lastupdate_returns_only_what_changed(client, cloud, clock):
    first = client.get_measures(None)
    clock.advance(600)
    grpid = cloud.add_measure_group(alice(cloud), int(clock.now) - 60, [(1, 71.5), (6, 20.5)])
    second = client.get_measures(first.updatetime)
    assert {(m.grpid, m.meastype, m.value) for m in second.measurements} == {
        (grpid, 1, 71.5), (grpid, 6, 20.5)}
    clock.advance(5)
    third = client.get_measures(second.updatetime)
    assert {m.grpid for m in third.measurements} <= {grpid}  # only the overlapping second
    clock.advance(5)
    assert client.get_measures(third.updatetime).measurements == []


def test_summaries_devices_goals(client):
    nights, _ = client.get_sleep(None)
    days, _ = client.get_activity(None)
    assert len(nights) >= 80 and "sleep_score" in nights[-1].data
    assert len(days) >= 80 and days[-1].data["steps"] > 0
    assert {d.model for d in client.get_devices()} == {"Body Cardio", "Sleep Analyzer"}
    assert client.get_goals().steps == 10000


@pytest.mark.parametrize("fault, error, message", [
    ({"kind": "status", "status": 601, "retry_after": 120}, RateLimitedError, "waiting 120 s"),
    ({"kind": "status", "status": 601}, RateLimitedError, "waiting 60 s"),
    ({"kind": "status", "status": 401}, AuthRevokedError, "re-authorize"),
    ({"kind": "status", "status": 522}, WithingsServerError, "status 522"),
    ({"kind": "status", "status": 2555}, WithingsServerError, "status 2555"),
    ({"kind": "status", "status": 503}, WithingsError, "invalid"),
    ({"kind": "http", "status": 502}, WithingsServerError, "HTTP 502"),
    ({"kind": "http", "status": 500}, WithingsServerError, "HTTP 500"),
    ({"kind": "malformed"}, WithingsServerError, "not valid JSON"),
    ({"kind": "revoke"}, AuthRevokedError, "re-authorize"),
    ({"kind": "delay", "seconds": 3}, WithingsNetworkError, "did not answer in time"),
])
def test_faults_become_named_errors(client, cloud, fault, error, message):
    options = dict(fault)
    cloud.faults.add(options.pop("kind"), path="/v2/user", action="getgoals", **options)
    with pytest.raises(error, match=message) as caught:
        client.get_goals()
    if error is RateLimitedError:
        assert caught.value.retry_after == fault.get("retry_after", 60)


def test_truncated_pagination_fails_without_half_a_result(client, cloud):
    cloud.faults.add("truncated", path="/measure", action="getmeas")
    with pytest.raises(WithingsServerError, match="HTTP 500"):
        client.get_measures(None)


def test_rate_limit_of_the_cloud_itself(client, cloud):
    with pytest.raises(RateLimitedError):
        for _ in range(130):
            client.get_goals()
    assert client.request_count == 121
