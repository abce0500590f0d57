import json

import pytest

from withings_gui.core.config import Config, ConfigError, Profile, load_config, save_config


def test_missing_file_gives_blank_config(tmp_path):
    config = load_config(tmp_path / "config.json")
    assert config == Config() and not config.is_configured


def test_round_trip_keeps_every_field(tmp_path):
    path = tmp_path / "config.json"
    config = Config(client_id="a" * 64, callback_url="https://ha.example.com/auth/external/callback",
                    ha_url="http://ha:8123", interval_minutes=7, autostart=True,
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
