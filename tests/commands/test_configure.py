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
    assert result.returncode == 2 and "not a valid profile slug" in result.stderr


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
