import json

import pytest

from tests.cli_helpers import CALLBACK
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

SECRET_LINE = f"client_secret={DEMO_CLIENT_SECRET}\n"


def base_args(profile="alice"):
    return ["configure", "--profile", profile, "--client-id", DEMO_CLIENT_ID,
            "--callback-url", CALLBACK]


def test_configure_stores_settings_but_never_secrets_in_the_config(cli):
    cli.run(*base_args(), "--unit", "lb", "--interval", "10", "--name", "Alice",
            stdin=SECRET_LINE)
    text = (cli.config_dir / "config.json").read_text()
    config = json.loads(text)
    assert config["client_id"] == DEMO_CLIENT_ID and config["interval_minutes"] == 10
    assert config["profiles"]["alice"]["unit"] == "lb"
    assert DEMO_CLIENT_SECRET not in text


@pytest.mark.parametrize("extra, stdin, message", [
    (["--client-id", "abc"], SECRET_LINE, "this one has 3"),
    (["--ha-url", "ha.local:8123"], SECRET_LINE, "must start with http:// or https://"),
    (["--callback-url", "http://ha.example.com/auth/external/callback"], SECRET_LINE,
     "https"),
    (["--callback-url", "https://192.168.1.2/auth/external/callback"], SECRET_LINE,
     "IP address"),
    (["--interval", "0"], SECRET_LINE, "1 to 1440 minutes"),
    ([], "client_secret=abc123\n", "this one has 6"),
    ([], "password=hunter22\n", "line 1 is not client_secret=... or ha_token=..."),
    ([], "", "give a line client_secret=..."),
])
def test_bad_input_is_refused_with_a_message_and_nothing_saved(cli, extra, stdin, message):
    result = cli.run(*base_args(), *extra, stdin=stdin, check=False)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (cli.config_dir / "config.json").exists()
    assert "hunter22" not in result.stderr + result.stdout


def test_bad_profile_slug(cli):
    result = cli.run(*base_args("Bob Smith"), stdin=SECRET_LINE, check=False)
    assert result.returncode == 2 and "cannot be used" in result.stderr


def test_corrupt_config_is_reported_and_left_alone(cli):
    cli.config_dir.mkdir(parents=True)
    (cli.config_dir / "config.json").write_text("{oops")
    result = cli.run(*base_args(), stdin=SECRET_LINE, check=False)
    assert result.returncode == 1
    assert "config.json: is not valid JSON" in result.stderr
    assert (cli.config_dir / "config.json").read_text() == "{oops"


def test_a_trusted_certificate_file_is_saved_and_used_by_doctor(cli, tmp_path):
    import trustme

    from tests.core.hass.test_client import handler, serving

    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    token = "a" * 60 + "." + "b" * 60 + "." + "c" * 20
    with serving(handler(), ca.issue_cert("127.0.0.1")) as port:
        url = f"https://127.0.0.1:{port}"
        cli.run(*base_args(), "--ha-url", url, stdin=SECRET_LINE + f"ha_token={token}\n")

        def home_assistant_check() -> str:
            checks = json.loads(cli.run("doctor", "--json", check=False).stdout)
            return next(c["message"] for c in checks if c["name"] == "home_assistant")

        untrusted = home_assistant_check()
        assert "secure connection" in untrusted and "SHA-256 fingerprint is " in untrusted
        cli.run(*base_args(), "--ha-ca-file", str(tmp_path / "ca.pem"), stdin=SECRET_LINE)
        config = json.loads((cli.config_dir / "config.json").read_text())
        assert config["ha_ca_file"] == str(tmp_path / "ca.pem")
        # Trusted now: TLS passes and the router page behind it is what doctor reports.
        trusted = home_assistant_check()
        assert "secure connection" not in trusted and "not" in trusted.lower()

    refused = cli.run(*base_args(), "--ha-ca-file", str(tmp_path / "nothing.pem"),
                      stdin=SECRET_LINE, check=False)
    assert refused.returncode == 2 and "does not exist" in refused.stderr
    assert "Traceback" not in refused.stderr
    cli.run(*base_args(), "--ha-ca-file", "", stdin=SECRET_LINE)
    assert json.loads((cli.config_dir / "config.json").read_text())["ha_ca_file"] == ""


def refused(result) -> str:
    """The one line a refused command prints: exit 2, no traceback."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.hostile("malformed URLs through the CLI")
@pytest.mark.parametrize("url, reason", [
    ("http://[::1", "brackets are only for a whole IPv6 address"),
    ("http://ha.local\n:8123", "contains a line break"),
    ("http://@ha.local:8123", "Leave the user name and password out"),
    ("http://user@ha.local:8123", "Leave the user name and password out"),
    ("http://ha..local:8123", "empty part between dots"),
    ("http://" + "h" * 64 + ".local", "at most 63 are allowed"),
    ("http://ha_box.local:8123", "contains '_'"),
    ("http://ha.local:70000", "not a number from 1 to 65535"),
])
def test_malformed_ha_urls_are_one_line_with_the_reason(cli, url, reason):
    line = refused(cli.run(*base_args(), "--ha-url", url, stdin=SECRET_LINE, check=False))
    assert reason in line
    assert not (cli.config_dir / "config.json").exists()


@pytest.mark.parametrize("url, reason", [
    ("https://[::1/auth/external/callback", "brackets are only for a whole IPv6 address"),
    ("https://ha.exa\nmple.com/auth/external/callback", "contains a line break"),
    ("https://@ha.example.com/auth/external/callback", "Leave the user name and password out"),
    ("https://ha..example.com/auth/external/callback", "empty part between dots"),
    ("https://ha.example.com:0/auth/external/callback", "not a number from 1 to 65535"),
])
def test_malformed_callback_urls_are_one_line_with_the_reason(cli, url, reason):
    args = ["configure", "--profile", "alice", "--client-id", DEMO_CLIENT_ID,
            "--callback-url", url]
    assert reason in refused(cli.run(*args, stdin=SECRET_LINE, check=False))


def test_a_pasted_trailing_newline_is_not_part_of_the_address(cli):
    cli.run(*base_args(), "--ha-url", "http://ha.local:8123\n", stdin=SECRET_LINE)
    assert json.loads((cli.config_dir / "config.json").read_text())["ha_url"] == \
        "http://ha.local:8123"


@pytest.mark.hostile("profile slugs HA cannot use or that collide")
@pytest.mark.parametrize("slug, reason", [
    ("anna_", "ends with '_', which Home Assistant drops ('anna')"),
    ("_anna", "starts with '_'"),
    ("bob__x", "merges '__' into a single '_' ('bob_x')"),
    ("", "it is empty"),
    ("zoë", "write it as 'zoe'"),
    ("a" * 33, "use at most 32"),
])
def test_slugs_home_assistant_cannot_use_are_refused_with_the_reason(cli, slug, reason):
    assert reason in refused(cli.run(*base_args(slug), stdin=SECRET_LINE, check=False))


@pytest.mark.hostile("profile slugs HA cannot use or that collide")
def test_a_slug_whose_entity_ids_collide_with_another_profile_is_refused(cli):
    cli.run(*base_args("alice"), stdin=SECRET_LINE)
    line = refused(cli.run(*base_args("lbs_alice"), stdin=SECRET_LINE, check=False))
    assert "sensor.withings_hydration_lbs_alice" in line and "'alice'" in line
    assert list(json.loads((cli.config_dir / "config.json").read_text())["profiles"]) == \
        ["alice"]
    cli.run(*base_args("alice"), "--unit", "lb")  # the profile itself is no collision


def test_the_ecg_opt_in_is_set_and_cleared_per_profile(cli):
    cli.run(*base_args(), "--read-ecg", "yes", stdin=SECRET_LINE)
    profiles = json.loads((cli.config_dir / "config.json").read_text())["profiles"]
    assert profiles["alice"]["read_ecg"] is True
    cli.run(*base_args(), "--unit", "lb", stdin="")  # other settings keep the choice
    cli.run(*base_args("bob"), stdin="")
    profiles = json.loads((cli.config_dir / "config.json").read_text())["profiles"]
    assert (profiles["alice"]["read_ecg"], profiles["bob"]["read_ecg"]) == (True, False)
    cli.run(*base_args(), "--read-ecg", "no", stdin="")
    assert json.loads((cli.config_dir / "config.json").read_text())["profiles"]["alice"][
        "read_ecg"] is False


def logged_in_with_push(cli, webhook_id: str):
    """alice configured and logged in, with push's webhook id in the settings; the config
    file."""
    cli.configure()
    cli.login()
    config_file = cli.config_dir / "config.json"
    config = json.loads(config_file.read_text())
    config["push_webhook_id"] = webhook_id
    config_file.write_text(json.dumps(config))
    return config_file


def test_removing_a_profile_revokes_our_notifications_only(cli, cloud):
    config_file = logged_in_with_push(cli, "ab" * 16)
    ours = "https://ha.example.com/api/webhook/" + "ab" * 16
    theirs = "https://ha.example.com/api/webhook/home-assistant-own"
    alice = next(uid for uid, user in cloud.users.items() if user.name == "Alice")
    for appli in (1, 4, 16, 44):
        cloud.notifications.put(DEMO_CLIENT_ID, alice, ours, appli)
    cloud.notifications.put(DEMO_CLIENT_ID, alice, theirs, 1)
    result = cli.run("configure", "--profile", "alice", "--remove")
    [line] = result.stdout.strip().splitlines()
    assert "removed its Withings notifications (weight, blood pressure, activity and " \
           "sleep)" in line
    assert [(s["appli"], s["callbackurl"])
            for s in cloud.notifications.list(DEMO_CLIENT_ID, alice)] == [(1, theirs)]
    assert json.loads(config_file.read_text())["profiles"] == {}
    assert "ab" * 16 not in result.stdout + result.stderr


def test_removing_a_profile_says_so_when_withings_cannot_be_asked(cli, cloud):
    config_file = logged_in_with_push(cli, "cd" * 16)
    cloud.faults.add("http", path="/notify", status=502, count=None)
    result = cli.run("configure", "--profile", "alice", "--remove")
    [line] = result.stdout.strip().splitlines()
    assert "its Withings notifications could not be removed: Withings answered HTTP 502" in line
    assert json.loads(config_file.read_text())["profiles"] == {}


def test_removing_an_unknown_profile_is_refused(cli):
    cli.configure()
    result = cli.run("configure", "--profile", "bob", "--remove", check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == ("withings-gui configure: no profile 'bob' to remove; "
                                     "configured: alice")


def test_the_language_is_set_without_a_profile_and_system_clears_it(cli):
    config_file = cli.config_dir / "config.json"
    cli.run(*base_args(), "--language", "de", stdin=SECRET_LINE)
    assert json.loads(config_file.read_text())["language"] == "de"
    result = cli.run("configure", "--language", "nl", stdin="")
    assert "nächsten Start" in result.stdout  # said in the language set before: German
    assert json.loads(config_file.read_text())["language"] == "nl"
    cli.run("configure", "--language", "system", stdin="")
    config = json.loads(config_file.read_text())
    assert config["language"] == "" and list(config["profiles"]) == ["alice"]


def test_other_settings_without_a_profile_are_refused(cli):
    result = cli.run("configure", "--language", "de", "--unit", "lb", stdin="", check=False)
    assert result.returncode == 2 and "--profile is required" in result.stderr
    assert not (cli.config_dir / "config.json").exists()
    result = cli.run("configure", "--language", "klingon", stdin="", check=False)
    assert result.returncode == 2 and "invalid choice" in result.stderr
