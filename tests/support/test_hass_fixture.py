"""The real Home Assistant fixture itself: it starts, answers, keeps mobile_app entities in
its registry across a restart, and fails loudly (never skips) when HA cannot start.

Every test here runs once per release (``[ha2024.3.3]``, ``[ha2026.11.0]``), and first of
all proves each fixture really is the release it claims. The replies asserted are the
releases' own, recorded from this fixture: the app's HA code relies on them.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import hass_root
from tests.support.hass_server import HA_VERSIONS, HassServer, HassStartError, HassWsError

ha = pytest.mark.ha

SENSOR_UID = "weight_kg_alice"
SENSOR_ID = "sensor.withings_weight_kg_alice"
REGISTRATION = {
    "device_id": "fixture-test-device", "app_id": "withings_gui", "app_name": "withings-gui",
    "app_version": "0.1.0", "device_name": "Withings", "manufacturer": "Withings",
    "model": "withings-gui", "os_name": "Linux", "os_version": "6", "supports_encryption": False,
    "app_data": {},
}
ORIGINAL_NAME = {"2024.3.3": "Withings weight kg alice", "2026.11.0": "Weight kg alice"}
WEIGHT_SENSOR = {
    "type": "sensor", "unique_id": SENSOR_UID, "name": "weight kg alice", "state": 70.5,
    "unit_of_measurement": "kg", "device_class": "weight", "state_class": "measurement",
    "icon": "mdi:scale-bathroom", "attributes": {"measured_at": "2024-03-01T07:00:00+00:00"},
}


def register_weight_sensor(hass: HassServer) -> str:
    """A mobile_app registration "Withings" with one weight sensor; its webhook id."""
    registration = hass.rest("POST", "/api/mobile_app/registrations", REGISTRATION)
    assert registration.status_code == 201, registration.text
    webhook_id = registration.json()["webhook_id"]
    reply = hass.rest("POST", f"/api/webhook/{webhook_id}",
                      {"type": "register_sensor", "data": WEIGHT_SENSOR}, token=False)
    assert (reply.status_code, reply.json()) == (201, {"success": True})
    return webhook_id


def update_weight(hass: HassServer, webhook_id: str, value: float):
    item = {"type": "sensor", "unique_id": SENSOR_UID, "state": value, "icon": "mdi:scale-bathroom",
            "attributes": {"measured_at": "2024-03-02T07:00:00+00:00"}}
    return hass.rest("POST", f"/api/webhook/{webhook_id}",
                     {"type": "update_sensor_states", "data": [item]}, token=False)


@ha
def test_each_fixture_is_the_release_it_claims(hass_version, hass_server, fresh_hass):
    for server in (hass_server, fresh_hass):
        assert server.wanted_version == hass_version
        assert server.rest("GET", "/api/config").json()["version"] == hass_version
        assert server.version == hass_version


@ha
def test_the_api_answers_with_the_token_and_401_without(hass_server):
    assert hass_server.is_running()
    assert hass_server.url == f"http://127.0.0.1:{hass_server.port}"

    answer = hass_server.rest("GET", "/api/")
    assert (answer.status_code, answer.json()) == (200, {"message": "API running."})
    assert hass_server.rest("GET", "/api/", token=False).status_code == 401

    config = hass_server.rest("GET", "/api/config").json()
    assert (config["state"], config["recovery_mode"]) == ("RUNNING", False)
    assert config["external_url"] == "https://ha.example.test"
    assert config["internal_url"] == hass_server.url
    assert config["location_name"] == "Test Home"
    assert {"api", "config", "mobile_app", "webhook", "template"} <= set(config["components"])


@ha
def test_a_rest_state_is_set_and_read_back(hass_server):
    written = hass_server.rest("POST", "/api/states/sensor.hass_fixture_probe",
                               {"state": "42.5", "attributes": {"unit_of_measurement": "kg"}})
    assert written.status_code in (200, 201), written.text  # 201 created, 200 on a rewrite
    assert written.json()["state"] == "42.5"

    state = hass_server.states()["sensor.hass_fixture_probe"]
    assert state["state"] == "42.5"
    assert state["attributes"]["unit_of_measurement"] == "kg"
    # A REST state is not a registry entity.
    assert "sensor.hass_fixture_probe" not in {e["entity_id"] for e in
                                               hass_server.entity_registry()}


@ha
def test_ws_returns_the_result_or_raises_with_has_error(hass_server, hass_version):
    assert hass_server.ws({"type": "get_config"})["version"] == hass_version
    with pytest.raises(HassWsError) as raised:
        hass_server.ws({"type": "no_such/command"})
    assert raised.value.code == "unknown_command"


@ha
def test_a_mobile_app_sensor_is_a_registry_entity_that_survives_a_restart(fresh_hass):
    webhook_id = register_weight_sensor(fresh_hass)
    updated = update_weight(fresh_hass, webhook_id, 70.1)
    assert (updated.status_code, updated.json()) == (200, {SENSOR_UID: {"success": True}})

    # HA derives the entity id from "<device_name> <sensor name>"; read it back, with the
    # registry's unique_id "<webhook_id>_<sensor unique_id>".
    entry = next(e for e in fresh_hass.entity_registry() if e["entity_id"] == SENSOR_ID)
    assert (entry["platform"], entry["unique_id"]) == ("mobile_app", f"{webhook_id}_{SENSOR_UID}")
    # 2024.3 stores the full name; 2026.11 entities have has_entity_name, so only the
    # sensor's own part, capitalised (HA shows "<device> <that>").
    assert entry["original_name"] == ORIGINAL_NAME[fresh_hass.wanted_version]
    state = fresh_hass.states()[SENSOR_ID]
    assert state["state"] == "70.1"
    assert state["attributes"]["unit_of_measurement"] == "kg"

    url, port, token, config_dir = (fresh_hass.url, fresh_hass.port, fresh_hass.token,
                                    fresh_hass.config_dir)
    old_pid = fresh_hass.pid
    fresh_hass.restart()
    assert (fresh_hass.url, fresh_hass.port, fresh_hass.token, fresh_hass.config_dir) == \
        (url, port, token, config_dir)
    assert fresh_hass.pid != old_pid
    assert fresh_hass.rest("GET", "/api/").status_code == 200  # the token is still valid

    entry_after = next(e for e in fresh_hass.entity_registry() if e["entity_id"] == SENSOR_ID)
    assert (entry_after["id"], entry_after["unique_id"]) == (entry["id"], entry["unique_id"])
    state = fresh_hass.states()[SENSOR_ID]
    assert state["state"] == "70.1"
    assert state["attributes"]["unit_of_measurement"] == "kg"
    # The registration itself survived too: the same webhook keeps updating the entity.
    assert update_weight(fresh_hass, webhook_id, 69.8).json() == {SENSOR_UID: {"success": True}}
    assert fresh_hass.states()[SENSOR_ID]["state"] == "69.8"


@ha
def test_the_registry_renames_an_entity_and_refuses_a_taken_id(fresh_hass):
    webhook_id = register_weight_sensor(fresh_hass)
    renamed = fresh_hass.ws({"type": "config/entity_registry/update", "entity_id": SENSOR_ID,
                             "new_entity_id": "sensor.my_weight"})
    assert list(renamed) == ["entity_entry"]
    assert renamed["entity_entry"]["entity_id"] == "sensor.my_weight"
    assert renamed["entity_entry"]["unique_id"] == f"{webhook_id}_{SENSOR_UID}"
    assert fresh_hass.states()["sensor.my_weight"]["state"] == "70.5"
    assert SENSOR_ID not in fresh_hass.states()

    # An id held by a REST-created state cannot be taken until that state is deleted.
    fresh_hass.rest("POST", f"/api/states/{SENSOR_ID}", {"state": "1"})
    rename_back = {"type": "config/entity_registry/update", "entity_id": "sensor.my_weight",
                   "new_entity_id": SENSOR_ID}
    with pytest.raises(HassWsError) as raised:
        fresh_hass.ws(rename_back)
    assert (raised.value.code, raised.value.message) == \
        ("invalid_info", "Entity with this ID is already registered")
    assert fresh_hass.rest("DELETE", f"/api/states/{SENSOR_ID}").status_code == 200
    assert fresh_hass.ws(rename_back)["entity_entry"]["entity_id"] == SENSOR_ID


@ha
def test_a_start_that_cannot_succeed_fails_at_once_with_has_log(tmp_path, hass_version):
    server = HassServer(tmp_path / "broken", version=hass_version)
    (server.config_dir / "configuration.yaml").write_text("homeassistant: [\n")
    with pytest.raises(HassStartError) as raised:
        server.start()
    assert not server.is_running()
    message = str(raised.value)
    assert "recovery mode" in message
    assert re.search(r"Failed to parse configuration\.yaml", message)  # from HA's own log
    server.close()


def _listening_sockets(pid: int) -> set[tuple[str, int]]:
    """(address, port) of every TCP socket process ``pid`` listens on, read from /proc."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            address, port = fields[1].split(":")
            if fields[3] != "0A" or fields[9] not in inodes:  # 0A: LISTEN
                continue
            if table == "tcp":  # little-endian hex
                address = ".".join(str(int(address[i:i + 2], 16)) for i in (6, 4, 2, 0))
            found.add((address, int(port, 16)))
    return found


@ha
def test_home_assistant_listens_on_127_0_0_1_only_and_leaves_nothing_behind(fresh_hass):
    assert _listening_sockets(fresh_hass.pid) == {("127.0.0.1", fresh_hass.port)}
    # The harshest end (a crashed test run ends HA the same way): the chrooted release's
    # /proc, /dev and /config mounts lived only in HA's own namespace, and end with it.
    pid = fresh_hass.pid
    os.killpg(pid, signal.SIGKILL)
    fresh_hass.stop()
    assert not Path(f"/proc/{pid}").exists()
    with pytest.raises(OSError):  # nothing answers on its port any more
        socket.create_connection(("127.0.0.1", fresh_hass.port), timeout=2).close()
    assert hass_root._mounts_under(hass_root.root_path()) == []
    assert hass_root._mounts_under(fresh_hass.config_dir) == []


def test_the_versions_are_the_oldest_supported_and_the_current_release():
    assert HA_VERSIONS == ("2024.3.3", "2026.11.0")


@pytest.mark.parametrize("sources, name, mirror", [
    ("Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm\n\n"
     "Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\n",
     "debian.sources", "http://mirror.example/debian"),
    ("Types: deb\nURIs: http://deb.debian.org/debian-security\n", "debian.sources",
     hass_root.DEFAULT_MIRROR),
    ("deb [arch=amd64] http://ftp.de.debian.org/debian/ bookworm main\n", "x.list",
     "http://ftp.de.debian.org/debian"),
    ("deb http://archive.ubuntu.com/ubuntu noble main\n", "ubuntu.list",
     hass_root.DEFAULT_MIRROR),
])
def test_the_mirror_is_the_one_apt_uses(tmp_path, monkeypatch, sources, name, mirror):
    monkeypatch.delenv("WITHINGS_GUI_DEBIAN_MIRROR", raising=False)
    (tmp_path / name).write_text(sources)
    assert hass_root.debian_mirror((tmp_path,)) == mirror


@settings(deadline=None, max_examples=300,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_any_apt_sources_text_gives_a_mirror(tmp_path_factory, monkeypatch, text):
    monkeypatch.delenv("WITHINGS_GUI_DEBIAN_MIRROR", raising=False)
    folder = tmp_path_factory.mktemp("apt")
    (folder / "odd.sources").write_text(text)
    (folder / "odd.list").write_text(text)
    mirror = hass_root.debian_mirror((folder,))
    assert mirror.endswith("/debian") and not mirror.endswith("/")


def test_the_recipe_hash_follows_the_recipe(monkeypatch):
    before = hass_root.recipe_hash()
    monkeypatch.setattr(hass_root, "EXTRA_PACKAGES", hass_root.EXTRA_PACKAGES + ("x==1",))
    assert hass_root.recipe_hash() != before


def test_a_folder_with_a_mount_inside_is_never_removed(tmp_path):
    inner = tmp_path / "root" / "dev"
    inner.mkdir(parents=True)
    subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(inner)], check=True)
    try:
        (inner / "keep").write_text("on the mount")
        with pytest.raises(hass_root.RootBuildError, match="something is mounted inside"):
            hass_root._remove_tree(tmp_path / "root")
        assert (inner / "keep").read_text() == "on the mount"
    finally:
        subprocess.run(["umount", str(inner)], check=True)
    hass_root._remove_tree(tmp_path / "root")
    assert not (tmp_path / "root").exists()


@pytest.mark.parametrize("euid, missing, says", [
    (1000, None, "needs root"),
    (0, "debootstrap", "'debootstrap', which is not installed (apt-get install debootstrap)"),
])
def test_a_root_that_cannot_be_built_fails_with_one_line(tmp_path, monkeypatch, capsys, euid,
                                                         missing, says):
    monkeypatch.setenv("WITHINGS_GUI_TEST_CACHE", str(tmp_path))
    monkeypatch.setattr(hass_root.os, "geteuid", lambda: euid)
    real_which = hass_root.shutil.which
    monkeypatch.setattr(hass_root.shutil, "which",
                        lambda tool: None if tool == missing else real_which(tool))
    assert hass_root.main([]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and says in err[0], err
    assert not hass_root.root_path().exists()
    assert not any(tmp_path.glob(".ha-*.building-*")), "nothing half-built is left"
