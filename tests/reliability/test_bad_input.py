"""A table of malformed inputs through the real command line: each gets a clear message, no
traceback, and the settings saved before are left exactly as they were."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli_helpers import CALLBACK, Cli
from tests.support.histories import foreign_db, real_history
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

SECTION = "Bad input (the command line; the wizard's pages have their own tests)"
HEADER = ("input", "exit", "message shown")
GOOD = ["--client-id", DEMO_CLIENT_ID, "--callback-url", CALLBACK]
HUGE = "9" * 100_000


def configure(*args: str) -> tuple[list[str], bytes]:
    return ["configure", "--profile", "alice", *args], b""


def secrets_in(text: bytes) -> tuple[list[str], bytes]:
    return ["configure", "--profile", "alice"], text


# (label, argv, stdin): every one must be refused.
ARGUMENTS = [
    ("HA URL without scheme or host", *configure("--ha-url", "://")),
    ("HA URL with ftp scheme", *configure("--ha-url", "ftp://ha.example.com")),
    ("HA URL with a space", *configure("--ha-url", "http://home assistant:8123")),
    ("HA URL with a path and query", *configure("--ha-url", "http://ha.local:8123/lovelace?x=1")),
    ("HA URL with port 99999", *configure("--ha-url", "http://ha.example.com:99999")),
    ("HA URL of 100 000 characters", *configure("--ha-url", "http://" + "a" * 100_000)),
    ("HA URL with user:password@", *configure("--ha-url", "http://u:p@ha.example.com")),
    ("HA URL with an unclosed IPv6 bracket", *configure("--ha-url", "http://[::1")),
    ("HA URL with a line break inside", *configure("--ha-url", "http://ha.exa\nmple.com")),
    ("HA URL with an empty user name '@'", *configure("--ha-url", "http://@ha.example.com")),
    ("HA URL with an empty label", *configure("--ha-url", "http://ha..example.com")),
    ("HA URL with a 64-character label", *configure("--ha-url", f"http://{'a' * 64}.com")),
    ("HA URL with a 300-character host", *configure(
        "--ha-url", "http://" + ".".join(["a" * 50] * 6))),
    ("HA URL with '_' in the host", *configure("--ha-url", "http://ha_box.example.com")),
    ("HA URL with a zero-width space", *configure("--ha-url", "http://ha\u200b.example.com")),
    ("Client Id with a space", *configure("--client-id", "abc def" + "0" * 57)),
    ("Client Id too short", *configure("--client-id", "abc123")),
    ("Client Id too long", *configure("--client-id", "a" * 200)),
    ("Client Id with letters beyond f", *configure("--client-id", "g" * 64)),
    ("Client Id with an emoji", *configure("--client-id", "😀" + "a" * 63)),
    ("Client Id empty", *configure("--client-id", "")),
    ("callback URL over http", *configure("--callback-url",
                                          "http://ha.example.com/auth/external/callback")),
    ("callback URL on an IP address", *configure("--callback-url",
                                                 "https://203.0.113.5/auth/external/callback")),
    ("callback URL on localhost", *configure("--callback-url",
                                             "https://localhost/auth/external/callback")),
    ("callback URL on a .local name", *configure("--callback-url",
                                                 "https://ha.local/auth/external/callback")),
    ("callback URL with port 8123", *configure("--callback-url",
                                               "https://ha.example.com:8123/auth/external/callback")),
    ("callback URL over 255 characters", *configure(
        "--callback-url", "https://ha.example.com/auth/external/callback?" + "x" * 250)),
    ("callback URL that is not a URL", *configure("--callback-url", "not a url")),
    ("callback URL with an unclosed bracket", *configure("--callback-url",
                                                         "https://[::1/auth/external/callback")),
    ("callback URL with a line break inside", *configure(
        "--callback-url", "https://ha.exa\nmple.com/auth/external/callback")),
    ("callback URL with '@' only", *configure("--callback-url",
                                              "https://@ha.example.com/auth/external/callback")),
    ("profile name with a space", ["configure", "--profile", "alice smith"], b""),
    ("profile name in uppercase", ["configure", "--profile", "Alice"], b""),
    ("profile name with unicode", ["configure", "--profile", "zoë"], b""),
    ("profile name with an emoji", ["configure", "--profile", "al😀ce"], b""),
    ("profile name empty", ["configure", "--profile", ""], b""),
    ("profile name of 300 characters", ["configure", "--profile", "a" * 300], b""),
    ("profile name with a dot", ["configure", "--profile", "alice.b"], b""),
    ("profile name starting with _", ["configure", "--profile", "_alice"], b""),
    ("profile name ending with _", ["configure", "--profile", "anna_"], b""),
    ("profile name with a double _", ["configure", "--profile", "bob__x"], b""),
    ("profile whose entity ids collide with alice's", ["configure", "--profile", "lbs_alice"],
     b""),
    ("interval 0 minutes", *configure("--interval", "0")),
    ("interval -5 minutes", *configure("--interval", "-5")),
    ("interval of 100 000 digits", *configure("--interval", HUGE)),
    ("interval 'five'", *configure("--interval", "five")),
    ("unit 'stone'", *configure("--unit", "stone")),
    ("secret line without '='", *secrets_in(b"client_secret\n")),
    ("secret line with an unknown name", *secrets_in(b"password=hunter2\n")),
    ("client secret with a space", *secrets_in(b"client_secret=abc def\n")),
    ("client secret empty", *secrets_in(b"client_secret=\n")),
    ("HA token that is not a JWT", *secrets_in(b"ha_token=not-a-token\n")),
    ("HA token of 1 MB", *secrets_in(b"ha_token=" + b"a" * 1_000_000 + b"\n")),
    ("secrets that are not UTF-8", *secrets_in(b"client_secret=\xff\xfe\xfd\n")),
    ("sync of a profile that does not exist", ["sync", "--once", "--profile", "bob",
                                               "--dry-run"], b""),
]

# (label, bytes written over config.json, command run): a damaged file is named, never replaced.
CONFIG_FILES = [
    ("config.json truncated", b'{"client_id": "abc', ["sync", "--once", "--dry-run"]),
    ("config.json is a JSON list", b"[1, 2, 3]", ["sync", "--once", "--dry-run"]),
    ("config.json with interval as text", b'{"interval_minutes": "five"}', ["doctor"]),
    ("config.json with profiles as a string", b'{"profiles": "alice"}', ["tray"]),
    ("config.json not UTF-8", b'{"client_id": "\xff\xfe"}', ["sync", "--once", "--dry-run"]),
    ("config.json empty", b"", ["configure", "--profile", "alice", "--unit", "lb"]),
    ("config.json of 5 MB of spaces then junk", b" " * 5_000_000 + b"x", ["doctor"]),
    ("config.json nested 10,000 levels deep", b"[" * 10_000 + b"]" * 10_000,
     ["sync", "--once", "--dry-run"]),
    ("config.json with profiles nested 10,000 levels deep",
     b'{"profiles": ' + b'{"a": ' * 10_000 + b"1" + b"}" * 10_001, ["doctor"]),
    ("config.json with a number of 5,000 digits",
     b'{"interval_minutes": ' + b"9" * 5000 + b"}", ["sync", "--once", "--dry-run"]),
    ("config.json with client_id as a number", b'{"client_id": 5}', ["doctor"]),
    ("config.json with a lone surrogate", b'{"ha_url": "\\ud800"}', ["doctor"]),
    ("config.json with autostart as text", b'{"autostart": "yes"}', ["tray"]),
    ("config.json with a profile name as a number",
     b'{"profiles": {"alice": {"slug": "alice", "display_name": 7}}}', ["tray"]),
]


@pytest.fixture
def configured(tmp_path):
    cli = Cli(tmp_path / "cfg")
    cli.run("configure", "--profile", "alice", *GOOD, stdin=f"client_secret={DEMO_CLIENT_SECRET}\n")
    return cli


def run_bytes(cli: Cli, argv: list[str], stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "withings_gui", *argv], input=stdin,
                          capture_output=True, env=cli.env(), timeout=120)


def check_refused(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode in (1, 2), err
    assert "Traceback" not in err
    message = err.strip().splitlines()[-1] if err.strip() else ""
    assert message, "a refusal must say why"
    return message


@pytest.mark.parametrize("label, argv, stdin", ARGUMENTS, ids=[a[0] for a in ARGUMENTS])
def test_bad_argument_is_refused_and_nothing_changes(label, argv, stdin, configured, figures):
    config = configured.config_dir / "config.json"
    before = config.read_bytes()
    result = run_bytes(configured, argv, stdin)
    message = check_refused(result)
    assert config.read_bytes() == before
    assert HUGE[:1000] not in message and len(message) < 1000  # no echo of huge input
    figures.add(SECTION, HEADER, label, result.returncode,
                message.replace(str(configured.config_dir), "<config folder>"))


@pytest.mark.parametrize("label, content, argv", CONFIG_FILES, ids=[c[0] for c in CONFIG_FILES])
def test_damaged_config_is_named_and_kept(label, content, argv, configured, figures):
    config = configured.config_dir / "config.json"
    config.write_bytes(content)
    result = run_bytes(configured, argv, b"")
    message = check_refused(result)
    assert "config.json" in message
    assert config.read_bytes() == content  # never silently overwritten
    figures.add(SECTION, HEADER, label, result.returncode,
                message.replace(str(configured.config_dir), "<config folder>"))


def test_the_table_has_at_least_40_rows():
    assert len(ARGUMENTS) + len(CONFIG_FILES) >= 40


HISTORY_SECTION = "Damaged history.sqlite3 (the real command line)"
HISTORY_HEADER = ("history.sqlite3", "command", "exit", "message shown")


HISTORIES = {
    "random bytes": lambda tmp: bytes(random.Random(14).randrange(256) for _ in range(8192)),
    "a real history cut in half": lambda tmp: real_history(tmp / "real.db", groups=3000)[:60_000],
    "another program's measurements table": lambda tmp: foreign_db(
        tmp / "other.db", "CREATE TABLE measurements (id INTEGER PRIMARY KEY, title TEXT)"),
    "a newer schema": lambda tmp: foreign_db(tmp / "newer.db", "PRAGMA user_version=99"),
}


def run_demo(config_dir, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "withings_gui", "--config-dir", str(config_dir),
                           *argv, "--demo"], capture_output=True, timeout=120,
                          env=Cli(config_dir).env())


@pytest.mark.hostile("damaged history.sqlite3 through the CLI")
@pytest.mark.parametrize("label", list(HISTORIES))
def test_a_damaged_history_is_named_with_what_to_do(label, tmp_path, figures):
    config_dir = tmp_path / "cfg"
    config_dir.mkdir()
    content = HISTORIES[label](tmp_path)
    (config_dir / "history.sqlite3").write_bytes(content)
    result = run_demo(config_dir, "sync", "--once")
    message = check_refused(result)
    assert result.returncode == 1
    assert str(config_dir / "history.sqlite3") in message
    assert "move" in message.lower() and "downloaded again from Withings" in message
    left = (config_dir / "history.sqlite3").read_bytes()
    # Left for the user: at most SQLite's journal-mode bytes (18-19, set to WAL on opening,
    # before the tables are looked at) differ.
    assert left[:18] + left[20:] == content[:18] + content[20:]
    figures.add(HISTORY_SECTION, HISTORY_HEADER, label, "sync --once", result.returncode,
                message.replace(str(config_dir), "<config folder>"))
    doctor = run_demo(config_dir, "doctor")
    assert b"Traceback" not in doctor.stderr + doctor.stdout


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(content=st.binary(min_size=1, max_size=4096)
       | st.binary(max_size=4096).map(lambda tail: b"SQLite format 3\x00" + tail))
def test_any_bytes_as_history_through_the_cli(content, tmp_path_factory, figures):
    figures.held("history.sqlite3: any bytes, real CLI (sync --once --demo)",
                 "tests/reliability/test_bad_input.py")
    config_dir = tmp_path_factory.mktemp("cfg")
    (config_dir / "history.sqlite3").write_bytes(content)
    result = run_demo(config_dir, "sync", "--once")
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err
    if result.returncode != 0:
        assert str(config_dir / "history.sqlite3") in err.strip().splitlines()[-1]


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(url=st.text(alphabet="hta:/[]@.%_-9 \n\u200b", max_size=24).map(lambda t: "http://" + t))
def test_any_ha_url_through_the_cli(url, configured, figures):
    figures.held("HA URL text, real CLI (configure --ha-url)", "tests/reliability/test_bad_input.py")
    result = run_bytes(configured, ["configure", "--profile", "alice", "--ha-url", url], b"")
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and result.returncode in (0, 1, 2)
    if result.returncode:
        assert len(err.strip().splitlines()) == 1
