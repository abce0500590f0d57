"""A table of malformed inputs through the real command line: each gets a clear message, no
traceback, and the settings saved before are left exactly as they were."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.cli_helpers import CALLBACK, Cli
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
    ("profile name with a space", ["configure", "--profile", "alice smith"], b""),
    ("profile name in uppercase", ["configure", "--profile", "Alice"], b""),
    ("profile name with unicode", ["configure", "--profile", "zoë"], b""),
    ("profile name with an emoji", ["configure", "--profile", "al😀ce"], b""),
    ("profile name empty", ["configure", "--profile", ""], b""),
    ("profile name of 300 characters", ["configure", "--profile", "a" * 300], b""),
    ("profile name with a dot", ["configure", "--profile", "alice.b"], b""),
    ("profile name starting with _", ["configure", "--profile", "_alice"], b""),
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
