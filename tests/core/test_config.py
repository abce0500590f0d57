import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from withings_gui.core.config import (Config, ConfigError, ConfigStore, Profile, load_config,
                                      save_config)


def test_missing_file_gives_blank_config(tmp_path):
    config = load_config(tmp_path / "config.json")
    assert config == Config() and not config.is_configured


def test_round_trip_keeps_every_field(tmp_path):
    path = tmp_path / "config.json"
    config = Config(client_id="a" * 64,
                    callback_url="https://ha.example.com/auth/external/callback",
                    ha_url="http://ha:8123", interval_minutes=7, autostart=True,
                    language="nl",
                    profiles={"alice": Profile("alice", "Alice", "both", "12345")})
    save_config(path, config)
    assert load_config(path) == config
    assert oct(path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("content, problem", [
    (b"{not json", "is not valid JSON (line 1, column 2)"),
    (b"", "is not valid JSON"),
    (b"\xff\xfe\x00junk", "is not UTF-8 text"),
    (b"[1, 2]", "expected a JSON object, found list"),
    (b'{"version": 99}', "config version 99"),
    (b'{"interval_minutes": "5"}', "interval_minutes must be a whole number"),
    (b'{"interval_minutes": 0}', "interval_minutes must be a whole number"),
    (b'{"interval_minutes": true}', "interval_minutes must be a whole number"),
    (b'{"profiles": {"alice": {"slug": "alice", "unit": "stone"}}}', "unit must be one of"),
    (b'{"profiles": {"alice": {"slug": "bob"}}}', "not a valid profile slug"),
    (b'{"profiles": {"Bad Name": {"slug": "Bad Name"}}}', "not a valid profile slug"),
    (b'{"profiles": {"alice": {"sluggish": 1}}}', "unexpected content"),
    (b'{"profiles": {"alice": 3}}', "profiles must be an object"),
    (b'{"client_id": 5}', "client_id must be text"),
    (b'{"language": "klingon"}', "language must be one of en, de, nl, fr, es, it or"),
    (b'{"language": 5}', "language must be text"),
])
def test_corrupt_config_names_file_and_problem_and_is_kept(tmp_path, content, problem):
    path = tmp_path / "config.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)
    assert path.read_bytes() == content


def test_unreadable_config_is_a_clear_error(tmp_path):
    path = tmp_path / "config.json"
    path.mkdir()  # a folder where the file should be: reading fails with an OS error
    with pytest.raises(ConfigError, match="cannot be read"):
        load_config(path)


def test_failed_save_keeps_previous_file(tmp_path):
    folder = tmp_path / "cfg"
    path = folder / "config.json"
    save_config(path, Config(client_id="first"))
    before = path.read_bytes()
    # A file where the temp file's folder should be is unwritable for root too.
    broken = tmp_path / "notafolder"
    broken.write_text("x")
    with pytest.raises(ConfigError, match="could not be saved"):
        save_config(broken / "config.json", Config(client_id="second"))
    assert path.read_bytes() == before
    assert json.loads(before)["client_id"] == "first"


@pytest.mark.hostile("config.json: odd values, deep nesting")
@pytest.mark.parametrize("content, problem", [
    (b"[" * 10_000 + b"]" * 10_000, "nested too deeply"),
    (b'{"profiles": ' + b'{"a": ' * 10_000 + b"1" + b"}" * 10_001, "nested too deeply"),
    (b'{"interval_minutes": ' + b"9" * 5000 + b"}", "a number too long to read"),
    (b'{"version": ' + b"[" * 500 + b"]" * 500 + b"}", "config version a list"),
    (b'{"client_id": "\\ud800"}', "client_id must be text"),
    (b'{"ha_url": ["http://ha:8123"]}', "ha_url must be text"),
    (b'{"autostart": "yes"}', "autostart must be true or false"),
    (b'{"paused": 1}', "paused must be true or false"),
    (b'{"profiles": {"alice": {"slug": "alice", "display_name": 5}}}',
     "profile 'alice': display_name must be text"),
    (b'{"profiles": {"alice": {"slug": "alice", "withings_userid": 123}}}',
     "withings_userid must be text"),
    (b'{"profiles": {"alice": {"slug": "alice", "unit": ["kg"]}}}', "unit must be one of"),
    (b'{"profiles": {"alice": {}}}', "profile 'alice' has no slug"),
    (b'{"profiles": {"' + b"x" * 5000 + b'": {"slug": "x"}}}', "not a valid profile slug"),
])
def test_odd_values_and_deep_nesting_are_a_config_error(tmp_path, content, problem):
    path = tmp_path / "config.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)
    assert len(caught.value.problem) < 300  # names the problem, never echoes the file


def test_slugs_saved_by_earlier_versions_still_load(tmp_path):
    # Earlier versions accepted these; refusing them now would stop every profile.
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"profiles": {"bob__x": {"slug": "bob__x"}}}))
    assert list(load_config(path).profiles) == ["bob__x"]


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=8)
FIELDS = st.sampled_from(["client_id", "callback_url", "ha_url", "ha_device_id",
                          "interval_minutes", "notify_new_weigh_in", "autostart", "paused",
                          "demo", "profiles", "version", "other"])
PROFILE = st.fixed_dictionaries({}, optional={
    "slug": st.sampled_from(["alice", "bob", "Bad", ""]) | JSON,
    "display_name": JSON, "unit": st.sampled_from(["kg", "lb", "both"]) | JSON,
    "withings_userid": JSON, "other": JSON})
CONFIG_LIKE = st.dictionaries(FIELDS, JSON, max_size=6) | st.builds(
    lambda base, profiles: {**base, "profiles": profiles},
    st.dictionaries(FIELDS, JSON, max_size=4),
    st.dictionaries(st.sampled_from(["alice", "bob", "x y"]), PROFILE | JSON, max_size=2))


def _config_or_config_error(path, content: bytes) -> None:
    path.write_bytes(content)
    try:
        config = load_config(path)
    except ConfigError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    # What loads must also be savable and read back the same (save_config's own steps,
    # without the fsync that would make thousands of cases slow).
    config.validate(path)
    again = json.loads(json.dumps(config.to_json(), indent=2, sort_keys=True))
    assert Config.from_json(again, path) == config


@settings(max_examples=800, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=JSON | CONFIG_LIKE)
def test_any_json_is_a_config_or_a_config_error(tmp_path, data, figures):
    figures.held("config.json: any JSON", "tests/core/test_config.py")
    _config_or_config_error(tmp_path / "config.json",
                            json.dumps(data, allow_nan=True).encode("utf-8", "surrogatepass"))


@settings(max_examples=2000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=200))
def test_any_bytes_are_a_config_or_a_config_error(tmp_path, content, figures):
    figures.held("config.json: any bytes", "tests/core/test_config.py")
    _config_or_config_error(tmp_path / "config.json", content)


def test_update_applies_the_change_to_the_file_as_it_is_now(tmp_path):
    """A change made from a stale copy must not undo what another process saved meanwhile."""
    store = ConfigStore(tmp_path / "config.json", tmp_path / "config.lock")
    stale = store.update(lambda config: setattr(config, "interval_minutes", 30))
    store.update(lambda config: config.profiles.update(bob=Profile(slug="bob", unit="lb")))
    saved = store.update(lambda config: setattr(config, "paused", True))
    assert stale.paused is False and "bob" not in stale.profiles
    assert (saved.interval_minutes, saved.paused, sorted(saved.profiles)) == (30, True, ["bob"])
    assert store.load() == saved


def test_update_leaves_the_file_alone_when_the_change_is_invalid(tmp_path):
    store = ConfigStore(tmp_path / "config.json", tmp_path / "config.lock")
    store.update(lambda config: setattr(config, "interval_minutes", 30))
    before = (tmp_path / "config.json").read_bytes()
    with pytest.raises(ConfigError, match="interval_minutes"):
        store.update(lambda config: setattr(config, "interval_minutes", 0))
    assert (tmp_path / "config.json").read_bytes() == before


# Changes one field, ``rounds`` times, once the test says go.
CHANGER = """
import sys
from withings_gui.core.config import ConfigStore, Profile
store = ConfigStore(sys.argv[1], sys.argv[2])
which, rounds = sys.argv[3], int(sys.argv[4])
print("ready", flush=True)
sys.stdin.readline()
for i in range(rounds):
    if which == "interval":
        def change(config, i=i):
            config.interval_minutes = i + 1
            config.paused = i % 2 == 1
    else:
        def change(config, i=i):
            config.profiles[f"p{i}"] = Profile(f"p{i}")
    store.update(change)
"""


def test_two_processes_changing_different_fields_at_once_lose_nothing(tmp_path, figures):
    path, lock = tmp_path / "config.json", tmp_path / "config.lock"
    rounds = 100
    changers = [subprocess.Popen([sys.executable, "-c", CHANGER, str(path), str(lock), which,
                                  str(rounds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 text=True) for which in ("interval", "profiles")]
    try:
        for changer in changers:
            assert changer.stdout.readline() == "ready\n"
        for changer in changers:  # both start at once
            changer.stdin.write("go\n")
            changer.stdin.flush()
        for changer in changers:
            assert changer.wait(timeout=60) == 0
    finally:
        for changer in changers:
            if changer.poll() is None:
                changer.kill()
                changer.wait()
            changer.stdin.close()
            changer.stdout.close()
    saved = load_config(path)
    assert sorted(saved.profiles) == sorted(f"p{i}" for i in range(rounds))
    assert (saved.interval_minutes, saved.paused) == (rounds, True)
    figures.add("Concurrency", ("situation", "figure", "expected"),
                f"two processes changing settings at once, {rounds} times each: profiles "
                "one of them added, kept", len(saved.profiles), rounds)
    figures.add("Concurrency", ("situation", "figure", "expected"),
                "… the other's last interval and pause, kept",
                f"{saved.interval_minutes} min, paused", f"{rounds} min, paused")


def test_the_ecg_opt_in_is_saved_and_must_be_true_or_false(tmp_path):
    path = tmp_path / "config.json"
    save_config(path, Config(profiles={"alice": Profile("alice", read_ecg=True)}))
    assert load_config(path).profiles["alice"].read_ecg is True
    data = json.loads(path.read_text())
    data["profiles"]["alice"]["read_ecg"] = "yes"
    path.write_text(json.dumps(data))
    with pytest.raises(ConfigError, match="profile 'alice': read_ecg must be true or false"):
        load_config(path)
    del data["profiles"]["alice"]["read_ecg"]  # written before the opt-in existed
    path.write_text(json.dumps(data))
    assert load_config(path).profiles["alice"].read_ecg is False
